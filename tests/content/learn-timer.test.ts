/** Learning fires once, after enough *visible* time; hidden time does not count. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLearnTimer } from '../../src/content/learn-timer.ts';

let visibility: DocumentVisibilityState = 'visible';
function setVisibility(v: DocumentVisibilityState) {
  visibility = v;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startLearnTimer', () => {
  it('fires once after the threshold of visible time', () => {
    const due = vi.fn();
    startLearnTimer(document, 30, due);
    vi.advanceTimersByTime(29_000);
    expect(due).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(due).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(120_000);
    expect(due).toHaveBeenCalledTimes(1);
  });

  it('does not count time while the tab is hidden', () => {
    const due = vi.fn();
    const timer = startLearnTimer(document, 10, due);
    vi.advanceTimersByTime(6_000);
    setVisibility('hidden');
    vi.advanceTimersByTime(60_000);
    expect(due).not.toHaveBeenCalled();
    expect(Math.round(timer.visibleMs() / 1000)).toBe(6);
    setVisibility('visible');
    vi.advanceTimersByTime(3_900);
    expect(due).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(due).toHaveBeenCalledTimes(1);
  });

  it('starts counting only when a background tab becomes visible, and can be stopped', () => {
    visibility = 'hidden';
    const due = vi.fn();
    const timer = startLearnTimer(document, 5, due);
    vi.advanceTimersByTime(60_000);
    expect(due).not.toHaveBeenCalled();
    setVisibility('visible');
    vi.advanceTimersByTime(2_000);
    timer.stop();
    vi.advanceTimersByTime(60_000);
    expect(due).not.toHaveBeenCalled();
  });
});
