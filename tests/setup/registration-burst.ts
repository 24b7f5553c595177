// A burst of registrations against the real server, shared by the race test
// (tests/race/registration-burst.test.ts) and the benchmark (bench/registration.ts): the
// production build run by server/index.ts on a PostgreSQL database of its own, people
// signed in through the real session code, every registration form posted at once over
// HTTP, and the ledger read afterwards. A "busy" answer (503) is posted again after a wait
// of one to three seconds, as a person would, and counted.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "~/generated/prisma/client";
import { openDatabase, type Database } from "~/utils/database/open-database.server";
import { placesOf } from "~/modules/events/places.server";
import { waitingPositions } from "~/modules/events/waiting-list.server";
import { buildInputs, newestChange } from "../../server/build-if-stale";
import { createEvent, createPersonOf } from "../fixtures/events";
import { createOrganisation } from "../fixtures/organisations";
import { createPerson, signedInCookie } from "../fixtures/people";
import { useDatabaseForRoutes as pointRoutesAt } from "./route-database";
import { createPostgresCopy } from "./templates/postgres-template";

const root = path.resolve(import.meta.dirname, "../..");

/** Builds the app (`npm run build`'s production build) unless one newer than every source is there. */
export function ensureBuild() {
  const built = fs.statSync(path.join(root, "build/server/index.js"), { throwIfNoEntry: false });
  if (built && built.mtimeMs > newestChange(root, buildInputs)) return;
  const build = spawnSync(process.execPath, ["--import", "tsx", "server/build-if-stale.ts"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error("the production build failed (npm run build)");
}

/** A port nobody listens on now (the system's choice), so runs side by side never collide. */
export function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * A migrated database of its own on the PostgreSQL server at `serverUrl` (a copy of the
 * test template), which this process's db() also points at (sessions are signed with its
 * secret); `close` drops it. Test files have setUpTestDatabase() for this.
 */
export async function openBurstDatabase(serverUrl: string): Promise<Database & { url: string }> {
  const copy = await createPostgresCopy(serverUrl);
  const database = openDatabase({ kind: "postgres", url: copy.url });
  const restore = pointRoutesAt(database);
  return {
    ...database,
    url: copy.url,
    async close() {
      restore();
      await database.close();
      await copy.drop();
    },
  };
}

export type Portal = { origin: string; pid: number; mailDir: string; stop(): Promise<void> };

/**
 * The portal as `npm start` runs it (server/index.ts on the production build, with its
 * mail worker and timed jobs) on `databaseUrl`, listening on 127.0.0.1:`port`.
 * `placesLock: "off"` is the control that must oversell (PLACES_LOCK, env.server.ts).
 */
export async function startPortal({
  databaseUrl,
  port,
  placesLock = "on",
  nodeOptions = [],
  env: moreEnv = {},
}: {
  databaseUrl: string;
  port: number;
  placesLock?: "on" | "off";
  /** Node's own options for the server, such as `--cpu-prof` to see where its time goes. */
  nodeOptions?: string[];
  /** More of the server's environment, such as WEB_CONCURRENCY. */
  env?: Record<string, string>;
}): Promise<Portal> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-burst-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    PLACES_LOCK: placesLock,
    DEMO_ACCOUNTS: "off",
    MAIL_DIR: path.join(workDir, "mail"),
    UPLOAD_DIR: path.join(workDir, "uploads"),
    ...moreEnv,
  };
  // Not vitest's worker: the server as it runs anywhere.
  for (const name of Object.keys(env)) if (name.startsWith("VITEST")) delete env[name];
  delete env.PUBLIC_URL;
  const child = spawn(process.execPath, [...nodeOptions, "--import", "tsx", "server/index.ts"], { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child).finally(() => fs.rmSync(workDir, { recursive: true, force: true }));
  try {
    let last = "no answer";
    for (let attempt = 0; ; attempt++) {
      if (child.exitCode !== null) throw new Error(`the portal stopped at start:\n${stderr}`);
      if (attempt > 600) throw new Error(`the portal did not answer ${origin}/healthz in 60 s (${last}):\n${stderr}`);
      const health = await request(new http.Agent(), { method: "GET", origin, path: "/healthz" }).catch((error: Error) => ({ status: 0, body: error.message }));
      if (health.status === 200) break;
      last = `${health.status} ${health.body.slice(0, 200)}`;
      await sleep(100);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, pid: child.pid!, mailDir: env.MAIL_DIR!, stop };
}

function stopChild(child: ChildProcess) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export type Registrant = { cookie: string; organisationId?: string };

/** `count` people, each signed in (a session of their own), optionally all members of `organisationId`. */
export async function signedInPeople(prisma: PrismaClient, count: number, { organisationId }: { organisationId?: string } = {}): Promise<Registrant[]> {
  const people: Registrant[] = [];
  // Ten at a time: as fast as one at a time is slow, without taking every connection.
  for (let from = 0; from < count; from += 10) {
    const batch = Array.from({ length: Math.min(10, count - from) }, async () => {
      const person = organisationId ? await createPersonOf(prisma, organisationId) : await createPerson(prisma);
      return { cookie: await signedInCookie(prisma, person.id), ...(organisationId ? { organisationId } : {}) };
    });
    people.push(...(await Promise.all(batch)));
  }
  return people;
}

/** A published first-come event open now with `capacity` places (and a cap per organisation, and how groups are placed, if given). */
export function burstEvent(
  prisma: PrismaClient,
  { capacity, organisationCap, groupPolicy }: { capacity: number; organisationCap?: number; groupPolicy?: "together" | "split" },
) {
  return createEvent(prisma, { capacity, organisationCap: organisationCap ?? null, ...(groupPolicy ? { groupPolicy } : {}) }, { title: `Burst for ${capacity} places` });
}

export { createOrganisation };

export type Burst = {
  /** Registrations answered with a redirect to the new registration (confirmed or waitlisted). */
  placed: number;
  /** "Busy, please try again" answers (503), each posted again after a short wait. */
  busyRetries: number;
  /** Any other answer: status and the start of its body. */
  failures: { status: number; body: string }[];
  seconds: number;
  perSecond: number;
};

/**
 * How many connections a burst opens at most; the other requests wait in the client. A
 * thousand connects at once overflow the server's accept queue (Node listens with a backlog
 * of 511) and some are reset before they are answered.
 */
export const defaultConnections = 250;

/**
 * Posts every registrant's registration form for `eventId` at once; `connections` sockets at
 * most, each request on a connection of its own (a kept-alive one may be closed by the
 * server just as it is reused, which is a reset, not an answer).
 */
export function registerAtOnce(origin: string, eventId: string, registrants: readonly Registrant[], { connections = defaultConnections } = {}): Promise<Burst> {
  return postAtOnce(
    origin,
    registrants.map((registrant) => ({
      path: `/en/events/${eventId}/register`,
      cookie: registrant.cookie,
      form: new URLSearchParams({ listVisibility: "nobody", acceptConduct: "on", organisationId: registrant.organisationId ?? "" }),
    })),
    /\/account\/registrations\/[^?]+\?notice=(confirmed|waitlisted)/,
    connections,
  );
}

/** An organisation's admin, signed in, and the delegates they name on its group page. */
export type GroupRegistrant = { cookie: string; slug: string; delegates: { name: string; email: string }[] };

/** `count` organisations, each with an admin signed in who names `size` delegates. */
export async function groupsOf(prisma: PrismaClient, count: number, size: number): Promise<GroupRegistrant[]> {
  const groups: GroupRegistrant[] = [];
  for (let group = 0; group < count; group++) {
    const organisation = await createOrganisation(prisma);
    const admin = await createPerson(prisma);
    await prisma.organisationMembership.create({ data: { userId: admin.id, organisationId: organisation.id, role: "admin" } });
    const delegates = Array.from({ length: size }, (_, n) => ({ name: `Delegate ${group}-${n}`, email: `${organisation.slug}-delegate-${n}@example.org` }));
    groups.push({ cookie: await signedInCookie(prisma, admin.id), slug: organisation.slug, delegates });
  }
  return groups;
}

/** Posts every organisation's group form for `eventId` at once, as registerAtOnce does people's. */
export function registerGroupsAtOnce(origin: string, eventId: string, groups: readonly GroupRegistrant[], { connections = defaultConnections } = {}): Promise<Burst> {
  return postAtOnce(
    origin,
    groups.map((group) => {
      const form = new URLSearchParams({ intent: "register", rows: String(group.delegates.length) });
      group.delegates.forEach((delegate, row) => {
        form.set(`delegate-${row}-name`, delegate.name);
        form.set(`delegate-${row}-email`, delegate.email);
      });
      return { path: `/en/organisations/${group.slug}/events/${eventId}/group`, cookie: group.cookie, form };
    }),
    /\/group\?notice=sent/,
    connections,
  );
}

/** Sends every post at once; one placed is answered with a redirect matching `placed`, a busy one (503) is sent again after a wait. */
async function postAtOnce(origin: string, posts: readonly { path: string; cookie: string; form: URLSearchParams }[], placed: RegExp, connections: number): Promise<Burst> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: connections });
  let busyRetries = 0;
  const failures: Burst["failures"] = [];
  const send = async (post: (typeof posts)[number]) => {
    for (;;) {
      const answer = await request(agent, { method: "POST", origin, ...post }).catch((error: Error): Answer => ({ status: 0, location: null, body: error.message }));
      if (answer.status === 302 && placed.test(answer.location ?? "")) return true;
      if (answer.status !== 503) {
        failures.push({ status: answer.status, body: `${answer.location ?? ""} ${answer.body.slice(0, 300)}` });
        return false;
      }
      busyRetries++;
      // As a person would: reads "please try again in a moment" and posts again a second or
      // three later. (At once, a thousand retries only add renders of the busy page to the load.)
      await sleep(1_000 + Math.random() * 2_000);
    }
  };
  const since = performance.now();
  const sent = (await Promise.all(posts.map(send))).filter(Boolean).length;
  const seconds = (performance.now() - since) / 1000;
  agent.destroy();
  return { placed: sent, busyRetries, failures, seconds, perSecond: sent / seconds };
}

