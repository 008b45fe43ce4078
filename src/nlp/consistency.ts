/**
 * Document-level label consistency: a name tagged as an entity in one sentence is usually the
 * same entity where the tagger missed it elsewhere in the same document ("Minsk" tagged once,
 * missed once). Only capitalised, untagged single tokens that are not common nouns are filled,
 * with the majority label of that word form; the last word of a person name counts as PER.
 */

import { chunkSpans } from './chunks.ts';
import { LEX, type Lexicon } from './lexicon.ts';

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
  sentences.forEach((words, s) => {
    const t = tags[s];
    for (let i = 0; i < words.length; i++) {
      if (t[i] !== 'O') continue;
      const w = words[i];
      // Genitive forms count as the name ("Macrons" after "Macron").
      const m = votes.get(w) ?? (w.length > 3 && w.endsWith('s') ? votes.get(w.slice(0, -1)) : undefined);
      if (!m) continue;
      if (w === '' || (w[0] === w[0].toLowerCase() && !m.has('LOCderiv'))) continue;
      if (lexicon.mask(w) & LEX.COMMON_NOUN) continue;
      let best = '';
      let n = 0;
      for (const [label, count] of m) if (count > n) [best, n] = [label, count];
      // Do not glue onto a neighbouring mention of the same label (would change its extent).
      const prevSame = i > 0 && t[i - 1] !== 'O' && t[i - 1].slice(2) === best;
      const nextSame = i + 1 < t.length && t[i + 1] === `I-${best}`;
      if (!prevSame && !nextSame) t[i] = `B-${best}`;
    }
  });
}
