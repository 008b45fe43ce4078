/**
 * One analysed page: the article's text map, the marks the background found, their live DOM
 * ranges and the painting. Text goes out in chunks (`chunks.ts`); ranges are built and painted
 * in idle slices (`schedule.ts`); late paragraphs extend the map and only the new text is
 * analysed, its offsets shifted to the end of the map. A paragraph the page edits in place (a
 * ticker entry rewritten, a re-render) is retired and mapped again at the end: its old marks go,
 * and the background is told to drop its old span (`part.drop`). Every part goes with the text that
 * precedes it in the page (`part.context`), so it is analysed as it reads in the article.
 */
import { contextBefore } from '../article/context-before.ts';
import {
  buildTextMap,
  extendTextMap,
  liveText,
  retireBlocks,
  type TextMap,
  toRange,
} from '../article/text-map.ts';
import type { Span } from '../nlp/types.ts';
import type { AnalyzeResult, Part } from '../protocol/messages.ts';
import { MAX_DROP, MAX_TEXT } from '../protocol/messages.ts';
import {
  claimKey,
  compareClaims,
  compareEntities,
  entityKey,
  lowerBound,
  mergePart,
  overlapsAny,
} from '../protocol/page-merge.ts';
import { CONTEXT_CHARS, partContext } from '../protocol/part-context.ts';
import { CHUNK_CHARS, chunkSpans } from './chunks.ts';
import { isShown, type Mark, type MarkFilter, marksFromResult, shownSorted } from './marks.ts';
import type { Painter } from './paint-highlights.ts';
import { runSliced } from './schedule.ts';

export interface SessionDeps {
  /**
   * Sends text to the background worker for analysis: the part of the article text starting at
   * `part.offset`; `part.reset` until the background has accepted a first part of this session;
   * `part.context`, the text before it in reading order.
   */
  analyze: (text: string, part: Part) => Promise<AnalyzeResult>;
  painter: Painter;
  filter: () => MarkFilter;
  /** Visibility test passed to the text map (layout-based in the page). */
  isHidden?: (el: Element) => boolean;
  chunkChars?: number;
  /** Reports a problem that should not stop the page (a mark whose range could not be built). */
  warn: (message: string) => void;
  /** Reports an analyse request that failed; the other chunks and late paragraphs go on. */
  onAnalyzeError: (error: unknown, span: { start: number; end: number }) => void;
}

/** One article's analysis and painting; destroyed on navigation, switch-off or refresh. */
export class PageSession {
  readonly map: TextMap;
  private marks: Mark[] = [];
  private readonly ranges = new Map<Mark, Range>();
  private sortedCache: Mark[] | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private destroyed = false;
  private counts = { entities: 0, claims: 0 };
  /** Analyse requests that failed so far. */
  failedChunks = 0;
  /** End of the text mapped by mapBlocks (the article as first found). */
  private mappedEnd = 0;
  /**
   * The page as the background merges it for the popup (same replies, same `mergePart`), so the
   * popup's `content:reveal` indices into its entity and claim lists name the same marks here.
   */
  private page: AnalyzeResult | null = null;
  /** Painted marks by their page-state identity (`markKey`). */
  private readonly byKey = new Map<string, Mark>();
  /** True until the background has accepted a part of this session: the next part starts a new page. */
  private needsReset = true;
  /** Spans of retired blocks the background has not been told to drop yet (sent with the next part). */
  private pendingDrop: Span[] = [];

  constructor(private readonly deps: SessionDeps) {
    this.map = buildTextMap([], { isHidden: deps.isHidden });
  }

  /** Maps the article's blocks in idle slices (a long article's walk would be one long task). */
  mapBlocks(blocks: readonly Element[]): Promise<void> {
    const BATCH = 20;
    const batches: Element[][] = [];
    for (let i = 0; i < blocks.length; i += BATCH) batches.push(blocks.slice(i, i + BATCH));
    // Queued like extend(), so a late block reported meanwhile is appended after the article.
    return this.enqueue(async () => {
      await runSliced(
        batches,
        (batch) => extendTextMap(this.map, batch),
        undefined,
        () => this.destroyed,
      );
      this.mappedEnd = this.map.text.length;
      return 0;
    }).then(() => undefined);
  }

  /** Returns the article text as the page shows it now (without the old text of edited blocks). */
  get text(): string {
    return liveText(this.map);
  }

  /** Returns all marks (shown or not) in the order they arrived. */
  allMarks(): readonly Mark[] {
    return this.marks;
  }

  /** Returns the marks the current filter shows, in document order. */
  shown(): Mark[] {
    this.sortedCache ??= shownSorted(this.marks, this.deps.filter());
    return this.sortedCache;
  }

