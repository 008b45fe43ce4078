/** Tagging of pre-tokenized sentences (the `kontext tag` format): words in, GermEval BIO tags out. */
import { postprocessTags } from './postprocess.ts';
import { getTagger } from './tagger.ts';
import type { TaggerModel } from './tagger-model.ts';

/** Returns one GermEval BIO tag per word of a pre-tokenized sentence (shipped tagger unless given). */
export function tagWords(words: readonly string[], tagger: TaggerModel = getTagger()): string[] {
  if (words.length === 0) return [];
  return postprocessTags(words, tagger.tag(words), tagger.parts.lexicon);
}
