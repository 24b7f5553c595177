// Files attached to a library entry's open revision (PDF, office documents, images, plain
// text). The type is found from the bytes (file-types.ts), images are decoded and written
// again without their metadata (a photo's location stays on the phone), and each file is
// stored once, under UPLOAD_DIR/library/<sha256>: two revisions (or two entries) holding
// the same file share it.
//
// A stored file is only ever deleted by `removeIfUnreferenced`, under the advisory lock
// `library:file:<sha256>`, after checking that no row names it; `attachFile` places the
// file and writes its row under the same lock. So a removal and an upload of the same
// bytes at the same moment never leave a row whose file is gone.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { z } from "zod";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { defineTimedJob } from "~/mechanisms/jobs/timed-job";
import { lockNames } from "~/mechanisms/locks/locks.server";
import type { CurrentUser } from "~/modules/auth/session.server";
import { can } from "~/modules/auth/permissions";
import { getEnv } from "~/utils/env.server";
import type { Origin } from "~/utils/origin";
import { cleanFileName, contentTypeOf, imageTypes, sniffFileType, type AcceptedType, type RefusedKind } from "./file-types";
import { maySeeMembersOnly } from "./members-only.server";
import { openStatuses } from "./entries.server";

/** At most this many files on one revision. */
export const maxAttachmentsPerRevision = 20;

/** Far beyond any real picture; keeps a small file that claims a huge canvas from being decoded. */
const maxImagePixels = 100_000_000;

/**
 * The largest file accepted, in bytes: LIBRARY_MAX_FILE_MB (a whole number of megabytes,
 * 1 to 200), 20 unless set. Read here rather than in env.server.ts so the library's
 * setting stays with the library; a wrong value stops the first upload with its name.
 */
export function maxAttachmentBytes(source: Record<string, string | undefined> = process.env) {
  const value = source.LIBRARY_MAX_FILE_MB;
  const parsed = z.coerce.number().int().min(1).max(200).default(20).safeParse(value === "" ? undefined : value);
  if (!parsed.success) throw new Error("LIBRARY_MAX_FILE_MB: must be a whole number of megabytes from 1 to 200");
  return parsed.data * 1024 * 1024;
}

export function libraryFileDirectory(uploadDir = getEnv().UPLOAD_DIR) {
  return path.resolve(uploadDir, "library");
}

const storedName = /^[0-9a-f]{64}$/;
const temporaryName = /^upload-[0-9a-f]{32}\.tmp$/;

export type AttachmentError =
  | "fileMissing"
  | `fileTooLarge:${number}`
  | `notAccepted:${RefusedKind}`
  | "imageUnreadable"
  | "tooManyAttachments"
  | "noDraft"
  | "entryGone"
  | "attachmentGone";

export function tooLargeError(limit = maxAttachmentBytes()): AttachmentError {
  return `fileTooLarge:${Math.floor(limit / 1024 / 1024)}`;
}

/** What we would store for these bytes: their type and the bytes themselves (images written again), or why not. */
export async function prepareAttachment(
  bytes: Uint8Array,
  nameHint: string,
  limit = maxAttachmentBytes(),
): Promise<{ ok: true; type: AcceptedType; bytes: Uint8Array } | { ok: false; error: AttachmentError }> {
  if (bytes.byteLength === 0) return { ok: false, error: "fileMissing" };
  if (bytes.byteLength > limit) return { ok: false, error: tooLargeError(limit) };
  const sniffed = sniffFileType(bytes, nameHint);
  if (!sniffed.ok) return { ok: false, error: `notAccepted:${sniffed.found}` };
  if (!imageTypes.includes(sniffed.type)) return { ok: true, type: sniffed.type, bytes };
  try {
    const format = sniffed.type;
    const metadata = await sharp(bytes, { limitInputPixels: false, animated: true }).metadata();
    const pixels = (metadata.width ?? 0) * (metadata.pageHeight ?? metadata.height ?? 0) * (metadata.pages ?? 1);
    if (metadata.format !== format || pixels < 1 || pixels > maxImagePixels) return { ok: false, error: "imageUnreadable" };
    // Decoded fully (any corruption fails here) and written again in the same format, upright, without metadata.
    const image = sharp(bytes, { limitInputPixels: maxImagePixels, failOn: "warning", animated: format === "gif" || format === "webp" }).autoOrient();
    const written =
      format === "png" ? image.png() : format === "jpeg" ? image.jpeg({ quality: 90 }) : format === "webp" ? image.webp({ quality: 90 }) : image.gif();
    return { ok: true, type: format, bytes: new Uint8Array(await written.toBuffer()) };
  } catch {
    return { ok: false, error: "imageUnreadable" };
  }
}