/** `count` GET requests for `pathname` at once, with the same client: the baseline. */
export async function getAtOnce(origin: string, pathname: string, count: number, { connections = defaultConnections } = {}) {
  const agent = new http.Agent({ keepAlive: false, maxSockets: connections });
  const since = performance.now();
  const answers = await Promise.all(
    Array.from({ length: count }, () => request(agent, { method: "GET", origin, path: pathname }).catch((error: Error): Answer => ({ status: 0, location: null, body: error.message }))),
  );
  const seconds = (performance.now() - since) / 1000;
  agent.destroy();
  return { ok: answers.filter((answer) => answer.status === 200).length, seconds, perSecond: count / seconds };
}

export type Ledger = {
  /** Registrations per status. */
  counts: Record<string, number>;
  capacity: number;
  /** Places held beyond the capacity: must be 0. */
  oversold: number;
  /** The waiting list's positions, in order: must be 1 to n. */
  positions: number[];
  positionsWithoutGaps: boolean;
  /** The most places any one organisation holds. */
  mostHeldByOneOrganisation: number;
  /** Groups whose delegates do not all share one status. */
  groupsSplit: number;
};

/** What the event's registrations say, read from the database after the burst. */
export async function ledgerOf(prisma: PrismaClient, eventId: string): Promise<Ledger> {
  const rows = await prisma.registration.groupBy({ by: ["status"], where: { eventId }, _count: true });
  const places = (await placesOf(prisma, eventId))!;
  const positions = [...(await waitingPositions(prisma, eventId)).values()].sort((a, b) => a - b);
  const byOrganisation = await prisma.registration.groupBy({ by: ["organisationId"], where: { eventId, status: "confirmed", organisationId: { not: null } }, _count: true });
  const byGroup = await prisma.registration.groupBy({ by: ["groupId", "status"], where: { eventId, groupId: { not: null } } });
  const groupStatuses = new Map<string, number>();
  for (const row of byGroup) groupStatuses.set(row.groupId!, (groupStatuses.get(row.groupId!) ?? 0) + 1);
  return {
    counts: Object.fromEntries(rows.map((row) => [row.status, row._count])),
    capacity: places.capacity,
    oversold: Math.max(0, places.held - places.capacity),
    positions,
    positionsWithoutGaps: positions.every((position, index) => position === index + 1),
    mostHeldByOneOrganisation: Math.max(0, ...byOrganisation.map((row) => row._count)),
    groupsSplit: [...groupStatuses.values()].filter((statuses) => statuses > 1).length,
  };
}

