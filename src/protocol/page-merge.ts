/**
 * One page from several analyse replies. The content script analyses a long article in chunks
 * and late paragraphs one at a time; each reply has offsets into its own text, which starts at
 * `offset` in the whole article text (the request's `part`). `mergePart` folds such a reply into
 * the page's result: offsets shifted, lists sorted in text order, duplicates removed. The
 * background keeps this per tab (the popup's `page:get`), and the content script keeps the same
 * merge of the same replies, so the popup's `content:reveal` indices (into these lists) name the
 * same marks on both sides. Pure.
 */
import type { Analysis, Claim, Mention, Span } from '../nlp/types.ts';
import type { AnalyzeResult } from './messages.ts';

/** Identity of an entity mention in a page: span and type. */
export function entityKey(m: Mention): string {
  return `${m.start}:${m.end}:${m.type}`;
}

/** Identity of a claim in a page: span and kind. */
export function claimKey(c: Claim): string {
  return `${c.start}:${c.end}:${c.kind}`;
}

/** True when `s` overlaps any of `spans` (shares at least one character with it). */
export function overlapsAny(s: Span, spans: readonly Span[]): boolean {
  return spans.some((d) => s.start < d.end && s.end > d.start);
}

function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Text order of the page's entity list: by start, then end, then type. */
export function compareEntities(a: Mention, b: Mention): number {
  return compareSpans(a, b) || compareText(a.type, b.type);
}

/** Text order of the page's claim list: by start, then end, then kind. */
export function compareClaims(a: Claim, b: Claim): number {
  return compareSpans(a, b) || compareText(a.kind, b.kind);
}

/** Returns the analysis with every offset (sentences, tokens, mentions, claims and their speakers) moved by `offset`. */
export function shiftAnalysis(analysis: Analysis, offset: number): Analysis {
  if (offset === 0) return analysis;
  const shift = <T extends Span>(s: T): T => ({ ...s, start: s.start + offset, end: s.end + offset });
  return {
    ...analysis,
    sentences: analysis.sentences.map(shift),
    ...(analysis.tokens ? { tokens: analysis.tokens.map(shift) } : {}),
    entities: analysis.entities.map(shift),
    claims: analysis.claims.map((claim) => {
      const moved = shift(claim);
      const speaker = claim.speaker;
      if (speaker && (speaker.start !== undefined || speaker.end !== undefined)) {
        moved.speaker = {
          ...speaker,
          ...(speaker.start !== undefined ? { start: speaker.start + offset } : {}),
          ...(speaker.end !== undefined ? { end: speaker.end + offset } : {}),
        };
      }
      return moved;
    }),
  };
}

/** Returns the reply with every offset of its analysis moved by `offset`. */
export function shiftResult(result: AnalyzeResult, offset: number): AnalyzeResult {
  return offset === 0 ? result : { ...result, analysis: shiftAnalysis(result.analysis, offset) };
}

/** Returns the first index whose item is not `before` (items sorted so that `before` holds for a prefix). */
export function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Returns `items` sorted (stable) and with one item per key; of equal keys the later one in
 * `items` (the newer reply) is kept.
 */
function sortUnique<T>(items: T[], compare: (a: T, b: T) => number, key: (item: T) => string): T[] {
  const sorted = items.slice().sort(compare);
  const out: T[] = [];
  let lastKey: string | undefined;
  for (const item of sorted) {
    const k = key(item);
    if (out.length > 0 && k === lastKey) out[out.length - 1] = item;
    else out.push(item);
    lastKey = k;
  }
  return out;
}

/**
 * Returns the page result with one more part folded in: `part` is the reply for the text
 * [offset, offset + length) of the article. What `page` held wholly inside that span is replaced
 * (the span was analysed again); what overlaps a `drop` span (text the page has changed or removed
 * since) goes; everything else is kept. Lists come back in text order without
 * duplicates, entityIds aligned with entities, summaries for exactly the ids used. `page` null
 * starts a new page. Neither input is changed.
 */
export function mergePart(
  page: AnalyzeResult | null,
  part: AnalyzeResult,
  offset: number,
  length: number,
  drop: readonly Span[] = [],
): AnalyzeResult {
  if (part.entityIds.length !== part.analysis.entities.length) {
    throw new RangeError(
      `Antwort passt nicht: ${part.analysis.entities.length} Erwähnungen, aber ${part.entityIds.length} Ids`,
    );
  }
  const shifted = shiftResult(part, offset);
  const end = offset + length;
  // Replaced: wholly inside the re-sent span. Dropped: touching changed text at all (a quote over two
  // paragraphs is no longer that quote when one of them was rewritten).
  const outside = (s: Span) => !(s.start >= offset && s.end <= end) && !overlapsAny(s, drop);
  const old = page?.analysis;

  type Pair = { mention: Mention; id: string | null };
  const oldPairs: Pair[] = (old?.entities ?? [])
    .map((mention, i) => ({ mention, id: page?.entityIds[i] ?? null }))
    .filter((p) => outside(p.mention));
  const newPairs: Pair[] = shifted.analysis.entities.map((mention, i) => ({
    mention,
    id: shifted.entityIds[i] ?? null,
  }));
  const pairs = sortUnique(
    [...oldPairs, ...newPairs],
    (a, b) => compareEntities(a.mention, b.mention),
    (p) => entityKey(p.mention),
  );
  const claims = sortUnique(
    [...(old?.claims ?? []).filter(outside), ...shifted.analysis.claims],
    compareClaims,
    claimKey,
  );
  const spanKey = (s: Span) => `${s.start}:${s.end}`;
  const sentences = sortUnique(
    [...(old?.sentences ?? []).filter(outside), ...shifted.analysis.sentences],
    compareSpans,
    spanKey,
  );
  const tokens =
    old?.tokens || shifted.analysis.tokens
      ? sortUnique(
          [...(old?.tokens ?? []).filter(outside), ...(shifted.analysis.tokens ?? [])],
          compareSpans,
          spanKey,
        )
      : undefined;

  const entityIds = pairs.map((p) => p.id);
  const known = { ...page?.summaries, ...shifted.summaries };
  const summaries: AnalyzeResult['summaries'] = {};
  for (const id of entityIds) if (id !== null && known[id]) summaries[id] = known[id];
  return {
    analysis: {
      ...shifted.analysis,
      sentences,
      ...(tokens ? { tokens } : {}),
      entities: pairs.map((p) => p.mention),
      claims,
    },
    entityIds,
    summaries,
  };
}
