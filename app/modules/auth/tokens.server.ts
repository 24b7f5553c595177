// Random tokens for links and cookies. Only a token's SHA-256 is stored, so a copy of the
// database gives no one a working link or session.
import crypto from "node:crypto";

export function randomToken() {
  return crypto.randomBytes(32).toString("base64url");
}

export function tokenHash(token: string) {
  return crypto.createHash("sha256").update(token).digest("base64url");
}

/** A token as it can appear in a link: anything else is rejected before the database. */
export function isWellFormedToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
