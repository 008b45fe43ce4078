import { describe, expect, it } from 'vitest';
import { chunkSpans } from '../../src/content/chunks.ts';

describe('chunkSpans', () => {
  const blocks = [
    { start: 0, end: 40 },
    { start: 42, end: 90 },
    { start: 92, end: 130 },
    { start: 132, end: 300 },
    { start: 302, end: 320 },
  ];
  it('returns one chunk when the text fits', () => {
    expect(chunkSpans(blocks, 0, 320, 1000)).toEqual([{ start: 0, end: 320 }]);
  });
  it('cuts only at block boundaries and covers every block', () => {
    const chunks = chunkSpans(blocks, 0, 320, 100);
    expect(chunks).toEqual([
      { start: 0, end: 90 },
      { start: 92, end: 130 },
      { start: 132, end: 300 },
      { start: 302, end: 320 },
    ]);
    for (const b of blocks) expect(chunks.some((c) => c.start <= b.start && b.end <= c.end)).toBe(true);
  });
  it('chunks only the requested (late) part', () => {
    expect(chunkSpans(blocks, 92, 320, 100)[0]).toEqual({ start: 92, end: 130 });
    expect(chunkSpans(blocks, 320, 320, 100)).toEqual([]);
  });
  it('refuses a non-positive limit', () => {
    expect(() => chunkSpans(blocks, 0, 320, 0)).toThrow(RangeError);
  });
});
