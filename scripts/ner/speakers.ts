/**
 * Distant supervision from quotation speakers (experiment of round four, `--speakers a|b`):
 * the gold speaker spans of Wikinews quotes **train** (never its dev or test annotations) that
 * contain names become partially labelled sentences. A name word of the speaker span must be
 * B-/I- of PER or ORG, whichever the model prefers (Perceptron.latentGold); the other words are
 * free (variant a) or, variant b, O unless capitalised (deriv adjectives filled in by the rules).
 *
 * A speaker word counts as a name if it is capitalised, has no digit, is no common noun (also as
 * a compound tail: "Bundestagspräsident", "US-Präsident"), no known place, nationality word or
 * town adjective ("Berliner"), and its lower-case form never occurs in the corpus text ("Der",
 * "Er", "Politischen"); known organisations, parties and media always count.
 */

import { TAG_COUNT, tagIndex } from '../../src/nlp/labels.ts';
import { LEX, type Lexicon } from '../../src/nlp/lexicon.ts';
import { townOfAdjective } from '../../src/nlp/normalize.ts';
import { postprocessTags } from '../../src/nlp/postprocess.ts';
import { readWikinews } from '../claims/read-corpora.ts';
import type { TaggedSentence } from './corpora.ts';

const ANY = (2 ** TAG_COUNT - 1) >>> 0;
const PER_OR_ORG =
  (1 << tagIndex('B-PER')) | (1 << tagIndex('I-PER')) | (1 << tagIndex('B-ORG')) | (1 << tagIndex('I-ORG'));
const ORG_BITS = LEX.ORG_NAME | LEX.PARTY | LEX.MEDIA;
const PLACE_BITS = LEX.TOWN | LEX.COUNTRY | LEX.REGION | LEX.NATIONALITY_ADJ | LEX.DEMONYM;

const NOUN_SUFFIX = /(ung|heit|keit|schaft|tion|tät|ismus|ender|ierter|igter)(s|en|es|n)?$/;

/** Returns whether a word is a dictionary noun, also inflected or as a compound tail. */
function isNoun(word: string, lexicon: Lexicon): boolean {
  if (NOUN_SUFFIX.test(word)) return true;
  const known = (w: string): boolean =>
    [w, w.replace(/(es|en|s|n|r)$/, '')].some((f) => (lexicon.mask(f) & LEX.COMMON_NOUN) !== 0);
  if (known(word)) return true;
  const parts = word.split('-');
  const last = parts[parts.length - 1];
  if (parts.length > 1 && last && known(last.charAt(0).toUpperCase() + last.slice(1))) return true;
  for (let cut = 3; cut <= word.length - 4; cut++)
    if (known(word.charAt(cut).toUpperCase() + word.slice(cut + 1))) return true;
  return false;
}

/** Returns whether a speaker word is taken as (part of) a name. */
function isNameWord(word: string, lexicon: Lexicon, lowerSeen: Set<string>): boolean {
  if (!/^\p{Lu}/u.test(word) || /\d/.test(word) || lowerSeen.has(word.toLowerCase())) return false;
  if (word.endsWith('-') || (word.endsWith('.') && word.length > 2)) return false; // "Außen-", "Nr."
  const m = lexicon.mask(word) | (word.endsWith('s') ? lexicon.mask(word.slice(0, -1)) : 0);
  if (m & ORG_BITS) return true;
  // Surname lists hold many nouns and places ("Berg", "Wien"): those words stay free.
  if (m & PLACE_BITS || isNoun(word, lexicon) || townOfAdjective(word, lexicon)) return false;
  return true;
}

/** Returns the partially labelled speaker sentences of Wikinews quotes train. */
export function loadSpeakers(weight: number, lexicon: Lexicon, variant: 'a' | 'b'): TaggedSentence[] {
  const docs = readWikinews('train');
  const lowerSeen = new Set<string>();
  for (const d of docs)
    for (let i = 0; i < d.tokens.length; i++) {
      const t = d.tokens[i].text;
      if (/^\p{Ll}/u.test(t)) lowerSeen.add(t);
    }
  const out: TaggedSentence[] = [];
  for (const d of docs) {
    const nameTokens = new Set<number>();
    for (const a of d.annotations)
      for (const id of a.speaker?.tokenIds ?? [])
        if (isNameWord(d.tokens[id].text, lexicon, lowerSeen)) nameTokens.add(id);
    if (nameTokens.size === 0) continue;
    const bySentence = new Map<number, number[]>();
    d.tokens.forEach((t, i) => {
      const list = bySentence.get(t.sentence);
      if (list) list.push(i);
      else bySentence.set(t.sentence, [i]);
    });
    for (const ids of bySentence.values()) {
      if (!ids.some((i) => nameTokens.has(i)) || ids.length > 150) continue;
      const words = ids.map((i) => d.tokens[i].text);
      const tags =
        variant === 'b'
          ? postprocessTags(
              words,
              words.map(() => 'O'),
              lexicon,
            )
          : words.map(() => 'O');
      const free = Uint32Array.from(ids, (id, k) => {
        if (nameTokens.has(id)) return PER_OR_ORG;
        if (variant === 'a' || /^\p{Lu}/u.test(words[k])) return ANY;
        return 0;
      });
      out.push({ words, tags, weight, source: 'wikinews-speakers', free });
    }
  }
  return out;
}
