// Starts the portal. `npm start` runs it on the production build; `npm run dev` with Vite.
import cluster from "node:cluster";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { mailTransportFromEnv } from "../app/mechanisms/email/mail-transport.server";
import { startMailWorker } from "../app/mechanisms/email/mail-worker.server";
import { startJobRunner } from "../app/mechanisms/jobs/job-runner.server";
import { timedJobs } from "../app/timed-jobs.server";
import { connectInvalidationChannel } from "../app/mechanisms/page-cache/invalidation-channel.server";
import { closeDatabase, db } from "../app/utils/database/connection.server";
import { EnvError, parseEnv, type Env } from "../app/utils/env.server";
import { createApp } from "./app";
import { superviseWorkers } from "./workers";
import { mountE2eCalendar } from "./e2e-calendar";

let env: Env;
try {
  env = parseEnv();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}

// With WEB_CONCURRENCY above 1 this process only starts the workers and watches over them
// (server/workers.ts); each worker runs serve(), sharing the port.
if (cluster.isPrimary && env.WEB_CONCURRENCY > 1) superviseWorkers(env.WEB_CONCURRENCY);
else await serve(env);

async function serve(env: Env) {
  const build =
    env.NODE_ENV === "development"
      ? { vite: await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } })) }
      : await loadProductionBuild();

  const cachePages = env.NODE_ENV !== "development" && env.PAGE_CACHE === "on";
  // On PostgreSQL other instances may run beside this one: they tell each other what their commits wrote.
  const invalidations = cachePages && env.DATABASE_URL ? await connectInvalidationChannel(env.DATABASE_URL) : undefined;

  const httpServer = createApp({
    mode: env.NODE_ENV,
    build,
    hsts: env.ENABLE_HSTS === "true",
    trustProxy: env.TRUST_PROXY,
    publicOrigin: env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : undefined,
    e2eRoutes: env.E2E_CALENDAR === "on" ? mountE2eCalendar : undefined,
    pageCache: cachePages,
  })
    .listen(env.PORT, env.HOST, () => {
      const database = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${env.PGLITE_DIR}`;
      console.log(`Network portal on http://localhost:${env.PORT} (${env.NODE_ENV}, ${database})`);
      if (env.E2E_CALENDAR === "on") console.warn("E2E_CALENDAR=on: anyone can move events in time (the end-to-end tests only).");
      if (env.PLACES_LOCK === "off") console.warn("PLACES_LOCK=off: bookings take no places lock and WILL oversell (the race tests' control only).");
      if (env.NODE_ENV === "production" && !env.PUBLIC_URL) {
        console.warn(`PUBLIC_URL is not set: links to other languages will point to http://localhost:${env.PORT}.`);
      }
    })
    .on("error", (error: NodeJS.ErrnoException) => {
      console.error(
        error.code === "EADDRINUSE"
          ? `Port ${env.PORT} is already in use: stop the other server or set PORT to a free port.`
          : `Cannot listen on ${env.HOST}:${env.PORT}: ${error.message}`,
      );
      process.exit(1);
    });

  // The outbox is sent from this process unless a separate `npm run mail-worker` does it
  // (PGlite allows only one process, so on the embedded database it must be this one).
  const mailWorker = env.MAIL_WORKER === "on" ? startMailWorker({ db: db(), transport: mailTransportFromEnv(env) }) : undefined;
  // Timed jobs run in every instance: their claims never overlap (app/mechanisms/jobs/).
  const jobRunner = startJobRunner({ db: db(), registry: timedJobs });

  // Stop taking requests, finish the mail and job passes under way, close the database (the
  // built app shares the connection through globalThis) and Vite, then leave.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      httpServer.close();
      void Promise.all([mailWorker?.stop(), jobRunner.stop(), invalidations?.close()])
        .then(closeDatabase)
        .then(() => ("vite" in build ? build.vite.close() : undefined))
        .finally(() => process.exit(0));
    });
  }
}

async function loadProductionBuild(): Promise<ServerBuild> {
  const file = path.resolve("build/server/index.js");
  try {
    return (await import(pathToFileURL(file).href)) as ServerBuild;
  } catch (error) {
    console.error(`No production build at ${file}: run \`npm run build\` first.`, error);
    process.exit(1);
  }
}
