// Unit tests run everywhere; integration tests run on PGlite, and also on the real
// PostgreSQL server when TEST_DATABASE_URL is set (each file in a database of its own,
// copied from a template migrated once per run).
import os from "node:os";
import path from "node:path";
import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

const integration = (backend: "pglite" | "postgres") => ({
  extends: true as const,
  test: {
    name: `integration-${backend}`,
    include: ["app/**/*.integration.test.ts", "prisma/**/*.integration.test.ts", "tests/integration/**/*.test.ts"],
    // UPLOAD_DIR is set before any module reads the environment: files share their worker's
    // modules (isolate: false), so the first file's view of the environment is everyone's.
    env: { TEST_DATABASE_BACKEND: backend, UPLOAD_DIR: path.join(os.tmpdir(), `portal-test-uploads-${process.pid}-${backend}`) },
    // Migrates a template database once; each file gets a copy (tests/setup/test-database.ts).
    globalSetup: ["tests/setup/global-setup.ts"],
    // Files run one after another in a worker's process, reusing its modules (Prisma's
    // client, msw, the routes): each still gets a database of its own (setUpTestDatabase).
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

/**
 * The race over HTTP (tests/race/): the real server on PostgreSQL, a thousand registrations
 * at once. A project of its own, so its file has modules of its own (the session cookie's
 * secret is its database's) and the server it starts is the only one it tests.
 */
const raceOverHttp = {
  extends: true as const,
  test: {
    name: "race-http-postgres",
    include: ["tests/race/**/*.test.ts"],
    env: { TEST_DATABASE_BACKEND: "postgres" },
    globalSetup: ["tests/setup/global-setup.ts"],
    // A thousand registrations take minutes on a loaded two-core machine.
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
};

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    setupFiles: ["tests/setup/vitest.setup.ts"],
    restoreMocks: true,
    // vitest's default is one worker less than the cores: on our 2-core machines, one file at
    // a time, while PostgreSQL files mostly wait on the server. Two overlap that wait.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    minWorkers: 1,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // Unit tests keep no state between files (no module mocks, no env changes): one
          // module graph in worker threads instead of a new process per file is ~3x faster.
          pool: "threads",
          isolate: false,
          include: ["app/**/*.test.{ts,tsx}", "prisma/**/*.test.ts", "server/**/*.test.ts", "tests/unit/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/node_modules/**"],
        },
      },
      integration("pglite"),
      ...(process.env.TEST_DATABASE_URL ? [integration("postgres"), raceOverHttp] : []),
    ],
  },
});
