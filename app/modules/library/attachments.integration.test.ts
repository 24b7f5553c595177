// Attachments through the attachments page's action and the download route, with real
// small files made in the test, on both backends.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, test } from "vitest";
import type { PrismaClient } from "~/generated/prisma/client";
import * as pageRoute from "~/routes/$lang.organisations.$slug.library_.$entryId.attachments";
import * as fileRoute from "~/routes/library.files.$attachmentId";
import { createLibraryEntry, sampleDocx, sampleJpegWithLocation, samplePdf, samplePng } from "../../../tests/fixtures/library-files";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { answer } from "../../../tests/setup/in-process-app";
import { attachFile, libraryFileDirectory, maxAttachmentBytes, maxAttachmentsPerRevision, removeAttachment, sweepLibraryFiles } from "./attachments.server";

// vitest.config.ts points UPLOAD_DIR at a folder of the test run's own.
const directory = libraryFileDirectory();
const database = setUpTestDatabase();
const origin = { clientAddress: "198.51.100.30" };

type Person = { id: string; cookie: string };
let organisation: { id: string; slug: string };
let editor: Person;
let member: Person;
let outsider: Person;
let otherMember: Person;
let coordinator: Person;

async function person(prisma: PrismaClient, membership?: { organisationId: string; role: "editor" | "member" }, networkRole?: "coordinator") {
  const created = await createPerson(prisma, { networkRole });
  if (membership) await prisma.organisationMembership.create({ data: { ...membership, userId: created.id } });
  return { id: created.id, cookie: await signedInCookie(prisma, created.id) };
}

beforeAll(async () => {
  const { prisma } = database;
  organisation = await createOrganisation(prisma);
  const other = await createOrganisation(prisma);
  const applicant = await createOrganisation(prisma, { status: "applicant", memberSince: null });
  editor = await person(prisma, { organisationId: organisation.id, role: "editor" });
  member = await person(prisma, { organisationId: organisation.id, role: "member" });
  otherMember = await person(prisma, { organisationId: other.id, role: "member" });
  outsider = await person(prisma, { organisationId: applicant.id, role: "editor" });
  coordinator = await person(prisma, undefined, "coordinator");
});

const stored = () => (fs.existsSync(directory) ? fs.readdirSync(directory).sort() : []);
const sha256 = (bytes: Uint8Array) => crypto.createHash("sha256").update(bytes).digest("hex");
const draftEntry = (options: Partial<Parameters<typeof createLibraryEntry>[1]> = {}) =>
  createLibraryEntry(database.prisma, { organisationId: organisation.id, status: "draft", ...options });

const pageUrl = (entryId: string) => `http://localhost/en/organisations/${organisation.slug}/library/${entryId}/attachments`;
const params = (entryId: string) => ({ lang: "en", slug: organisation.slug, entryId });

/** The upload form as a browser sends it. */
function uploadRequest(entryId: string, file: { bytes: Uint8Array; name: string; type: string }, name = "", cookie = editor.cookie) {
  const form = new FormData();
  form.append("intent", "attach");
  form.append("file", new File([Buffer.from(file.bytes)], file.name, { type: file.type }));
  form.append("name", name);
  return new Request(pageUrl(entryId), { method: "POST", headers: { Cookie: cookie }, body: form });
}

const upload = (entryId: string, file: { bytes: Uint8Array; name: string; type: string }, name = "") =>
  outcomeOf(() => pageRoute.action({ request: uploadRequest(entryId, file, name), params: params(entryId), context: testContext }));

