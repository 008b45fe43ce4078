import { describe, expect, it } from 'vitest';
import {
  addCounts,
  bootstrapF1,
  emptyCounts,
  type WikinewsCounts,
  wikinewsScores,
} from '../../bench/claims/wikinews.ts';

/** One document's counts: `right` right speakers of `predicted`, `eligible` gold speakers; quotes alike. */
const doc = (right: number, predicted: number, eligible: number): WikinewsCounts => ({
  ...emptyCounts(),
  pred: predicted,
  predTrue: right,
  gold: eligible,
  found: right,
  spkEligible: eligible,
  spkPredicted: predicted,
  spkRight: right,
});

describe('bootstrapF1 (document bootstrap of the Wikinews scores)', () => {
  it('gives a zero-width interval when every document scores the same', () => {
    const docs = Array.from({ length: 20 }, () => doc(3, 4, 5));
    const f1 = wikinewsScores(doc(3, 4, 5)).speakers.f1;
    const ci = bootstrapF1(docs, 200);
    expect(ci.speaker[0]).toBeCloseTo(f1, 10);
    expect(ci.speaker[1]).toBeCloseTo(f1, 10);
  });

  it('brackets the pooled score when documents differ, and repeats with the same seed', () => {
    const docs = Array.from({ length: 60 }, (_, i) => (i % 3 ? doc(4, 5, 5) : doc(1, 5, 6)));
    const f1 = wikinewsScores(docs.reduce(addCounts, emptyCounts())).speakers.f1;
    const ci = bootstrapF1(docs, 500, 7);
    expect(ci.speaker[0]).toBeLessThan(f1);
    expect(ci.speaker[1]).toBeGreaterThan(f1);
    expect(ci.speaker[1] - ci.speaker[0]).toBeLessThan(0.3);
    expect(bootstrapF1(docs, 500, 7)).toEqual(ci);
  });
});
