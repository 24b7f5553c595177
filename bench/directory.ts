// `npm run bench`: requests per second and p95 latency of the member directory page,
// against a bare Node http server returning the same bytes, measured in the same run
// with the same load. Results are ratios, so they compare across machines.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { connections, measure, row, seconds, start, stopChildren, waitFor } from "./load";

const pagePath = "/en/members";
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));

try {
  const portalEnv: Record<string, string> = { PORT: "3201", PGLITE_DIR: path.join(workDir, "pglite"), NODE_ENV: "production", DATABASE_URL: "" };
  const setup = spawn("npm", ["run", "-s", "db:setup"], { env: { ...process.env, ...portalEnv }, stdio: "ignore" });
  const setupCode = await new Promise<number | null>((resolve) => setup.on("exit", resolve));
  if (setupCode !== 0) throw new Error("npm run db:setup failed");
  start("bench/page-server.ts", portalEnv);
  const page = await waitFor(`http://127.0.0.1:3201${pagePath}`);
  const bodyFile = path.join(workDir, "directory.html");
  fs.writeFileSync(bodyFile, Buffer.from(await page.arrayBuffer()));
  start("bench/bare-server.ts", { PORT: "3202", BENCH_BODY_FILE: bodyFile });
  await waitFor("http://127.0.0.1:3202/");

  console.log(`Directory page ${pagePath} (${fs.statSync(bodyFile).size} bytes), ${connections} connections, ${seconds} s each`);
  const portal = await measure(`http://127.0.0.1:3201${pagePath}`);
  const bare = await measure("http://127.0.0.1:3202/");
  console.log(row("portal (Remix+PGlite)", portal));
  console.log(row("bare node:http", bare));
  console.log(`throughput ratio portal/bare: ${(portal.requestsPerSecond / bare.requestsPerSecond).toFixed(3)}`);
  console.log(`p95 latency ratio portal/bare: ${(portal.p95 / bare.p95).toFixed(1)}`);
} finally {
  stopChildren();
  fs.rmSync(workDir, { recursive: true, force: true });
}
