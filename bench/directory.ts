// `npm run bench`: requests per second and p95 latency of the member directory page,
// against a bare Node http server returning the same bytes, measured in the same run
// with the same load. Results are ratios, so they compare across machines.
// BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 10) tune the load.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const pagePath = "/en/members";
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
const children: ChildProcess[] = [];

function start(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  return child;
}

async function waitFor(url: string) {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return response;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

async function measure(url: string) {
  await autocannon({ url, connections, duration: 1 }); // warm-up
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const p95 = latencies[Math.floor(latencies.length * 0.95)] ?? NaN;
  return { requestsPerSecond: result.requests.average, p95, errors: result.errors + result.non2xx };
}

try {
  const portalEnv: Record<string, string> = { PORT: "3201", PGLITE_DIR: path.join(workDir, "pglite"), NODE_ENV: "production", DATABASE_URL: "" };
  const setup = spawn("npm", ["run", "-s", "db:setup"], { env: { ...process.env, ...portalEnv }, stdio: "ignore" });
  const setupCode = await new Promise<number | null>((resolve) => setup.on("exit", resolve));
  if (setupCode !== 0) throw new Error("npm run db:setup failed");
  start("server/index.ts", portalEnv);
  const page = await waitFor(`http://127.0.0.1:3201${pagePath}`);
  const bodyFile = path.join(workDir, "directory.html");
  fs.writeFileSync(bodyFile, Buffer.from(await page.arrayBuffer()));
  start("bench/bare-server.ts", { PORT: "3202", BENCH_BODY_FILE: bodyFile });
  await waitFor("http://127.0.0.1:3202/");

  console.log(`Directory page ${pagePath} (${fs.statSync(bodyFile).size} bytes), ${connections} connections, ${seconds} s each`);
  const portal = await measure(`http://127.0.0.1:3201${pagePath}`);
  const bare = await measure("http://127.0.0.1:3202/");
  const row = (name: string, r: typeof portal) =>
    `${name.padEnd(22)} ${r.requestsPerSecond.toFixed(0).padStart(8)} req/s   p95 ${r.p95.toFixed(1).padStart(7)} ms   errors ${r.errors}`;
  console.log(row("portal (Remix+PGlite)", portal));
  console.log(row("bare node:http", bare));
  console.log(`throughput ratio portal/bare: ${(portal.requestsPerSecond / bare.requestsPerSecond).toFixed(3)}`);
  console.log(`p95 latency ratio portal/bare: ${(portal.p95 / bare.p95).toFixed(1)}`);
} finally {
  for (const child of children) child.kill();
  fs.rmSync(workDir, { recursive: true, force: true });
}
