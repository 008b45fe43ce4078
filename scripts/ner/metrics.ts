/**
 * Strict chunk-level NER evaluation (CoNLL style): a predicted chunk counts only if type, start
 * and end all match. Scores per label, micro-averaged over the 4 base types (deriv/part chunks
 * dropped on both sides) and over all 12 labels.
 */

import { type ChunkSpan, chunkSpans } from '../../src/nlp/chunks.ts';

/** A labelled token range (the pipeline's own chunking, so evaluation and tagging agree). */
export type Chunk = ChunkSpan;

/** Returns the chunks of a BIO tag sequence (I- without a matching start opens a chunk). */
export const chunks = chunkSpans;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  perLabel: Map<string, Counts>;
  base4: Counts;
  all12: Counts;
}

/** Returns precision, recall and F1 (in %) of counts. */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? (100 * c.tp) / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? (100 * c.tp) / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const BASE = new Set(['PER', 'LOC', 'ORG', 'OTH']);

/** Returns strict chunk scores of predicted vs gold tag sequences. */
export function score(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): Scores {
  const perLabel = new Map<string, Counts>();
  const base4: Counts = { tp: 0, fp: 0, fn: 0 };
  const all12: Counts = { tp: 0, fp: 0, fn: 0 };
  const get = (l: string): Counts => {
    let c = perLabel.get(l);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      perLabel.set(l, c);
    }
    return c;
  };
  for (let s = 0; s < gold.length; s++) {
    const g = chunks(gold[s]);
    const p = chunks(pred[s]);
    const key = (c: Chunk): string => `${c.label}:${c.start}:${c.end}`;
    const gs = new Set(g.map(key));
    const ps = new Set(p.map(key));
    for (const c of p) {
      const hit = gs.has(key(c));
      const bump = (x: Counts): void => {
        if (hit) x.tp++;
        else x.fp++;
      };
      bump(get(c.label));
      bump(all12);
      if (BASE.has(c.label)) bump(base4);
    }
    for (const c of g) {
      if (ps.has(key(c))) continue;
      get(c.label).fn++;
      all12.fn++;
      if (BASE.has(c.label)) base4.fn++;
    }
  }
  return { perLabel, base4, all12 };
}
