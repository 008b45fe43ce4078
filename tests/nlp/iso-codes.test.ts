import { describe, expect, it } from 'vitest';
import { isoCodeEntries } from '../../scripts/ner/iso-codes.ts';
import { LEX } from '../../src/nlp/lexicon.ts';

describe('ISO gazetteer entries', () => {
  const entries = isoCodeEntries(
    {
      countries: ['Österreich', 'Bosnien und Herzegowina'],
      formerCountries: ['Jugoslawien'],
      subdivisions: ['Thurgau', 'Nordost', 'Ain', 'Krone', 'Sachsen-Anhalt'],
      currencies: ['Algerischer Dinar', 'Bahama-Dollar', 'Dänische Krone'],
      languages: ['Abchasisch', 'Bantusprachen'],
    },
    new Set(['Krone']),
  );
  const bits = new Map<string, number>();
  for (const [w, b] of entries) bits.set(w, (bits.get(w) ?? 0) | b);

  it('maps each list to its lexicon class and keeps multi-word names whole', () => {
    expect(bits.get('Österreich')).toBe(LEX.COUNTRY);
    expect(bits.get('Bosnien und Herzegowina')).toBe(LEX.COUNTRY);
    expect(bits.has('und')).toBe(false);
    expect(bits.get('Jugoslawien')).toBe(LEX.COUNTRY);
    expect(bits.get('Thurgau')).toBe(LEX.REGION);
    expect(bits.get('Sachsen-Anhalt')).toBe(LEX.REGION);
    expect(bits.get('Abchasisch')).toBe(LEX.OTH_NAME);
  });

  it('adds currency head nouns and leaves out common nouns, compass words and short names', () => {
    expect(bits.get('Algerischer Dinar')).toBe(LEX.OTH_NAME);
    expect(bits.get('Dinar')).toBe(LEX.OTH_NAME);
    expect(bits.get('Dollar')).toBe(LEX.OTH_NAME);
    expect(bits.has('Krone')).toBe(false);
    expect(bits.get('Dänische Krone')).toBe(LEX.OTH_NAME);
    expect(bits.has('Nordost')).toBe(false);
    expect(bits.has('Ain')).toBe(false);
    expect(bits.has('Bantusprachen')).toBe(false);
  });
});
