/**
 * Runs tasks one at a time, in the order they were queued. When the worker wakes, the browser
 * delivers a burst of events (the start, the alarm, an idle change…); each one must see the
 * state the previous one saved, or updates are lost.
 */
export function createQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      // A failed task must not block the ones after it.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
