// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';
import type { Claim } from '../../../src/nlp/types.ts';
import { HAS_SHARED, sharedPath } from '../../helpers/shared.ts';
import { claimWith } from './helpers.ts';

/** The speaker's name: the entity's canonical name must contain it (full name once NER supplies it). */
const speakerIs = (c: Claim, name: string) => expect(c.speaker?.canonical ?? '').toContain(name);

describe.skipIf(!HAS_SHARED)('claims in the seed article', () => {
  const text = HAS_SHARED ? readFileSync(sharedPath('seed-article.txt'), 'utf8') : '';
  const claims = HAS_SHARED ? analyze(text).claims : [];

  it('keeps every offset valid', () => {
    for (const c of claims) expect(c.text).toBe(text.slice(c.start, c.end));
  });

  it('finds both direct quotes with speaker, cue and media chain', () => {
    const a = claimWith(claims, 'Unsere ganze Zusammenarbeit');
    expect(a.kind).toBe('direct');
    expect(a.text.startsWith('„Unsere')).toBe(true);
    expect(a.text.endsWith('schützen“')).toBe(true);
    speakerIs(a, 'Lukaschenko');
    expect(a.cue).toBe('sagte');
    expect(a.via).toEqual(['Belta', 'dpa']);
    const b = claimWith(claims, 'Ziel meines Besuchs');
    expect(b.kind).toBe('direct');
    speakerIs(b, 'Li Shangfu');
    expect(b.via).toEqual(['russische Übersetzung', 'dpa']);
  });

  it('finds the reported statements with their speakers', () => {
    const betont = claimWith(claims, 'militärisch vor allem');
    expect(betont.kind).toBe('indirect');
    expect(betont.cue).toBe('betonte');
    speakerIs(betont, 'Lukaschenko');
    const linie = claimWith(claims, 'seien auf einer Linie');
    expect(linie.kind).toBe('indirect');
    speakerIs(linie, 'Lukaschenko');
    const headline = claimWith(claims, 'Belarus verlasse sich auf Russland und China');
    expect(headline.kind).toBe('indirect');
    speakerIs(headline, 'Lukaschenko');
    const russland = claimWith(claims, 'die Kontrolle über die taktischen Atomwaffen');
    expect(russland.kind).toBe('indirect');
    speakerIs(russland, 'Russland');
    const kiew = claimWith(claims, 'Minsk als Kriegspartei');
    expect(kiew.kind).toBe('indirect');
    speakerIs(kiew, 'Kiew');
  });

  it('finds the announcement and the factual claim', () => {
    const an = claimWith(claims, 'Militärmanöver');
    expect(an.kind).toBe('announcement');
    expect(an.cue).toBe('kündigte … an');
    speakerIs(an, 'Lukaschenko');
    const f = claimWith(claims, 'Tausende russische Soldaten');
    expect(f.kind).toBe('factual');
    expect(f.speaker).toBeUndefined();
    expect(f.checkworthy?.reasons).toContain('number');
    expect(f.checkworthy?.score).toBeGreaterThanOrEqual(0.5);
  });
});
