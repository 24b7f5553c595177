import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { emailApiUrl, emailProvider } from "../../../tests/mocks/email-provider";
import { folderMailTransport, httpMailTransport, type WrittenAttachment } from "./mail-transport.server";

const calendarFile = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
const email = { id: "3f1c", to: "a@example.org", language: "sv" as const, subject: "Välkommen", text: "Hej", html: "<p>Hej</p>" };
const withAttachments = {
  ...email,
  attachments: [
    { filename: "sommarskola.ics", contentType: "text/calendar", content: new TextEncoder().encode(calendarFile) },
    { filename: "program.pdf", contentType: "application/pdf", content: Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]) },
  ],
};

describe("the folder transport (no provider configured)", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "mail-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("each mail is written as a file a developer can read", async () => {
    expect(await folderMailTransport(dir).send({ ...email, attachments: [] })).toEqual({ providerId: "file:3f1c" });
    expect(JSON.parse(fs.readFileSync(path.join(dir, "3f1c.json"), "utf8"))).toMatchObject({ ...email, attachments: [] });
  });

  test("attachments are written byte for byte beside the mail, and listed in it", async () => {
    await folderMailTransport(dir).send(withAttachments);
    const written = JSON.parse(fs.readFileSync(path.join(dir, "3f1c.json"), "utf8")) as { attachments: WrittenAttachment[] };
    expect(written.attachments.map(({ filename, contentType, bytes }) => [filename, contentType, bytes])).toEqual([
      ["sommarskola.ics", "text/calendar", calendarFile.length],
      ["program.pdf", "application/pdf", 6],
    ]);
    expect(fs.readFileSync(path.join(dir, written.attachments[0]!.file), "utf8")).toBe(calendarFile);
    expect([...fs.readFileSync(path.join(dir, written.attachments[1]!.file))]).toEqual([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    // Only the mails themselves end in .json, so readers of the folder (tests/e2e/mail.ts) see no extra mail.
    expect(fs.readdirSync(dir).filter((name) => name.endsWith(".json"))).toEqual(["3f1c.json"]);
  });
});

describe("the HTTP transport", () => {
  beforeEach(() => emailProvider.reset());
  const transport = httpMailTransport({ apiUrl: emailApiUrl, apiKey: "test-key", from: "Network <no-reply@network.test>" });

  test("attachments go to the provider in Base64 with their name and type", async () => {
    await transport.send(withAttachments);
    const [delivered] = emailProvider.delivered;
    expect(delivered!.attachments).toEqual([
      { filename: "sommarskola.ics", content: Buffer.from(calendarFile).toString("base64"), content_type: "text/calendar" },
      { filename: "program.pdf", content: "JVBERgD/", content_type: "application/pdf" },
    ]);
  });

  test("a mail without attachments sends no attachments field", async () => {
    await transport.send({ ...email, attachments: [] });
    expect(emailProvider.delivered[0]).not.toHaveProperty("attachments");
  });
});
