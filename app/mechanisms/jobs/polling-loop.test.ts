// The loop shared by the mail worker and the job runner.
import { expect, test, vi } from "vitest";
import { startPollingLoop } from "./polling-loop.server";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("passes repeat until stopped, and stopping waits for the pass under way", async () => {
  let passes = 0;
  let finished = 0;
  let releaseSecondPass = () => {};
  const secondPassMayEnd = new Promise<void>((resolve) => (releaseSecondPass = resolve));
  const loop = startPollingLoop({
    name: "test loop",
    intervalMs: 1,
    async pass() {
      if (++passes === 2) await secondPassMayEnd;
      finished++;
    },
  });
  await vi.waitFor(() => expect(passes).toBe(2));
  let stopped = false;
  const stopping = loop.stop().then(() => (stopped = true));
  await tick(20);
  expect(stopped).toBe(false); // still waiting for the second pass
  releaseSecondPass();
  await stopping;
  expect(finished).toBe(2);
  await tick(20);
  expect(passes).toBe(2); // no pass after stop
});

test("a failed pass is logged and the next one runs", async () => {
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  let passes = 0;
  const loop = startPollingLoop({
    name: "test loop",
    intervalMs: 1,
    async pass() {
      if (++passes === 1) throw new Error("database away");
    },
  });
  await vi.waitFor(() => expect(passes).toBeGreaterThan(1));
  await loop.stop();
  expect(logged).toHaveBeenCalledWith("test loop: a pass failed; retrying on the next one", expect.objectContaining({ message: "database away" }));
});
