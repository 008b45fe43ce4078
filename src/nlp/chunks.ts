/** Chunks (label + token range) of a BIO tag sequence. */

export interface ChunkSpan {
  /** GermEval label without B-/I-: "PER", "LOCderiv", "ORGpart". */
  label: string;
  start: number;
  end: number;
}

/** Returns the chunks of a BIO tag sequence; an I- tag that does not continue a chunk opens one. */
export function chunkSpans(tags: readonly string[]): ChunkSpan[] {
  const out: ChunkSpan[] = [];
  let cur: ChunkSpan | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i] : 'O';
    const label = t === 'O' ? '' : t.slice(2);
    if (cur && (t === 'O' || t.startsWith('B-') || label !== cur.label)) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (t !== 'O' && !cur) cur = { label, start: i, end: i + 1 };
  }
  return out;
}
