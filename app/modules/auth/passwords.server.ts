// Password hashing (argon2id) and the rules a new password must meet.
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { maxPasswordLength, minPasswordLength } from "./password-rules";

// About 49,000 passwords from public breach lists, lower-cased.
let commonPasswords: Set<string> | undefined;

export function isCommonPassword(password: string) {
  commonPasswords ??= new Set(dictionary.passwords.map((entry: string) => entry.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/** Why a new password is refused, as the form's message key; the schema's length messages are the same keys. */
export type PasswordProblem = "passwordCommon" | `passwordTooShort:${number}` | `tooLong:${number}`;

/** Every rule a new password must meet. The account commands call it, so no caller can skip one. */
export function newPasswordProblem(password: string): PasswordProblem | null {
  if (password.length < minPasswordLength) return `passwordTooShort:${minPasswordLength}`;
  if (password.length > maxPasswordLength) return `tooLong:${maxPasswordLength}`;
  return isCommonPassword(password) ? "passwordCommon" : null;
}

/** Argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended minimum. */
export function hashPassword(password: string) {
  return hash(password);
}

// Verified against when the account does not exist, so an unknown email costs as much
// time as a wrong password and the answer time gives nothing away.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string) {
  if (!passwordHash) {
    dummyHash ??= hash("not a real password, only spends the same time");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
