import { describe, expect, it } from 'vitest';
import { brownPathCode, brownPrefix, FeatureExtractor } from '../../src/nlp/features.ts';
import { Lexicon } from '../../src/nlp/lexicon.ts';

describe('Brown path features', () => {
  it('codes paths with a length bit and cuts prefixes', () => {
    const code = brownPathCode('0110');
    expect(code).toBe(0b10110);
    expect(brownPrefix(code, 2)).toBe(0b101);
    expect(brownPrefix(code, 4)).toBe(code);
    expect(brownPrefix(code, 10)).toBe(code);
    // "0" and "00" differ (the length bit), and paths are cut at 30 bits.
    expect(brownPathCode('0')).not.toBe(brownPathCode('00'));
    expect(brownPathCode('1'.repeat(40))).toBe(2 ** 31 - 1);
  });

  it('adds features for words with a Brown leaf and leaves the k-means ids alone', () => {
    const lexicon = Lexicon.fromEntries([]);
    const table = Lexicon.fromEntries([
      ['berlin', 3 | (1 << 16)],
      ['paris', 3],
    ]);
    const withPaths = new FeatureExtractor({
      lexicon,
      cluster: (w) => table.mask(w),
      brownPaths: Uint32Array.from([brownPathCode('0110')]),
    });
    const without = new FeatureExtractor({ lexicon, cluster: (w) => table.mask(w) });
    const a = withPaths.extract(['Berlin']);
    const b = without.extract(['Berlin']);
    const c = withPaths.extract(['Paris']);
    const d = without.extract(['Paris']);
    expect(a.counts[0]).toBeGreaterThan(b.counts[0]);
    expect([...c.feats.subarray(0, c.counts[0])]).toEqual([...d.feats.subarray(0, d.counts[0])]);
  });
});
