// The client against the msw stand-in: what it sends, and how each failure is classified.
import { delay, http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { server } from "../../../tests/mocks/server";
import { translationApiUrl, translationService } from "../../../tests/mocks/translation-service";
import {
  machineTranslationAvailable,
  MachineTranslationError,
  machineTranslator,
  maxAnswerBytes,
  overrideTranslationService,
  translationServiceConfig,
} from "./machine-translation.server";

beforeEach(() => {
  translationService.reset();
  overrideTranslationService({ url: translationApiUrl });
});
afterEach(() => overrideTranslationService(undefined));

const client = () => machineTranslator()!;

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(MachineTranslationError);
  const { failure, retryable } = error as MachineTranslationError;
  return { failure, retryable };
}

test("unset, nothing is offered: no configuration and no client", () => {
  overrideTranslationService(undefined);
  expect(translationServiceConfig({ TRANSLATION_API_URL: undefined, TRANSLATION_API_KEY: undefined })).toBeNull();
  overrideTranslationService(null);
  expect(machineTranslationAvailable()).toBe(false);
  expect(machineTranslator()).toBeNull();
});

test("the environment's URL and key are what the client uses", () => {
  overrideTranslationService(undefined);
  expect(translationServiceConfig({ TRANSLATION_API_URL: "https://mt.example.org/", TRANSLATION_API_KEY: "k" })).toEqual({
    url: "https://mt.example.org/",
    apiKey: "k",
  });
});

test("a translation is one POST with the text, the languages, format text and the key", async () => {
  overrideTranslationService({ url: `${translationApiUrl}/`, apiKey: "secret" });
  translationService.apiKey = "secret";
  expect(await client().translate("Peer support", "en", "fr")).toBe("fr: Peer support");
  expect(translationService.requests).toEqual([{ q: "Peer support", source: "en", target: "fr", format: "text", api_key: "secret" }]);
});

test("without a key, none is sent", async () => {
  await client().translate("Hello", "en", "it");
  expect(translationService.requests[0]).not.toHaveProperty("api_key");
});

describe("failures", () => {
  test("429 is retryable: the service is busy", async () => {
    translationService.failNext = [429];
    expect(await failureOf(client().translate("Hello", "en", "sv"))).toEqual({ failure: "busy", retryable: true });
  });

  test("5xx is retryable: the service is down", async () => {
    translationService.failNext = [503];
    expect(await failureOf(client().translate("Hello", "en", "sv"))).toEqual({ failure: "unavailable", retryable: true });
  });

  test("a network error is retryable", async () => {
    translationService.failNext = ["network"];
    expect(await failureOf(client().translate("Hello", "en", "sv"))).toEqual({ failure: "unavailable", retryable: true });
  });

  test("400 for a language it does not offer is final", async () => {
    translationService.offered = ["en", "fr"];
    expect(await failureOf(client().translate("Hello", "en", "sv"))).toEqual({ failure: "unsupportedLanguage", retryable: false });
  });

  test("403, a key it refuses, is final", async () => {
    translationService.apiKey = "the-right-one";
    expect(await failureOf(client().translate("Hello", "en", "sv"))).toEqual({ failure: "badKey", retryable: false });
  });

  test("an answer that is not JSON, or has no translatedText, is retryable", async () => {
    server.use(http.post(`${translationApiUrl}/translate`, () => new HttpResponse("<html>proxy error</html>", { status: 200 })));
    expect(await failureOf(client().translate("Hello", "en", "sv"))).toEqual({ failure: "badAnswer", retryable: true });
    server.use(http.post(`${translationApiUrl}/translate`, () => HttpResponse.json({ text: "no" })));
    expect(await failureOf(client().translate("Hello", "en", "sv"))).toEqual({ failure: "badAnswer", retryable: true });
  });

  test("a service that does not answer in time is retryable", async () => {
    overrideTranslationService({ url: translationApiUrl, timeoutMs: 50 });
    server.use(
      http.post(`${translationApiUrl}/translate`, async () => {
        await delay(2_000);
        return HttpResponse.json({ translatedText: "too late" });
      }),
    );
    expect(await failureOf(client().translate("Hello", "en", "sv"))).toEqual({ failure: "unavailable", retryable: true });
  });

  test("an answer larger than the limit is cut off, not read whole", async () => {
    server.use(
      http.post(`${translationApiUrl}/translate`, () => HttpResponse.json({ translatedText: "x".repeat(maxAnswerBytes + 10) })),
    );
    expect(await failureOf(client().translate("Hello", "en", "sv"))).toEqual({ failure: "badAnswer", retryable: true });
  });
});

test("the languages it offers are asked for once and kept briefly", async () => {
  translationService.offered = ["en", "fr", "it"];
  expect(await client().offers("en", "fr")).toBe(true);
  expect(await client().offers("en", "sv")).toBe(false);
  expect(await client().offers("sv", "en")).toBe(false);
  expect(translationService.languageRequests).toBe(1);
});

test("a service whose languages list no targets translates between all it lists", async () => {
  server.use(http.get(`${translationApiUrl}/languages`, () => HttpResponse.json([{ code: "en", name: "English" }, { code: "sv", name: "Swedish" }])));
  expect(await client().offers("en", "sv")).toBe(true);
  expect(await client().offers("en", "fr")).toBe(false);
});
