// After an event: a timed job at its end (scheduled when it is published, moved with its
// end, cancelled with it) mails each attendee, once, in their language, their certificate
// of attendance as a PDF and a link to the feedback form. The link's token is random; only
// its SHA-256 is kept (Registration.feedbackTokenHash), and it is what marks a registration
// as mailed: a second run, or a run moved after mailing, mails nobody twice. The work goes
// in batches, each a job of its own, so no transaction holds the database for long.
import crypto from "node:crypto";
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import { link } from "~/mechanisms/email/links.server";
import { mailAddress } from "~/mechanisms/email/mail-person.server";
import { cancelJob, rescheduleJob } from "~/mechanisms/jobs/schedule-job.server";
import { defineTimedJob } from "~/mechanisms/jobs/timed-job";
import { attendanceCertificate } from "./certificates.server";
import { tokenHash } from "./registrations.server";

type Tx = Prisma.TransactionClient;

/** Attendees mailed per transaction: each needs its certificate drawn. */
export const afterEventBatch = 20;

export const afterEventJob = defineTimedJob({
  kind: "events.after-event",
  // `after`: the last registration a previous batch looked at.
  payload: z.object({ eventId: z.string(), after: z.string().optional() }),
  async run(tx, { eventId, after }) {
    await mailAfterEvent(tx, eventId, { after });
  },
});

/** The job at the event's end, keyed by the event: scheduled, or moved if it is pending. */
export function scheduleAfterEvent(tx: Tx, event: { id: string; endsAt: Date }) {
  return rescheduleJob(tx, afterEventJob, { key: event.id, payload: { eventId: event.id }, runAt: event.endsAt });
}

export function cancelAfterEvent(tx: Tx, eventId: string) {
  return cancelJob(tx, afterEventJob, eventId);
}

/** Someone to write to: the person's account has an address, or the delegate's registration does (recipientOf's rule). */
const reachable = { OR: [{ person: { email: { not: null } } }, { personId: null, delegateEmail: { not: null } }] } satisfies Prisma.RegistrationWhereInput;

/**
 * Mails the next batch of attendees not yet mailed (after `after`, in id order), then
 * either schedules the next batch or marks the event as done (afterEventMailedAt).
 * Returns how many were mailed.
 */
export async function mailAfterEvent(tx: Tx, eventId: string, { after, now = new Date(), batch = afterEventBatch }: { after?: string; now?: Date; batch?: number } = {}) {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true, status: true, endsAt: true } });
  if (!event || event.status !== "published") return 0;
  // Its end was moved later after this job was claimed: it waits for the new end.
  if (event.endsAt > now) {
    await scheduleAfterEvent(tx, event);
    return 0;
  }
  const due = await tx.registration.findMany({
    where: { eventId, status: "attended", feedbackTokenHash: null, ...reachable, ...(after ? { id: { gt: after } } : {}) },
    select: { id: true },
    orderBy: { id: "asc" },
    take: batch + 1,
  });
  let mailed = 0;
  for (const { id } of due.slice(0, batch)) if (await mailAttendee(tx, id, now)) mailed++;
  if (due.length > batch) {
    // The job was marked done before this ran, so the key is free for the next batch.
    await rescheduleJob(tx, afterEventJob, { key: eventId, payload: { eventId, after: due[batch - 1]!.id }, runAt: now });
  } else {
    await tx.event.update({ where: { id: eventId }, data: { afterEventMailedAt: now } });
  }
  return mailed;
}

/** One attendee's mail: the certificate attached, and a feedback link whose token is given now. False if they were mailed already. */
async function mailAttendee(tx: Tx, registrationId: string, now: Date) {
  const certificate = await attendanceCertificate(tx, registrationId, now);
  if (!certificate) return false;
  const token = crypto.randomBytes(32).toString("base64url");
  // Conditional: of two runs at once, the second finds the token given and mails nothing.
  const { count } = await tx.registration.updateMany({
    where: { id: registrationId, status: "attended", feedbackTokenHash: null },
    data: { feedbackTokenHash: tokenHash(token) },
  });
  if (count === 0) return false;
  const { email, name, language } = certificate.participant;
  await mailAddress(
    tx,
    { email, language },
    "attendanceAfterEvent",
    { name, event: certificate.title, dates: certificate.dates, link: link(`/${language}/events/feedback/${token}`) },
    { attachments: [{ filename: certificate.fileName, contentType: "application/pdf", content: certificate.bytes }] },
  );
  return true;
}
