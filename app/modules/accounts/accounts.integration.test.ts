import { beforeEach, describe, expect, test } from "vitest";
import { createPerson, testPassword } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import {
  changePassword,
  confirmEmail,
  requestEmailChange,
  requestPasswordReset,
  resetPassword,
  signIn,
  signUp,
} from "./accounts.server";
import { minPasswordLength } from "~/modules/auth/password-rules";
import { newPasswordProblem, verifyPassword } from "~/modules/auth/passwords.server";
import { tokenHash } from "~/modules/auth/tokens.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "198.51.100.1" };
let addressCounter = 0;
/** Each test its own client address, so the per-address limits of one never touch another. */
const freshOrigin = () => ({ clientAddress: `198.51.100.${++addressCounter}` });

async function mailsTo(email: string) {
  return database.prisma.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
}

function tokenIn(text: string) {
  const match = /token=([A-Za-z0-9_-]{43})/.exec(text);
  if (!match) throw new Error(`no link in:\n${text}`);
  return match[1]!;
}

async function auditActionsAbout(userId: string) {
  const events = await database.prisma.auditEvent.findMany({ where: { subjectUserId: userId }, orderBy: { id: "asc" } });
  return events.map((event) => event.action);
}

describe("signing up", () => {
  test("creates an unconfirmed account and mails a link in the reader's language that confirms it once", async () => {
    const { prisma } = database;
    expect(await signUp(prisma, { email: "ana@example.org", password: "a long passphrase", name: "Ana", language: "es" }, origin)).toEqual({ ok: true });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "ana@example.org" } });
    expect(user.emailConfirmedAt).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.preferredLanguage).toBe("es");

    const [mail] = await mailsTo("ana@example.org");
    expect(mail?.language).toBe("es");
    expect(mail?.subject).not.toBe("confirmEmail.subject");
    expect(mail?.text).toContain("Ana");
    expect(mail?.html).toContain("<a href=\"http://localhost:3000/es/confirm-email?token=");

    const firstToken = tokenIn(mail!.text);
    // Signing in before confirming sends a fresh link, which replaces the first.
    expect(await signIn(prisma, { email: "ana@example.org", password: "a long passphrase", language: "es" }, freshOrigin())).toEqual({
      ok: false,
      error: "unconfirmed",
    });
    const mails = await mailsTo("ana@example.org");
    expect(mails).toHaveLength(2);
    expect(await confirmEmail(prisma, firstToken, origin)).toEqual({ ok: false, error: "invalidLink" });
    const token = tokenIn(mails[1]!.text);
    expect(await confirmEmail(prisma, token, origin)).toEqual({ ok: true, purpose: "confirm_email" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailConfirmedAt).not.toBeNull();
    // Single use.
    expect(await confirmEmail(prisma, token, origin)).toEqual({ ok: false, error: "invalidLink" });
    expect(await auditActionsAbout(user.id)).toEqual(["account.signed_up", "account.email_confirmed"]);
  });

  test("started from the application, the fresh link sent on signing in before confirming still leads back to it", async () => {
    const { prisma } = database;
    const account = { email: "bo@example.org", password: "a long passphrase", name: "Bo", language: "sv" as const };
    await signUp(prisma, { ...account, returnTo: "/sv/apply" }, freshOrigin());
    expect(await signIn(prisma, { ...account, returnTo: "/sv/apply" }, freshOrigin())).toEqual({ ok: false, error: "unconfirmed" });
    const [first, fresh] = await mailsTo("bo@example.org");
    expect(first?.text).toContain("redirectTo=%2Fsv%2Fapply");
    expect(fresh?.text).toMatch(/confirm-email\?token=[A-Za-z0-9_-]{43}&redirectTo=%2Fsv%2Fapply/);
  });

  test("with an address that has an account, mails its owner and changes nothing", async () => {
    const { prisma } = database;
    const existing = await createPerson(prisma, { email: "taken@example.org" });
    expect(await signUp(prisma, { email: "taken@example.org", password: "another passphrase", name: "X", language: "en" }, origin)).toEqual({ ok: true });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after.passwordHash).toBe(existing.passwordHash);
    expect(after.name).toBe(existing.name);
    const mails = await mailsTo("taken@example.org");
    expect(mails.map((mail) => mail.subject)).toEqual(["You already have an account"]);
  });

  test("an expired confirmation link does not work", async () => {
    const { prisma } = database;
    await signUp(prisma, { email: "late@example.org", password: "a long passphrase", name: "Late", language: "en" }, origin);
    const token = tokenIn((await mailsTo("late@example.org"))[0]!.text);
    await prisma.userToken.update({ where: { id: tokenHash(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await confirmEmail(prisma, token, origin)).toEqual({ ok: false, error: "invalidLink" });
  });
});

describe("signing in", () => {
  test("a wrong password, an unknown address and the right password", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma);
    const from = freshOrigin();
    expect(await signIn(prisma, { email: person.email!, password: "wrong password!", language: "en" }, from)).toEqual({
      ok: false,
      error: "wrongCredentials",
    });
    expect(await signIn(prisma, { email: "nobody@example.org", password: "wrong password!", language: "en" }, from)).toEqual({
      ok: false,
      error: "wrongCredentials",
    });
    expect(await signIn(prisma, { email: person.email!, password: testPassword, language: "en" }, from)).toEqual({ ok: true, userId: person.id });
    expect(await auditActionsAbout(person.id)).toEqual(["auth.sign_in_failed", "auth.signed_in"]);
  });

  test("after 10 attempts on one account from one address, even the right password is refused there, not elsewhere", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma);
    const attacker = freshOrigin();
    for (let attempt = 0; attempt < 12; attempt++) {
      await signIn(prisma, { email: person.email!, password: `guess number ${attempt}`, language: "en" }, attacker);
    }
    expect(await signIn(prisma, { email: person.email!, password: testPassword, language: "en" }, attacker)).toEqual({
      ok: false,
      error: "tooManyAttempts",
    });
    // Logged once per window, not once per refused attempt.
    expect((await auditActionsAbout(person.id)).filter((action) => action === "auth.rate_limited")).toHaveLength(1);
    // The owner, elsewhere, is not locked out by a stranger's guesses.
    expect(await signIn(prisma, { email: person.email!, password: testPassword, language: "en" }, freshOrigin())).toMatchObject({ ok: true });
  });

  test("guesses at one account spread over many addresses are stopped after 100", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma);
    for (let attempt = 0; attempt < 100; attempt++) {
      await signIn(prisma, { email: person.email!, password: `guess number ${attempt}`, language: "en" }, freshOrigin());
    }
    expect(await signIn(prisma, { email: person.email!, password: testPassword, language: "en" }, freshOrigin())).toEqual({
      ok: false,
      error: "tooManyAttempts",
    });
    // The window passes.
    await prisma.rateLimitBucket.update({
      where: { key: `sign-in:account:${person.email}` },
      data: { windowStart: new Date(Date.now() - 16 * 60 * 1000) },
    });
    expect(await signIn(prisma, { email: person.email!, password: testPassword, language: "en" }, freshOrigin())).toMatchObject({ ok: true });
  });

  test("one address trying many accounts is stopped after 50 attempts", async () => {
    const { prisma } = database;
    const from = freshOrigin();
    for (let attempt = 0; attempt < 50; attempt++) {
      await signIn(prisma, { email: `someone-${attempt}@example.org`, password: "whatever it is", language: "en" }, from);
    }
    const person = await createPerson(prisma);
    expect(await signIn(prisma, { email: person.email!, password: testPassword, language: "en" }, from)).toEqual({
      ok: false,
      error: "tooManyAttempts",
    });
  });
});