type Attach = {
  entryId: string;
  /** The organisation from the page's address: an entry of another one is "entryGone". */
  organisationId: string;
  actorId: string;
  /** The name the browser sent, or the one the editor typed. */
  fileName: string;
  bytes: Uint8Array;
};

/** The entry's open revision while it is a draft, or why files cannot change now. */
async function draftOf(tx: Prisma.TransactionClient, entryId: string, organisationId: string) {
  const entry = await tx.libraryEntry.findFirst({
    where: { id: entryId, organisationId },
    select: { id: true, revisions: { where: { status: { in: openStatuses } }, select: { id: true, status: true } } },
  });
  if (!entry) return { ok: false as const, error: "entryGone" as const };
  const open = entry.revisions[0];
  if (!open || open.status !== "draft") return { ok: false as const, error: "noDraft" as const };
  return { ok: true as const, revisionId: open.id };
}

const revisionLock = (revisionId: string) => `library:attachments:${revisionId}`;
const fileLock = (sha256: string) => `library:file:${sha256}`;

/**
 * Attaches a file to the entry's draft. The file is written to a temporary name first;
 * in the transaction (under the revision's and the file's locks) the count is checked,
 * the file takes its final name and the row is written with its audit entry. If anything
 * fails, neither the row nor an unreferenced file is left behind.
 */
export async function attachFile(prisma: PrismaClient, input: Attach, origin: Origin, directory = libraryFileDirectory(), limit = maxAttachmentBytes()) {
  const prepared = await prepareAttachment(input.bytes, input.fileName, limit);
  if (!prepared.ok) return prepared;
  const sha256 = crypto.createHash("sha256").update(prepared.bytes).digest("hex");
  const fileName = cleanFileName(input.fileName, prepared.type);
  await fs.mkdir(directory, { recursive: true });
  const temporary = path.join(directory, `upload-${crypto.randomBytes(16).toString("hex")}.tmp`);
  await fs.writeFile(temporary, prepared.bytes, { flag: "wx", mode: 0o644 });
  try {
    const result = await prisma.$transaction(async (tx) => {
      const draft = await draftOf(tx, input.entryId, input.organisationId);
      if (!draft.ok) return draft;
      await lockNames(tx, [revisionLock(draft.revisionId), fileLock(sha256)]);
      const count = await tx.libraryAttachment.count({ where: { revisionId: draft.revisionId } });
      if (count >= maxAttachmentsPerRevision) return { ok: false as const, error: "tooManyAttachments" as const };
      // Same name, same bytes: replacing a file another row already holds changes nothing.
      await fs.rename(temporary, path.join(directory, sha256));
      const attachment = await tx.libraryAttachment.create({
        data: { revisionId: draft.revisionId, fileName, contentType: contentTypeOf(prepared.type), byteSize: prepared.bytes.byteLength, sha256 },
        select: { id: true, fileName: true, contentType: true, byteSize: true, sha256: true },
      });
      await recordAudit(tx, {
        action: "library.attachment_added",
        actorId: input.actorId,
        organisationId: input.organisationId,
        ipAddress: origin.clientAddress,
        details: { entryId: input.entryId, revisionId: draft.revisionId, attachmentId: attachment.id, fileName, sha256 },
      });
      return { ok: true as const, attachment };
    });
    if (!result.ok) await fs.rm(temporary, { force: true });
    return result;
  } catch (error) {
    await fs.rm(temporary, { force: true });
    // The file may have taken its final name before the failure: gone again unless a row holds it.
    await removeIfUnreferenced(prisma, sha256, directory).catch(() => undefined);
    throw error;
  }
}

/** Removes an attachment from the entry's draft; its file goes too unless another row holds the same bytes. */
export async function removeAttachment(
  prisma: PrismaClient,
  input: { entryId: string; organisationId: string; actorId: string; attachmentId: string },
  origin: Origin,
  directory = libraryFileDirectory(),
) {
  const result = await prisma.$transaction(async (tx) => {
    const draft = await draftOf(tx, input.entryId, input.organisationId);
    if (!draft.ok) return draft;
    await lockNames(tx, [revisionLock(draft.revisionId)]);
    const attachment = await tx.libraryAttachment.findFirst({
      where: { id: input.attachmentId, revisionId: draft.revisionId },
      select: { id: true, fileName: true, sha256: true },
    });
    if (!attachment) return { ok: false as const, error: "attachmentGone" as const };
    await tx.libraryAttachment.delete({ where: { id: attachment.id } });
    await recordAudit(tx, {
      action: "library.attachment_removed",
      actorId: input.actorId,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { entryId: input.entryId, revisionId: draft.revisionId, attachmentId: attachment.id, fileName: attachment.fileName },
    });
    return { ok: true as const, sha256: attachment.sha256 };
  });
  if (!result.ok) return result;
  await removeIfUnreferenced(prisma, result.sha256, directory);
  return { ok: true as const };
}

