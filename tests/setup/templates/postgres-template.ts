// The migrated PostgreSQL template: one database per set of migrations,
// portal_template_<fingerprint>, that each test database is copied from with
// CREATE DATABASE … TEMPLATE (a file copy on the server, no migration replayed).
// PostgreSQL refuses that copy while any session is connected to the template, so once
// made it is marked ALLOW_CONNECTIONS false: nobody can connect to it, by mistake or not.
import crypto from "node:crypto";
import pg from "pg";
import { openDatabase } from "~/utils/database/open-database.server";
import { applyMigrations } from "../../../prisma/migrate";
import { migrationsFingerprint } from "./migrations-fingerprint";

const templatePrefix = "portal_template_";
const staleAfterMs = 60 * 60 * 1000;
// Held while a template is built or old ones dropped, so two runs (two worktrees, or both
// projects of one run) never build the same one at once. An arbitrary fixed number.
const templateLockKey = 7_209_113_301;

export function postgresTemplateName() {
  return `${templatePrefix}${migrationsFingerprint()}`;
}

/** Makes the template on the server unless it exists already; returns its name. */
export function ensurePostgresTemplate(serverUrl: string): Promise<string> {
  return withAdminClient(serverUrl, (client) => ensureTemplateWith(client, serverUrl));
}

async function ensureTemplateWith(client: pg.Client, serverUrl: string): Promise<string> {
  const name = postgresTemplateName();
  if (await databaseExists(client, name)) return name;
  return withTemplateLock(client, async () => {
    if (await databaseExists(client, name)) return name; // another run made it while we waited
    const building = `${name}_building`;
    await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`); // left by a run that died
    await client.query(`CREATE DATABASE "${building}"`);
    const database = openDatabase({ kind: "postgres", url: databaseUrl(serverUrl, building) });
    try {
      await applyMigrations(database.runSql);
    } finally {
      await database.close();
    }
    // Renamed only once complete, so nobody copies a half-migrated template.
    await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    await client.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    await markUsed(client, name);
    return name;
  });
}

/** A new database copied from the template: its URL, and how to drop it again. */
export async function createPostgresCopy(serverUrl: string) {
  const name = `portal_test_${crypto.randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, async (client) => {
    const template = await ensureTemplateWith(client, serverUrl);
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  });
  return {
    url: databaseUrl(serverUrl, name),
    drop: () => withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

/**
 * Marks the current template as used now, and drops templates no run has used for an hour
 * (other worktrees may be running on other migrations right now, so not all of them).
 */
export async function dropStalePostgresTemplates(serverUrl: string) {
  const current = postgresTemplateName();
  await withAdminClient(serverUrl, (client) =>
    withTemplateLock(client, async () => {
      if (await databaseExists(client, current)) await markUsed(client, current);
      const { rows } = await client.query<{ datname: string; note: string | null }>(
        `SELECT datname, shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname LIKE $1`,
        [`${templatePrefix}%`],
      );
      for (const { datname, note } of rows) {
        if (datname === current) continue;
        // Under the lock nobody is building, so a database still called …_building is left from a crash.
        const lastUsed = Date.parse(note?.replace(/^last used /, "") ?? "");
        if (!datname.endsWith("_building") && Date.now() - lastUsed < staleAfterMs) continue;
        try {
          await client.query(`ALTER DATABASE "${datname}" WITH IS_TEMPLATE false`);
          await client.query(`DROP DATABASE "${datname}"`);
        } catch {
          // being copied this very moment: it goes next time
        }
      }
    }),
  );
}

function markUsed(client: pg.Client, name: string) {
  return client.query(`COMMENT ON DATABASE "${name}" IS 'last used ${new Date().toISOString()}'`);
}

async function databaseExists(client: pg.Client, name: string) {
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  return rowCount === 1;
}

async function withTemplateLock<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query("SELECT pg_advisory_lock($1)", [templateLockKey]);
  try {
    return await work();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [templateLockKey]);
  }
}

export function databaseUrl(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
