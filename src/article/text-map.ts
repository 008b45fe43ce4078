/**
 * The article's plain text and the bookkeeping from every text offset back to a DOM Text node
 * (after Hypothesis' TextPosition/TextRange, src/annotator/anchoring/text-range.ts).
 *
 * How the content script uses it:
 *   const map = buildTextMap(found.blocks);        // map.text goes to the background for analysis
 *   toRange(map, mention.start, mention.end);       // a live Range for `new Highlight(range)`
 *   offsetAt(map, caret.offsetNode, caret.offset);  // hover: DOM position → text offset (or null)
 *   extendTextMap(map, newBlocks);                  // live ticker / "weiterlesen": appends, old offsets stay valid
 *   retireBlocks(map, edited); extendTextMap(map, edited); // a block edited in place: mapped anew at the end
 *
 * The text: blocks joined by "\n\n"; inside a block every whitespace run (also across nodes,
 * <br> and nested block boundaries) becomes one space, and a block has no leading or trailing
 * space. Skipped: script/style/noscript and other never-text elements, `hidden`,
 * `aria-hidden="true"`, inline `display:none`/`visibility:hidden`, block-level page furniture
 * nested in a block (boilerplate.ts; `keepFurniture` keeps it), and whatever the optional
 * `isHidden` predicate rejects (the live page passes a checkVisibility-based one; Node has no layout).
 *
 * Every character of map.text is either taken from one character of a Text node (it is then in a
 * segment) or is a separator we inserted (block gap, <br>); separators belong to no node, so a
 * Range over a span covers exactly the DOM characters of its non-separator characters.
 * The map is a snapshot of each block: when the page edits a mapped block, retire it
 * (`retireBlocks`: its old span stays in map.text as dead text, so no offset moves) and append it
 * again; `liveText` is the text without the retired spans.
 */
import { isOutsideArticle } from './boilerplate.ts';
import { isBlockTag, isMarkedHidden, isNeverText, tagOf } from './dom-rules.ts';

/** The characters of map.text taken from one Text node. */
export interface TextSegment {
  node: Text;
  /** First offset in map.text (inclusive). */
  start: number;
  /** Offset in map.text after the last character (exclusive). */
  end: number;
  /** Node offset of each character, or null when they map 1:1 starting at `nodeStart` (fast path). */
  nodeOffsets: Uint32Array | null;
  nodeStart: number;
}

/** One mapped block element and where its text lies. */
export interface MappedBlock {
  element: Element;
  start: number;
  end: number;
  /** Index range [segmentFrom, segmentTo) of its segments in map.segments. */
  segmentFrom: number;
  segmentTo: number;
  /** Set when the page changed the block: its span is dead text, the block may be mapped again later. */
  retired?: true;
}

export interface TextMapOptions {
  /** Extra visibility test (e.g. `el => !el.checkVisibility()` in the live page). */
  isHidden?: (el: Element) => boolean;
  /** Map nav/aside/footer/form and furniture-classed block elements inside blocks too (default: skip them). */
  keepFurniture?: boolean;
}

export interface TextMap {
  /** The article text. Grows only at the end (extendTextMap). */
  text: string;
  segments: TextSegment[];
  blocks: MappedBlock[];
  options: TextMapOptions;
  /** Block element → index in `blocks`. */
  blockIndex: Map<Element, number>;
  /** Text node → index in `segments`. */
  segmentIndex: Map<Text, number>;
}

/** Separator inserted between two blocks. */
export const BLOCK_SEPARATOR = '\n\n';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const WHITESPACE = /[ \t\n\r\f\u00a0\u200b]/;

/** A fresh map of the given blocks (document order expected; nested duplicates are mapped once). */
export function buildTextMap(blocks: Element[], options: TextMapOptions = {}): TextMap {
  const map: TextMap = {
    text: '',
    segments: [],
    blocks: [],
    options,
    blockIndex: new Map(),
    segmentIndex: new Map(),
  };
  extendTextMap(map, blocks);
  return map;
}

/** True when the element is a mapped block or lies inside one. */
export function isMapped(map: TextMap, el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (map.blockIndex.has(cur)) return true;
  }
  return false;
}

/**
 * Unmaps blocks the page has changed: their segments no longer resolve (hover, toRange of new
 * marks) and `extendTextMap` may map the elements again at the end. Their old spans stay in
 * map.text, so every other offset stays valid; returns those spans (in map order). Elements that
 * are not mapped blocks are ignored.
 */
export function retireBlocks(map: TextMap, elements: Iterable<Element>): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const indices: number[] = [];
  for (const el of elements) {
    const i = map.blockIndex.get(el);
    if (i !== undefined && !indices.includes(i)) indices.push(i);
  }
  for (const i of indices.sort((a, b) => a - b)) {
    const block = map.blocks[i];
    for (let s = block.segmentFrom; s < block.segmentTo; s++) {
      const node = map.segments[s].node;
      if (map.segmentIndex.get(node) === s) map.segmentIndex.delete(node);
    }
    map.blockIndex.delete(block.element);
    block.retired = true;
    spans.push({ start: block.start, end: block.end });
  }
  return spans;
}

/** Returns the article text without retired blocks (what the page shows now), blocks joined by "\n\n". */
export function liveText(map: TextMap): string {
  if (!map.blocks.some((b) => b.retired)) return map.text;
  return map.blocks
    .filter((b) => !b.retired && b.end > b.start)
    .map((b) => map.text.slice(b.start, b.end))
    .join(BLOCK_SEPARATOR);
}

