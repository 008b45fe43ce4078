/**
 * Name normalisation helpers (pure): base forms of inflected names, places behind demonym
 * adjectives and inhabitant nouns. Used by the in-document linker and by the dataset builder
 * to merge entities across articles.
 */
import { countryByAdjective, countryByName } from './countries.ts';
import { erStems } from './features.ts';
import { LEX, type Lexicon } from './lexicon.ts';
import { DEMONYMS, REGION_ADJECTIVES } from './places.ts';

/** Names whose final s is part of the name ("Paris", "Klaus", "Hans"), not a genitive. */
const NOT_GENITIVE = /(?:[iuy]s|ss|[sxzß])s$|(?:[iuy]s|ss|x|z|ß)$/;

const ADJ_ENDINGS = ['en', 'em', 'er', 'es', 'e', ''];

/** Returns the uninflected stem of an adjective form ("belarussischen" → "belarussisch"), lower-cased. */
export function adjectiveStem(word: string): string {
  const w = word.toLowerCase();
  for (const e of ADJ_ENDINGS) {
    if (e && w.endsWith(e) && w.length > e.length + 3) {
      const stem = w.slice(0, -e.length);
      if (stem.endsWith('isch') || stem.endsWith('sch')) return stem;
    }
  }
  return w;
}

/** Returns the place a nationality or region adjective refers to ("russischen" → "Russland"), if any. */
export function placeOfAdjective(word: string): string | undefined {
  const lower = word.toLowerCase();
  // Compound adjectives name their place in the last part ("deutsch-französische" → Frankreich),
  // except prefixed forms the tables know whole ("us-amerikanische").
  const dash = lower.lastIndexOf('-');
  const w = dash > 0 && !REGION_ADJECTIVES[adjectiveStem(lower)] ? lower.slice(dash + 1) : lower;
  for (const e of ADJ_ENDINGS) {
    if (w.length <= e.length + 3 || !w.endsWith(e)) continue;
    const stem = w.slice(0, w.length - e.length);
    const c = countryByAdjective(stem);
    if (c) return c.name;
    const region = REGION_ADJECTIVES[stem];
    if (region) return region;
  }
  return undefined;
}

/** Returns the place of an inhabitant noun ("Franzosen" → "Frankreich"), if known. */
export function placeOfDemonym(word: string): string | undefined {
  return Object.hasOwn(DEMONYMS, word) ? DEMONYMS[word] : undefined;
}

/** Returns the town a capitalised "-er" word derives from ("Moskauer" → "Moskau") if the lexicon knows it. */
export function townOfAdjective(word: string, lexicon: Lexicon): string | undefined {
  if (word.length < 5 || !word.endsWith('er')) return undefined;
  for (const stem of erStems(word)) if (lexicon.mask(stem) & (LEX.TOWN | LEX.COUNTRY)) return stem;
  return undefined;
}

/** Returns the canonical country name for a (possibly genitive) country name ("Chinas" → "China"), if any. */
export function countryName(word: string): string | undefined {
  const c = countryByName(word) ?? (word.endsWith('s') ? countryByName(word.slice(0, -1)) : undefined);
  return c?.name;
}

/**
 * Returns the base form of an inflected proper name: strips the genitive "s" / "'" ("Lukaschenkos"
 * → "Lukaschenko", "Russlands" → "Russland", "Merz'" → "Merz"). `known` lets callers confirm a base
 * form seen elsewhere; without it, names ending in -is/-us/-ss/-x/-z ("Paris", "Klaus") stay intact.
 */
export function baseForm(name: string, known?: (candidate: string) => boolean): string {
  if (name.endsWith("'") || name.endsWith('’')) return name.slice(0, -1);
  if (countryByName(name)) return name;
  if (countryName(name)) return name.slice(0, -1);
  if (name.length > 3 && name.endsWith('s') && !NOT_GENITIVE.test(name)) {
    const cand = name.slice(0, -1);
    if (known ? known(cand) : true) return cand;
  }
  return name;
}