  /** Returns the mark the popup means by (kind, index) in the merged page state, or null (none, or not painted). */
  markForReveal(kind: Mark['kind'], index: number): Mark | null {
    const analysis = this.page?.analysis;
    if (!analysis) return null;
    if (kind === 'entity') {
      const mention = analysis.entities[index];
      return mention ? (this.byKey.get(`entity:${entityKey(mention)}`) ?? null) : null;
    }
    const claim = analysis.claims[index];
    return claim ? (this.byKey.get(`claim:${claimKey(claim)}`) ?? null) : null;
  }

  /** Returns the mark's index in the merged page state's entity or claim list (what `content:reveal` takes), or -1. */
  pageIndexOf(mark: Mark): number {
    const analysis = this.page?.analysis;
    if (!analysis) return -1;
    // The page lists hold mentions and claims shifted to article offsets: search by the mark's span.
    if (mark.kind === 'entity') {
      const probe = { ...mark.mention, start: mark.start, end: mark.end };
      const i = lowerBound(analysis.entities, (m) => compareEntities(m, probe) < 0);
      return i < analysis.entities.length && compareEntities(analysis.entities[i], probe) === 0 ? i : -1;
    }
    const probe = { ...mark.claim, start: mark.start, end: mark.end };
    const i = lowerBound(analysis.claims, (c) => compareClaims(c, probe) < 0);
    return i < analysis.claims.length && compareClaims(analysis.claims[i], probe) === 0 ? i : -1;
  }

  /** Returns the live Range of a mark, or null when it could not be built. */
  rangeOf(mark: Mark): Range | null {
    return this.ranges.get(mark) ?? null;
  }

  /** Analyses and paints the article mapped by mapBlocks; resolves with the number of marks painted. */
  analyzeAll(): Promise<number> {
    // Only the mapped article: late blocks appended meanwhile are analysed by their own extend().
    return this.enqueue(() => this.analyzeSpan(0, this.mappedEnd));
  }

  /** Adds late blocks to the map and analyses only their text; resolves with the new marks painted. */
  extend(blocks: Element[]): Promise<number> {
    return this.enqueue(async () => {
      if (blocks.length === 0) return 0;
      const added = extendTextMap(this.map, blocks);
      return this.analyzeSpan(added.start, added.end);
    });
  }

  /**
   * The page changed these mapped blocks (text edited, nodes added or removed inside, the block
   * removed or moved): their marks go, and those still in the page are mapped again and analysed
   * anew — except `widgets` (blocks that change all the time: a clock, a counter), which stay
   * unmapped. Resolves with the new marks painted.
   */
  update(changed: Element[], widgets: readonly Element[] = []): Promise<number> {
    return this.enqueue(async () => {
      const spans = retireBlocks(this.map, changed);
      if (spans.length === 0) return 0;
      this.dropMarks(spans);
      this.pendingDrop.push(...spans);
      // Outermost first, in document order: an edited block nested in another edited one is mapped with it.
      const alive = changed
        .filter(
          (el) => el.isConnected && !widgets.includes(el) && !changed.some((o) => o !== el && o.contains(el)),
        )
        .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
      const added = extendTextMap(this.map, alive, { remap: true });
      let painted = await this.analyzeSpan(added.start, added.end);
      // Removed blocks (or a failed request): tell the background with an empty part.
      while (this.pendingDrop.length > 0 && !this.destroyed && !this.needsReset) {
        const before = this.pendingDrop.length;
        painted += await this.analyzeSpan(this.map.text.length, this.map.text.length, true);
        if (this.pendingDrop.length === before) break; // the request failed: try with the next part
      }
      return painted;
    });
  }

  /** Repaints every mark after a filter change (no new analysis). */
  repaint(): void {
    this.sortedCache = null;
    this.deps.painter.clear();
    const filter = this.deps.filter();
    const items: { mark: Mark; range: Range }[] = [];
    for (const mark of this.marks) {
      const range = this.ranges.get(mark);
      if (range && isShown(mark, filter)) items.push({ mark, range });
    }
    this.deps.painter.add(items);
  }