function download(attachmentId: string, cookie?: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/library/files/${attachmentId}`, { headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers } });
  return fileRoute.loader({ request, params: { attachmentId }, context: testContext }).catch((thrown: unknown) => {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  });
}

const attachmentsOf = (revisionId: string) => database.prisma.libraryAttachment.findMany({ where: { revisionId }, orderBy: { createdAt: "asc" } });

describe("uploading", () => {
  test("a PDF is stored once under its digest, with a cleaned name and the type found in it", async () => {
    const { entryId, revisionId } = await draftEntry();
    const pdf = samplePdf();
    const outcome = await upload(entryId, { bytes: pdf, name: "../../Rapport\u202Eannuel.exe", type: "application/x-msdownload" });
    expect(outcome).toMatchObject({ status: 302, location: `/en/organisations/${organisation.slug}/library/${entryId}/attachments?notice=added` });
    const [row] = await attachmentsOf(revisionId);
    expect(row).toMatchObject({ fileName: "Rapportannuel.pdf", contentType: "application/pdf", byteSize: pdf.byteLength, sha256: sha256(pdf) });
    expect(fs.readFileSync(path.join(directory, sha256(pdf))).equals(Buffer.from(pdf))).toBe(true);
    expect(stored().some((name) => name.endsWith(".tmp"))).toBe(false);
    const audit = await database.prisma.auditEvent.findFirst({ where: { action: "library.attachment_added", organisationId: organisation.id } });
    expect(audit?.actorId).toBe(editor.id);
  });

  test("the name typed by the editor is the one offered, with the found type's extension", async () => {
    const { entryId, revisionId } = await draftEntry();
    await upload(entryId, { bytes: sampleDocx(), name: "x.bin", type: "application/octet-stream" }, "Guida per le famiglie");
    const [row] = await attachmentsOf(revisionId);
    expect(row).toMatchObject({ fileName: "Guida per le famiglie.docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
  });

  test("a web page named report.pdf and sent as a PDF is refused, naming what it is; the typed name is kept and nothing is stored", async () => {
    const { entryId, revisionId } = await draftEntry();
    const before = stored();
    const html = new TextEncoder().encode("<!DOCTYPE html><html><body onload=alert(1)>Report</body></html>");
    const outcome = await upload(entryId, { bytes: html, name: "report.pdf", type: "application/pdf" }, "Annual report");
    expect(outcome.status).toBe(400);
    expect(outcome.data).toEqual({ form: "attach", error: "notAccepted:webPage", values: { name: "Annual report" } });
    expect(await attachmentsOf(revisionId)).toEqual([]);
    expect(stored()).toEqual(before);
  });

  test("the page shows the refusal as a translated message and keeps the typed name", async () => {
    const { entryId } = await draftEntry();
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const response = await answer(uploadRequest(entryId, { bytes: html, name: "a.pdf", type: "application/pdf" }, "Rapport annuel"), testContext);
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain("This file is not a PDF, an office document, an image or a text file: it looks like a web page.");
    expect(page).toMatch(/id="attachment-name"[^>]*value="Rapport annuel"/);
    // The first whole page a worker draws transforms the app's modules: on a loaded machine
    // at the start of a run that alone has taken over 30 s.
  }, 90_000);

  test("a photo is written again without its camera and location metadata", async () => {
    const { entryId, revisionId } = await draftEntry();
    const jpeg = await sampleJpegWithLocation();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    await upload(entryId, { bytes: jpeg, name: "photo.jpeg", type: "image/jpeg" });
    const [row] = await attachmentsOf(revisionId);
    expect(row).toMatchObject({ fileName: "photo.jpg", contentType: "image/jpeg" });
    const written = await sharp(path.join(directory, row!.sha256)).metadata();
    expect(written).toMatchObject({ format: "jpeg", width: 40, height: 30 });
    expect(written.exif).toBeUndefined();
  });

  test("a file that starts like a PNG but is not one is refused", async () => {
    const { entryId } = await draftEntry();
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(500)]);
    expect((await upload(entryId, { bytes: fake, name: "a.png", type: "image/png" })).data).toMatchObject({ error: "imageUnreadable" });
  });

  test("a 100 MB upload is cut off soon after 20 MB, with a translated message, and nothing is stored", async () => {
    const { entryId, revisionId } = await draftEntry();
    const before = stored();
    const boundary = "----portal-test-boundary";
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="intent"\r\n\r\nattach\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
    );
    const total = 100 * 1024 * 1024;
    const chunk = new Uint8Array(64 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          controller.enqueue(head);
        },
        pull(controller) {
          if (sent >= total) {
            controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
            controller.close();
            return;
          }
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        },
      },
      { highWaterMark: 1 },
    );
    const request = new Request(pageUrl(entryId), {
      method: "POST",
      headers: { Cookie: editor.cookie, "Content-Type": `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: "half",
    } as RequestInit);
    const outcome = await outcomeOf(() => pageRoute.action({ request, params: params(entryId), context: testContext }));
    expect(outcome.status).toBe(413);
    expect(outcome.data).toEqual({ form: "attach", error: "fileTooLarge:20" });
    // The server stopped reading at the limit (20 MB and the form around it), not at 100 MB.
    expect(sent).toBeLessThan(22 * 1024 * 1024);
    expect(await attachmentsOf(revisionId)).toEqual([]);
    expect(stored()).toEqual(before);
  });

  test("an upload announcing 100 MB is refused before a byte of it is read", async () => {
    const { entryId } = await draftEntry();
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    }, { highWaterMark: 0 });
    const request = new Request(pageUrl(entryId), {
      method: "POST",
      headers: { Cookie: editor.cookie, "Content-Type": "multipart/form-data; boundary=x", "Content-Length": String(100 * 1024 * 1024) },
      body,
      duplex: "half",
    } as RequestInit);
    const outcome = await outcomeOf(() => pageRoute.action({ request, params: params(entryId), context: testContext }));
    expect(outcome.status).toBe(413);
    expect(pulled).toBe(0);
  });

  test("an upload whose transaction fails leaves no row and no file", async () => {
    const { entryId, revisionId } = await draftEntry();
    const before = stored();
    const prisma = database.prisma;
    // The commit fails after everything in the transaction ran (the file renamed, the row written).
    const failing = new Proxy(prisma, {
      get(target, property, receiver) {
        if (property !== "$transaction") return Reflect.get(target, property, receiver);
        return (run: (tx: unknown) => Promise<unknown>) =>
          target.$transaction(async (tx) => {
            await run(tx);
            throw new Error("the connection dropped at COMMIT");
          });
      },
    });
    const bytes = new TextEncoder().encode(`Only in this test ${crypto.randomUUID()}\n`);
    await expect(attachFile(failing, { entryId, organisationId: organisation.id, actorId: editor.id, fileName: "notes.txt", bytes }, origin)).rejects.toThrow(
      "the connection dropped at COMMIT",
    );
    expect(await attachmentsOf(revisionId)).toEqual([]);
    expect(stored()).toEqual(before);
  });

  test(`at most ${maxAttachmentsPerRevision} files per revision`, async () => {
    const { entryId, revisionId } = await draftEntry();
    for (let i = 0; i < maxAttachmentsPerRevision; i++) {
      const bytes = new TextEncoder().encode(`File ${i} of ${revisionId}\n`);
      expect((await attachFile(database.prisma, { entryId, organisationId: organisation.id, actorId: editor.id, fileName: `${i}.txt`, bytes }, origin)).ok).toBe(true);
    }
    const outcome = await upload(entryId, { bytes: samplePdf(), name: "one-more.pdf", type: "application/pdf" });
    expect(outcome.data).toMatchObject({ error: "tooManyAttachments" });
    expect(await attachmentsOf(revisionId)).toHaveLength(maxAttachmentsPerRevision);
  });

  test("files change only while the entry's open revision is a draft, and only in the page's organisation", async () => {
    const inReview = await draftEntry({ status: "in_review" });
    expect((await upload(inReview.entryId, { bytes: samplePdf(), name: "a.pdf", type: "application/pdf" })).data).toMatchObject({ error: "noDraft" });
    const published = await draftEntry({ status: "published" });
    expect((await upload(published.entryId, { bytes: samplePdf(), name: "a.pdf", type: "application/pdf" })).data).toMatchObject({ error: "noDraft" });
    const other = await createOrganisation(database.prisma);
    const theirs = await createLibraryEntry(database.prisma, { organisationId: other.id, status: "draft" });
    expect((await upload(theirs.entryId, { bytes: samplePdf(), name: "a.pdf", type: "application/pdf" })).data).toMatchObject({ error: "entryGone" });
    expect(await database.prisma.libraryAttachment.count({ where: { revisionId: { in: [inReview.revisionId, published.revisionId, theirs.revisionId] } } })).toBe(0);
  });

  test("a member who is not an editor can neither see the page nor upload", async () => {
    const { entryId } = await draftEntry();
    const request = uploadRequest(entryId, { bytes: samplePdf(), name: "a.pdf", type: "application/pdf" }, "", member.cookie);
    expect((await outcomeOf(() => pageRoute.action({ request, params: params(entryId), context: testContext }))).status).toBe(403);
  });
});

