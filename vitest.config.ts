// Unit tests run everywhere; integration tests run on PGlite, and also on the real
// PostgreSQL server when TEST_DATABASE_URL is set (each file in a database of its own,
// copied from a template migrated once per run).
import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

const integration = (backend: "pglite" | "postgres") => ({
  extends: true as const,
  test: {
    name: `integration-${backend}`,
    include: ["app/**/*.integration.test.ts", "prisma/**/*.integration.test.ts", "tests/integration/**/*.test.ts"],
    env: { TEST_DATABASE_BACKEND: backend },
    // Migrates a template database once; each file gets a copy (tests/setup/test-database.ts).
    globalSetup: ["tests/setup/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    setupFiles: ["tests/setup/vitest.setup.ts"],
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["app/**/*.test.{ts,tsx}", "prisma/**/*.test.ts", "server/**/*.test.ts", "tests/unit/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/node_modules/**"],
        },
      },
      integration("pglite"),
      ...(process.env.TEST_DATABASE_URL ? [integration("postgres")] : []),
    ],
  },
});
