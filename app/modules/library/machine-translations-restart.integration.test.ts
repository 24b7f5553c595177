// The job runner is killed, for real, while the service is translating, and restarted:
// every language is translated and written exactly once. PostgreSQL only (the runner runs
// in a process of its own).
import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { http as mswHttp, passthrough } from "msw";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { runDueJobs } from "~/mechanisms/jobs/run-due-jobs.server";
import { overrideTranslationService } from "~/mechanisms/translations/machine-translation.server";
import { sourceDigest } from "~/mechanisms/translations/source-digest";
import { timedJobs } from "~/timed-jobs.server";
import { createEntryWithRevision } from "../../../tests/fixtures/machine-translation";
import { createPerson } from "../../../tests/fixtures/people";
import { server as msw } from "../../../tests/mocks/server";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-database";
import { requestMachineTranslations } from "./machine-translations.server";

const onPostgres = process.env.TEST_DATABASE_BACKEND === "postgres";

let database: TestDatabase;
beforeAll(async () => {
  if (onPostgres) database = await createTestDatabase();
});
afterAll(() => database?.destroy());
afterEach(() => overrideTranslationService(undefined));

/** A LibreTranslate stand-in on a real port: it answers slowly and reports each text it is sent. */
function startService(onRequest: (count: number) => void) {
  const received: { q: string; target: string }[] = [];
  const service = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      response.setHeader("Content-Type", "application/json");
      if (request.url?.startsWith("/languages")) {
        const codes = ["en", "fr", "it", "es", "sv"];
        response.end(JSON.stringify(codes.map((code) => ({ code, name: code, targets: codes }))));
        return;
      }
      const { q, target } = JSON.parse(body) as { q: string; target: string };
      received.push({ q, target });
      onRequest(received.length);
      setTimeout(() => response.end(JSON.stringify({ translatedText: `${target}: ${q}` })), 150);
    });
  });
  return new Promise<{ url: string; received: typeof received; close: () => void }>((resolve) =>
    service.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${(service.address() as AddressInfo).port}`, received, close: () => service.close() }),
    ),
  );
}

test.runIf(onPostgres)("a job runner killed while the service translates, and restarted, translates every language exactly once", async () => {
  const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "Peer support", summary: "Weekly groups." } });
  const editor = await createPerson(database.prisma);
  overrideTranslationService({ url: "http://unused.test" });
  await requestMachineTranslations(database.prisma, { revisionId: revision.id, targets: ["fr", "it", "es", "sv"], requestedBy: editor.id });

  let runner: ReturnType<typeof spawn> | undefined;
  // Two texts per language: the third request is the second language's first text.
  const service = await startService((count) => {
    if (count === 3) runner?.kill("SIGKILL");
  });
  msw.use(mswHttp.all(`${service.url}/*`, () => passthrough()));
  try {
    runner = spawn(process.execPath, ["--import", "tsx", "tests/fixtures/machine-translation-runner-process.ts"], {
      env: { ...process.env, DATABASE_URL: database.url, TRANSLATION_API_URL: service.url },
      stdio: "ignore",
    });
    const exit = await new Promise<NodeJS.Signals | null>((resolve) => runner!.on("exit", (_code, signal) => resolve(signal)));
    expect(exit).toBe("SIGKILL");
    expect(await database.prisma.scheduledJob.count({ where: { status: "done" } })).toBe(1);

    // The restarted runner waits for the dead one's lease, then does what is left.
    await database.prisma.scheduledJob.updateMany({ where: { status: "pending" }, data: { lockedUntil: null } });
    overrideTranslationService({ url: service.url });
    expect(await runDueJobs(database.prisma, timedJobs)).toEqual({ done: 3, failed: 0 });

    const texts = await database.prisma.libraryText.findMany({ where: { revisionId: revision.id, origin: "machine" } });
    expect(texts.map((text) => `${text.language} ${text.field} ${text.text}`).sort()).toEqual(
      ["es", "fr", "it", "sv"].flatMap((language) => [`${language} summary ${language}: Weekly groups.`, `${language} title ${language}: Peer support`]).sort(),
    );
    expect(texts.every((text) => text.sourceSha256 === sourceDigest(text.field === "title" ? "Peer support" : "Weekly groups."))).toBe(true);
    const requests = await database.prisma.machineTranslationRequest.findMany({ where: { revisionId: revision.id } });
    expect(requests.map((request) => request.status)).toEqual(["done", "done", "done", "done"]);
    // The language in flight when the runner died was asked for again: 8 texts, 9 requests.
    expect(service.received).toHaveLength(9);
    const jobs = await database.prisma.scheduledJob.findMany({ where: { kind: "library.machine-translation" } });
    expect(jobs.map((job) => [job.status, job.attempts]).sort()).toEqual([
      ["done", 1],
      ["done", 2],
      ["done", 2],
      ["done", 2],
    ]);
  } finally {
    service.close();
  }
});