describe("the page", () => {
  const render = async (entryId: string, cookie = editor.cookie) =>
    (await answer(new Request(pageUrl(entryId).replace("/en/", "/it/"), { headers: { Cookie: cookie } }), testContext)).text();

  test("lists a draft's files with their type and a remove button, and offers the upload form", async () => {
    const { entryId } = await draftEntry({ originalLanguage: "it", texts: [{ language: "it", field: "title", text: "Gruppo di ascolto delle voci" }] });
    await upload(entryId, { bytes: samplePdf(), name: "Guida.pdf", type: "application/pdf" });
    const html = await render(entryId);
    expect(html).toContain("<h1>Allegati<!-- --> · <span>Gruppo di ascolto delle voci</span></h1>");
    expect(html).toContain("<td>PDF</td>");
    expect(html).toMatch(/<a href="\/library\/files\/[a-z0-9]+" download="">Guida\.pdf<\/a>/);
    expect(html).toContain("Togli<span class=\"visually-hidden\"> <!-- -->Guida.pdf</span>");
    expect(html).toContain('encType="multipart/form-data"');
  });

  test("in review: the files are listed, but neither removed nor added", async () => {
    const { entryId, revisionId } = await draftEntry();
    await upload(entryId, { bytes: samplePdf(), name: "Guida.pdf", type: "application/pdf" });
    await database.prisma.libraryRevision.update({ where: { id: revisionId }, data: { status: "in_review", submittedAt: new Date() } });
    const html = await render(entryId);
    expect(html).toContain("Guida.pdf");
    expect(html).toContain("Questa scheda è in revisione");
    expect(html).not.toContain("Togli<span");
    expect(html).not.toContain('encType="multipart/form-data"');
  });

  test("the size limit comes from LIBRARY_MAX_FILE_MB, 20 MB unless set", () => {
    expect(maxAttachmentBytes({})).toBe(20 * 1024 * 1024);
    expect(maxAttachmentBytes({ LIBRARY_MAX_FILE_MB: "5" })).toBe(5 * 1024 * 1024);
    expect(() => maxAttachmentBytes({ LIBRARY_MAX_FILE_MB: "lots" })).toThrow("LIBRARY_MAX_FILE_MB");
  });
});

