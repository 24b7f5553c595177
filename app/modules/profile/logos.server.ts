// Organisation logos. An upload is never stored as sent: it must start like a PNG, JPEG or
// WebP file, decode as that format, and is then re-encoded (at most 512×512, no
// metadata) as WebP under UPLOAD_DIR/logos with a random name. The database points to
// the current file; a replaced one is deleted once the change has committed.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { Origin } from "~/utils/origin";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { lockOrganisation } from "~/mechanisms/locks/locks.server";
import { getEnv } from "~/utils/env.server";
import { logoSize, maxLogoBytes } from "./profile.schemas";

/**
 * Far beyond any real logo, yet it keeps a small file that claims a huge canvas (a
 * decompression bomb) from being decoded at all.
 */
export const maxLogoPixels = 40_000_000;

/** The only names the logos folder holds and the logo route serves. */
const logoFileName = /^[0-9a-f]{32}\.webp$/;

export function isLogoFileName(name: string) {
  return logoFileName.test(name);
}

export function logoDirectory(uploadDir = getEnv().UPLOAD_DIR) {
  return path.resolve(uploadDir, "logos");
}

type AcceptedFormat = "png" | "jpeg" | "webp";

/** The format a file's first bytes announce, if it is one we accept. */
function sniffFormat(bytes: Uint8Array): AcceptedFormat | null {
  const starts = (signature: number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts([0xff, 0xd8, 0xff])) return "jpeg";
  // "RIFF", four bytes of length, "WEBP".
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  return null;
}

export type LogoError = "fileMissing" | `fileTooLarge:${number}` | "imageUnreadable" | "imageTooManyPixels";

const tooLarge = `fileTooLarge:${maxLogoBytes / 1024 / 1024}` as const;

/** An uploaded file turned into the logo we would store, or why it cannot be one. */
export async function prepareLogo(bytes: Uint8Array): Promise<{ ok: true; image: Buffer } | { ok: false; error: LogoError }> {
  if (bytes.byteLength === 0) return { ok: false, error: "fileMissing" };
  if (bytes.byteLength > maxLogoBytes) return { ok: false, error: tooLarge };
  // Only the three decoders we mean to use ever see the bytes (no SVG, TIFF, HEIF…).
  const format = sniffFormat(bytes);
  if (!format) return { ok: false, error: "imageUnreadable" };
  try {
    // The header alone: its size is checked here, then again by libvips while decoding.
    const { format: decoded, width = 0, height = 0 } = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (decoded !== format || width < 1 || height < 1) return { ok: false, error: "imageUnreadable" };
    if (width * height > maxLogoPixels) return { ok: false, error: "imageTooManyPixels" };
    const image = await sharp(bytes, { limitInputPixels: maxLogoPixels, failOn: "warning" })
      // Upright as the camera meant it, before the orientation tag goes with the rest of the metadata.
      .autoOrient()
      .resize(logoSize, logoSize, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 90, effort: 4 })
      .toBuffer();
    return { ok: true, image };
  } catch {
    // Truncated, corrupt or lying about its format: libvips refused to decode it.
    return { ok: false, error: "imageUnreadable" };
  }
}

async function deleteQuietly(file: string) {
  await fs.rm(file, { force: true });
}

/** The current logo under the organisation's lock, so each replaced file is deleted exactly once; null when it is gone. */
async function lockedLogo(tx: Prisma.TransactionClient, organisationId: string) {
  if (!(await lockOrganisation(tx, organisationId))) return null;
  return tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { logoFile: true } });
}

type LogoChange = { organisationId: string; actorId: string };

/**
 * Checks, re-encodes and stores an uploaded logo for the organisation, replacing the one
 * it had. The new file is written first and removed again if the change does not commit.
 */
export async function replaceLogo(
  prisma: PrismaClient,
  input: LogoChange & { upload: Uint8Array },
  origin: Origin,
  directory = logoDirectory(),
) {
  const prepared = await prepareLogo(input.upload);
  if (!prepared.ok) return prepared;
  await fs.mkdir(directory, { recursive: true });
  const fileName = `${crypto.randomBytes(16).toString("hex")}.webp`;
  const filePath = path.join(directory, fileName);
  await fs.writeFile(filePath, prepared.image, { flag: "wx", mode: 0o644 });
  let previous: string | null;
  try {
    const result = await prisma.$transaction(async (tx) => {
      const current = await lockedLogo(tx, input.organisationId);
      if (!current) return { ok: false as const, error: "organisationGone" as const };
      await tx.organisation.update({ where: { id: input.organisationId }, data: { logoFile: fileName } });
      await recordAudit(tx, {
        action: "organisation.profile_updated",
        actorId: input.actorId,
        organisationId: input.organisationId,
        ipAddress: origin.clientAddress,
        details: { logo: current.logoFile ? "replaced" : "added", file: fileName },
      });
      return { ok: true as const, previous: current.logoFile };
    });
    if (!result.ok) {
      await deleteQuietly(filePath);
      return result;
    }
    previous = result.previous;
  } catch (error) {
    await deleteQuietly(filePath);
    throw error;
  }
  // Only after the commit: until then the old file is still the one pages point to.
  if (previous && isLogoFileName(previous)) await deleteQuietly(path.join(directory, previous));
  return { ok: true as const, fileName };
}

export async function removeLogo(prisma: PrismaClient, input: LogoChange, origin: Origin, directory = logoDirectory()) {
  const result = await prisma.$transaction(async (tx) => {
    const current = await lockedLogo(tx, input.organisationId);
    if (!current) return { ok: false as const, error: "organisationGone" as const };
    if (!current.logoFile) return { ok: true as const, previous: null };
    await tx.organisation.update({ where: { id: input.organisationId }, data: { logoFile: null } });
    await recordAudit(tx, {
      action: "organisation.profile_updated",
      actorId: input.actorId,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { logo: "removed" },
    });
    return { ok: true as const, previous: current.logoFile };
  });
  if (!result.ok) return result;
  if (result.previous && isLogoFileName(result.previous)) await deleteQuietly(path.join(directory, result.previous));
  return { ok: true as const };
}

/** A stored logo's bytes, or null: a name that is not one we made is never looked up on disk. */
export async function readLogo(fileName: string, directory = logoDirectory()) {
  if (!isLogoFileName(fileName)) return null;
  try {
    return await fs.readFile(path.join(directory, fileName));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
