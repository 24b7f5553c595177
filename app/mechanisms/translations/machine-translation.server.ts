// A client for a LibreTranslate-compatible machine translation service: POST {url}/translate
// with { q, source, target, format: "text", api_key? } → { translatedText }, and GET
// {url}/languages → [{ code, name, targets? }] to know what it offers. Configured by
// TRANSLATION_API_URL (and TRANSLATION_API_KEY when the service wants one); unset, no
// machine translation is offered anywhere. Every request has a timeout and a bounded
// answer, and every failure is classified: retryable (the service is down, slow or busy:
// the job tries again later with the job runner's backoff) or final (it will not
// translate this: a language it does not offer, a key it refuses), which stops the job.
import { getEnv, type Env } from "~/utils/env.server";
import { translateMarkdown, translatePlainText } from "./machine-translation-markdown";

export type TranslationServiceConfig = {
  url: string;
  apiKey?: string;
  /** How long one request may take (default requestTimeoutMs). */
  timeoutMs?: number;
};

/** Why a machine translation failed: a key of the `translations` namespace's `failures`. */
export type MachineTranslationFailure =
  | "unavailable" // network error, timeout, 5xx: retryable
  | "busy" // 429: retryable
  | "badAnswer" // an answer we cannot read: retryable
  | "unsupportedLanguage" // final
  | "badKey" // 401/403: final
  | "refused" // another 4xx: final
  | "revisionClosed" // the revision was submitted or published meanwhile: final
  | "originalMissing"; // nothing to translate from: final

const retryableFailures: ReadonlySet<MachineTranslationFailure> = new Set(["unavailable", "busy", "badAnswer"]);

export class MachineTranslationError extends Error {
  override name = "MachineTranslationError";
  readonly retryable: boolean;
  constructor(
    readonly failure: MachineTranslationFailure,
    detail: string,
  ) {
    super(`machine translation: ${failure}: ${detail}`);
    this.retryable = retryableFailures.has(failure);
  }
}

/** How long one request may take, and how large an answer may be. */
export const requestTimeoutMs = 20_000;
export const maxAnswerBytes = 1024 * 1024;
/** How long the list of languages is kept before it is asked for again. */
export const languagesCacheMs = 5 * 60_000;

let override: TranslationServiceConfig | null | undefined;

/**
 * Tests (and only tests) point the portal at a stand-in service, or at none with null;
 * undefined goes back to the environment.
 */
export function overrideTranslationService(config: TranslationServiceConfig | null | undefined) {
  override = config;
  languagesCache.clear();
}

/** The configured service, or null when TRANSLATION_API_URL is unset. */
export function translationServiceConfig(env: Pick<Env, "TRANSLATION_API_URL" | "TRANSLATION_API_KEY"> = getEnv()): TranslationServiceConfig | null {
  if (override !== undefined) return override;
  return env.TRANSLATION_API_URL ? { url: env.TRANSLATION_API_URL, apiKey: env.TRANSLATION_API_KEY } : null;
}

/** Whether machine translation is offered at all: pages show no option, routes refuse, when false. */
export function machineTranslationAvailable() {
  return translationServiceConfig() !== null;
}

export type ServiceLanguage = { code: string; name: string; targets?: string[] };

export type MachineTranslator = {
  /** One text, translated as plain text. */
  translate(text: string, source: string, target: string): Promise<string>;
  /** Whether the service translates from `source` into `target` (its /languages, cached briefly). */
  offers(source: string, target: string): Promise<boolean>;
};

const languagesCache = new Map<string, { at: number; languages: ServiceLanguage[] }>();

function endpoint(config: TranslationServiceConfig, name: string) {
  return new URL(name, config.url.endsWith("/") ? config.url : `${config.url}/`);
}

/** The client for `config`; null when no service is configured. */
export function machineTranslator(config: TranslationServiceConfig | null = translationServiceConfig()): MachineTranslator | null {
  if (!config) return null;
  return {
    async translate(text, source, target) {
      const answer = await call(config, "translate", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ q: text, source, target, format: "text", ...(config.apiKey && { api_key: config.apiKey }) }),
      });
      const translated = (answer as { translatedText?: unknown } | null)?.translatedText;
      if (typeof translated !== "string") throw new MachineTranslationError("badAnswer", "no translatedText in the answer");
      return translated;
    },
    async offers(source, target) {
      const languages = await serviceLanguages(config);
      const from = languages.find((language) => language.code === source);
      if (!from) return false;
      // A service that lists no targets per language translates between all it lists.
      return from.targets ? from.targets.includes(target) : languages.some((language) => language.code === target);
    },
  };
}

async function serviceLanguages(config: TranslationServiceConfig) {
  const cached = languagesCache.get(config.url);
  if (cached && Date.now() - cached.at < languagesCacheMs) return cached.languages;
  const query = config.apiKey ? `?api_key=${encodeURIComponent(config.apiKey)}` : "";
  const answer = await call(config, `languages${query}`, { method: "GET", headers: { Accept: "application/json" } });
  if (!Array.isArray(answer)) throw new MachineTranslationError("badAnswer", "the list of languages is not a list");
  const languages = answer.flatMap((item: unknown): ServiceLanguage[] => {
    const { code, name, targets } = (item ?? {}) as { code?: unknown; name?: unknown; targets?: unknown };
    if (typeof code !== "string") return [];
    return [
      {
        code,
        name: typeof name === "string" ? name : code,
        ...(Array.isArray(targets) && { targets: targets.filter((target): target is string => typeof target === "string") }),
      },
    ];
  });
  languagesCache.set(config.url, { at: Date.now(), languages });
  return languages;
}

/** One request: a timeout, an answer read up to maxAnswerBytes, and every failure classified. */
async function call(config: TranslationServiceConfig, name: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(endpoint(config, name), { ...init, signal: AbortSignal.timeout(config.timeoutMs ?? requestTimeoutMs), redirect: "error" });
  } catch (error) {
    throw new MachineTranslationError("unavailable", error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
  const body = await readBounded(response);
  if (response.ok) {
    try {
      return JSON.parse(body) as unknown;
    } catch {
      throw new MachineTranslationError("badAnswer", `not JSON: ${body.slice(0, 100)}`);
    }
  }
  const detail = `${response.status}: ${body.slice(0, 200)}`;
  if (response.status === 429) throw new MachineTranslationError("busy", detail);
  if (response.status >= 500) throw new MachineTranslationError("unavailable", detail);
  if (response.status === 401 || response.status === 403) throw new MachineTranslationError("badKey", detail);
  // LibreTranslate answers 400 for a language it does not offer (and for a malformed request, which we do not send).
  if (response.status === 400) throw new MachineTranslationError(/language|not supported/i.test(body) ? "unsupportedLanguage" : "refused", detail);
  throw new MachineTranslationError("refused", detail);
}

async function readBounded(response: Response) {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxAnswerBytes) {
        // Not awaited: a stream that never ends would hold the job (the answer is dropped either way).
        reader.cancel().catch(() => undefined);
        throw new MachineTranslationError("badAnswer", `an answer larger than ${maxAnswerBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof MachineTranslationError) throw error;
    throw new MachineTranslationError("unavailable", `the answer was cut off: ${String(error)}`);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A field's text in another language: Markdown kept block by block for the body, plain text otherwise. */
export function translateField(translator: MachineTranslator, { text, source, target, markdown }: { text: string; source: string; target: string; markdown: boolean }) {
  const translate = (part: string) => translator.translate(part, source, target);
  return markdown ? translateMarkdown(text, translate) : translatePlainText(text, translate);
}