describe("removing", () => {
  test("a file two entries share stays until the last of them lets it go", async () => {
    const first = await draftEntry();
    const second = await draftEntry();
    const png = await samplePng(33, 21);
    await upload(first.entryId, { bytes: png, name: "chart.png", type: "image/png" });
    await upload(second.entryId, { bytes: png, name: "chart.png", type: "image/png" });
    const [a] = await attachmentsOf(first.revisionId);
    const [b] = await attachmentsOf(second.revisionId);
    expect(a!.sha256).toBe(b!.sha256);
    const remove = (entryId: string, attachmentId: string) =>
      outcomeOf(() =>
        pageRoute.action({
          request: new Request(pageUrl(entryId), {
            method: "POST",
            headers: { Cookie: editor.cookie, "Content-Type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ intent: "remove", attachmentId }),
          }),
          params: params(entryId),
          context: testContext,
        }),
      );
    expect((await remove(first.entryId, a!.id)).location).toContain("notice=removed");
    expect(stored()).toContain(a!.sha256);
    // Another entry's attachment is not this page's to remove.
    expect((await remove(first.entryId, b!.id)).data).toMatchObject({ error: "attachmentGone" });
    expect((await remove(second.entryId, b!.id)).location).toContain("notice=removed");
    expect(stored()).not.toContain(a!.sha256);
  });

  test("the daily sweep removes files no row names and old temporary files, and keeps the rest", async () => {
    const { entryId } = await draftEntry();
    await upload(entryId, { bytes: samplePdf(), name: "kept.pdf", type: "application/pdf" });
    const orphan = "f".repeat(64);
    fs.writeFileSync(path.join(directory, orphan), "left over");
    const oldTemporary = path.join(directory, `upload-${"0".repeat(32)}.tmp`);
    const newTemporary = path.join(directory, `upload-${"1".repeat(32)}.tmp`);
    fs.writeFileSync(oldTemporary, "crashed");
    fs.writeFileSync(newTemporary, "uploading");
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(oldTemporary, twoHoursAgo, twoHoursAgo);
    await database.prisma.$transaction((tx) => sweepLibraryFiles(tx));
    const names = stored();
    expect(names).not.toContain(orphan);
    expect(names).not.toContain(path.basename(oldTemporary));
    expect(names).toContain(path.basename(newTemporary));
    expect(names).toContain(sha256(samplePdf()));
    fs.rmSync(newTemporary);
  });
});

describe("downloading", () => {
  async function withFile(options: Partial<Parameters<typeof createLibraryEntry>[1]>) {
    const entry = await createLibraryEntry(database.prisma, { organisationId: organisation.id, ...options });
    const bytes = new TextEncoder().encode(`Contents of ${entry.entryId}\n`);
    const digest = sha256(bytes);
    fs.mkdirSync(directory, { recursive: true });
    fs.writeFileSync(path.join(directory, digest), bytes);
    const attachment = await database.prisma.libraryAttachment.create({
      data: { revisionId: entry.revisionId, fileName: "Città – notes.txt", contentType: "text/plain; charset=utf-8", byteSize: bytes.byteLength, sha256: digest },
    });
    return { ...entry, attachmentId: attachment.id, bytes, digest };
  }

  test("a public entry's file is a download for anyone, typed, sandboxed and tagged with its digest", async () => {
    const { attachmentId, bytes, digest } = await withFile({ status: "published", visibility: "public" });
    const response = await download(attachmentId);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "text/plain; charset=utf-8",
      "content-disposition": `attachment; filename="Citta  notes.txt"; filename*=UTF-8''Citt%C3%A0%20%E2%80%93%20notes.txt`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox; default-src 'none'",
      etag: `"${digest}"`,
      "cache-control": "public, max-age=3600",
      "content-length": String(bytes.byteLength),
    });
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    const again = await download(attachmentId, undefined, { "If-None-Match": `"${digest}"` });
    expect(again.status).toBe(304);
  });

  test("a members-only entry's file: network members and staff, privately cached; a visitor and a person of a non-member get 404", async () => {
    const { attachmentId } = await withFile({ status: "published", visibility: "members" });
    expect((await download(attachmentId)).status).toBe(404);
    expect((await download(attachmentId, outsider.cookie)).status).toBe(404);
    for (const reader of [otherMember, member, coordinator]) {
      const response = await download(attachmentId, reader.cookie);
      expect(response.status).toBe(200);
      expect(response.headers.get("Cache-Control")).toBe("private, no-cache");
    }
  });

  test("a draft's file: the organisation's editors and coordinators only", async () => {
    const { attachmentId } = await withFile({ status: "draft" });
    expect((await download(attachmentId)).status).toBe(404);
    expect((await download(attachmentId, member.cookie)).status).toBe(404);
    expect((await download(attachmentId, otherMember.cookie)).status).toBe(404);
    expect((await download(attachmentId, editor.cookie)).status).toBe(200);
    expect((await download(attachmentId, coordinator.cookie)).status).toBe(200);
  });

  test("an archived entry's file is no longer public", async () => {
    const { attachmentId } = await withFile({ status: "published", archived: true });
    expect((await download(attachmentId)).status).toBe(404);
    expect((await download(attachmentId, editor.cookie)).status).toBe(200);
  });

  test.each(["nosuchattachment", "../../etc/passwd", "a".repeat(200), ""])("%j is a 404", async (id) => {
    expect((await download(id)).status).toBe(404);
  });
});

