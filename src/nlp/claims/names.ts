/**
 * What the entity model's word lists know about a capitalised word (read-only use of the NER
 * lexicon): whether it is a known noun or name, so a sentence-initial adverb ("Vorerst",
 * "Kurzzeitig") is not taken for a speaker.
 */
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

/** Person nouns of public life the title list lacks, also as a compound's tail ("CSU-Politiker"). */
const PERSON_TAIL =
  /(politiker|politikerin|chef|chefin|vize|funktionär|funktionärin|experte|expertin|führer|führerin)$/i;

/**
 * Returns true when the noun names a person's role or office ("Sprecher", "Ministerin"), also as the
 * last part of a compound ("Bundes|ministerin", "Regierungs|sprecher").
 */
export function isPersonRole(word: string): boolean {
  const lexicon = getTagger().parts.lexicon;
  const known = (w: string) =>
    PERSON_TAIL.test(w) ||
    (lexicon.mask(w) & LEX.PER_TITLE) !== 0 ||
    (compoundTailMask(lexicon, w, LEX.PER_TITLE) & LEX.PER_TITLE) !== 0;
  // Genitive and weak forms: "des Kanzlers", "des Präsidenten".
  return (
    known(word) ||
    (word.endsWith('s') && known(word.slice(0, -1))) ||
    (word.endsWith('en') && known(word.slice(0, -2))) ||
    (word.endsWith('n') && known(word.slice(0, -1)))
  );
}
