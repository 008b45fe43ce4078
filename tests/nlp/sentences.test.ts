import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';

const sentences = (text: string): string[] =>
  splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not split at abbreviations and ordinals', () => {
    expect(sentences('Dr. Meier kam am 3. Oktober z. B. mit Prof. Huber. Dann ging er.')).toEqual([
      'Dr. Meier kam am 3. Oktober z. B. mit Prof. Huber.',
      'Dann ging er.',
    ]);
  });

  it('keeps closing quotes with the sentence they close', () => {
    expect(sentences('Er sagte: „Wir müssen das schützen.“ Danach ging er.')).toEqual([
      'Er sagte: „Wir müssen das schützen.“',
      'Danach ging er.',
    ]);
    expect(sentences('„Wir kommen!“, sagte sie. „Gut?“ fragte er.')).toEqual([
      '„Wir kommen!“, sagte sie.',
      '„Gut?“ fragte er.',
    ]);
  });

  it('ends headlines at line breaks and paragraphs at blank lines', () => {
    expect(
      sentences('Merz: Union bleibt stabil\nDie Union will…\n\nNeuer Absatz ohne Punkt\n\nEnde'),
    ).toEqual(['Merz: Union bleibt stabil', 'Die Union will…', 'Neuer Absatz ohne Punkt', 'Ende']);
  });

  it('continues hard-wrapped lines that go on in lower case', () => {
    expect(sentences('Die Regierung hat am Montag\nbeschlossen, dass es so bleibt.')).toEqual([
      'Die Regierung hat am Montag\nbeschlossen, dass es so bleibt.',
    ]);
  });

  it('splits after sentence-final abbreviations before a capital', () => {
    expect(sentences('Er kaufte Brot, Milch usw. Danach ging er.')).toEqual([
      'Er kaufte Brot, Milch usw.',
      'Danach ging er.',
    ]);
  });

  it('covers every token exactly once', () => {
    const text = 'A. B. C! „D?“ e. F…\n\nG';
    const toks = tokenize(text);
    const sents = splitSentences(text, toks);
    let next = 0;
    for (const s of sents) {
      expect(s.tokenStart).toBe(next);
      expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
      next = s.tokenEnd;
    }
    expect(next).toBe(toks.length);
    expect(splitSentences('', [])).toEqual([]);
  });
});
