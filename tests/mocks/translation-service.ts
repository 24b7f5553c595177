// A stand-in for a LibreTranslate-compatible service. It "translates" by writing the target
// language before the text ("sv: Hello"), so a test sees which language each unit went to and
// that nothing else was sent; it can be told to fail the next requests (a status, or a
// network error), to offer fewer languages, or to want a key.
import { http, HttpResponse } from "msw";

export const translationApiUrl = "https://translate.test";

export type TranslateRequest = { q: string; source: string; target: string; format?: string; api_key?: string };
type Failure = number | "network";

export const translationService = {
  requests: [] as TranslateRequest[],
  languageRequests: 0,
  /** Failures for the next /translate requests, in order. */
  failNext: [] as Failure[],
  offered: ["en", "fr", "it", "es", "sv"],
  apiKey: undefined as string | undefined,
  /** Runs before each translation is answered: a test changes the database "while the service works". */
  onTranslate: undefined as (() => Promise<void>) | undefined,
  reset() {
    this.requests = [];
    this.languageRequests = 0;
    this.failNext = [];
    this.offered = ["en", "fr", "it", "es", "sv"];
    this.apiKey = undefined;
    this.onTranslate = undefined;
  },
};

export const fakeTranslation = (text: string, target: string) => `${target}: ${text}`;

export const translationServiceHandlers = [
  http.get(`${translationApiUrl}/languages`, () => {
    translationService.languageRequests++;
    const { offered } = translationService;
    return HttpResponse.json(offered.map((code) => ({ code, name: code, targets: offered.filter((other) => other !== code) })));
  }),
  http.post(`${translationApiUrl}/translate`, async ({ request }) => {
    const body = (await request.json()) as TranslateRequest;
    translationService.requests.push(body);
    await translationService.onTranslate?.();
    const failure = translationService.failNext.shift();
    if (failure === "network") return HttpResponse.error();
    if (failure) return HttpResponse.json({ error: "Slow down" }, { status: failure });
    if (translationService.apiKey && body.api_key !== translationService.apiKey) {
      return HttpResponse.json({ error: "Invalid API key" }, { status: 403 });
    }
    if (!translationService.offered.includes(body.target)) {
      return HttpResponse.json({ error: `${body.target} is not supported` }, { status: 400 });
    }
    return HttpResponse.json({ translatedText: fakeTranslation(body.q, body.target) });
  }),
];