describe("resetting a forgotten password", () => {
  beforeEach(() => {});

  test("an unknown address gets the same answer and no mail", async () => {
    expect(await requestPasswordReset(database.prisma, "ghost@example.org", freshOrigin())).toEqual({ ok: true });
    expect(await mailsTo("ghost@example.org")).toEqual([]);
  });

  test("the link sets a new password once, signs out every device and tells the owner", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma, { preferredLanguage: "fr" });
    await prisma.session.create({ data: { id: "old-session", userId: person.id, expiresAt: new Date(Date.now() + 60_000) } });
    expect(await requestPasswordReset(prisma, person.email!, freshOrigin())).toEqual({ ok: true });
    const [mail] = await mailsTo(person.email!);
    expect(mail?.language).toBe("fr");
    const token = tokenIn(mail!.text);

    expect(await resetPassword(prisma, token, "a brand new passphrase", origin)).toEqual({ ok: true });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(await verifyPassword(after.passwordHash, "a brand new passphrase")).toBe(true);
    expect(await prisma.session.count({ where: { userId: person.id } })).toBe(0);
    expect(await resetPassword(prisma, token, "yet another passphrase", origin)).toEqual({ ok: false, error: "invalidLink" });
    expect((await mailsTo(person.email!)).map((m) => m.language)).toEqual(["fr", "fr"]);
  });

  test("is limited to 3 requests an hour per account", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma);
    for (let i = 0; i < 3; i++) expect(await requestPasswordReset(prisma, person.email!, freshOrigin())).toEqual({ ok: true });
    expect(await requestPasswordReset(prisma, person.email!, freshOrigin())).toEqual({ ok: false, error: "tooManyAttempts" });
    expect(await mailsTo(person.email!)).toHaveLength(3);
  });
});

