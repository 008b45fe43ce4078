/**
 * The page's marks: every entity mention and claim the background found, with offsets into
 * the article text map (absolute, already shifted for chunks and late paragraphs).
 * Pure data and lookups; painting and DOM work live elsewhere.
 */
import type { EntitySummary } from '../dataset/types.ts';
import type { Claim, ClaimKind, EntityType, Mention } from '../nlp/types.ts';
import type { AnalyzeResult } from '../protocol/messages.ts';

export interface EntityMark {
  kind: 'entity';
  /** Arrival order in this session (replies appended); the popup's index is PageSession.pageIndexOf. */
  index: number;
  start: number;
  end: number;
  mention: Mention;
  entityId: string | null;
  summary?: EntitySummary;
}

export interface ClaimMark {
  kind: 'claim';
  /** Arrival order in this session; the popup's index is PageSession.pageIndexOf. */
  index: number;
  start: number;
  end: number;
  claim: Claim;
}

export type Mark = EntityMark | ClaimMark;

/** Which marks the reader wants to see. */
export interface MarkFilter {
  entityTypes: readonly EntityType[];
  claimKinds: readonly ClaimKind[];
}

/** Returns the marks of one analyse reply, with offsets shifted by `offset` and indices after `base`. */
export function marksFromResult(
  result: AnalyzeResult,
  offset: number,
  base: { entities: number; claims: number },
): Mark[] {
  const { analysis, entityIds, summaries } = result;
  if (entityIds.length !== analysis.entities.length) {
    throw new RangeError(
      `Antwort passt nicht: ${analysis.entities.length} Erwähnungen, aber ${entityIds.length} Ids`,
    );
  }
  const marks: Mark[] = [];
  analysis.entities.forEach((mention, i) => {
    const entityId = entityIds[i] ?? null;
    marks.push({
      kind: 'entity',
      index: base.entities + i,
      start: mention.start + offset,
      end: mention.end + offset,
      mention,
      entityId,
      summary: entityId ? summaries[entityId] : undefined,
    });
  });
  analysis.claims.forEach((claim, i) => {
    marks.push({
      kind: 'claim',
      index: base.claims + i,
      start: claim.start + offset,
      end: claim.end + offset,
      claim,
    });
  });
  return marks;
}

/** Returns whether the reader's settings let this mark be shown. */
export function isShown(mark: Mark, filter: MarkFilter): boolean {
  return mark.kind === 'entity'
    ? filter.entityTypes.includes(mark.mention.type)
    : filter.claimKinds.includes(mark.claim.kind);
}

/** Document order: by start, entities before claims at the same start, shorter first. */
export function compareMarks(a: Mark, b: Mark): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.kind !== b.kind) return a.kind === 'entity' ? -1 : 1;
  return a.end - b.end;
}

/** Returns the marks covering `offset`, best hover target first (entity before claim, narrower first). */
export function marksAt(sorted: readonly Mark[], offset: number): Mark[] {
  // Binary search for the first mark starting after offset; candidates all start before it.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const hits: Mark[] = [];
  for (let i = lo - 1; i >= 0; i--) {
    const m = sorted[i];
    if (m.start <= offset && offset < m.end) hits.push(m);
  }
  return hits.sort(compareHoverPreference);
}

/** Hover preference: entities before claims, then the narrower span first. */
export function compareHoverPreference(a: Mark, b: Mark): number {
  if (a.kind !== b.kind) return a.kind === 'entity' ? -1 : 1;
  return a.end - a.start - (b.end - b.start);
}

/**
 * Returns the next (or previous) mark after `current` in document order, wrapping around;
 * the first (or last) one when nothing is current; null when there are none.
 */
export function stepMark(
  sorted: readonly Mark[],
  current: Mark | null,
  direction: 'next' | 'prev',
): Mark | null {
  if (sorted.length === 0) return null;
  if (!current) return direction === 'next' ? sorted[0] : sorted[sorted.length - 1];
  const at = sorted.indexOf(current);
  if (at < 0) {
    // The current mark was filtered away: continue from its position.
    const after = sorted.findIndex((m) => compareMarks(m, current) > 0);
    if (direction === 'next') return after < 0 ? sorted[0] : sorted[after];
    const before = (after < 0 ? sorted.length : after) - 1;
    return before < 0 ? sorted[sorted.length - 1] : sorted[before];
  }
  const n = sorted.length;
  return sorted[(at + (direction === 'next' ? 1 : n - 1)) % n];
}

/** Returns the shown marks in document order. */
export function shownSorted(marks: readonly Mark[], filter: MarkFilter): Mark[] {
  return marks.filter((m) => isShown(m, filter)).sort(compareMarks);
}
