// The worker is killed mid-batch, for real, and restarted: every email reaches its
// recipient exactly once. PostgreSQL only (the worker runs in a process of its own).
import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { http as mswHttp, passthrough } from "msw";
import { afterAll, beforeAll, expect, test } from "vitest";
import { server as msw } from "../../../tests/mocks/server";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-database";
import { httpMailTransport } from "./mail-transport.server";
import { deliverDueEmails, enqueueEmail } from "./outbox.server";

const onPostgres = process.env.TEST_DATABASE_BACKEND === "postgres";

let database: TestDatabase;
beforeAll(async () => {
  if (onPostgres) database = await createTestDatabase();
});
afterAll(() => database?.destroy());

/** A provider on a real port: it records each new Idempotency-Key and answers slowly. */
function startSlowProvider(onDelivery: (count: number) => void) {
  const delivered = new Map<string, string>(); // idempotency key → recipient
  let requests = 0;
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      requests++;
      const key = String(request.headers["idempotency-key"]);
      if (!delivered.has(key)) {
        delivered.set(key, (JSON.parse(body) as { to: string[] }).to[0]!);
        onDelivery(delivered.size);
      }
      setTimeout(() => response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ id: key })), 150);
    });
  });
  return new Promise<{ url: string; delivered: Map<string, string>; requests: () => number; close: () => void }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        delivered,
        requests: () => requests,
        close: () => server.close(),
      }),
    ),
  );
}

test.runIf(onPostgres)("a mail worker killed mid-batch and restarted sends every email exactly once", async () => {
  const recipients = Array.from({ length: 10 }, (_, n) => `delegate${n}@example.org`);
  for (const to of recipients) await enqueueEmail(database.prisma, { to, language: "en", subject: "Hi", text: "Hi", html: "<p>Hi</p>" });

  let worker: ReturnType<typeof spawn> | undefined;
  const provider = await startSlowProvider((count) => {
    if (count === 3) worker?.kill("SIGKILL"); // dies while the provider still holds the third
  });
  msw.use(mswHttp.all(`${provider.url}/*`, () => passthrough()));
  try {
    worker = spawn(process.execPath, ["--import", "tsx", "tests/fixtures/mail-worker-process.ts"], {
      env: { ...process.env, DATABASE_URL: database.url, EMAIL_API_URL: provider.url },
      stdio: "ignore",
    });
    const exit = await new Promise<NodeJS.Signals | null>((resolve) => worker!.on("exit", (_code, signal) => resolve(signal)));
    expect(exit).toBe("SIGKILL");
    expect(await database.prisma.outboxEmail.count({ where: { status: "sent" } })).toBeLessThan(10);

    // The restarted worker waits for the dead one's lease, then sends what is left.
    await database.prisma.outboxEmail.updateMany({ where: { status: "pending" }, data: { lockedUntil: null } });
    const transport = httpMailTransport({ apiUrl: provider.url, apiKey: "test-key", from: "Network <no-reply@network.test>" });
    await deliverDueEmails(database.prisma, transport, { limit: 50 });

    expect(await database.prisma.outboxEmail.count({ where: { status: "sent" } })).toBe(10);
    expect([...provider.delivered.values()].sort()).toEqual([...recipients].sort());
    // The email in flight when the worker died was asked for again, and not delivered twice.
    expect(provider.requests()).toBeGreaterThan(10);
  } finally {
    provider.close();
  }
});
