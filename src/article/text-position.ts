/**
 * Translating between text offsets of a TextMap and DOM positions, both ways:
 * toRange (text span → DOM Range, for highlighting) and offsetAt (DOM position → text offset,
 * for caret hit-testing on hover). Offsets are JavaScript string indices into map.text.
 */
import { documentOrder } from './dom-rules.ts';
import type { TextMap, TextSegment } from './text-map.ts';

const TEXT_NODE = 3;

/** Node offset of the character at text offset `at`, which must lie inside `seg`. */
function nodeOffsetOf(seg: TextSegment, at: number): number {
  const i = at - seg.start;
  return seg.nodeOffsets ? seg.nodeOffsets[i] : seg.nodeStart + i;
}

/** Index of the first segment with end > offset, or segments.length (binary search). */
function firstSegmentEndingAfter(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function checkSpan(map: TextMap, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`text span [${start}, ${end}) must be integers`);
  }
  if (start < 0 || end > map.text.length || start > end) {
    throw new RangeError(`text span [${start}, ${end}) is outside the text (length ${map.text.length})`);
  }
}

/**
 * A DOM Range covering exactly the DOM characters of map.text[start, end) (separators map to no
 * node); throws RangeError for a span outside the text and Error when the map has no text nodes.
 */
export function toRange(map: TextMap, start: number, end: number): Range {
  checkSpan(map, start, end);
  const { segments } = map;
  if (segments.length === 0) throw new Error('toRange: the text map has no text nodes');
  const doc = segments[0].node.ownerDocument;
  const range = doc.createRange();

  // Start: the character at `start`, or the first mapped character after it.
  const si = firstSegmentEndingAfter(segments, start);
  let startNode: Text;
  let startOffset: number;
  if (si === segments.length) {
    const last = segments[segments.length - 1];
    startNode = last.node;
    startOffset = nodeOffsetOf(last, last.end - 1) + 1;
  } else {
    const seg = segments[si];
    startNode = seg.node;
    startOffset = nodeOffsetOf(seg, Math.max(start, seg.start));
  }
  range.setStart(startNode, startOffset);
  if (end === start) {
    range.collapse(true);
    return range;
  }

  // End: just after the character at end-1, or after the last mapped character before it.
  const ei = firstSegmentEndingAfter(segments, end - 1);
  let endSeg: TextSegment | undefined;
  let endAt: number;
  if (ei < segments.length && segments[ei].start <= end - 1) {
    endSeg = segments[ei];
    endAt = end - 1;
  } else {
    endSeg = segments[ei - 1];
    endAt = endSeg ? endSeg.end - 1 : -1;
  }
  // A span of separators only (or one before the first node): leave the range collapsed at its start.
  if (!endSeg || endAt < start) {
    range.collapse(true);
    return range;
  }
  range.setEnd(endSeg.node, nodeOffsetOf(endSeg, endAt) + 1);
  return range;
}

/** Text offset in a segment for a node offset: the first character at or after it. */
function offsetInSegment(seg: TextSegment, nodeOffset: number): number {
  const len = seg.end - seg.start;
  if (!seg.nodeOffsets) {
    const i = Math.min(Math.max(nodeOffset - seg.nodeStart, 0), len);
    return seg.start + i;
  }
  for (let i = 0; i < len; i++) if (seg.nodeOffsets[i] >= nodeOffset) return seg.start + i;
  return seg.end;
}

/** Returns the mapped block element that is `node` or contains it (the innermost), or null. */
export function mappedBlockOf(map: TextMap, node: Node): Element | null {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) {
    if (map.blockIndex.has(cur as Element)) return cur as Element;
  }
  return null;
}

/** Index in map.blocks of the mapped block that contains `node` (or is it), or null. */
function blockOf(map: TextMap, node: Node): number | null {
  const el = mappedBlockOf(map, node);
  return el === null ? null : (map.blockIndex.get(el) ?? null);
}

/** True when boundary point (container, offset) lies before or at the start of `target`. */
function pointIsBefore(container: Node, offset: number, target: Node): boolean {
  const child = container.childNodes[offset];
  // An ancestor precedes its descendants, so child-before-or-containing-target is order <= 0.
  if (child) return documentOrder(child, target) <= 0;
  // Boundary after the container's last child: only nodes after the container's subtree follow it.
  if (container.contains(target)) return false;
  return documentOrder(container, target) < 0;
}

/**
 * The text offset of DOM position (node, offset) — e.g. from caretPositionFromPoint — or null
 * when the position is outside the mapped article. Positions in skipped content resolve to the
 * next mapped character of the same block; throws RangeError for an offset outside the node.
 */
export function offsetAt(map: TextMap, node: Node, offset: number): number | null {
  const max = node.nodeType === TEXT_NODE ? (node as Text).data.length : node.childNodes.length;
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new RangeError(`offset ${offset} is outside the node (length ${max})`);
  }
  if (node.nodeType === TEXT_NODE) {
    const si = map.segmentIndex.get(node as Text);
    if (si !== undefined) return offsetInSegment(map.segments[si], offset);
  }
  const bi = blockOf(map, node);
  if (bi === null) return null;
  const block = map.blocks[bi];
  // Text node without mapped characters (whitespace only, hidden): treat as the point before it.
  const container = node.nodeType === TEXT_NODE ? node.parentNode : node;
  const at =
    node.nodeType === TEXT_NODE && container
      ? Array.prototype.indexOf.call(container.childNodes, node) + (offset > 0 ? 1 : 0)
      : offset;
  if (!container) return null;
  for (let s = block.segmentFrom; s < block.segmentTo; s++) {
    const seg = map.segments[s];
    if (pointIsBefore(container, at, seg.node)) return seg.start;
  }
  return block.end;
}