type Answer = { status: number; location: string | null; body: string };

function request(agent: http.Agent, { method, origin, path: pathname, cookie, form }: { method: "GET" | "POST"; origin: string; path: string; cookie?: string; form?: URLSearchParams }) {
  return new Promise<Answer>((resolve, reject) => {
    const body = form?.toString();
    const headers: http.OutgoingHttpHeaders = { "User-Agent": "registration-burst" };
    if (cookie) headers.Cookie = cookie;
    if (body !== undefined) {
      // As the portal's own page posts it: same origin, a form.
      headers.Origin = origin;
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      headers["Content-Length"] = Buffer.byteLength(body);
    }
    const outgoing = http.request(`${origin}${pathname}`, { method, agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, location: response.headers.location ?? null, body: Buffer.concat(chunks).toString() }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * CPU seconds (user and system) used so far by process `pid`, or, with `databaseName`, by
 * every PostgreSQL backend connected to that database on this machine: where a burst's
 * time goes, whatever else the machine is doing. Null where /proc cannot tell (not Linux).
 */
export function cpuSeconds({ pid, databaseName }: { pid?: number; databaseName?: string }): number | null {
  const ticksPerSecond = 100; // USER_HZ on Linux
  const of = (id: string) => {
    const fields = fs.readFileSync(`/proc/${id}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  };
  try {
    if (pid !== undefined) return of(String(pid));
    let total = 0;
    for (const id of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      try {
        if (fs.readFileSync(`/proc/${id}/cmdline`, "utf8").includes(` ${databaseName} `)) total += of(id);
      } catch {
        // gone meanwhile, or not ours to read
      }
    }
    return total;
  } catch {
    return null;
  }
}
