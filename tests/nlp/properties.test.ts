import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/analyze.ts';
import { splitSentences } from '../../src/nlp/sentences.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';

const NASTY = [
  ' ',
  '\n',
  '\n\n',
  '.',
  ',',
  '„',
  '“',
  '"',
  "'",
  '-',
  '–',
  'Dr.',
  'z. B.',
  '1.',
  '2,5',
  'Nato-Gipfel',
  'http://a.de/x',
  'a@b.de',
  '😀',
  '👍🏽',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\r\n',
  '<p>',
  '</div>',
  'Россия',
  'حلب',
  '中国',
  'e\u0301',
  '\ud800',
  '\udc00',
  'Putin',
  'Russland',
  'belarussische',
  'Lukaschenkos',
  '!?',
  '…',
  'x'.repeat(300),
];
const nastyText = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.string(), fc.string({ unit: 'binary' })), { maxLength: 60 })
  .map((a) => a.join(''));

describe('offset invariants (property-based)', () => {
  it('tokens are ordered, non-empty, in range and match the text', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          last = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sentences partition the tokens and entities match the text', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const toks = tokenize(text);
        const sents = splitSentences(text, toks);
        let next = 0;
        for (const s of sents) {
          expect(s.tokenStart).toBe(next);
          expect(s.start).toBe(toks[s.tokenStart].start);
          expect(s.end).toBe(toks[s.tokenEnd - 1].end);
          next = s.tokenEnd;
        }
        expect(next).toBe(toks.length);
        const a = analyze(text);
        for (const m of a.entities) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 200 },
    );
  });
});