  /** Stops all work and removes the painting. */
  destroy(): void {
    this.destroyed = true;
    this.deps.painter.clear();
    this.marks = [];
    this.ranges.clear();
    this.byKey.clear();
    this.page = null;
    this.sortedCache = null;
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  private enqueue(task: () => Promise<number>): Promise<number> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Drops the marks that overlap the spans (text the page has changed; as `mergePart` does) and unpaints them. */
  private dropMarks(spans: readonly Span[]): void {
    const touches = (m: Mark) => overlapsAny(m, spans);
    const gone = this.marks.filter(touches);
    if (gone.length === 0) return;
    const painted: { mark: Mark; range: Range }[] = [];
    for (const m of gone) {
      const range = this.ranges.get(m);
      if (range) painted.push({ mark: m, range });
      this.ranges.delete(m);
      if (this.byKey.get(markKey(m)) === m) this.byKey.delete(markKey(m));
    }
    this.marks = this.marks.filter((m) => !touches(m));
    this.sortedCache = null;
    this.deps.painter.remove(painted);
  }

  /**
   * Analyses [from, to) chunk by chunk and paints the marks. `dropOnly`: no text, only the pending
   * drops (an empty part at the end of the text).
   */
  private async analyzeSpan(from: number, to: number, dropOnly = false): Promise<number> {
    let painted = 0;
    const end = Math.min(to, MAX_TEXT);
    if (to > MAX_TEXT && !dropOnly)
      this.deps.warn(`Artikel gekürzt: ${to} Zeichen, analysiert werden ${MAX_TEXT}`);
    const offset = Math.min(from, MAX_TEXT);
    const chunkChars = this.deps.chunkChars ?? CHUNK_CHARS;
    // Text of blocks retired since it was mapped (edited before the first analysis reached it) is skipped.
    const dead = this.map.blocks.filter((b) => b.retired);
    const chunks = dropOnly
      ? [{ start: offset, end: offset }]
      : subtractSpans({ start: from, end }, dead).flatMap((live) =>
          chunkSpans(this.map.blocks, live.start, live.end, chunkChars),
        );
    for (const chunk of chunks) {
      if (this.destroyed) return painted;
      let result: AnalyzeResult;
      // A reset part starts the page afresh: there is nothing to drop then.
      const drop = this.needsReset ? [] : this.pendingDrop.slice(0, MAX_DROP);
      const part: Part = this.needsReset
        ? { offset: chunk.start, reset: true }
        : drop.length > 0
          ? { offset: chunk.start, drop }
          : { offset: chunk.start };
      const context = dropOnly ? '' : this.contextOf(chunk, dead);
      if (context) part.context = context;
      try {
        result = await this.deps.analyze(this.map.text.slice(chunk.start, chunk.end), part);
      } catch (err) {
        // One failed chunk (or late paragraph) must not cost the others their highlights.
        this.failedChunks++;
        this.deps.onAnalyzeError(err, chunk);
        continue;
      }
      if (this.destroyed) return painted;
      const marks = marksFromResult(result, chunk.start, this.counts);
      // The background merged this part into the tab's page state; keep the same merge.
      this.page = mergePart(
        this.needsReset ? null : this.page,
        result,
        chunk.start,
        chunk.end - chunk.start,
        drop,
      );
      if (this.needsReset) this.pendingDrop = [];
      else this.pendingDrop.splice(0, drop.length);
      this.needsReset = false;
      this.counts = {
        entities: this.counts.entities + result.analysis.entities.length,
        claims: this.counts.claims + result.analysis.claims.length,
      };
      painted += await this.paint(marks);
    }
    return painted;
  }

  /**
   * The context of a part (protocol/part-context.ts): the sentences that introduced people it names
   * again by a short form, then the paragraphs right before it in the page, so its pronouns and
   * short names resolve as in the whole article. `dead`: the retired blocks (stale text).
   */
  private contextOf(chunk: Span, dead: readonly Span[]): string {
    const near = contextBefore(this.map, chunk.start, chunk.end, CONTEXT_CHARS);
    const part = this.map.text.slice(chunk.start, chunk.end);
    return partContext(this.page?.analysis ?? null, this.map.text, part, near, dead);
  }

  private async paint(marks: Mark[]): Promise<number> {
    const filter = this.deps.filter();
    const batch: { mark: Mark; range: Range }[] = [];
    let failed = 0;
    let firstError = '';
    await runSliced(
      marks,
      (mark) => {
        try {
          const range = toRange(this.map, mark.start, mark.end);
          this.ranges.set(mark, range);
          if (isShown(mark, filter)) batch.push({ mark, range });
        } catch (err) {
          failed++;
          firstError ||= err instanceof Error ? err.message : String(err);
        }
      },
      undefined,
      () => this.destroyed,
    );
    if (this.destroyed) return 0;
    if (failed > 0) this.deps.warn(`${failed} Markierung(en) ohne DOM-Bereich: ${firstError}`);
    const kept = marks.filter((m) => this.ranges.has(m));
    this.marks.push(...kept);
    for (const m of kept) this.byKey.set(markKey(m), m);
    this.sortedCache = null;
    this.deps.painter.add(batch);
    return batch.length;
  }
}

/** Returns the parts of `span` outside all `holes` (in order; empty parts left out). */
export function subtractSpans(span: Span, holes: readonly Span[]): Span[] {
  let parts: Span[] = [span];
  for (const h of holes) {
    if (h.end <= span.start || h.start >= span.end) continue;
    parts = parts.flatMap((p) =>
      h.end <= p.start || h.start >= p.end
        ? [p]
        : [
            { start: p.start, end: h.start },
            { start: h.end, end: p.end },
          ].filter((q) => q.end > q.start),
    );
  }
  return parts;
}

/** Returns the mark's identity in the page state: kind plus entityKey/claimKey at its article offsets. */
function markKey(m: Mark): string {
  return m.kind === 'entity'
    ? `entity:${entityKey({ ...m.mention, start: m.start, end: m.end })}`
    : `claim:${claimKey({ ...m.claim, start: m.start, end: m.end })}`;
}