/**
 * Deletes the stored file with this digest if no attachment row names it, under the
 * file's lock (so an upload of the same bytes waits, or is seen). A deletion that fails
 * leaves the file for the daily job.
 */
export async function removeIfUnreferenced(prisma: PrismaClient | Prisma.TransactionClient, sha256: string, directory = libraryFileDirectory()) {
  if (!storedName.test(sha256)) return false;
  const check = async (tx: Prisma.TransactionClient) => {
    await lockNames(tx, [fileLock(sha256)]);
    if ((await tx.libraryAttachment.count({ where: { sha256 } })) > 0) return false;
    await fs.rm(path.join(directory, sha256), { force: true });
    return true;
  };
  return "$transaction" in prisma ? prisma.$transaction(check) : check(prisma);
}

/** Temporary files older than this are what a crashed upload left. */
const temporaryLifetimeMs = 60 * 60 * 1000;

/** Every stored file no row names, and temporary files an upload left behind: deleted. */
export async function sweepLibraryFiles(tx: Prisma.TransactionClient, directory = libraryFileDirectory(), now = new Date()) {
  let names: string[];
  try {
    names = await fs.readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { removed: 0 };
    throw error;
  }
  let removed = 0;
  for (const name of names) {
    if (temporaryName.test(name)) {
      const stat = await fs.stat(path.join(directory, name)).catch(() => null);
      if (stat && now.getTime() - stat.mtimeMs > temporaryLifetimeMs) {
        await fs.rm(path.join(directory, name), { force: true });
        removed++;
      }
    } else if (storedName.test(name) && (await removeIfUnreferenced(tx, name, directory))) {
      removed++;
    }
  }
  return { removed };
}

export const sweepLibraryFilesJob = defineTimedJob({
  kind: "library.sweep-unreferenced-files",
  payload: z.object({}),
  every: { seconds: 24 * 60 * 60 },
  async run(tx) {
    await sweepLibraryFiles(tx);
  },
});

/** The files of the entry's open revision, for its editors' page. */
export async function listDraftAttachments(prisma: PrismaClient, entryId: string, organisationId: string) {
  const entry = await prisma.libraryEntry.findFirst({
    where: { id: entryId, organisationId },
    select: {
      id: true,
      originalLanguage: true,
      revisions: {
        where: { status: { in: openStatuses } },
        select: {
          id: true,
          status: true,
          texts: { where: { field: "title" }, select: { language: true, text: true, origin: true } },
          attachments: { select: { id: true, fileName: true, contentType: true, byteSize: true, createdAt: true }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  if (!entry) return null;
  const open = entry.revisions[0] ?? null;
  return { entry: { id: entry.id, originalLanguage: entry.originalLanguage }, revision: open };
}

type Reader = Pick<CurrentUser, "id" | "networkRole" | "memberships"> | null;

export type ServedAttachment = { fileName: string; contentType: string; byteSize: number; sha256: string; path: string; audience: "public" | "private" };

/**
 * An attachment as `reader` may download it, or null (the route answers 404, whether the
 * file does not exist or is not theirs to see):
 * - the published revision of an entry that is not archived: everyone when it is public,
 *   network members and staff when it is members only;
 * - any other revision (a draft, one in review, an older one) or an archived entry: the
 *   organisation's editors and coordinators.
 */
export async function attachmentForReader(prisma: PrismaClient, attachmentId: string, reader: Reader, directory = libraryFileDirectory()): Promise<ServedAttachment | null> {
  if (!/^[a-z0-9]{1,40}$/i.test(attachmentId)) return null;
  const attachment = await prisma.libraryAttachment.findUnique({
    where: { id: attachmentId },
    select: {
      fileName: true,
      contentType: true,
      byteSize: true,
      sha256: true,
      revision: { select: { id: true, visibility: true, entry: { select: { organisationId: true, archivedAt: true, publishedRevisionId: true } } } },
    },
  });
  if (!attachment || !storedName.test(attachment.sha256)) return null;
  const { revision } = attachment;
  const published = revision.entry.publishedRevisionId === revision.id && !revision.entry.archivedAt;
  const isEditor = can(reader, "library:write", { organisationId: revision.entry.organisationId }) || can(reader, "library:review");
  let audience: ServedAttachment["audience"];
  if (published && revision.visibility === "public") audience = "public";
  else if (published && (isEditor || (await maySeeMembersOnly(prisma, reader)))) audience = "private";
  else if (isEditor) audience = "private";
  else return null;
  return {
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    byteSize: attachment.byteSize,
    sha256: attachment.sha256,
    path: path.join(directory, attachment.sha256),
    audience,
  };
}
