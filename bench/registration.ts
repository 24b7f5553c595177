// `npm run bench`, the registration scenario: BENCH_PEOPLE (default 1,000) signed-in people
// post the registration form at once for an event of BENCH_PLACES (default 100) places,
// against the real server (server/index.ts, production build) on the PostgreSQL server at
// TEST_DATABASE_URL, in a database of its own that is dropped afterwards. It prints
// registrations per second, busy answers retried, the oversell (must be 0) and the
// waiting list's positions, then the same number of GET /healthz at once with the same
// client (one request and one database round trip each): the baseline, measured in the same
// run, so the ratio compares across machines. The harness is tests/setup/registration-burst.ts,
// shared with the race test.
import {
  burstEvent,
  cpuSeconds,
  defaultConnections,
  ensureBuild,
  freePort,
  getAtOnce,
  ledgerOf,
  openBurstDatabase,
  registerAtOnce,
  signedInPeople,
  startPortal,
  type Portal,
} from "../tests/setup/registration-burst";

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.log("Registration scenario skipped: set TEST_DATABASE_URL to a PostgreSQL server (it makes and drops a database of its own).");
  process.exit(0);
}
const peopleCount = Number(process.env.BENCH_PEOPLE ?? 1_000);
const placesCount = Number(process.env.BENCH_PLACES ?? 100);
const connections = Number(process.env.BENCH_BURST_CONNECTIONS ?? defaultConnections);

const format = (value: number, digits = 0) => value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

ensureBuild();
const database = await openBurstDatabase(serverUrl);
let portal: Portal | undefined;
let failed = false;
try {
  const since = performance.now();
  const event = await burstEvent(database.prisma, { capacity: placesCount });
  const people = await signedInPeople(database.prisma, peopleCount);
  console.log(`Registration: ${format(peopleCount)} signed-in people at once for ${format(placesCount)} places (prepared in ${format((performance.now() - since) / 1000, 1)} s), ${format(connections)} connections`);
  portal = await startPortal({ databaseUrl: database.url, port: await freePort() });
  // Warm-up: the first request loads the session secret and the routes' modules.
  await getAtOnce(portal.origin, "/healthz", 20);

  const databaseName = new URL(database.url).pathname.slice(1);
  const cpu = () => ({ server: cpuSeconds({ pid: portal!.pid }), postgres: cpuSeconds({ databaseName }) });
  const cpuBefore = cpu();
  const burst = await registerAtOnce(portal.origin, event.id, people, { connections });
  const cpuAfter = cpu();
  const ledger = await ledgerOf(database.prisma, event.id);
  const baselineBefore = cpu();
  const baseline = await getAtOnce(portal.origin, "/healthz", peopleCount, { connections });
  const baselineAfter = cpu();
  const perRequest = (before: ReturnType<typeof cpu>, after: ReturnType<typeof cpu>, requests: number) =>
    (["server", "postgres"] as const)
      .map((part) => `${part} ${before[part] === null || after[part] === null ? "?" : format(((after[part]! - before[part]!) * 1000) / requests, 1)} ms`)
      .join(", ");

  const waiting = ledger.counts.waitlisted ?? 0;
  console.log(`${"registrations (POST)".padEnd(24)} ${format(burst.placed).padStart(6)} in ${format(burst.seconds, 2).padStart(6)} s = ${format(burst.perSecond).padStart(6)} /s   busy retries ${burst.busyRetries}   other answers ${burst.failures.length}`);
  console.log(`${"baseline GET /healthz".padEnd(24)} ${format(baseline.ok).padStart(6)} in ${format(baseline.seconds, 2).padStart(6)} s = ${format(baseline.perSecond).padStart(6)} /s`);
  console.log(`CPU per request: registration ${perRequest(cpuBefore, cpuAfter, burst.placed + burst.busyRetries)}; healthz ${perRequest(baselineBefore, baselineAfter, peopleCount)}`);
  console.log(`throughput ratio registrations/healthz: ${(burst.perSecond / baseline.perSecond).toFixed(3)}`);
  console.log(`oversold: ${ledger.oversold}   confirmed ${ledger.counts.confirmed ?? 0}, waitlisted ${waiting}, positions 1 to ${waiting} without gaps: ${ledger.positionsWithoutGaps && ledger.positions.length === waiting ? "yes" : "NO"}`);
  for (const failure of burst.failures.slice(0, 3)) console.log(`  answer ${failure.status}: ${failure.body}`);
  failed = ledger.oversold > 0 || burst.failures.length > 0 || !ledger.positionsWithoutGaps;
} finally {
  await portal?.stop();
  await database.close();
}
if (failed) process.exitCode = 1;
