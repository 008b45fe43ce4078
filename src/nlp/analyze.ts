/**
 * The analysis pipeline (spaCy-like): tokenize → sentences → entities → claims over one Doc,
 * and the projection of a Doc to the public `Analysis` shape.
 */
import { findClaims } from './claims/index.ts';
import { findEntities } from './entities.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokenize.ts';
import type { Analysis, Doc } from './types.ts';

export interface AnalyzeOptions {
  /** Include token spans in the result (off by default: they are large). */
  tokens?: boolean;
}

/** Returns a Doc with tokens, sentences and entities (claims still empty). */
export function createDoc(text: string): Doc {
  if (typeof text !== 'string') throw new TypeError('createDoc: text must be a string');
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const entities = findEntities(text, tokens, sentences);
  return { text, tokens, sentences, entities, claims: [] };
}

/** Returns the Analysis of `text`: sentences, entities and claims (tokens only if asked). */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const doc = createDoc(text);
  doc.claims = findClaims(doc);
  return toAnalysis(doc, options);
}

/** Returns the public Analysis projection of a Doc. */
export function toAnalysis(doc: Doc, options: AnalyzeOptions = {}): Analysis {
  const analysis: Analysis = {
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: doc.entities,
    claims: doc.claims,
  };
  if (options.tokens) analysis.tokens = doc.tokens.map((t) => ({ start: t.start, end: t.end }));
  return analysis;
}
