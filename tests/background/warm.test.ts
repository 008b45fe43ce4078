import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReferenceDataset } from '../../src/background/dataset-port.ts';
import { warmInSlices } from '../../src/background/deps.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('warming a loaded dataset between messages', () => {
  it('starts after a pause and calls warm() in short slices until it is done', () => {
    vi.useFakeTimers();
    const budgets: (number | undefined)[] = [];
    const answers = [false, false, true];
    const dataset = {
      warm: (ms?: number) => {
        budgets.push(ms);
        return answers.shift() ?? true;
      },
    };
    warmInSlices(dataset as unknown as ReferenceDataset, 50);
    vi.advanceTimersByTime(49);
    expect(budgets).toEqual([]);
    vi.runAllTimers();
    expect(budgets).toHaveLength(3);
    expect(budgets.every((ms) => ms !== undefined && ms <= 10)).toBe(true);
  });

  it('does nothing for a dataset without warm()', () => {
    vi.useFakeTimers();
    warmInSlices({} as ReferenceDataset);
    expect(vi.getTimerCount()).toBe(0);
  });
});
