// vitest globalSetup of the integration projects: makes the project's migrated template
// once, before any test file starts (so files copy it instead of each migrating a
// database), and clears templates no run has used for an hour.
import type { TestProject } from "vitest/node";
import { ensurePgliteTemplate, removeStalePgliteTemplates } from "./templates/pglite-template";
import { dropStalePostgresTemplates, ensurePostgresTemplate } from "./templates/postgres-template";

export default async function makeTemplateDatabase(project: TestProject) {
  if (project.config.env.TEST_DATABASE_BACKEND === "postgres") {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error("TEST_DATABASE_URL must be set for the postgres integration project");
    await ensurePostgresTemplate(serverUrl);
    await dropStalePostgresTemplates(serverUrl);
  } else {
    await ensurePgliteTemplate();
    removeStalePgliteTemplates();
  }
}
