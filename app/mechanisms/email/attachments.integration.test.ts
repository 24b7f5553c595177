// Attachments in the outbox: stored with the email in the same transaction, sent by both
// transports, gone once the email is sent.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import { emailApiUrl, emailProvider } from "../../../tests/mocks/email-provider";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { AttachmentRefused, maxAttachmentBytes, type EmailAttachment } from "./attachments.server";
import { folderMailTransport, httpMailTransport, type WrittenAttachment } from "./mail-transport.server";
import { deliverDueEmails, enqueueEmail, type EmailToSend } from "./outbox.server";

const database = setUpTestDatabase();
beforeEach(async () => {
  emailProvider.reset();
  await database.prisma.outboxEmail.deleteMany();
});

const transport = httpMailTransport({ apiUrl: emailApiUrl, apiKey: "test-key", from: "Network <no-reply@network.test>" });
const calendarFile = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:Scuola estiva, Trieste\r\nEND:VCALENDAR\r\n";
const invite: EmailAttachment = { filename: "scuola-estiva.ics", contentType: "text/calendar", content: new TextEncoder().encode(calendarFile) };
const binary: EmailAttachment = { filename: "programma.pdf", contentType: "application/pdf", content: Uint8Array.from([0, 1, 254, 255]) };
const email = (attachments: EmailAttachment[]): EmailToSend => ({
  to: "delegata@example.org",
  language: "it",
  subject: "La tua iscrizione",
  text: "Ciao",
  html: "<p>Ciao</p>",
  attachments,
});

describe("attachments in the outbox", () => {
  test("are sent to the provider with the email, in order and byte for byte, then deleted", async () => {
    const { id } = await enqueueEmail(database.prisma, email([invite, binary]));
    expect(await database.prisma.outboxAttachment.count({ where: { emailId: id } })).toBe(2);

    expect(await deliverDueEmails(database.prisma, transport)).toBe(1);
    const [delivered] = emailProvider.delivered;
    expect(delivered!.attachments!.map((a) => [a.filename, a.content_type, Buffer.from(a.content, "base64").toString("hex")])).toEqual([
      ["scuola-estiva.ics", "text/calendar", Buffer.from(calendarFile).toString("hex")],
      ["programma.pdf", "application/pdf", "0001feff"],
    ]);
    // Like the body, an attachment is not kept once the recipient has it.
    expect(await database.prisma.outboxAttachment.count()).toBe(0);
    expect(await database.prisma.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sent", text: "", html: "" });
  });

  test("stay with their email while the provider is down, and go with it on the retry", async () => {
    const { id } = await enqueueEmail(database.prisma, email([invite]));
    emailProvider.failNext = 1;
    expect(await deliverDueEmails(database.prisma, transport)).toBe(0);
    expect(await database.prisma.outboxAttachment.count({ where: { emailId: id } })).toBe(1);

    await database.prisma.outboxEmail.updateMany({ data: { nextAttemptAt: new Date(0) } });
    expect(await deliverDueEmails(database.prisma, transport)).toBe(1);
    expect(emailProvider.delivered[0]!.attachments!.map((a) => a.filename)).toEqual(["scuola-estiva.ics"]);
  });

  test("queued in a transaction that rolls back are never stored", async () => {
    await expect(
      database.prisma.$transaction(async (tx) => {
        await enqueueEmail(tx, email([invite]));
        throw new Error("the registration failed");
      }),
    ).rejects.toThrow("the registration failed");
    expect(await database.prisma.outboxAttachment.count()).toBe(0);
  });

  test("over the size limit, or with a name that is a path, refuse the whole email", async () => {
    const tooBig: EmailAttachment = { filename: "huge.bin", contentType: "application/octet-stream", content: new Uint8Array(maxAttachmentBytes - 3) };
    await expect(enqueueEmail(database.prisma, email([tooBig, binary]))).rejects.toThrow(AttachmentRefused);
    await expect(enqueueEmail(database.prisma, email([{ ...invite, filename: "../../etc/passwd" }]))).rejects.toThrow(AttachmentRefused);
    expect(await database.prisma.outboxEmail.count()).toBe(0);
    // Just at the limit is accepted.
    await enqueueEmail(database.prisma, email([{ ...tooBig, content: new Uint8Array(maxAttachmentBytes) }]));
    expect(await database.prisma.outboxAttachment.count()).toBe(1);
  });

  test("are erased with their email", async () => {
    await enqueueEmail(database.prisma, email([invite]));
    await database.prisma.outboxEmail.deleteMany({ where: { to: "delegata@example.org" } });
    expect(await database.prisma.outboxAttachment.count()).toBe(0);
  });

  test("with no provider configured, are written beside the mail's file for developers", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mail-"));
    try {
      const { id } = await enqueueEmail(database.prisma, email([invite]));
      expect(await deliverDueEmails(database.prisma, folderMailTransport(dir))).toBe(1);
      const written = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), "utf8")) as { attachments: WrittenAttachment[] };
      expect(written.attachments).toMatchObject([{ filename: "scuola-estiva.ics", contentType: "text/calendar" }]);
      expect(fs.readFileSync(path.join(dir, written.attachments[0]!.file), "utf8")).toBe(calendarFile);
      expect(await database.prisma.outboxAttachment.count()).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
