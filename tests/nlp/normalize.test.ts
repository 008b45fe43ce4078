import { describe, expect, it } from 'vitest';
import {
  adjectiveStem,
  baseForm,
  countryName,
  placeOfAdjective,
  placeOfDemonym,
  townOfAdjective,
} from '../../src/nlp/normalize.ts';
import { getTagger } from '../../src/nlp/tagger.ts';

describe('normalisation helpers', () => {
  it('strips genitive endings from names', () => {
    expect(baseForm('Merkels')).toBe('Merkel');
    expect(baseForm('Frankreichs')).toBe('Frankreich');
    expect(baseForm('Obamas')).toBe('Obama');
    expect(baseForm("Strauß'")).toBe('Strauß');
    expect(baseForm('Paris')).toBe('Paris');
    expect(baseForm('Klaus')).toBe('Klaus');
    expect(baseForm('Hans', (c) => c === 'Han')).toBe('Han');
    expect(baseForm('Hans', () => false)).toBe('Hans');
  });

  it('maps nationality and region adjectives to places', () => {
    expect(placeOfAdjective('französischen')).toBe('Frankreich');
    expect(placeOfAdjective('ukrainische')).toBe('Ukraine');
    expect(placeOfAdjective('amerikanischer')).toBe('USA');
    expect(placeOfAdjective('europäischen')).toBe('Europa');
    expect(placeOfAdjective('bayerische')).toBe('Bayern');
    expect(placeOfAdjective('schnellen')).toBeUndefined();
    expect(adjectiveStem('polnischen')).toBe('polnisch');
  });

  it('maps inhabitant nouns and town adjectives to places', () => {
    expect(placeOfDemonym('Franzosen')).toBe('Frankreich');
    expect(placeOfDemonym('Haus')).toBeUndefined();
    const lexicon = getTagger().parts.lexicon;
    expect(townOfAdjective('Kölner', lexicon)).toBe('Köln');
    expect(townOfAdjective('Münchner', lexicon)).toBe('München');
    expect(townOfAdjective('Pariser', lexicon)).toBe('Paris');
    expect(townOfAdjective('Leiter', lexicon)).toBeUndefined();
  });

  it('knows everyday country names', () => {
    expect(countryName('Russlands')).toBe('Russland');
    expect(countryName('Vereinigte Staaten')).toBe('USA');
    expect(countryName('Weißrussland')).toBe('Belarus');
    expect(countryName('Haus')).toBeUndefined();
  });
});
