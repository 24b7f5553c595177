// Database sessions behind a signed, HttpOnly cookie. The cookie holds a random token; the
// Session row is keyed by its SHA-256. Signing in always starts a new session (rotation).
import crypto from "node:crypto";
import { createCookie, type Cookie } from "@remix-run/node";
import type { PrismaClient } from "~/generated/prisma/client";
import { db } from "~/utils/database/connection.server";
import { cookiesAreSecure, getEnv } from "~/utils/env.server";
import type { Actor } from "./permissions";
import { randomToken, tokenHash } from "./tokens.server";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import type { Origin } from "~/utils/origin";

export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
// lastSeenAt is written at most this often, so reading a page rarely writes.
const lastSeenPrecisionMs = 60 * 60 * 1000;

let cookie: Promise<Cookie> | undefined;

/** The session cookie, signed with SESSION_SECRET, or a secret the portal keeps in its database. */
export function sessionCookie(prisma: PrismaClient = db()): Promise<Cookie> {
  cookie ??= sessionSecrets(prisma).then((secrets) =>
    createCookie("session", {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: cookiesAreSecure(),
      secrets,
    }),
  );
  return cookie;
}

async function sessionSecrets(prisma: PrismaClient) {
  const configured = getEnv().SESSION_SECRET;
  if (configured) return configured.split(",").map((secret) => secret.trim());
  // Every instance on the same database reads the same secret; the first one creates it.
  await prisma.appSecret.createMany({
    data: [{ name: "session-cookie", value: crypto.randomBytes(32).toString("base64url") }],
    skipDuplicates: true,
  });
  const stored = await prisma.appSecret.findUniqueOrThrow({ where: { name: "session-cookie" } });
  return [stored.value];
}

export type CurrentUser = Actor & {
  email: string;
  name: string;
  preferredLanguage: string;
  sessionId: string;
};

// One lookup per request, however many loaders ask.
const currentUsers = new WeakMap<Request, Promise<CurrentUser | null>>();

/** The signed-in person, or null. */
export function currentUser(request: Request): Promise<CurrentUser | null> {
  let found = currentUsers.get(request);
  if (!found) {
    found = findCurrentUser(request);
    currentUsers.set(request, found);
  }
  return found;
}

async function sessionToken(request: Request): Promise<string | null> {
  const value: unknown = await (await sessionCookie()).parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

async function findCurrentUser(request: Request): Promise<CurrentUser | null> {
  const token = await sessionToken(request);
  if (!token) return null;
  const prisma = db();
  const session = await prisma.session.findUnique({
    where: { id: tokenHash(token) },
    include: {
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          preferredLanguage: true,
          networkRole: true,
          erasedAt: true,
          memberships: { select: { organisationId: true, role: true, signatory: true } },
        },
      },
    },
  });
  if (!session || session.expiresAt <= new Date() || !session.user.email || session.user.erasedAt) return null;
  if (Date.now() - session.lastSeenAt.getTime() > lastSeenPrecisionMs) {
    await prisma.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: new Date() } });
  }
  const { user } = session;
  return {
    id: user.id,
    email: user.email!,
    name: user.name,
    preferredLanguage: user.preferredLanguage,
    networkRole: user.networkRole,
    memberships: user.memberships,
    sessionId: session.id,
  };
}

type SessionOrigin = { request: Request; clientAddress?: string };

/**
 * Starts a session for `userId` and ends the one this browser had (rotation). Returns the
 * Set-Cookie header value.
 */
export async function startSession(prisma: PrismaClient, userId: string, { request, clientAddress }: SessionOrigin) {
  const previous = await sessionToken(request);
  const token = randomToken();
  const expiresAt = new Date(Date.now() + sessionLifetimeMs);
  await prisma.$transaction([
    ...(previous ? [prisma.session.deleteMany({ where: { id: tokenHash(previous) } })] : []),
    prisma.session.create({
      data: {
        id: tokenHash(token),
        userId,
        expiresAt,
        userAgent: (request.headers.get("User-Agent") ?? "").slice(0, 300),
        ipAddress: clientAddress ?? "",
      },
    }),
  ]);
  return (await sessionCookie(prisma)).serialize(token, { expires: expiresAt });
}

/** Ends this browser's session; returns the Set-Cookie header value that clears the cookie. */
export async function endSession(prisma: PrismaClient, request: Request) {
  const token = await sessionToken(request);
  if (token) await prisma.session.deleteMany({ where: { id: tokenHash(token) } });
  return (await sessionCookie(prisma)).serialize("", { maxAge: 0 });
}

/** Signing out: the session ends, and the audit log says so if someone was signed in. Returns the cookie that clears it. */
export async function signOut(prisma: PrismaClient, request: Request, origin: Origin) {
  const user = await currentUser(request);
  if (user) await recordAudit(prisma, { action: "auth.signed_out", actorId: user.id, subjectUserId: user.id, ipAddress: origin.clientAddress });
  return endSession(prisma, request);
}
