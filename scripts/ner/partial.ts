/**
 * Partial annotation for the out-of-domain corpora. They label persons, places and
 * organisations but never GermEval's OTH (works, products, currencies, events), so their "O" on
 * such a word is a missing label, not a negative one. Training lets these words be O or OTH,
 * whichever the model prefers (see Perceptron.latentGold), instead of teaching "Euro is O".
 */
import { shortQuotes } from '../../src/nlp/features.ts';
import { tagIndex } from '../../src/nlp/labels.ts';
import { LEX, type Lexicon } from '../../src/nlp/lexicon.ts';
import { CURRENCY_SIGNS } from '../../src/nlp/postprocess.ts';

const O_OR_OTH = (1 << tagIndex('O')) | (1 << tagIndex('B-OTH')) | (1 << tagIndex('I-OTH'));
/** Words whose lexicon classes say what they are; anything else capitalised is unknown. */
const KNOWN = ~(LEX.OTH_NAME as number);

/** Returns the free-word masks of a sentence, or undefined when no word is free. */
export function freeOthMask(
  words: readonly string[],
  tags: readonly string[],
  lexicon: Lexicon,
  unknownInQuotes = false,
): Uint32Array | undefined {
  const free = new Uint32Array(words.length);
  const quoted = unknownInQuotes ? shortQuotes(words) : undefined;
  let any = false;
  for (let i = 0; i < words.length; i++) {
    if (tags[i] !== 'O') continue;
    const w = words[i];
    const mask = lexicon.mask(w);
    // An unknown capitalised word inside a short quotation is likely a title ("Cloud Nine").
    const unknownName = quoted !== undefined && quoted[i] !== 0 && /^\p{Lu}/u.test(w) && (mask & KNOWN) === 0;
    const modelNumber = i > 0 && free[i - 1] !== 0 && /^\d[\d.]*$/.test(w);
    if (mask & LEX.OTH_NAME || CURRENCY_SIGNS.has(w) || unknownName || modelNumber) {
      free[i] = O_OR_OTH;
      any = true;
    }
  }
  return any ? free : undefined;
}
