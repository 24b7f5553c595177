// The loop behind every background worker (the mail worker, the job runner): one pass,
// a pause, the next pass, until stopped. A failed pass is logged and the next one tries again.

export type PollingLoop = {
  /** Stops after the pass under way, so nothing is left half-recorded. */
  stop(): Promise<void>;
};

export function startPollingLoop({ name, pass, intervalMs }: { name: string; pass: () => Promise<unknown>; intervalMs: number }): PollingLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();

  const tick = () => {
    current = pass()
      .catch((error) => console.error(`${name}: a pass failed; retrying on the next one`, error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
