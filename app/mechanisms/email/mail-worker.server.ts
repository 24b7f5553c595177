// The loop that sends the outbox: one pass every few seconds until stopped.
import type { PrismaClient } from "~/generated/prisma/client";
import { startPollingLoop } from "../jobs/polling-loop.server";
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
  return startPollingLoop({ name: "mail worker", pass: () => deliverDueEmails(db, transport), intervalMs });
}
