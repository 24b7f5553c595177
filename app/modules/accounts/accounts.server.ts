// Accounts: sign-up and confirmation, sign-in, password reset and change, email change,
// profile. Each change and the mail and audit entry it causes are one transaction.
import type { Prisma, PrismaClient, UserTokenPurpose } from "~/generated/prisma/client";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { hashPassword, newPasswordProblem, verifyPassword, type PasswordProblem } from "~/modules/auth/passwords.server";
import { clearRateLimit, hitRateLimit, hitRateLimits, rateLimitKey, rateLimits } from "~/modules/auth/rate-limit.server";
import { randomToken, tokenHash } from "~/modules/auth/tokens.server";
import { link } from "~/mechanisms/email/links.server";
import { mailAddress, mailPerson, recipientLanguage } from "~/mechanisms/email/mail-person.server";
import type { Language } from "~/utils/languages";
import type { Origin } from "~/utils/origin";

const hour = 60 * 60 * 1000;
export const tokenLifetimeMs: Record<UserTokenPurpose, number> = {
  confirm_email: 24 * hour,
  change_email: 24 * hour,
  reset_password: 1 * hour,
};


/** A new password the rules refuse: `problem` is the message key shown against the field. */
function weakPassword(problem: PasswordProblem) {
  return { ok: false as const, error: "weakPassword" as const, problem };
}

type SignUp = {
  email: string;
  password: string;
  name: string;
  language: Language;
  /** A path of the portal (already judged by safeRedirect) to come back to after signing in: the application started. */
  returnTo?: string;
};

/**
 * Creates an unconfirmed account and mails the confirmation link. If the address already
 * has an account, its owner is told by email instead: the page answers the same either way.
 */
export async function signUp(prisma: PrismaClient, input: SignUp, origin: Origin) {
  // The way back rides along in the links, through confirmation and sign-in.
  const returnTo: Record<string, string> = input.returnTo ? { redirectTo: input.returnTo } : {};
  const problem = newPasswordProblem(input.password);
  if (problem) return weakPassword(problem);
  if (!(await hitRateLimit(prisma, rateLimitKey("sign-up", { address: origin.clientAddress }), rateLimits.signUpPerAddress)).allowed) {
    return { ok: false as const, error: "tooManyAttempts" as const };
  }
  // Hashed before the lookup so both paths take the same time.
  const passwordHash = await hashPassword(input.password);
  const existing = await prisma.user.findUnique({ where: { email: input.email } });
  if (existing) {
    await mailPerson(prisma, existing, "accountExists", (language) => ({
      signInLink: link(`/${language}/sign-in`, returnTo),
      resetLink: link(`/${language}/forgot-password`),
    }));
    return { ok: true as const };
  }
  try {
    await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, passwordHash, name: input.name, preferredLanguage: input.language },
      });
      const token = await createUserToken(tx, user.id, "confirm_email");
      await mailPerson(tx, user, "confirmEmail", (language) => ({
        name: input.name,
        link: link(`/${language}/confirm-email`, { token, ...returnTo }),
      }));
      await recordAudit(tx, { action: "account.signed_up", actorId: user.id, subjectUserId: user.id, ipAddress: origin.clientAddress });
    });
  } catch (error) {
    // The same address signed up twice at the same moment: the other request made the account.
    if (!isUniqueViolation(error)) throw error;
  }
  return { ok: true as const };
}

export function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

type Tx = Prisma.TransactionClient;

async function createUserToken(tx: Tx, userId: string, purpose: UserTokenPurpose, email?: string) {
  const token = randomToken();
  // A new link replaces any earlier one for the same purpose.
  await tx.userToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
  await tx.userToken.create({
    data: { id: tokenHash(token), userId, purpose, email, expiresAt: new Date(Date.now() + tokenLifetimeMs[purpose]) },
  });
  return token;
}

/**
 * Uses a link's token: valid, unexpired and unused, or nothing. One conditional UPDATE,
 * so two clicks at once cannot both use it.
 */
