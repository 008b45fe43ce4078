/** The trailing debounce of schedule.ts, with and without a longest wait. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../src/content/schedule.ts';

afterEach(() => vi.useRealTimers());

describe('debounce', () => {
  it('runs once, the given time after the last call; cancel drops a pending run', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 100);
    d();
    vi.advanceTimersByTime(80);
    d();
    vi.advanceTimersByTime(80);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(fn).toHaveBeenCalledTimes(1);
    d();
    d.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('with a longest wait, calls that never pause still run it every so often', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 100, 500);
    // A call every 50 ms for 2 s: without the longest wait fn would never run.
    for (let t = 0; t < 2000; t += 50) {
      d();
      vi.advanceTimersByTime(50);
    }
    expect(fn.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(fn.mock.calls.length).toBeLessThanOrEqual(4);
    const plain = vi.fn();
    const p = debounce(plain, 100);
    for (let t = 0; t < 2000; t += 50) {
      p();
      vi.advanceTimersByTime(50);
    }
    expect(plain).not.toHaveBeenCalled();
  });
});
