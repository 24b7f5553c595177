// WEB_CONCURRENCY server processes on one port (Node's cluster module: the primary accepts
// connections and hands them to the workers in turn). Every worker is a whole portal:
// sessions, rate limits, timed jobs and the outbox live in PostgreSQL and are safe to share
// (claims never overlap), and each worker's page cache hears the others' commits over
// LISTEN/NOTIFY. A worker that dies is started again; SIGTERM stops them all gracefully.
import cluster from "node:cluster";

export function superviseWorkers(count: number) {
  let stopping = false;
  for (let index = 0; index < count; index++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`Worker ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another.`);
    // A worker that cannot start at all would be restarted in a loop: wait a little between tries.
    setTimeout(() => cluster.fork(), 1_000);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      if (workers.length === 0) process.exit(0);
      for (const worker of workers) worker?.process.kill(signal);
      // Workers finish their mail and job passes; one that hangs is not waited for forever.
      setTimeout(() => process.exit(0), 15_000).unref();
    });
  }
  console.log(`Network portal: ${count} workers`);
}
