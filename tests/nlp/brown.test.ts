import { describe, expect, it } from 'vitest';
import { brownClusters } from '../../scripts/ner/brown.ts';

/** A tiny corpus: animals and verbs occur in the same slots, so each group should share a subtree. */
function corpus(): string[][] {
  const out: string[][] = [];
  const animals = ['hund', 'katze', 'maus', 'pferd'];
  const verbs = ['läuft', 'schläft', 'frisst'];
  const dets = ['der', 'die', 'das'];
  let k = 0;
  for (let rep = 0; rep < 4; rep++)
    for (const a of animals)
      for (const v of verbs) out.push([dets[k++ % 3], a, v, rep % 2 ? 'heute' : 'morgen', '.']);
  return out;
}

describe('brownClusters', () => {
  it('keeps its incremental losses equal to fresh ones (Liang update)', () => {
    expect(() => brownClusters(corpus(), { clusters: 4, verify: true })).not.toThrow();
    expect(() => brownClusters(corpus(), { clusters: 8, verify: true })).not.toThrow();
  });

  it('keeps them equal on a random Zipf-like corpus too', () => {
    let seed = 7;
    const rand = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const text = Array.from({ length: 60 }, () =>
      Array.from({ length: 3 + Math.floor(rand() * 8) }, () => `w${Math.floor(40 * rand() ** 2)}`),
    );
    expect(() => brownClusters(text, { clusters: 6, verify: true })).not.toThrow();
  });

  it('gives every word a path, C distinct leaves, and groups words of one slot', () => {
    const paths = brownClusters(corpus(), { clusters: 5 });
    expect(paths.size).toBe(13);
    expect(new Set(paths.values()).size).toBe(5);
    for (const p of paths.values()) expect(p).toMatch(/^[01]+$/);
    // Words of one slot share a longer prefix with each other than with words of another slot.
    const common = (a: string, b: string): number => {
      const x = paths.get(a) ?? '';
      const y = paths.get(b) ?? '';
      let i = 0;
      while (i < x.length && x[i] === y[i]) i++;
      return i;
    };
    expect(common('hund', 'katze')).toBeGreaterThan(common('hund', 'läuft'));
    expect(common('läuft', 'schläft')).toBeGreaterThan(common('läuft', 'maus'));
  });

  it('drops rare words and is deterministic', () => {
    const a = brownClusters([...corpus(), ['selten', 'hund']], { clusters: 4, minCount: 2 });
    const b = brownClusters([...corpus(), ['selten', 'hund']], { clusters: 4, minCount: 2 });
    expect(a.has('selten')).toBe(false);
    expect([...a]).toEqual([...b]);
  });
});
