// `npm run bench`: requests per second, p50 and p95 of the member directory and a member's
// page as a visitor gets them, rendered afresh (cold, PAGE_CACHE=off) and from the page
// cache (warm), against a bare Node http server returning the same bytes, measured in the
// same run with the same load. Results are ratios, so they compare across machines.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { connections, measure, row, seconds, start, stopChildren, waitFor, type Measured } from "./load";

const pages = { directory: "/en/members", member: "/en/members/trieste-mental-health-department" };
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));

try {
  const portalEnv: Record<string, string> = { PORT: "3201", PGLITE_DIR: path.join(workDir, "pglite"), NODE_ENV: "production", DATABASE_URL: "" };
  const setup = spawn("npm", ["run", "-s", "db:setup"], { env: { ...process.env, ...portalEnv }, stdio: "ignore" });
  const setupCode = await new Promise<number | null>((resolve) => setup.on("exit", resolve));
  if (setupCode !== 0) throw new Error("npm run db:setup failed");

  // The embedded database takes one process at a time: the cold server, then the warm one.
  const measured: Record<string, { cold: Measured; warm: Measured; bare: Measured; bytes: number }> = {};
  const results: Record<"cold" | "warm", Record<string, Measured>> = { cold: {}, warm: {} };
  const bodies: Record<string, string> = {};
  for (const mode of ["cold", "warm"] as const) {
    const portal = start("bench/page-server.ts", { ...portalEnv, PAGE_CACHE: mode === "cold" ? "off" : "on" });
    for (const [name, pagePath] of Object.entries(pages)) {
      const page = await waitFor(`http://127.0.0.1:3201${pagePath}`);
      bodies[name] ??= path.join(workDir, `${name}.html`);
      fs.writeFileSync(bodies[name]!, Buffer.from(await page.arrayBuffer()));
      results[mode][name] = await measure(`http://127.0.0.1:3201${pagePath}`);
    }
    await stop(portal);
  }
  for (const [name, bodyFile] of Object.entries(bodies)) {
    const bare = start("bench/bare-server.ts", { PORT: "3202", BENCH_BODY_FILE: bodyFile });
    await waitFor("http://127.0.0.1:3202/");
    measured[name] = { cold: results.cold[name]!, warm: results.warm[name]!, bare: await measure("http://127.0.0.1:3202/"), bytes: fs.statSync(bodyFile).size };
    await stop(bare);
  }

  console.log(`Visitors' pages on PGlite, ${connections} connections, ${seconds} s each`);
  for (const [name, figures] of Object.entries(measured)) {
    console.log(`${name} ${pages[name as keyof typeof pages]} (${figures.bytes} bytes)`);
    console.log(row("  portal, cold (no cache)", figures.cold));
    console.log(row("  portal, warm (cache)", figures.warm));
    console.log(row("  bare node:http", figures.bare));
    const ratio = (portal: Measured) => (portal.requestsPerSecond / figures.bare.requestsPerSecond).toFixed(3);
    console.log(`  throughput ratio portal/bare: cold ${ratio(figures.cold)} (aim 0.1 on PostgreSQL), warm ${ratio(figures.warm)} (aim 0.5)`);
  }
} finally {
  stopChildren();
  fs.rmSync(workDir, { recursive: true, force: true });
}

function stop(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill();
  });
}
