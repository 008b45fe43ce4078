/**
 * What the entity model's word lists know about a capitalised word (read-only use of the NER
 * lexicon): whether it is a known noun or name, so a sentence-initial adverb ("Vorerst",
 * "Kurzzeitig") is not taken for a speaker.
 */
import { isPersonTitle } from '../descriptors.ts';
import { compoundTailMask, LEX } from '../lexicon.ts';
import { getTagger } from '../tagger.ts';

/** Shortest last part of a compound that is looked up on its own ("Augen|zeugen"). */
const MIN_COMPOUND_PART = 4;

/**
 * Returns true when the word, or the last part of it as a compound ("Korrespondentenberichten" →
 * "Berichten"), is in one of the model's word lists (common nouns, names, places…).
 */
export function isKnownNounOrName(word: string): boolean {
  const lexicon = getTagger().parts.lexicon;
  return (
    lexicon.mask(word) !== 0 || compoundTailMask(lexicon, word, LEX.COMMON_NOUN, 2, MIN_COMPOUND_PART) !== 0
  );
}

/** Returns true when the word is a known first name. */
export function isFirstName(word: string): boolean {
  return (getTagger().parts.lexicon.mask(word) & LEX.FIRST_NAME) !== 0;
}

/**
 * Returns true when the noun names a person's role or office ("Sprecher", "Bundesministerin", "des
 * Kanzlers", "CSU-Politiker"): the entity model's title list, read as the descriptors read it.
 */
export function isPersonRole(word: string): boolean {
  return isPersonTitle(word, getTagger().parts.lexicon);
}
