// How long a failed attempt waits before the next one, for everything that retries.

/** Wait before attempt n+1: 30 s, 1 min, 2 min… up to an hour. */
export function retryDelaySeconds(attemptsSoFar: number) {
  return Math.min(30 * 2 ** Math.max(0, attemptsSoFar - 1), 3600);
}