async function useUserToken(tx: Tx, token: string, purposes: UserTokenPurpose[]) {
  const id = tokenHash(token);
  const used = await tx.userToken.updateMany({
    where: { id, purpose: { in: purposes }, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (used.count !== 1) return null;
  return tx.userToken.findUniqueOrThrow({ where: { id }, include: { user: true } });
}

/** What a confirm-email link is for, without using it (the page asks before it does). */
export async function findEmailToken(prisma: PrismaClient, token: string) {
  const found = await prisma.userToken.findUnique({ where: { id: tokenHash(token) } });
  if (!found || found.usedAt || found.expiresAt <= new Date()) return null;
  if (found.purpose !== "confirm_email" && found.purpose !== "change_email") return null;
  return { purpose: found.purpose, email: found.email };
}

/** Confirms a new account's address, or moves an account to a new, now confirmed, address. */
export async function confirmEmail(prisma: PrismaClient, token: string, origin: Origin) {
  try {
    return await confirmEmailInTransaction(prisma, token, origin);
  } catch (error) {
    // Someone took the new address between the check and the change.
    if (isUniqueViolation(error)) return { ok: false as const, error: "emailTaken" as const };
    throw error;
  }
}

function confirmEmailInTransaction(prisma: PrismaClient, token: string, origin: Origin) {
  return prisma.$transaction(async (tx) => {
    const used = await useUserToken(tx, token, ["confirm_email", "change_email"]);
    if (!used || used.user.erasedAt) return { ok: false as const, error: "invalidLink" as const };
    const { user } = used;
    if (used.purpose === "confirm_email") {
      await tx.user.update({ where: { id: user.id }, data: { emailConfirmedAt: user.emailConfirmedAt ?? new Date() } });
      await recordAudit(tx, { action: "account.email_confirmed", actorId: user.id, subjectUserId: user.id, ipAddress: origin.clientAddress });
      return { ok: true as const, purpose: used.purpose };
    }
    const newEmail = used.email!;
    if (await tx.user.findUnique({ where: { email: newEmail } })) return { ok: false as const, error: "emailTaken" as const };
    await tx.user.update({ where: { id: user.id }, data: { email: newEmail, emailConfirmedAt: new Date() } });
    // To the old address, in case someone else made the change.
    await mailPerson(tx, user, "emailChanged", { name: user.name, newEmail });
    await recordAudit(tx, { action: "account.email_changed", actorId: user.id, subjectUserId: user.id, ipAddress: origin.clientAddress });
    return { ok: true as const, purpose: used.purpose };
  });
}

export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; error: "wrongCredentials" | "tooManyAttempts" | "unconfirmed" };

/** Checks email and password, within the per-account and per-address limits. */
export async function signIn(
  prisma: PrismaClient,
  input: { email: string; password: string; language: Language; /** As for signUp: the page to come back to, already judged by safeRedirect. */ returnTo?: string },
  origin: Origin,
): Promise<SignInResult> {
  const accountAndAddressKey = rateLimitKey("sign-in", { account: input.email, address: origin.clientAddress });
  const limits = await hitRateLimits(prisma, [
    [accountAndAddressKey, rateLimits.signInPerAccountAndAddress],
    [rateLimitKey("sign-in", { account: input.email }), rateLimits.signInPerAccount],
    [rateLimitKey("sign-in", { address: origin.clientAddress }), rateLimits.signInPerAddress],
  ]);
  const user = await prisma.user.findUnique({ where: { email: input.email } });
  if (!limits.allowed) {
    if (limits.firstRefusal) {
      await recordAudit(prisma, { action: "auth.rate_limited", subjectUserId: user?.id, ipAddress: origin.clientAddress, details: { on: "sign-in" } });
    }
    return { ok: false, error: "tooManyAttempts" };
  }
  // Verified even when there is no such account, so the answer takes as long.
  const passwordMatches = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !passwordMatches) {
    await recordAudit(prisma, {
      action: "auth.sign_in_failed",
      subjectUserId: user?.id,
      ipAddress: origin.clientAddress,
      details: { reason: user ? "wrong password" : "no such account" },
    });
    return { ok: false, error: "wrongCredentials" };
  }
  if (!user.emailConfirmedAt) {
    // Only someone who knows the password learns this; they get a fresh link.
    await prisma.$transaction(async (tx) => {
      const token = await createUserToken(tx, user.id, "confirm_email");
      const returnTo: Record<string, string> = input.returnTo ? { redirectTo: input.returnTo } : {};
      await mailPerson(tx, user, "confirmEmail", (language) => ({ name: user.name, link: link(`/${language}/confirm-email`, { token, ...returnTo }) }));
    });
    return { ok: false, error: "unconfirmed" };
  }
  await clearRateLimit(prisma, accountAndAddressKey);
  await recordAudit(prisma, { action: "auth.signed_in", actorId: user.id, subjectUserId: user.id, ipAddress: origin.clientAddress });
  return { ok: true, userId: user.id };
}

/** Mails a reset link if the account exists. The page answers the same either way. */
export async function requestPasswordReset(prisma: PrismaClient, email: string, origin: Origin) {
  const limits = await hitRateLimits(prisma, [
    [rateLimitKey("reset", { account: email }), rateLimits.resetPerAccount],
    [rateLimitKey("reset", { address: origin.clientAddress }), rateLimits.resetPerAddress],
  ]);
  const user = await prisma.user.findUnique({ where: { email } });
  if (!limits.allowed) {
    if (limits.firstRefusal) {
      await recordAudit(prisma, { action: "auth.rate_limited", subjectUserId: user?.id, ipAddress: origin.clientAddress, details: { on: "password reset" } });
    }
    return { ok: false as const, error: "tooManyAttempts" as const };
  }
  if (!user || user.erasedAt) return { ok: true as const };
  await prisma.$transaction(async (tx) => {
    const token = await createUserToken(tx, user.id, "reset_password");
    await mailPerson(tx, user, "resetPassword", (language) => ({ name: user.name, link: link(`/${language}/reset-password`, { token }) }));
    await recordAudit(tx, { action: "account.password_reset_requested", subjectUserId: user.id, ipAddress: origin.clientAddress });
  });
  return { ok: true as const };
}

export async function isResetTokenUsable(prisma: PrismaClient, token: string) {
  const found = await prisma.userToken.findUnique({ where: { id: tokenHash(token) } });
  return Boolean(found && found.purpose === "reset_password" && !found.usedAt && found.expiresAt > new Date());
}

/** Sets a new password from a reset link and signs out every device. */
export async function resetPassword(prisma: PrismaClient, token: string, password: string, origin: Origin) {
  // Before the link is used, so a refused password leaves it working.
  const problem = newPasswordProblem(password);
  if (problem) return weakPassword(problem);
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const used = await useUserToken(tx, token, ["reset_password"]);
    if (!used || used.user.erasedAt) return { ok: false as const, error: "invalidLink" as const };
    const { user } = used;
    // The link came by email, so the address is confirmed too.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, emailConfirmedAt: user.emailConfirmedAt ?? new Date() } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await voidPendingLinks(tx, user.id);
    await recordAudit(tx, { action: "account.password_reset", actorId: user.id, subjectUserId: user.id, ipAddress: origin.clientAddress });
    await mailPasswordChanged(tx, user);
    return { ok: true as const };
  });
}

