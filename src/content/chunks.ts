/**
 * Long articles are analysed in chunks so one request never carries megabytes and the first
 * highlights arrive early. Chunks end at block (paragraph) boundaries; a single block longer
 * than the limit becomes a chunk of its own.
 */

/** Largest chunk (characters) sent in one analyse request. */
export const CHUNK_CHARS = 100_000;

export interface Span {
  start: number;
  end: number;
}

/** Returns chunk spans covering [from, to) of the text, cut only at the given block spans. */
export function chunkSpans(
  blocks: readonly Span[],
  from: number,
  to: number,
  maxChars = CHUNK_CHARS,
): Span[] {
  if (maxChars <= 0) throw new RangeError(`maxChars must be positive, got ${maxChars}`);
  if (to <= from) return [];
  if (to - from <= maxChars) return [{ start: from, end: to }];
  const chunks: Span[] = [];
  let start = from;
  let end = from;
  for (const b of blocks) {
    if (b.end <= from || b.start >= to) continue;
    const bEnd = Math.min(b.end, to);
    if (bEnd - start > maxChars && end > start) {
      chunks.push({ start, end });
      start = Math.max(from, b.start);
    }
    end = bEnd;
  }
  if (end > start) chunks.push({ start, end });
  return chunks;
}
