// Which tables an SQL statement reads and which it writes, as the page cache needs to know:
// a cached page depends on the tables its request read; a committed write to one of them
// makes the page stale. Prisma writes every table as "public"."Name"; the portal's own raw
// SQL as "Name". A write whose tables cannot be read from its text is a write to every table.

export type StatementTables = {
  kind: "read" | "write" | "control";
  tables: string[];
  /** A DELETE or TRUNCATE: foreign keys may delete or empty rows of other tables too. */
  deletes?: boolean;
};

/** Any table: what a write whose tables are not named in its text is taken to touch. */
export const everyTable = "*";

const control = /^(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|SHOW|DEALLOCATE|DISCARD)\b/i;
const writeWords = /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE|MERGE\s+INTO)\s+(?:ONLY\s+)?((?:"?public"?\.)?"[^"]+"|[A-Za-z_][\w.]*)/gi;
const readWords = /\b(?:FROM|JOIN)\s+(?:ONLY\s+)?(?:LATERAL\s+)?((?:"?public"?\.)?"[^"]+")/gi;

export function statementTables(sql: string): StatementTables {
  const text = withoutComments(sql).trim();
  if (control.test(text)) return { kind: "control", tables: [] };
  const first = /^\(?\s*(\w+)/.exec(text)?.[1]?.toUpperCase();
  const writes = [...text.matchAll(writeWords)]
    // "FOR UPDATE", "ON CONFLICT … DO UPDATE SET" and "FOR NO KEY UPDATE" are not writes to a table named next.
    .filter((match) => !/(FOR|DO|KEY)\s+$/i.test(text.slice(0, match.index)))
    .map((match) => tableName(match[2]!));
  const isWrite = first !== "SELECT" && first !== "VALUES" && (first !== "WITH" || writes.length > 0);
  if (isWrite) return { kind: "write", tables: writes.length ? unique(writes) : [everyTable], deletes: /\b(DELETE\s+FROM|TRUNCATE)\b/i.test(text) };
  return { kind: "read", tables: unique([...text.matchAll(readWords)].map((match) => tableName(match[1]!))) };
}

function tableName(identifier: string) {
  return identifier.replace(/^"?public"?\./i, "").replace(/"/g, "");
}

function withoutComments(sql: string) {
  return sql.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/--[^\n]*/g, " ");
}

const unique = (names: string[]) => [...new Set(names)];
