/**
 * Rules applied to the tagger's output, written from general German grammar and word
 * formation (not from any evaluation text):
 *  - a lower-case nationality/region adjective ("belarussische") is a LOCderiv mention;
 *  - a capitalised "-er" word formed from a known town, before a capitalised noun
 *    ("Kölner Dom", "Moskauer Konferenz"), is a LOCderiv mention;
 *  - a hyphenated compound of an unknown capitalised name and a weapon noun
 *    ("Patriot-Raketen", "Taurus-Marschflugkörper") is an OTH mention (a weapons system).
 */
import { erStemMask } from './features.ts';
import { LEX, type Lexicon } from './lexicon.ts';

/** Role and cue words are never place adjectives, whatever their ending. */
const ROLE_WORDS = LEX.PER_TITLE | LEX.ORG_CUE | LEX.LOC_CUE | LEX.WEAPON_CUE;

function isLowerInitial(w: string): boolean {
  const c = w[0];
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function isUpperInitial(w: string): boolean {
  const c = w[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Returns whether a hyphenated word is "<Name>-<weapon noun>". */
export function isWeaponCompound(word: string, lexicon: Lexicon): boolean {
  const dash = word.lastIndexOf('-');
  if (dash <= 0 || dash === word.length - 1) return false;
  const head = word.slice(dash + 1);
  const headCap = head.charAt(0).toUpperCase() + head.slice(1);
  if (!(lexicon.mask(headCap) & LEX.WEAPON_CUE)) return false;
  const name = word.slice(0, dash);
  const first = name.split('-')[0];
  if (!isUpperInitial(first) && !/^\p{Lu}|\d/u.test(first)) return false;
  // A common noun in front ("Flugabwehr-Raketen", "Atom-Raketen") is not a name.
  return !(lexicon.mask(first) & (LEX.COMMON_NOUN | LEX.NATIONALITY_ADJ | LEX.COUNTRY));
}

/** Returns the tags with rule corrections applied (a new array; the input is not changed). */
export function postprocessTags(
  words: readonly string[],
  tags: readonly string[],
  lexicon: Lexicon,
): string[] {
  const out = [...tags];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.length < 4) continue;
    const mask = lexicon.mask(w);
    const next = words[i + 1];
    // "Kölner" tagged as a place itself: a town adjective (the word is not a town name).
    if (out[i] === 'B-LOC' && out[i + 1] !== 'I-LOC' && next && isUpperInitial(next) && !(mask & LEX.TOWN)) {
      if (erStemMask(w, lexicon) & LEX.TOWN) out[i] = 'B-LOCderiv';
      continue;
    }
    if (out[i] !== 'O') continue;
    if (isLowerInitial(w)) {
      if (mask & LEX.NATIONALITY_ADJ) out[i] = 'B-LOCderiv';
      continue;
    }
    // Town adjectives are also inhabitant nouns ("der Moskauer"), so a common-noun entry is no obstacle.
    if (next && isUpperInitial(next) && !(mask & ROLE_WORDS) && erStemMask(w, lexicon) & LEX.TOWN) {
      out[i] = 'B-LOCderiv';
      continue;
    }
    if (w.includes('-') && isWeaponCompound(w, lexicon)) out[i] = 'B-OTH';
  }
  return out;
}
