/** Word clusters for the tagger features (placeholder until clustering lands: none). */
import { Lexicon } from '../../src/nlp/lexicon.ts';

/** Returns the word → cluster id table. */
export function buildClusters(): Lexicon {
  return Lexicon.fromEntries([]);
}
