/** Tagging of pre-tokenized sentences (the `kontext tag` format): words in, GermEval BIO tags out. */
import { postprocessTags } from './postprocess.ts';
import { getTagger } from './tagger.ts';

/** Returns one GermEval BIO tag per word of a pre-tokenized sentence. */
export function tagWords(words: readonly string[]): string[] {
  if (words.length === 0) return [];
  const tagger = getTagger();
  return postprocessTags(words, tagger.tag(words), tagger.parts.lexicon);
}
