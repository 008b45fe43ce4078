/**
 * A flat, index-friendly view of a Doc for the claim rules: words with their lower-case forms and
 * sentence numbers, and which characters lie inside speech quotations.
 */
import type { Doc, Mention, Token } from '../types.ts';

/** One token with what the rules ask of it most often. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  sentence: number;
}

/** The document as the claim rules see it. */
export interface ClaimView {
  text: string;
  words: Word[];
  /** Per sentence: [first word index, end word index). */
  sentences: { start: number; end: number; w0: number; w1: number }[];
  entities: Mention[];
}

/** Returns the claim view of a document (words indexed by sentence). */
export function buildView(doc: Doc): ClaimView {
  const words: Word[] = [];
  const sentences: ClaimView['sentences'] = [];
  const toWord = (t: Token, s: number): Word => ({
    text: t.text,
    lower: t.text.toLowerCase(),
    start: t.start,
    end: t.end,
    sentence: s,
  });
  doc.sentences.forEach((s, si) => {
    const w0 = words.length;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) words.push(toWord(doc.tokens[i], si));
    sentences.push({ start: s.start, end: s.end, w0, w1: words.length });
  });
  const entities = [...doc.entities].sort((a, b) => a.start - b.start);
  return { text: doc.text, words, sentences, entities };
}

/** Returns the entity mentions overlapping [start, end), in text order (binary search, then scan). */
export function mentionsIn(view: ClaimView, start: number, end: number): Mention[] {
  const es = view.entities;
  let lo = 0;
  let hi = es.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (es[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  // Mentions are short, so a mention starting up to 200 characters before `start` can still overlap.
  for (let i = Math.max(0, lo - 4); i < es.length && es[i].start < end; i++) {
    if (es[i].end > start) out.push(es[i]);
  }
  return out;
}

/** Returns the index of the first word starting at or after `pos` (binary search). */
export function wordAt(view: ClaimView, pos: number): number {
  let lo = 0;
  let hi = view.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.words[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