describe("changing password and email", () => {
  test("a password change needs the current password and signs out the other devices only", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma);
    for (const id of ["this-device", "other-device"]) {
      await prisma.session.create({ data: { id, userId: person.id, expiresAt: new Date(Date.now() + 60_000) } });
    }
    const change = { userId: person.id, sessionId: "this-device", newPassword: "a different passphrase" };
    expect(await changePassword(prisma, { ...change, currentPassword: "not my password" }, origin)).toEqual({ ok: false, error: "wrongPassword" });
    // Someone with the old password asked to move the account to their address…
    await requestEmailChange(prisma, { userId: person.id, currentPassword: testPassword, newEmail: "thief@example.org" }, origin);
    expect(await changePassword(prisma, { ...change, currentPassword: testPassword }, origin)).toEqual({ ok: true });
    expect((await prisma.session.findMany({ where: { userId: person.id } })).map((s) => s.id)).toEqual(["this-device"]);
    // …and the new password ends that link.
    const [stolenLink] = await mailsTo("thief@example.org");
    expect(await confirmEmail(prisma, tokenIn(stolenLink!.text), origin)).toEqual({ ok: false, error: "invalidLink" });
  });

  test("a new address is used only once confirmed through the link sent to it, and the old one is told", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma);
    const request = { userId: person.id, currentPassword: testPassword, newEmail: "moved@example.org" };
    expect(await requestEmailChange(prisma, request, origin)).toEqual({ ok: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).email).toBe(person.email);
    const [mail] = await mailsTo("moved@example.org");
    expect(await confirmEmail(prisma, tokenIn(mail!.text), origin)).toEqual({ ok: true, purpose: "change_email" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).email).toBe("moved@example.org");
    expect((await mailsTo(person.email!)).map((m) => m.subject)).toEqual(["Your email address has been changed"]);
  });
});

test("the most common passwords are refused, uncommon ones are not", () => {
  expect(newPasswordProblem("password123")).toBe("passwordCommon");
  expect(newPasswordProblem("Qwertyuiop")).toBe("passwordCommon");
  expect(newPasswordProblem("lantern orchard pebble")).toBeNull();
  expect(newPasswordProblem("x".repeat(minPasswordLength - 1))).toBe(`passwordTooShort:${minPasswordLength}`);
});

describe("every command that sets a password applies the rules itself", () => {
  test("signing up with a common or short password makes no account", async () => {
    const { prisma } = database;
    for (const password of ["iloveyou123", "short"]) {
      const result = await signUp(prisma, { email: "weak@example.org", password, name: "Weak", language: "en" }, freshOrigin());
      expect(result).toMatchObject({ ok: false, error: "weakPassword" });
    }
    expect(await prisma.user.count({ where: { email: "weak@example.org" } })).toBe(0);
  });

  test("a reset to a common password is refused and the link still works", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma);
    await requestPasswordReset(prisma, person.email!, freshOrigin());
    const token = tokenIn((await mailsTo(person.email!)).at(-1)!.text);
    expect(await resetPassword(prisma, token, "password123", origin)).toEqual({ ok: false, error: "weakPassword", problem: "passwordCommon" });
    expect(await resetPassword(prisma, token, "a brand new passphrase", origin)).toEqual({ ok: true });
  });

  test("a change to a common password is refused and the old one still works", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma);
    const change = { userId: person.id, sessionId: "none", currentPassword: testPassword, newPassword: "password123" };
    expect(await changePassword(prisma, change, origin)).toEqual({ ok: false, error: "weakPassword", problem: "passwordCommon" });
    const { passwordHash } = await prisma.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(await verifyPassword(passwordHash, testPassword)).toBe(true);
  });
});
