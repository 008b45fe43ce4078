// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/nlp/analyze.ts';
import { findClaimDrafts } from '../../../src/nlp/claims/index.ts';
import {
  chooseCandidate,
  type RerankModel,
  rerankSpeakers,
  speakerCandidates,
} from '../../../src/nlp/claims/rerank.ts';

// A made-up report: a Konjunktiv sentence carried over from the mayor, then Werneke's own report.
const TEXT =
  'Der Bürgermeister von Hamburg, Peter Tschentscher, traf sich am Montag mit Vertretern der ' +
  'Gewerkschaft Verdi. Die Stadt werde die Löhne erhöhen. Verdi-Chef Frank Werneke sagte, das sei ein ' +
  'gutes Zeichen.';

const setup = () => {
  const doc = createDoc(TEXT);
  const drafts = findClaimDrafts(doc);
  const carried = drafts.findIndex((d) => d.text === 'Die Stadt werde die Löhne erhöhen');
  const own = drafts.findIndex((d) => d.text === 'das sei ein gutes Zeichen');
  return { doc, drafts, carried, own };
};

describe('speaker re-ranker', () => {
  it('offers the rules’ speaker, named rivals from the sentences before and “no speaker”', () => {
    const { doc, drafts, carried } = setup();
    expect(carried).toBeGreaterThanOrEqual(0);
    expect(drafts[carried].speaker?.canonical).toBe('Peter Tschentscher');
    const all = speakerCandidates(doc, drafts);
    drafts.forEach((d, i) => {
      if (d.kind === 'factual') expect(all[i]).toEqual([]);
    });
    const cands = all[carried];
    expect(cands[0]).toMatchObject({ rule: true, speaker: { canonical: 'Peter Tschentscher' } });
    expect(cands.map((c) => c.speaker?.canonical)).toContain('Verdi');
    const last = cands[cands.length - 1];
    expect(last.rule).toBe(false);
    expect(last.speaker).toBeUndefined();
    // One candidate per name: the mayor is not offered twice.
    expect(cands.filter((c) => c.speaker?.canonical === 'Peter Tschentscher')).toHaveLength(1);
  });

  it('keeps the rules’ choice unless a rival beats it by the margin', () => {
    const { doc, drafts, carried, own } = setup();
    const before = structuredClone(drafts);
    // An empty model changes nothing and hands back the same objects.
    const same = rerankSpeakers(doc, drafts, { weights: {}, margin: 0 });
    for (const [i, d] of same.entries()) expect(d).toBe(drafts[i]);
    // A model that likes organisations: Verdi takes over the carried sentence; Werneke (named as
    // "Verdi-Chef", an organisation mention too) keeps his own report, no rival beats him.
    const orgs: RerankModel = { weights: { 't=ORG': 5 }, margin: 1 };
    const out = rerankSpeakers(doc, drafts, orgs);
    const verdi = out[carried].speaker;
    expect(verdi).toMatchObject({ text: 'Verdi', canonical: 'Verdi' });
    expect(TEXT.slice(verdi?.start, verdi?.end)).toBe('Verdi');
    expect(out[own]).toBe(drafts[own]);
    // A rival must beat the rules' choice by more than the margin.
    const high = rerankSpeakers(doc, drafts, { weights: { 't=ORG': 5 }, margin: 6 });
    expect(high[carried]).toBe(drafts[carried]);
    // "No speaker" is a candidate too.
    const none = rerankSpeakers(doc, drafts, { weights: { 'bias=none': 2 }, margin: 1 });
    expect(none[carried].speaker).toBeUndefined();
    expect(none[own].speaker).toBeUndefined();
    // The input drafts are not touched.
    expect(drafts).toEqual(before);
  });

  it('scores without feature names as the names would (rerankSpeakers and chooseCandidate agree)', () => {
    const { doc, drafts } = setup();
    const all = speakerCandidates(doc, drafts);
    // A model with a weight, by turns positive and negative, on every feature name of the text.
    const names = [...new Set(all.flat().flatMap((c) => c.features))].sort();
    expect(names).toContain('t=ORG');
    expect(names.some((f) => f.startsWith('t|d=PER '))).toBe(true);
    const model: RerankModel = {
      weights: Object.fromEntries(names.map((f, k) => [f, ((k % 7) - 3) / 4])),
      margin: 0.1,
    };
    const out = rerankSpeakers(doc, drafts, model);
    let changed = 0;
    drafts.forEach((d, i) => {
      const cands = all[i];
      if (!cands.length) {
        expect(out[i]).toBe(d);
        return;
      }
      const k = chooseCandidate(cands, model);
      expect(out[i].speaker).toEqual(cands[k].speaker);
      if (!cands[k].rule) changed++;
      expect(out[i].start).toBe(d.start);
      expect(out[i].end).toBe(d.end);
    });
    expect(changed).toBeGreaterThan(0);
  });
});
