// Tests whose answer does not depend on the database engine (how routes refuse input, who
// may open them) run once per run, not on both: on the PostgreSQL server when it is at hand
// (TEST_DATABASE_URL), the database production uses, else on PGlite.
import { describe } from "vitest";

export const runsOnThisDatabase = !(process.env.TEST_DATABASE_BACKEND === "pglite" && process.env.TEST_DATABASE_URL);

/** `describe` where this project's database is the one the run uses for such tests, `describe.skip` elsewhere. */
export const describeOncePerRun = runsOnThisDatabase ? describe : describe.skip;
