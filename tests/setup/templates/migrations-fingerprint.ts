// A short fingerprint of the migrations: templates are named after it, so a new or edited
// migration gets a new template and never a stale one.
import { createHash } from "node:crypto";
import { listMigrations } from "../../../prisma/migrate";

/** Bump when the way templates are made changes, so old ones are not reused. */
const templateFormat = "1";

export function migrationsFingerprint(extra = ""): string {
  const hash = createHash("sha256").update(`${templateFormat}\n${extra}\n`);
  for (const migration of listMigrations()) hash.update(`${migration.name}:${migration.checksum}\n`);
  return hash.digest("hex").slice(0, 16);
}
