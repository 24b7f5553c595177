// What the page benchmarks share: starting a server, waiting for it, and measuring one URL
// under load with autocannon (requests per second and p95 latency).
// BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 10) tune the load.
import { spawn, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";

export const seconds = Number(process.env.BENCH_SECONDS ?? 10);
export const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

export const children: ChildProcess[] = [];

export function start(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  return child;
}

export async function waitFor(url: string) {
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

export type Measured = { requestsPerSecond: number; p50: number; p95: number; errors: number };

export async function measure(url: string): Promise<Measured> {
  await autocannon({ url, connections, duration: 1 }); // warm-up
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const percentile = (share: number) => latencies[Math.floor(latencies.length * share)] ?? NaN;
  return { requestsPerSecond: result.requests.average, p50: percentile(0.5), p95: percentile(0.95), errors: result.errors + result.non2xx };
}

export function row(name: string, r: Measured) {
  return `${name.padEnd(26)} ${r.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(1).padStart(7)} ms   p95 ${r.p95.toFixed(1).padStart(7)} ms   errors ${r.errors}`;
}

export function stopChildren() {
  for (const child of children) child.kill();
}
