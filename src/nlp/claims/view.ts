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

/** Returns the claim view of a document (words indexed by sentence); `quotes`: the quotation spans. */
export function buildView(doc: Doc, quotes: readonly { start: number; end: number }[] = []): ClaimView {
  const words: Word[] = [];
  const sentences: ClaimView['sentences'] = [];
  const toWord = (t: Token, s: number): Word => ({
    text: t.text,
    lower: t.text.toLowerCase(),
    start: t.start,
    end: t.end,
    sentence: s,
  });
  // A semicolon joins two main clauses that each make their own statement ("Die Veranstalter schätzten
  // 2.000 Teilnehmer; nach Polizeiangaben waren es 1.000."): for claims they are two sentences — not
  // inside a quotation ("„Du bist der Vater; mach es selbst.“" is one utterance).
  let mask: Uint8Array | undefined;
  const quoted = (pos: number) => {
    // Built on the first semicolon only: linear in the text, whatever the number of quotes.
    if (!mask) {
      mask = new Uint8Array(doc.text.length + 1);
      for (const q of quotes) mask.fill(1, q.start + 1, q.end);
    }
    return mask[pos] === 1;
  };
  for (const s of doc.sentences) {
    let w0 = words.length;
    let start = s.start;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i];
      words.push(toWord(t, sentences.length));
      if (t.text === ';' && i + 1 < s.tokenEnd && !quoted(t.start)) {
        sentences.push({ start, end: t.end, w0, w1: words.length });
        w0 = words.length;
        start = doc.tokens[i + 1].start;
      }
    }
    sentences.push({ start, end: s.end, w0, w1: words.length });
  }
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
