/** Public API of the German text analysis layer. */
export { type AnalyzeOptions, analyze, createDoc, toAnalysis } from './analyze.ts';
export { findEntities } from './entities.ts';
export { adjectiveStem, baseForm, countryName, placeOfAdjective } from './normalize.ts';
export { splitSentences } from './sentences.ts';
export { MAX_TOKEN_LENGTH, tokenize } from './tokenize.ts';
export type * from './types.ts';
