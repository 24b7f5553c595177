// The configuration the portal reads from its environment, validated once at start.
import { z } from "zod";

// An empty variable (`DATABASE_URL=`) means "not set", as shells and .env files intend.
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("production"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** How many server processes share the port (server/workers.ts); more than 1 needs DATABASE_URL. */
  WEB_CONCURRENCY: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number({ invalid_type_error: "must be a whole number of processes" }).int("must be a whole number of processes").min(1, "must be 1 to 64").max(64, "must be 1 to 64").default(1),
  ),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: optional(
    z
      .string()
      .refine(
        (value) => /^postgres(ql)?:$/.test(URL.parse(value)?.protocol ?? ""),
        "must be a postgres:// or postgresql:// URL, such as postgres://user:password@host:5432/portal",
      ),
  ),
  PGLITE_DIR: z.string().min(1).default("data/pglite"),
  /** The address readers use, for absolute links (hreflang); never taken from request headers. */
  PUBLIC_URL: optional(z.string().url("must be a URL such as https://portal.example.org")),
  /** Signs the session cookie; several, comma-separated, to rotate (the first signs). Unset: a secret kept in the database. */
  SESSION_SECRET: optional(z.string().min(32, "must be at least 32 characters long")),
  /** Behind a reverse proxy: how many proxies to trust for the client's address (X-Forwarded-For). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Send Strict-Transport-Security: only behind HTTPS. */
  ENABLE_HSTS: z.enum(["true", "false"]).default("false"),
  /** An HTTP email API (Resend-compatible). Unset: mail is written to MAIL_DIR instead. */
  EMAIL_API_URL: optional(z.string().url("must be the email provider's API URL, such as https://api.resend.com")),
  EMAIL_API_KEY: optional(z.string().min(1)),
  EMAIL_FROM: z.string().min(3).default("Community Mental Health Network <no-reply@localhost>"),
  MAIL_DIR: z.string().min(1).default("data/mail"),
  /** Uploaded files (organisation logos under logos/); relative paths are read from the working directory. */
  UPLOAD_DIR: z.string().min(1).default("data/uploads"),
  /** Demo accounts with a published password: unset, only on the embedded database (see demoAccountsEnabled). */
  DEMO_ACCOUNTS: optional(z.enum(["on", "off"])),
  /** `off` keeps the server from sending mail itself (when `npm run mail-worker` runs apart). */
  MAIL_WORKER: z.enum(["on", "off"]).default("on"),
  /** A LibreTranslate-compatible service for machine translations. Unset: none are offered. */
  TRANSLATION_API_URL: optional(z.string().url("must be the translation service's URL, such as https://libretranslate.example.org")),
  /** Its API key, when the service asks for one. */
  TRANSLATION_API_KEY: optional(z.string().min(1)),
  /**
   * `off` takes the places lock out of every booking (lockPlaces), so places ARE oversold:
   * only for the race tests' control, which shows that they can fail. Never with PUBLIC_URL.
   */
  PLACES_LOCK: z.enum(["on", "off"]).default("on"),
  /**
   * `on` lets the end-to-end tests move an event's calendar back in time
   * (server/e2e-calendar.ts), as if days had passed. Never with PUBLIC_URL.
   */
  E2E_CALENDAR: z.enum(["on", "off"]).default("off"),
  /** `off` renders every visitor's page afresh (server/page-cache.ts): for measuring, or to rule the cache out. */
  PAGE_CACHE: z.enum(["on", "off"]).default("on"),
  /**
   * Days after an event's end its registrants' personal answers are kept when the organiser
   * has not chosen (app/modules/events/answer-retention.ts): 0 to 3650, 90 unless set.
   */
  EVENT_ANSWER_RETENTION_DAYS: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number({ invalid_type_error: "must be a whole number of days" }).int("must be a whole number of days").min(0, "must be 0 to 3650 days").max(3650, "must be 0 to 3650 days").default(90),
  ),
}).refine((env) => env.WEB_CONCURRENCY === 1 || Boolean(env.DATABASE_URL), {
  path: ["WEB_CONCURRENCY"],
  message: "must be 1 on the embedded database (one process at a time can open it): set DATABASE_URL to run several",
}).refine((env) => !env.EMAIL_API_URL || env.EMAIL_API_KEY, {
  path: ["EMAIL_API_KEY"],
  message: "must be set when EMAIL_API_URL is",
}).refine((env) => env.PLACES_LOCK === "on" || !env.PUBLIC_URL, {
  path: ["PLACES_LOCK"],
  message: "off oversells places: it is for the race tests only, never on a portal with a PUBLIC_URL",
}).refine((env) => env.E2E_CALENDAR === "off" || !env.PUBLIC_URL, {
  path: ["E2E_CALENDAR"],
  message: "on lets anyone move events in time: it is for the end-to-end tests only, never on a portal with a PUBLIC_URL",
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses the environment; the error names every bad variable and what is wrong with it. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid environment variables:\n${problems.join("\n")}`);
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}

/** The portal's public origin, e.g. `https://portal.example.org`. */
export function publicOrigin(env: Env = getEnv()) {
  return new URL(env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).origin;
}

/**
 * Whether cookies carry `Secure`: always in production (browsers accept it on
 * http://localhost too), unless PUBLIC_URL says the portal is served over plain HTTP.
 */
export function cookiesAreSecure(env: Env = getEnv()) {
  if (env.PUBLIC_URL) return env.PUBLIC_URL.startsWith("https:");
  return env.NODE_ENV === "production";
}

/** The network's default retention of registrants' answers, in days after an event's end. */
export function eventAnswerRetentionDays(env: Env = getEnv()) {
  return env.EVENT_ANSWER_RETENTION_DAYS;
}

/**
 * Demo accounts share a password printed in the README, so they are made only where the
 * portal is being tried out: on the embedded database, unless DEMO_ACCOUNTS says otherwise.
 * A deployment on PostgreSQL gets none unless it asks.
 */
export function demoAccountsEnabled(env: Env = getEnv()) {
  return env.DEMO_ACCOUNTS ? env.DEMO_ACCOUNTS === "on" : !env.DATABASE_URL;
}