/**
 * Appends the blocks not mapped yet to the end of map.text (existing offsets stay valid) and
 * returns the span of text that was added ({start, end}; empty when nothing was new).
 * `remap`: the blocks were retired (`retireBlocks`) and are mapped again; only a block mapped
 * itself is skipped, not one inside a mapped block — that block was mapped first and the outer
 * one skipped it, so none of its text is mapped. Pass the outermost of nested blocks only.
 */
export function extendTextMap(
  map: TextMap,
  newBlocks: Element[],
  options: { remap?: boolean } = {},
): { start: number; end: number } {
  let addedStart = -1;
  const parts: string[] = [map.text];
  let length = map.text.length;
  for (const block of newBlocks) {
    if (options.remap ? map.blockIndex.has(block) : isMapped(map, block)) continue;
    const builder = new BlockBuilder(map, length + (length > 0 ? BLOCK_SEPARATOR.length : 0));
    builder.walk(block);
    const blockText = builder.finish();
    if (blockText.length === 0 && builder.segments.length === 0) {
      // Still remember it, so a later extend with the same (empty) element is a no-op.
      map.blockIndex.set(block, map.blocks.length);
      const at = map.segments.length;
      map.blocks.push({ element: block, start: length, end: length, segmentFrom: at, segmentTo: at });
      continue;
    }
    if (length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    if (addedStart < 0) addedStart = length;
    const segmentFrom = map.segments.length;
    for (const seg of builder.segments) {
      map.segmentIndex.set(seg.node, map.segments.length);
      map.segments.push(seg);
    }
    map.blockIndex.set(block, map.blocks.length);
    map.blocks.push({
      element: block,
      start: length,
      end: length + blockText.length,
      segmentFrom,
      segmentTo: map.segments.length,
    });
    parts.push(blockText);
    length += blockText.length;
  }
  map.text = parts.join('');
  return { start: addedStart < 0 ? length : addedStart, end: length };
}

/** Collects the collapsed text of one block and its segments. */
class BlockBuilder {
  readonly segments: TextSegment[] = [];
  private readonly chars: string[] = [];
  /** Node offsets of the characters of the current (last) segment. */
  private offsets: number[] = [];
  private current: Text | null = null;
  /** A whitespace run is pending: emit one space before the next visible character. */
  private pendingSpace = false;
  /** Where the pending space came from (a real whitespace character), or null for a <br>/block gap. */
  private pendingNode: Text | null = null;
  private pendingOffset = 0;

  constructor(
    private readonly map: TextMap,
    private readonly base: number,
  ) {}

  /** Visits the block's text in document order (iterative: hostile pages nest thousands deep). */
  walk(root: Element): void {
    // Stack of elements whose children are being visited, with the next child to visit.
    const stack: { el: Element; next: ChildNode | null; breaks: boolean }[] = [
      { el: root, next: root.firstChild, breaks: false },
    ];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const child = top.next;
      if (!child) {
        stack.pop();
        if (top.breaks) this.softBreak();
        continue;
      }
      top.next = child.nextSibling;
      if (child.nodeType === TEXT_NODE) {
        this.text(child as Text);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const c = child as Element;
      if (!this.visible(c)) continue;
      if (this.map.blockIndex.has(c)) continue; // mapped before as a block of its own
      const breaks = tagOf(c) === 'BR' || isBlockTag(c);
      if (breaks) this.softBreak();
      stack.push({ el: c, next: c.firstChild, breaks });
    }
  }

  private visible(el: Element): boolean {
    if (isNeverText(el) || isMarkedHidden(el)) return false;
    // Block-level furniture inside a block (a share bar or ad box in a text container) is skipped;
    // inline elements are kept whatever their class, so sentences stay whole.
    if (!this.map.options.keepFurniture && isBlockTag(el) && isOutsideArticle(el)) return false;
    return !this.map.options.isHidden?.(el);
  }

  private softBreak(): void {
    if (this.chars.length > 0 && !this.pendingSpace) {
      this.pendingSpace = true;
      this.pendingNode = null;
    }
  }

  private text(node: Text): void {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (WHITESPACE.test(ch)) {
        if (this.chars.length > 0 && !this.pendingSpace) {
          this.pendingSpace = true;
          this.pendingNode = node;
          this.pendingOffset = i;
        }
        continue;
      }
      if (this.pendingSpace) {
        if (this.pendingNode) this.push(this.pendingNode, this.pendingOffset, ' ');
        else {
          this.closeSegment(); // the separator belongs to no node, so the open segment ends here
          this.chars.push(' ');
        }
        this.pendingSpace = false;
      }
      this.push(node, i, ch);
    }
  }

  private push(node: Text, offset: number, ch: string): void {
    if (node !== this.current) {
      this.closeSegment();
      this.current = node;
      if (this.map.segmentIndex.has(node)) {
        throw new Error('text-map: a Text node was reached twice; blocks must not overlap');
      }
    }
    this.offsets.push(offset);
    this.chars.push(ch);
  }

  private closeSegment(): void {
    if (!this.current || this.offsets.length === 0) return;
    const offs = this.offsets;
    const end = this.base + this.chars.length;
    let contiguous = true;
    for (let i = 1; i < offs.length; i++) {
      if (offs[i] !== offs[0] + i) {
        contiguous = false;
        break;
      }
    }
    this.segments.push({
      node: this.current,
      start: end - offs.length,
      end,
      nodeOffsets: contiguous ? null : Uint32Array.from(offs),
      nodeStart: offs[0],
    });
    this.offsets = [];
    this.current = null;
  }

  /** The block's text; a trailing pending space is dropped (blocks have no trailing space). */
  finish(): string {
    this.closeSegment();
    return this.chars.join('');
  }
}

export { mappedBlockOf, offsetAt, toRange } from './text-position.ts';
