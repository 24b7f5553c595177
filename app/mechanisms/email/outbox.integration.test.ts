import { beforeEach, describe, expect, test } from "vitest";
import { emailApiUrl, emailProvider } from "../../../tests/mocks/email-provider";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { httpMailTransport } from "./mail-transport.server";
import { claimDueEmails, deliverDueEmails, enqueueEmail, maxAttempts, type EmailToSend } from "./outbox.server";

const database = setUpTestDatabase();
beforeEach(async () => {
  emailProvider.reset();
  await database.prisma.outboxEmail.deleteMany();
});

const transport = httpMailTransport({ apiUrl: emailApiUrl, apiKey: "test-key", from: "Network <no-reply@network.test>" });
const email = (n: number): EmailToSend => ({
  to: `person${n}@example.org`,
  language: "fr",
  subject: `Bienvenue ${n}`,
  text: `Bonjour ${n}`,
  html: `<p>Bonjour ${n}</p>`,
});
/** Makes every pending email due now, as if its backoff or lease had run out. */
const timePasses = () =>
  database.prisma.outboxEmail.updateMany({ data: { nextAttemptAt: new Date(0), lockedUntil: null } });

describe("the email outbox", () => {
  test("an email queued in a transaction that rolls back is never sent", async () => {
    await expect(
      database.prisma.$transaction(async (tx) => {
        await enqueueEmail(tx, email(1));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await deliverDueEmails(database.prisma, transport)).toBe(0);
    expect(emailProvider.delivered).toEqual([]);
  });

  test("queued emails are sent once, with the text and HTML parts, and marked sent", async () => {
    for (const n of [1, 2, 3]) await enqueueEmail(database.prisma, email(n));
    expect(await deliverDueEmails(database.prisma, transport)).toBe(3);
    const delivered = emailProvider.delivered.map((d) => [d.to, d.subject, d.text, d.html]);
    expect(delivered.sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      [["person1@example.org"], "Bienvenue 1", "Bonjour 1", "<p>Bonjour 1</p>"],
      [["person2@example.org"], "Bienvenue 2", "Bonjour 2", "<p>Bonjour 2</p>"],
      [["person3@example.org"], "Bienvenue 3", "Bonjour 3", "<p>Bonjour 3</p>"],
    ]);
    expect(await database.prisma.outboxEmail.count({ where: { status: "sent", providerId: { startsWith: "provider-" } } })).toBe(3);

    await timePasses();
    expect(await deliverDueEmails(database.prisma, transport)).toBe(0);
    expect(emailProvider.delivered).toHaveLength(3);
  });

  test("when the provider is down, the email waits and is retried later", async () => {
    const { id } = await enqueueEmail(database.prisma, email(1));
    emailProvider.failNext = 1;
    expect(await deliverDueEmails(database.prisma, transport)).toBe(0);
    const waiting = await database.prisma.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, lockedUntil: null });
    expect(waiting.lastError).toMatch(/503/);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    expect(await deliverDueEmails(database.prisma, transport)).toBe(0); // not due yet
    await timePasses();
    expect(await deliverDueEmails(database.prisma, transport)).toBe(1);
    expect(emailProvider.delivered).toHaveLength(1);
  });

  test("after the last attempt an email is marked failed and left alone", async () => {
    const { id } = await enqueueEmail(database.prisma, email(1));
    emailProvider.failNext = maxAttempts;
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      await deliverDueEmails(database.prisma, transport);
      await timePasses();
    }
    expect(await database.prisma.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "failed",
      attempts: maxAttempts,
    });
    expect(await deliverDueEmails(database.prisma, transport)).toBe(0);
    expect(emailProvider.delivered).toEqual([]);
  });

  test("a worker that dies after the provider accepted a mail does not cause a second copy", async () => {
    for (const n of [1, 2]) await enqueueEmail(database.prisma, email(n));
    // The worker claims both, hands the first to the provider, and dies before recording it.
    const claimed = await claimDueEmails(database.prisma);
    expect(claimed).toHaveLength(2);
    await transport.send(claimed[0]!);

    // While its lease runs, nobody else takes those emails.
    expect(await deliverDueEmails(database.prisma, transport)).toBe(0);
    // Once the lease has run out, a new worker sends both; the first is not delivered twice.
    await timePasses();
    expect(await deliverDueEmails(database.prisma, transport)).toBe(2);
    expect(emailProvider.delivered.map((d) => d.to[0]).sort()).toEqual(["person1@example.org", "person2@example.org"]);
    expect(await database.prisma.outboxEmail.count({ where: { status: "sent" } })).toBe(2);
  });

  raceTest("workers claiming at the same time never take the same email", async () => {
    for (let n = 0; n < 30; n++) await enqueueEmail(database.prisma, email(n));
    const batches = await Promise.all([1, 2, 3].map(() => claimDueEmails(database.prisma, { limit: 12 })));
    const ids = batches.flat().map((e) => e.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
  });
});
