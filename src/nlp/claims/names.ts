/**
 * What the entity model's word lists know about a capitalised word (read-only use of the NER
 * lexicon): whether it is a known noun or name, so a sentence-initial adverb ("Vorerst",
 * "Kurzzeitig") is not taken for a speaker.
 */
import { LEX } from '../lexicon.ts';
import { getTagger } from '../tagger.ts';

/** Shortest last part of a compound that is looked up on its own ("Augen|zeugen"). */
const MIN_COMPOUND_PART = 4;

/**
 * Returns true when the word, or the last part of it as a compound ("Korrespondentenberichten" →
 * "Berichten"), is in one of the model's word lists (common nouns, names, places…).
 */
export function isKnownNounOrName(word: string): boolean {
  const lexicon = getTagger().parts.lexicon;
  if (lexicon.mask(word) !== 0) return true;
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0) return lexicon.mask(capitalise(word.slice(hyphen + 1))) !== 0;
  for (let k = 2; k <= word.length - MIN_COMPOUND_PART; k++) {
    if (lexicon.mask(capitalise(word.slice(k))) & LEX.COMMON_NOUN) return true;
  }
  return false;
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Returns true when the word is a known first name. */
export function isFirstName(word: string): boolean {
  return (getTagger().parts.lexicon.mask(word) & LEX.FIRST_NAME) !== 0;
}

/**
 * What kind of noun heads a speaker phrase, from the model's word lists (also as a compound tail:
 * "Regierungs|sprecher"): a role or person noun, an organisation or media noun, a place, or another
 * common noun ("die Meinung", "Vorbehalte") — which rarely speaks.
 */
export function headNounClass(word: string): 'role' | 'org' | 'place' | 'noun' | 'unknown' {
  const lexicon = getTagger().parts.lexicon;
  const classOf = (m: number) =>
    m & LEX.PER_TITLE
      ? 'role'
      : m & (LEX.ORG_CUE | LEX.MEDIA | LEX.PARTY | LEX.ORG_NAME)
        ? 'org'
        : m & (LEX.LOC_CUE | LEX.TOWN | LEX.COUNTRY | LEX.REGION)
          ? 'place'
          : null;
  const own = classOf(lexicon.mask(word));
  if (own) return own;
  for (let k = 2; k <= word.length - MIN_COMPOUND_PART; k++) {
    const tail = classOf(lexicon.mask(capitalise(word.slice(k))));
    if (tail) return tail;
  }
  return lexicon.mask(word) & LEX.COMMON_NOUN ? 'noun' : 'unknown';
}
