// What one area declares about the data it holds on a person: the tables, its sections of
// the person's export, why erasure must wait, and its erase step. Each area exports one
// from its own `privacy.server.ts`; app/modules/accounts/personal-data.server.ts finds
// them all and runs them (the same idea as pretix's data shredders).
import type { Prisma, User } from "~/generated/prisma/client";

export type Db = Prisma.TransactionClient;
export type ModelName = Prisma.ModelName;

/** The account as it was before erasure began: erasers match rows by its id and email. */
export type Person = User;

/** A rule the person can meet first (say, appoint another admin); erasure does nothing until then. */
export type ErasureRefusal = { error: string; organisation: string | null };

export type PersonalDataArea = {
  /** The folder the area lives in, for messages and the order erasers run in. */
  area: string;
  /**
   * Every table whose rows can be about a person, even those the area deliberately keeps
   * (say so in a comment beside it). The coverage test fails for a table no area lists.
   */
  models: readonly ModelName[];
  /** Named sections of the export. Leave out secrets (hashes of passwords and tokens). */
  exportSections?: (db: Db, person: Person) => Promise<Record<string, unknown>>;
  /**
   * Checked before anything is erased, inside the erasure's transaction. Take any lock
   * the rule needs here: it is held until the erasure commits.
   */
  refuseErasure?: (tx: Db, person: Person) => Promise<ErasureRefusal | null>;
  /** Removes or blanks the area's rows about the person. Must not depend on another area's step. */
  erase?: (tx: Db, person: Person) => Promise<void>;
};

/** Declares an area's part; the identity function is there for the type. */
export function definePersonalData(area: PersonalDataArea): PersonalDataArea {
  return area;
}