describe("at the same moment", () => {
  raceTest("two uploads when one place is left: one is attached, the other refused", async () => {
    const { entryId, revisionId } = await draftEntry();
    await database.prisma.libraryAttachment.createMany({
      data: Array.from({ length: maxAttachmentsPerRevision - 1 }, (_, i) => ({
        revisionId,
        fileName: `${i}.txt`,
        contentType: "text/plain; charset=utf-8",
        byteSize: 1,
        sha256: sha256(new TextEncoder().encode(`${revisionId}-${i}`)),
      })),
    });
    const attach = (text: string) =>
      attachFile(database.prisma, { entryId, organisationId: organisation.id, actorId: editor.id, fileName: "late.txt", bytes: new TextEncoder().encode(text) }, origin);
    const results = await Promise.all([attach(`first ${revisionId}`), attach(`second ${revisionId}`)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: "tooManyAttachments" });
    expect(await database.prisma.libraryAttachment.count({ where: { revisionId } })).toBe(maxAttachmentsPerRevision);
  });

  raceTest("removing a file while another entry attaches the same bytes never leaves a row without its file", async () => {
    const first = await draftEntry();
    const second = await draftEntry();
    const bytes = new TextEncoder().encode(`Shared ${first.entryId}\n`);
    const attached = await attachFile(database.prisma, { entryId: first.entryId, organisationId: organisation.id, actorId: editor.id, fileName: "a.txt", bytes }, origin);
    if (!attached.ok) throw new Error(attached.error);
    await Promise.all([
      removeAttachment(database.prisma, { entryId: first.entryId, organisationId: organisation.id, actorId: editor.id, attachmentId: attached.attachment.id }, origin),
      attachFile(database.prisma, { entryId: second.entryId, organisationId: organisation.id, actorId: editor.id, fileName: "b.txt", bytes }, origin),
    ]);
    expect(await database.prisma.libraryAttachment.count({ where: { revisionId: second.revisionId } })).toBe(1);
    expect(fs.existsSync(path.join(directory, sha256(bytes)))).toBe(true);
  });
});
