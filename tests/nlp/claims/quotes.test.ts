// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findQuotations, MAX_QUOTE_CHARS } from '../../../src/nlp/claims/quotes.ts';

const quoted = (t: string) => findQuotations(t).map((q) => t.slice(q.start, q.end));

describe('findQuotations', () => {
  it('pairs German „…“, »…«, Swiss «…», ‚…‘, straight and English quotes', () => {
    expect(quoted('Er sagte: „Wir kommen.“')).toEqual(['„Wir kommen.“']);
    expect(quoted('»Nie wieder«, rief sie.')).toEqual(['»Nie wieder«']);
    expect(quoted('«Das ist gut», sagte er.')).toEqual(['«Das ist gut»']);
    expect(quoted('Sie nannte es ‚absurd‘.')).toEqual(['‚absurd‘']);
    expect(quoted('Er sagte "ja" und "nein".')).toEqual(['"ja"', '"nein"']);
    expect(quoted('The “English” style')).toEqual(['“English”']);
    expect(quoted('Auch „so” kommt vor')).toEqual(['„so”']);
  });

  it('returns only the outermost quote when quotes are nested', () => {
    expect(quoted('„Er nannte das „Unsinn“, sagte sie.“ Danach')).toEqual([
      '„Er nannte das „Unsinn“, sagte sie.“',
    ]);
    expect(quoted('„Das ist ‚gut‘ so“')).toEqual(['„Das ist ‚gut‘ so“']);
  });

  it('keeps apostrophes inside quotes and words', () => {
    expect(quoted('Rock’n’Roll und „geht’s noch?“')).toEqual(['„geht’s noch?“']);
  });

  it('drops an unclosed quote at a paragraph break and still pairs later quotes', () => {
    expect(quoted('„Offen ohne Ende\n\nNeuer Absatz „zu“ hier')).toEqual(['„zu“']);
    expect(quoted('Nur ein “ schließendes Zeichen')).toEqual([]);
  });

  it('spans sentences and accepts long quotes up to the limit', () => {
    const long = `„${'Das ist ein Satz. '.repeat(200)}“`;
    expect(long.length).toBeGreaterThan(3000);
    expect(quoted(long)).toEqual([long]);
    const tooLong = `„${'x '.repeat(MAX_QUOTE_CHARS)}“`;
    expect(quoted(tooLong)).toEqual([]);
  });
});
