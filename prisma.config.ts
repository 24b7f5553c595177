// Prisma CLI configuration (migrate, generate). The CLI reaches the same database as the
// app: PostgreSQL when DATABASE_URL is set, the embedded PGlite folder otherwise.
import { defineConfig } from "prisma/config";
import { createDatabaseAdapter, databaseLocation } from "./app/utils/database/location";

// See the datasource in schema.prisma: a url must resolve, though nothing connects to it.
process.env.PRISMA_SCHEMA_URL ??= "postgresql://adapter-only@localhost/unused";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const { DATABASE_URL, PGLITE_DIR } = process.env;
    return createDatabaseAdapter(databaseLocation({ DATABASE_URL, PGLITE_DIR }));
  },
});
