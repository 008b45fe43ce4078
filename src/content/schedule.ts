/**
 * Cooperative scheduling: the content script never holds the main thread for long.
 * Work runs in slices of a few milliseconds; between slices we yield to the page
 * (scheduler.yield where available, else an idle callback with a timeout, else a task).
 */

/** Longest stretch of work (ms) before giving the page its turn; well under the 50 ms long-task bar. */
export const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Resolves after the page had a chance to run its own tasks (input, rendering). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof globalThis.requestIdleCallback === 'function') {
    return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 50 }));
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Calls `work` for each item in time slices, yielding between slices; resolves when all are done. */
export async function runSliced<T>(
  items: readonly T[],
  work: (item: T, index: number) => void,
  sliceMs = SLICE_MS,
  isCancelled: () => boolean = () => false,
): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    if (isCancelled()) return;
    work(items[i], i);
    if (performance.now() - sliceStart > sliceMs && i < items.length - 1) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}

/**
 * Returns a function that runs `fn` once, `ms` after the last call (a trailing debounce), but no
 * later than `maxWaitMs` after the first call of a burst: calls that never pause (a clock ticking
 * on the page) must not hold `fn` back for ever.
 */
export function debounce(
  fn: () => void,
  ms: number,
  maxWaitMs = Number.POSITIVE_INFINITY,
): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first: number | undefined;
  const call = () => {
    const now = Date.now();
    first ??= now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = undefined;
        first = undefined;
        fn();
      },
      Math.max(0, Math.min(ms, first + maxWaitMs - now)),
    );
  };
  call.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    first = undefined;
  };
  return call;
}
