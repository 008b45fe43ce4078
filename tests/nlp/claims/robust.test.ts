// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/nlp/analyze.ts';
import { findClaims } from '../../../src/nlp/claims/index.ts';
import { findQuotations } from '../../../src/nlp/claims/quotes.ts';
import { CLAIM_KINDS, type Doc, type Sentence, type Token } from '../../../src/nlp/types.ts';

const QUOTE_MARKS = ['„', '“', '”', '"', '»', '«', '‚', '‘', '’'];
const PIECES = [
  ...QUOTE_MARKS,
  'sagte er',
  ', sagte die Ministerin',
  'laut Polizei',
  'nach Angaben der Nachrichtenagentur Xinhua',
  'zufolge',
  'Wie die Stadt mitteilte,',
  'seien',
  'dass',
  '. ',
  '\n\n',
  ': ',
  'Тест',
  '中文',
  'مرحبا',
  '2024',
  'Der Minister',
  'kündigte an',
  ' ',
  '(dpa)',
];

/** Checks the invariants every result must hold. */
function checkClaims(text: string): void {
  const claims = findClaims(createDoc(text));
  for (const c of claims) {
    expect(c.text).toBe(text.slice(c.start, c.end));
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.end).toBeGreaterThan(c.start);
    expect(CLAIM_KINDS).toContain(c.kind);
    expect(Array.isArray(c.via)).toBe(true);
    if (c.speaker?.start !== undefined)
      expect(text.slice(c.speaker.start, c.speaker.end)).toBe(c.speaker.text);
    if (c.checkworthy) {
      expect(c.checkworthy.score).toBeGreaterThanOrEqual(0);
      expect(c.checkworthy.score).toBeLessThanOrEqual(1);
    }
  }
}

describe('bad input', () => {
  it('keeps offsets valid on random mixes of quote marks, cues and scripts', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => checkClaims(t)),
      { numRuns: 300 },
    );
  });

  it('keeps offsets valid on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (t) => checkClaims(t)),
      { numRuns: 200 },
    );
  });

  it('pairs quotes only into non-overlapping, ordered spans that start and end with a mark', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...QUOTE_MARKS), fc.constantFrom('a', ' ', 'Wort', '\n\n', '.')), {
        maxLength: 80,
      })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        let last = -1;
        for (const q of findQuotations(t)) {
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(QUOTE_MARKS).toContain(t[q.start]);
          expect(QUOTE_MARKS).toContain(t[q.end - 1]);
          last = q.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles unbalanced, nested and very long quotes', () => {
    checkClaims('„Das ist „verschachtelt“ und »gemischt« und ohne Ende, sagte er.');
    checkClaims('“ “ “ „ „ „ » « « » " " ‚ ’ ‘');
    const long = `„${'Wir werden weiter machen und nicht aufgeben. '.repeat(80)}“, sagte der Präsident.`;
    expect(long.length).toBeGreaterThan(3000);
    const claims = findClaims(createDoc(long));
    checkClaims(long);
    const direct = claims.find((c) => c.kind === 'direct');
    expect(direct?.speaker?.text).toBe('der Präsident');
  });

  it('handles text without any punctuation and mixed scripts', () => {
    checkClaims(
      'der minister sagte dass die lage ernst sei und die regierung werde handeln laut polizei alles ruhig '.repeat(
        50,
      ),
    );
    checkClaims('Путин sagte „Мы готовы“ und 习近平 erklärte, man sei bereit. مرحبا');
  });

  it('analyses 1 MB of random text without crashing, in time linear in its size', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const alphabet = 'abcdefghijklmnopqrstuvwxyzäöüABCDEFGHIJKLMNOPQRSTUVWXYZ     „“"»«‚‘.,:;!?\n';
    const make = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    // The component alone, on a Doc from a minimal tokenizer: the full createDoc is the NER's to time.
    const time = (t: string) => {
      const doc = minimalDoc(t);
      const t0 = performance.now();
      const claims = findClaims(doc);
      for (const c of claims) if (c.text !== t.slice(c.start, c.end)) throw new Error('bad offsets');
      return performance.now() - t0;
    };
    time(make(50_000)); // warm-up
    const small = time(make(250_000));
    const big = time(make(1_000_000));
    // 4× the input must not cost more than ~10× the time (quadratic would be 16×); generous for CI noise.
    expect(big).toBeLessThan(Math.max(10 * small, 3000));
  }, 60_000);
});

/** A Doc with word/punctuation tokens and sentences ending at . ! ? — enough to drive findClaims. */
function minimalDoc(text: string): Doc {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  const sentences: Sentence[] = [];
  let first = 0;
  tokens.forEach((t, i) => {
    if (/^[.!?]$/.test(t.text) || i === tokens.length - 1) {
      sentences.push({ start: tokens[first].start, end: t.end, tokenStart: first, tokenEnd: i + 1 });
      first = i + 1;
    }
  });
  return { text, tokens, sentences, entities: [], claims: [] };
}
