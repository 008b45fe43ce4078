/**
 * The text that precedes a span of the text map in reading order, for the `context` of an analyse
 * part (protocol/part-context.ts). Reading order is document order, not map order: a late
 * paragraph or an edited one is mapped at the end of map.text, wherever it stands in the page.
 */
import { BLOCK_SEPARATOR, type MappedBlock, type TextMap } from './text-map.ts';

/** A sentence end inside a block ("… gesagt. Die", "… an.“ Er"): where a cut-off context may start. */
const SENTENCE_END = /[.!?…]["“”»«’']?\s+(?=\S)/g;

/** Elements walked back from a part before giving up (a page with a huge gap of non-article markup). */
const MAX_STEPS = 5_000;

/**
 * Returns up to `maxChars` of the live text before [start, end) of the map in document order: the
 * nearest whole blocks before the span's first block, joined like map.text; when the nearest block
 * alone is longer, its tail from a sentence start. Empty when nothing precedes.
 */
export function contextBefore(map: TextMap, start: number, end: number, maxChars: number): string {
  const first = map.blocks.find((b) => !b.retired && b.start >= start && b.end <= end);
  if (!first || maxChars <= 0) return '';
  const parts: string[] = [];
  let used = 0;
  for (const b of precedingBlocks(map, first.element)) {
    if (b.start >= start && b.end <= end) continue; // in the part itself (mapped out of page order)
    const text = map.text.slice(b.start, b.end);
    const cost = text.length + (parts.length > 0 ? BLOCK_SEPARATOR.length : 0);
    if (used + cost > maxChars) {
      if (parts.length === 0) parts.push(sentenceTail(text, maxChars));
      break;
    }
    parts.push(text);
    used += cost;
  }
  return parts.filter(Boolean).reverse().join(BLOCK_SEPARATOR);
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

/** The end of `text` from the first sentence start that leaves at most `maxChars`, or '' if none does. */
function sentenceTail(text: string, maxChars: number): string {
  const from = text.length - maxChars;
  SENTENCE_END.lastIndex = Math.max(0, from - 1);
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const at = m.index + m[0].length;
    if (at >= from) return text.slice(at);
  }
  return '';
}
