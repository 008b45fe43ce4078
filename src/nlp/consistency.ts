/**
 * Document-level label consistency: a name tagged as an entity in one sentence is usually the
 * same entity where the tagger missed it elsewhere in the same document ("Minsk" tagged once,
 * missed once). Only capitalised, untagged single tokens that are not common nouns are filled,
 * with the majority label of that word form; the last word of a person name counts as PER.
 * The same votes correct two tagger slips: a one-word mention whose form is more often another
 * type in the document takes that type, and a prenominal genitive swallowed into a mention
 * ("Lukaschenkos Staatsbesuch" → "Lukaschenkos" + noun) is cut before the common noun.
 */

import { chunkSpans } from './chunks.ts';
import { LEX, type Lexicon } from './lexicon.ts';

/** The most voted label of a word form in a document, its votes and all votes. */
interface Majority {
  label: string;
  n: number;
  total: number;
  labels: ReadonlyMap<string, number>;
}

/** Fills missed repeats of tagged names in place, across all sentences of one document. */
export function enforceConsistency(sentences: string[][], tags: string[][], lexicon: Lexicon): void {
  const votes = new Map<string, Map<string, number>>();
  const vote = (word: string, label: string): void => {
    let m = votes.get(word);
    if (!m) {
      m = new Map();
      votes.set(word, m);
    }
    m.set(label, (m.get(label) ?? 0) + 1);
  };
  sentences.forEach((words, s) => {
    for (const c of chunkSpans(tags[s])) {
      if (c.label.endsWith('part')) continue;
      if (c.end - c.start === 1) vote(words[c.start], c.label);
      else if (c.label === 'PER') vote(words[c.end - 1], 'PER');
    }
  });
  if (votes.size === 0) return;
  /** The votes for a word form; genitive forms count as the name ("Macrons" after "Macron"). */
  const majority = (w: string): Majority | undefined => {
    const m = votes.get(w) ?? (w.length > 3 && w.endsWith('s') ? votes.get(w.slice(0, -1)) : undefined);
    if (!m) return undefined;
    let label = '';
    let n = 0;
    let total = 0;
    for (const [l, count] of m) {
      total += count;
      if (count > n) [label, n] = [l, count];
    }
    return { label, n, total, labels: m };
  };
  for (let s = 0; s < sentences.length; s++) cutGenitives(sentences[s], tags[s], lexicon, majority);
  // Whole multi-word person names (after the genitive cut), to finish one the tagger cut short
  // elsewhere ("Kim Jong" + "Un").
  const personNames = new Set<string>();
  sentences.forEach((words, s) => {
    for (const c of chunkSpans(tags[s]))
      if (c.label === 'PER' && c.end - c.start > 1) personNames.add(words.slice(c.start, c.end).join(' '));
  });
  sentences.forEach((words, s) => {
    const t = tags[s];
    for (const c of chunkSpans(t)) {
      if (c.end - c.start !== 1 || c.label.endsWith('part') || c.label.endsWith('deriv')) continue;
      const maj = majority(words[c.start]);
      // Clear majorities only: at least two other votes, more than for this mention's label.
      if (
        !maj ||
        maj.label === c.label ||
        maj.label.endsWith('deriv') ||
        maj.n < 2 ||
        maj.n <= maj.total - maj.n
      )
        continue;
      t[c.start] = `B-${maj.label}`;
    }
  });
  sentences.forEach((words, s) => {
    const t = tags[s];
    for (let i = 0; i < words.length; i++) {
      if (t[i] !== 'O') continue;
      const w = words[i];
      const maj = majority(w);
      if (!maj) continue;
      if (w === '' || (w[0] === w[0].toLowerCase() && !maj.labels.has('LOCderiv'))) continue;
      if (lexicon.mask(w) & LEX.COMMON_NOUN) continue;
      const best = maj.label;
      // The last word of a person name the document gives in full, right after the rest of it.
      if (best === 'PER' && i > 0 && t[i - 1].endsWith('-PER') && t[i + 1] !== 'I-PER') {
        let a = i - 1;
        while (a > 0 && t[a] === 'I-PER') a--;
        const name = [...words.slice(a, i), w].join(' ');
        if (personNames.has(name) || (w.endsWith('s') && personNames.has(name.slice(0, -1)))) {
          t[i] = 'I-PER';
          continue;
        }
      }
      // Do not glue onto a neighbouring mention of the same label (would change its extent).
      const prevSame = i > 0 && t[i - 1] !== 'O' && t[i - 1].slice(2) === best;
      const nextSame = i + 1 < t.length && t[i + 1] === `I-${best}`;
      if (!prevSame && !nextSame) t[i] = `B-${best}`;
    }
  });
}

/** Name classes a word of a mention may have; a word with none of them is a plain common noun. */
const NAME_BITS =
  LEX.FIRST_NAME |
  LEX.SURNAME |
  LEX.TOWN |
  LEX.COUNTRY |
  LEX.REGION |
  LEX.ORG_NAME |
  LEX.PARTY |
  LEX.MEDIA |
  LEX.OTH_NAME |
  LEX.ORG_CUE |
  LEX.LOC_CUE;

/**
 * Cuts "[Name]s Noun…" mentions after the genitive when the name is known from the document
 * and the rest are plain common nouns: a prenominal genitive qualifies the noun, it is not part
 * of one name. The genitive keeps the document's majority label for it.
 */
function cutGenitives(
  words: readonly string[],
  t: string[],
  lexicon: Lexicon,
  majority: (w: string) => Majority | undefined,
): void {
  for (const c of chunkSpans(t)) {
    if (c.end - c.start < 2 || c.label.endsWith('part') || c.label.endsWith('deriv')) continue;
    for (let k = c.start; k < c.end - 1; k++) {
      const w = words[k];
      if (w.length < 4 || !w.endsWith('s')) continue;
      const maj = majority(w);
      if (!maj || maj.label.endsWith('deriv') || maj.label.endsWith('part')) continue;
      let nouns = true;
      for (let j = k + 1; j < c.end && nouns; j++) nouns = isPlainNoun(words[j], lexicon);
      if (!nouns) continue;
      for (let j = k + 1; j < c.end; j++) t[j] = 'O';
      if (k === c.start) t[k] = `B-${maj.label}`;
      break;
    }
  }
}

/** Returns whether a word is a common noun and no name, also as a compound ("Staatsbesuch" → "Besuch"). */
function isPlainNoun(word: string, lexicon: Lexicon): boolean {
  const m = lexicon.mask(word);
  if (m & NAME_BITS) return false;
  if (m & LEX.COMMON_NOUN) return true;
  if (m !== 0 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  for (let cut = 3; cut <= word.length - 4; cut++) {
    const tail = word.charAt(cut).toUpperCase() + word.slice(cut + 1);
    const t = lexicon.mask(tail);
    if (t & LEX.COMMON_NOUN && !(t & NAME_BITS)) return true;
  }
  return false;
}
