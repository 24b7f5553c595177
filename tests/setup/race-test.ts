// Tests that prove a race is closed (two requests at the same moment, one wins). They can
// only fail on the PostgreSQL server: PGlite has one connection, so its transactions run
// one after another and never overlap. On PGlite they are listed as skipped, saying why.
import { test } from "vitest";

const onServer = process.env.TEST_DATABASE_BACKEND === "postgres";
const reason = "runs only on PostgreSQL: PGlite has one connection, so transactions never overlap";

/**
 * A test whose transactions must really run at the same time. An unprotected race does
 * not show every time (whichever transaction starts first may finish before the other
 * reads), so the body runs `rounds` times, each with data of its own.
 */
export function raceTest(name: string, body: () => Promise<void>, { rounds = 5, timeout }: { rounds?: number; timeout?: number } = {}) {
  if (onServer) test(name, { repeats: rounds - 1, timeout }, body);
  else test.skip(`${name} (${reason})`, body);
}
