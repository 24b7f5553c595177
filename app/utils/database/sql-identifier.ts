// A table or column name put into SQL text. Names come from constants in the code, never
// from a request; this refuses anything but a plain identifier, so a mistake in one
// cannot become SQL.
import { Prisma } from "~/generated/prisma/client";

export function quoteIdentifier(name: string) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a safe SQL identifier: ${name}`);
  return `"${name}"`;
}

/** The same, as a fragment of a Prisma.sql template. */
export function sqlIdentifier(name: string) {
  return Prisma.raw(quoteIdentifier(name));
}
