/**
 * The text that precedes a span of the text map in reading order, for the `context` of an analyse
 * part (protocol/part-context.ts). Reading order is document order, not map order: a late
 * paragraph or an edited one is mapped at the end of map.text, wherever it stands in the page.
 */
import { nearestText } from '../protocol/part-context.ts';
import type { MappedBlock, TextMap } from './text-map.ts';

/** Elements walked back from a part before giving up (a page with a huge gap of non-article markup). */
const MAX_STEPS = 5_000;

/**
 * Returns up to `maxChars` of the live text before [start, end) of the map in document order: the
 * nearest whole blocks before the span's first block (`nearestText`). Empty when nothing precedes.
 */
export function contextBefore(map: TextMap, start: number, end: number, maxChars: number): string {
  const inSpan = (b: MappedBlock) => b.start >= start && b.end <= end;
  // An article read in one part (most pages): no other block, so no walk through the page.
  if (!map.blocks.some((b) => !b.retired && !inSpan(b))) return '';
  const first = map.blocks.find((b) => !b.retired && inSpan(b));
  if (!first) return '';
  const el = first.element;
  function* texts(): Generator<string> {
    // A block of the part itself (mapped out of page order) is no context.
    for (const b of precedingBlocks(map, el)) if (!inSpan(b)) yield map.text.slice(b.start, b.end);
  }
  return nearestText(texts(), maxChars);
}

/**
 * The live mapped blocks before `el` in the document, nearest first: a walk back through the
 * elements, so its cost is the markup between the part and its context, not the article's length.
 */
function* precedingBlocks(map: TextMap, el: Element): Generator<MappedBlock> {
  let node: Element | null = el;
  for (let steps = 0; steps < MAX_STEPS && node; steps++) {
    node = previousElement(node);
    if (!node) return;
    const i = map.blockIndex.get(node);
    // Ancestors of `el` are walked too: a block that holds the part is no context for it.
    if (i !== undefined && !node.contains(el)) yield map.blocks[i];
  }
}

/** The element before `el` in document order (TreeWalker.previousNode over elements, written out). */
function previousElement(el: Element): Element | null {
  let prev = el.previousElementSibling;
  if (!prev) return el.parentElement;
  while (prev.lastElementChild) prev = prev.lastElementChild;
  return prev;
}
