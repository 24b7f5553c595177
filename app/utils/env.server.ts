// The configuration the portal reads from its environment, validated once at start.
import { z } from "zod";

// An empty variable (`DATABASE_URL=`) means "not set", as shells and .env files intend.
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("production"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
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
  /** Send Strict-Transport-Security: only behind HTTPS. */
  ENABLE_HSTS: z.enum(["true", "false"]).default("false"),
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
