/** Public API of the German text analysis layer. */
export { type AnalyzeOptions, analyze, createDoc, toAnalysis } from './analyze.ts';
export { mentionLabel, mentionsToBio } from './bio.ts';
export { findEntities } from './entities.ts';
export { TAGS } from './labels.ts';
export { namePart } from './link.ts';
export {
  adjectiveStem,
  baseForm,
  countryName,
  placeOfAdjective,
  placeOfDemonym,
  townOfAdjective,
} from './normalize.ts';
export { splitSentences } from './sentences.ts';
export { tagWords } from './tag-words.ts';
export { getTagger, taggerFromBytes, useTagger } from './tagger.ts';
export { MAX_TOKEN_LENGTH, tokenize } from './tokenize.ts';
export type * from './types.ts';
