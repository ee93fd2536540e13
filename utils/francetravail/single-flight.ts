/**
 * Single flight: while a call is running, further calls share its promise
 * instead of starting another one ("two syncs at once make one request").
 * Once it settles (either way) the next call starts afresh.
 */
export function createSingleFlight<T>(fn: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  return () => {
    current ??= fn().finally(() => {
      current = null;
    });
    return current;
  };
}
