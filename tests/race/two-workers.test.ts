// Two server processes of one portal (WEB_CONCURRENCY=2, server/workers.ts) on one
// PostgreSQL database, as a deployment runs several: every request below opens a connection
// of its own, so Node's cluster hands them to both workers in turn. A sign-in made through
// one works on the other, the sign-in limit counts across both, a place taken through one
// shows at once on the event page both had cached, and each of its mails is sent once.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createPerson, testPassword } from "../fixtures/people";
import { server as mockedNetwork } from "../mocks/server";
import { setUpTestDatabase } from "../setup/set-up-test-database";
import { burstEvent, ensureBuild, freePort, registerAtOnce, signedInPeople, startPortal, type Portal } from "../setup/registration-burst";

const database = setUpTestDatabase();
let portal: Portal;

beforeAll(() => mockedNetwork.close());

type Answer = { status: number; body: string; headers: http.IncomingHttpHeaders };

/** One request on a connection of its own (no keep-alive), so the next may reach the other worker. */
function send(path: string, { cookie, form }: { cookie?: string; form?: Record<string, string> } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const body = form ? new URLSearchParams(form).toString() : undefined;
    const headers: http.OutgoingHttpHeaders = { Connection: "close" };
    if (cookie) headers.Cookie = cookie;
    if (body !== undefined) Object.assign(headers, { Origin: portal.origin, "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body) });
    const outgoing = http.request(`${portal.origin}${path}`, { method: body === undefined ? "GET" : "POST", agent: false, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: response.headers }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

const inTurn = async <T>(count: number, make: (index: number) => Promise<T>) => {
  const answers: T[] = [];
  for (let index = 0; index < count; index++) answers.push(await make(index));
  return answers;
};

describe("two workers on one PostgreSQL database", () => {
  beforeAll(async () => {
    ensureBuild();
    portal = await startPortal({ databaseUrl: database.url!, port: await freePort(), env: { WEB_CONCURRENCY: "2" } });
  }, 300_000);
  afterAll(() => portal?.stop());

  test("both workers run, each with its page cache listening to the other's commits", async () => {
    await expect
      .poll(async () => {
        const [row] = await database.prisma.$queryRaw<{ listening: bigint }[]>`
          SELECT count(*) AS listening FROM pg_stat_activity WHERE application_name = 'portal page cache' AND datname = current_database()`;
        return Number(row!.listening);
      })
      .toBe(2);
  });

  test("a sign-in through one worker is a session on both", async () => {
    const person = await createPerson(database.prisma, { name: "Ines Dos Procesos" });
    const signIn = await send("/en/sign-in", { form: { email: person.email!, password: testPassword, redirectTo: "" } });
    expect(signIn.status).toBe(302);
    const cookie = signIn.headers["set-cookie"]!.find((value) => value.startsWith("session="))!.split(";")[0]!;
    const pages = await inTurn(6, () => send("/en/account", { cookie }));
    for (const page of pages) {
      expect(page.status).toBe(200);
      expect(page.body).toContain("Ines Dos Procesos");
    }
  });

  test("the sign-in limit counts attempts made through both workers", async () => {
    const person = await createPerson(database.prisma);
    // Ten wrong passwords, spread over both workers; then even the right one is refused from this address.
    const wrong = await inTurn(10, () => send("/en/sign-in", { form: { email: person.email!, password: "not the password at all", redirectTo: "" } }));
    expect(wrong.every((answer) => answer.status === 400)).toBe(true);
    const refused = await inTurn(2, () => send("/en/sign-in", { form: { email: person.email!, password: testPassword, redirectTo: "" } }));
    for (const answer of refused) {
      expect(answer.status).not.toBe(302);
      expect(answer.headers["set-cookie"]?.some((value) => value.startsWith("session=")) ?? false).toBe(false);
    }
  });

  test("a place taken through one worker shows at once on the event page both kept, and its mails go out once", async () => {
    const event = await burstEvent(database.prisma, { capacity: 5 });
    const eventPage = `/en/events/${event.id}`;
    // Visitors read the page through both workers until each serves it from its cache.
    const before = await inTurn(6, () => send(eventPage));
    expect(before.filter((answer) => answer.headers["x-page-cache"] === "hit").length).toBeGreaterThanOrEqual(2);
    const placesShown = (answer: Answer) => /(\d+) places? left/.exec(answer.body)?.[1];
    expect(before.map(placesShown)).toEqual(Array(6).fill("5"));
    const queuedBefore = new Set((await database.prisma.outboxEmail.findMany({ select: { id: true } })).map((email) => email.id));

    const people = await signedInPeople(database.prisma, 2);
    const burst = await registerAtOnce(portal.origin, event.id, people, { connections: 1 });
    expect(burst.failures).toEqual([]);
    // The very next visitor requests, whichever worker they reach, show the places taken.
    const after = await inTurn(6, () => send(eventPage));
    expect(after.map(placesShown)).toEqual(Array(6).fill("3"));

    // Each registrant's confirmation is claimed by one worker, once, and sent.
    const queuedByBurst = async () => (await database.prisma.outboxEmail.findMany({ select: { id: true, status: true, attempts: true } })).filter((email) => !queuedBefore.has(email.id));
    await expect.poll(async () => (await queuedByBurst()).filter((email) => email.status === "sent").length, { timeout: 15_000 }).toBe(people.length);
    expect((await queuedByBurst()).map((email) => email.attempts)).toEqual(Array(people.length).fill(1));
  });
});
