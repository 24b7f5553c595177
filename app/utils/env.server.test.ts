import { describe, expect, test } from "vitest";
import { EnvError, parseEnv } from "./env.server";

describe("configuration from the environment", () => {
  test("an empty environment runs on the embedded database on port 3000", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe("data/pglite");
    expect(env.PORT).toBe(3000);
  });

  test("an empty DATABASE_URL counts as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  test("a PostgreSQL URL is accepted", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/portal" }).DATABASE_URL).toBe(
      "postgres://u:p@db:5432/portal",
    );
  });

  test("a broken DATABASE_URL is refused with a message naming it", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrowError(EnvError);
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrowError(/DATABASE_URL: must be a postgres:\/\//);
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/db" })).toThrowError(/DATABASE_URL: must be a postgres:\/\//);
  });

  test("every bad variable is named at once", () => {
    try {
      parseEnv({ PORT: "eighty", NODE_ENV: "staging" });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/NODE_ENV/);
    }
  });
});

describe("email configuration", () => {
  test("with no provider, mail goes to the mail folder", () => {
    const env = parseEnv({});
    expect(env.EMAIL_API_URL).toBeUndefined();
    expect(env).toMatchObject({ MAIL_DIR: "data/mail", MAIL_WORKER: "on" });
  });

  test("a provider URL without its key is refused, naming the key", () => {
    expect(() => parseEnv({ EMAIL_API_URL: "https://api.resend.com" })).toThrowError(/EMAIL_API_KEY: must be set/);
    expect(parseEnv({ EMAIL_API_URL: "https://api.resend.com", EMAIL_API_KEY: "k" }).EMAIL_API_KEY).toBe("k");
  });
});

describe("the places lock", () => {
  test("is on unless switched off, and cannot be switched off on a portal with a public address", () => {
    expect(parseEnv({}).PLACES_LOCK).toBe("on");
    expect(parseEnv({ PLACES_LOCK: "off" }).PLACES_LOCK).toBe("off");
    expect(() => parseEnv({ PLACES_LOCK: "off", PUBLIC_URL: "https://portal.example.org" })).toThrowError(/PLACES_LOCK: off oversells places/);
  });
});

describe("several server processes", () => {
  test("one unless set; several only on a PostgreSQL server, a whole number up to 64, else the start fails naming it", () => {
    expect(parseEnv({}).WEB_CONCURRENCY).toBe(1);
    expect(parseEnv({ WEB_CONCURRENCY: "4", DATABASE_URL: "postgres://localhost/portal" }).WEB_CONCURRENCY).toBe(4);
    expect(() => parseEnv({ WEB_CONCURRENCY: "2" })).toThrowError(/WEB_CONCURRENCY: must be 1 on the embedded database/);
    expect(() => parseEnv({ WEB_CONCURRENCY: "two", DATABASE_URL: "postgres://localhost/portal" })).toThrowError(/WEB_CONCURRENCY: must be a whole number/);
    expect(() => parseEnv({ WEB_CONCURRENCY: "0", DATABASE_URL: "postgres://localhost/portal" })).toThrowError(/WEB_CONCURRENCY: must be 1 to 64/);
  });

  test("the page cache is on unless switched off", () => {
    expect(parseEnv({}).PAGE_CACHE).toBe("on");
    expect(parseEnv({ PAGE_CACHE: "off" }).PAGE_CACHE).toBe("off");
  });
});

describe("how long registrants' answers are kept", () => {
  test("90 days after the event unless set; a whole number of days up to ten years, else the start fails naming it", () => {
    expect(parseEnv({}).EVENT_ANSWER_RETENTION_DAYS).toBe(90);
    expect(parseEnv({ EVENT_ANSWER_RETENTION_DAYS: "" }).EVENT_ANSWER_RETENTION_DAYS).toBe(90);
    expect(parseEnv({ EVENT_ANSWER_RETENTION_DAYS: "30" }).EVENT_ANSWER_RETENTION_DAYS).toBe(30);
    expect(parseEnv({ EVENT_ANSWER_RETENTION_DAYS: "0" }).EVENT_ANSWER_RETENTION_DAYS).toBe(0);
    for (const value of ["-1", "3651", "4.5", "ninety"]) {
      expect(() => parseEnv({ EVENT_ANSWER_RETENTION_DAYS: value }), value).toThrowError(/EVENT_ANSWER_RETENTION_DAYS: must be/);
    }
  });
});
