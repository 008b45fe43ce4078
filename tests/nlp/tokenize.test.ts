import { describe, expect, it } from 'vitest';
import { MAX_TOKEN_LENGTH, tokenize } from '../../src/nlp/tokenize.ts';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps abbreviations with their period', () => {
    expect(words('Dr. Müller kam z. B. mit u. a. Nr. 5 usw. an')).toEqual([
      'Dr.',
      'Müller',
      'kam',
      'z.',
      'B.',
      'mit',
      'u.',
      'a.',
      'Nr.',
      '5',
      'usw.',
      'an',
    ]);
    expect(words('ca. 3 Mio. bzw. 2 Mrd. Euro, z.B. heute')).toEqual([
      'ca.',
      '3',
      'Mio.',
      'bzw.',
      '2',
      'Mrd.',
      'Euro',
      ',',
      'z.B.',
      'heute',
    ]);
  });

  it('treats ordinals before months and nouns as one token, final numbers not', () => {
    expect(words('Am 1. August und am 3. Oktober')).toEqual([
      'Am',
      '1.',
      'August',
      'und',
      'am',
      '3.',
      'Oktober',
    ]);
    expect(words('im 2. Weltkrieg')).toEqual(['im', '2.', 'Weltkrieg']);
    expect(words('Das war 2024. Danach')).toEqual(['Das', 'war', '2024', '.', 'Danach']);
    expect(words('Es waren 5. Dann')).toEqual(['Es', 'waren', '5', '.', 'Dann']);
  });

  it('splits every quotation mark off', () => {
    expect(words('„Wir müssen schützen.“ «Ja» ‹nein› ‚so‘ "hier" \'da\'')).toEqual([
      '„',
      'Wir',
      'müssen',
      'schützen',
      '.',
      '“',
      '«',
      'Ja',
      '»',
      '‹',
      'nein',
      '›',
      '‚',
      'so',
      '‘',
      '"',
      'hier',
      '"',
      "'",
      'da',
      "'",
    ]);
  });

  it('keeps hyphenated compounds and truncations', () => {
    expect(words('Iskander-Raketen beim Nato-Gipfel, sagte der CDU-Chef')).toEqual([
      'Iskander-Raketen',
      'beim',
      'Nato-Gipfel',
      ',',
      'sagte',
      'der',
      'CDU-Chef',
    ]);
    expect(words('Ein- und Ausfuhr')).toEqual(['Ein-', 'und', 'Ausfuhr']);
    expect(words('Sie kam – endlich')).toEqual(['Sie', 'kam', '–', 'endlich']);
  });

  it('keeps numbers with separators', () => {
    expect(words('1.000,5 Euro, 2,5 Prozent, 10.000 Menschen, 10:30 Uhr')).toEqual([
      '1.000,5',
      'Euro',
      ',',
      '2,5',
      'Prozent',
      ',',
      '10.000',
      'Menschen',
      ',',
      '10:30',
      'Uhr',
    ]);
    expect(words('Es kostet 1.000.')).toEqual(['Es', 'kostet', '1.000', '.']);
  });

  it('keeps URLs, e-mails and domains whole and strips trailing punctuation', () => {
    expect(words('Siehe https://www.tagesschau.de/a?b=1, oder (www.zeit.de). Mail: info@dpa.de.')).toEqual([
      'Siehe',
      'https://www.tagesschau.de/a?b=1',
      ',',
      'oder',
      '(',
      'www.zeit.de',
      ')',
      '.',
      'Mail',
      ':',
      'info@dpa.de',
      '.',
    ]);
    expect(words('laut Spiegel.de heute')).toEqual(['laut', 'Spiegel.de', 'heute']);
  });

  it('gives exact offsets and skips invisible characters', () => {
    const text = 'A\u200bB \u202eC\u202c 😀👍🏽 e\u0301';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(words(text)).toEqual(['A', 'B', 'C', '😀', '👍', '🏽', 'e\u0301']);
  });

  it('cuts very long runs into bounded tokens', () => {
    const text = 'x'.repeat(1000);
    const toks = tokenize(text);
    expect(toks.every((t) => t.text.length <= MAX_TOKEN_LENGTH)).toBe(true);
    expect(toks.map((t) => t.text).join('')).toBe(text);
  });

  it('returns nothing for empty or blank input and rejects non-strings', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
    expect(() => tokenize(undefined as unknown as string)).toThrow(TypeError);
  });
});
