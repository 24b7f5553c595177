// The portal's production build behind the portal's own Express app, without the timed-job
// runner and mail worker of server/index.ts: what the page benchmarks measure. PAGE_CACHE=off
// renders every page afresh (cold); otherwise visitors' pages come from the page cache (warm). (Under tsx,
// server/index.ts now fails on app code that only Vite can load, `import.meta.glob` in
// app/utils/i18n.server.ts, reached through app/timed-jobs.server.ts.)
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createApp } from "../server/app";

const build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild;
createApp({ mode: "production", build, pageCache: process.env.PAGE_CACHE !== "off" }).listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`portal on ${process.env.PORT}`));