/**
 * A new password ends every link still waiting (say an email change someone else asked for
 * with the old password).
 */
async function voidPendingLinks(tx: Tx, userId: string) {
  await tx.userToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
}

function mailPasswordChanged(tx: Tx, user: { email: string | null; name: string; preferredLanguage: string }) {
  return mailPerson(tx, user, "passwordChanged", (language) => ({ name: user.name, resetLink: link(`/${language}/forgot-password`) }));
}

/** Changes the password after checking the current one; other devices are signed out. */
export async function changePassword(
  prisma: PrismaClient,
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
  origin: Origin,
) {
  const problem = newPasswordProblem(input.newPassword);
  if (problem) return weakPassword(problem);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: input.userId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false as const, error: "wrongPassword" as const };
  }
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: user.id, id: { not: input.sessionId } } });
    await voidPendingLinks(tx, user.id);
    await recordAudit(tx, { action: "account.password_changed", actorId: user.id, subjectUserId: user.id, ipAddress: origin.clientAddress });
    await mailPasswordChanged(tx, user);
  });
  return { ok: true as const };
}

/** Mails a confirmation link to the new address; the account moves when it is used. */
export async function requestEmailChange(
  prisma: PrismaClient,
  input: { userId: string; currentPassword: string; newEmail: string },
  origin: Origin,
) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: input.userId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false as const, error: "wrongPassword" as const };
  }
  if (input.newEmail === user.email) return { ok: false as const, error: "sameEmail" as const };
  await prisma.$transaction(async (tx) => {
    const token = await createUserToken(tx, user.id, "change_email", input.newEmail);
    // The new address is not the account's yet: written in the account's language.
    await mailAddress(tx, { email: input.newEmail, language: recipientLanguage(user) }, "confirmNewEmail", (language) => ({
      name: user.name,
      link: link(`/${language}/confirm-email`, { token }),
    }));
    await recordAudit(tx, { action: "account.email_change_requested", actorId: user.id, subjectUserId: user.id, ipAddress: origin.clientAddress });
  });
  return { ok: true as const };
}

export type Profile = { name: string; title: string; languagesSpoken: string[]; preferredLanguage: Language };

export async function updateProfile(prisma: PrismaClient, userId: string, profile: Profile, origin: Origin) {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: profile });
    await recordAudit(tx, { action: "account.profile_updated", actorId: userId, subjectUserId: userId, ipAddress: origin.clientAddress });
  });
}

/** What the account page shows: the profile's fields and the organisations the person belongs to. */
export function findOwnProfile(prisma: PrismaClient, userId: string) {
  return prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      title: true,
      email: true,
      languagesSpoken: true,
      preferredLanguage: true,
      memberships: {
        select: { role: true, signatory: true, organisation: { select: { name: true, slug: true } } },
        orderBy: { organisation: { name: "asc" } },
      },
    },
  });
}
