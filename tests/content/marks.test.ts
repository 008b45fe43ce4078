import { describe, expect, it } from 'vitest';
import {
  compareMarks,
  isShown,
  type Mark,
  marksAt,
  marksFromResult,
  shownSorted,
  stepMark,
} from '../../src/content/marks.ts';
import { fakeAnalyze } from './fake-result.ts';

const TEXT = 'Lukaschenko sagte in Minsk: „Belarus und China sind Freunde.“ Li Shangfu nickte.';
const NAMES = {
  Lukaschenko: 'PER',
  Minsk: 'LOC',
  Belarus: 'LOC',
  China: 'LOC',
  'Li Shangfu': 'PER',
} as const;

function marks(offset = 0): Mark[] {
  return marksFromResult(fakeAnalyze(TEXT, NAMES), offset, { entities: 0, claims: 0 });
}

describe('marksFromResult', () => {
  it('keeps offsets, ids and summaries, shifted by the chunk offset', () => {
    const shifted = marksFromResult(fakeAnalyze(TEXT, NAMES), 100, { entities: 7, claims: 2 });
    const luka = shifted.find((m) => m.kind === 'entity' && m.mention.text === 'Lukaschenko');
    expect(luka).toMatchObject({ start: 100, end: 111, index: 7, entityId: 'id:Lukaschenko' });
    expect(luka?.kind === 'entity' && luka.summary?.articleCount).toBe(3);
    const claim = shifted.find((m) => m.kind === 'claim');
    expect(claim?.index).toBe(2);
    expect(claim && TEXT.slice(claim.start - 100, claim.end - 100)).toBe('„Belarus und China sind Freunde.“');
  });

  it('refuses a reply whose ids do not line up with its mentions', () => {
    const bad = fakeAnalyze(TEXT, NAMES);
    bad.entityIds.pop();
    expect(() => marksFromResult(bad, 0, { entities: 0, claims: 0 })).toThrow(RangeError);
  });
});

describe('marksAt (hit preference)', () => {
  const sorted = marks().sort(compareMarks);
  it('prefers the entity over the claim that contains it', () => {
    const inChina = TEXT.indexOf('China') + 2;
    const hits = marksAt(sorted, inChina);
    expect(hits.map((m) => m.kind)).toEqual(['entity', 'claim']);
    expect(hits[0].kind === 'entity' && hits[0].mention.text).toBe('China');
  });
  it('returns the claim alone between names inside a quote', () => {
    const hits = marksAt(sorted, TEXT.indexOf('sind'));
    expect(hits).toHaveLength(1);
    expect(hits[0].kind).toBe('claim');
  });
  it('treats spans as half-open', () => {
    expect(marksAt(sorted, TEXT.indexOf(' sagte'))).toEqual([]);
    expect(marksAt(sorted, 0)[0].kind === 'entity').toBe(true);
  });
});

describe('settings filters and stepping', () => {
  const all = marks();
  it('hides entity types and claim kinds the reader switched off', () => {
    const onlyPer = shownSorted(all, { entityTypes: ['PER'], claimKinds: [] });
    expect(onlyPer.map((m) => (m.kind === 'entity' ? m.mention.text : m.kind))).toEqual([
      'Lukaschenko',
      'Li Shangfu',
    ]);
    const claimsOnly = all.filter((m) => isShown(m, { entityTypes: [], claimKinds: ['direct'] }));
    expect(claimsOnly.every((m) => m.kind === 'claim')).toBe(true);
  });

  it('steps forward and backward in document order and wraps around', () => {
    const sorted = shownSorted(all, { entityTypes: ['PER', 'LOC'], claimKinds: ['direct'] });
    const names = sorted.map((m) => (m.kind === 'entity' ? m.mention.text : 'QUOTE'));
    expect(names).toEqual(['Lukaschenko', 'Minsk', 'QUOTE', 'Belarus', 'China', 'Li Shangfu']);
    let cur: Mark | null = null;
    const seen: Mark[] = [];
    for (let i = 0; i < sorted.length + 1; i++) {
      cur = stepMark(sorted, cur, 'next');
      seen.push(cur!);
    }
    expect(seen.slice(0, sorted.length)).toEqual(sorted);
    expect(seen[sorted.length]).toBe(sorted[0]);
    expect(stepMark(sorted, null, 'prev')).toBe(sorted[sorted.length - 1]);
    expect(stepMark(sorted, sorted[0], 'prev')).toBe(sorted[sorted.length - 1]);
    expect(stepMark([], null, 'next')).toBeNull();
  });

  it('continues from a mark that was filtered away', () => {
    const withMinsk = shownSorted(all, { entityTypes: ['PER', 'LOC'], claimKinds: [] });
    const minsk = withMinsk.find((m) => m.kind === 'entity' && m.mention.text === 'Minsk')!;
    const perOnly = shownSorted(all, { entityTypes: ['PER'], claimKinds: [] });
    const next = stepMark(perOnly, minsk, 'next');
    const prev = stepMark(perOnly, minsk, 'prev');
    expect(next?.kind === 'entity' && next.mention.text).toBe('Li Shangfu');
    expect(prev?.kind === 'entity' && prev.mention.text).toBe('Lukaschenko');
  });
});
