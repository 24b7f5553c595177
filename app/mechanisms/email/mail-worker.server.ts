// The loop that sends the outbox: one pass every few seconds until stopped.
import type { PrismaClient } from "~/generated/prisma/client";
import { deliverDueEmails, type MailTransport } from "./outbox.server";

export function startMailWorker({
  db,
  transport,
  intervalMs = 5_000,
}: {
  db: PrismaClient;
  transport: MailTransport;
  intervalMs?: number;
}) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<unknown> = Promise.resolve();

  const tick = () => {
    pass = deliverDueEmails(db, transport)
      .catch((error) => console.error("mail worker: a pass failed; retrying on the next one", error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();

  return {
    /** Stops after the pass under way, so no email is left half-recorded. */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await pass;
    },
  };
}
