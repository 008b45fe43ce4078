/**
 * Which mark is under the pointer? caretPositionFromPoint (or WebKit's caretRangeFromPoint)
 * gives the DOM position nearest the point; the text map turns it into a text offset; the marks
 * covering that offset (and the one before, since the caret snaps to the nearer character edge)
 * are candidates; a candidate only counts when one of its line boxes really contains the point
 * (the caret also snaps from blank space at a line end).
 */
import { offsetAt, type TextMap } from '../article/text-map.ts';
import { compareHoverPreference, type Mark, marksAt } from './marks.ts';

export interface Caret {
  node: Node;
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** Returns the DOM caret position at viewport point (x, y), or null where there is none. */
export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint.call(doc, x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint.call(doc, x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  throw new Error('Weder caretPositionFromPoint noch caretRangeFromPoint verfügbar');
}

/** Tolerance (px) around line boxes: the caret test is exact, fingers and mice are not. */
const SLOP = 1;

/** Returns whether any of the rects contains the point. */
export function rectsContain(rects: Iterable<DOMRectReadOnly>, x: number, y: number): boolean {
  for (const r of rects) {
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return true;
  }
  return false;
}

/** Returns the candidate marks for a text offset: those covering it or the character before. */
export function candidatesAt(sorted: readonly Mark[], offset: number): Mark[] {
  const here = marksAt(sorted, offset);
  if (offset === 0) return here;
  const before = marksAt(sorted, offset - 1).filter((m) => !here.includes(m));
  // Keep the preference order: entities first, narrower first, across both lists.
  return [...here, ...before].sort(compareHoverPreference);
}

/**
 * Returns the best mark under viewport point (x, y): the first candidate whose painted range
 * contains the point, or null. `rangeOf` gives a mark's live Range.
 */
export function markAtPoint(
  doc: Document,
  map: TextMap,
  sorted: readonly Mark[],
  rangeOf: (mark: Mark) => Range | null,
  x: number,
  y: number,
): Mark | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  let offset: number | null;
  try {
    offset = offsetAt(map, caret.node, caret.offset);
  } catch {
    // The caret's node changed under us (page edit between layout and lookup): no hit this frame.
    return null;
  }
  if (offset === null) return null;
  for (const mark of candidatesAt(sorted, offset)) {
    const range = rangeOf(mark);
    if (range && rectsContain(Array.from(range.getClientRects()), x, y)) return mark;
  }
  return null;
}
