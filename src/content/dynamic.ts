/**
 * Late content: a MutationObserver on the article root's parent collects added nodes and
 * changes inside mapped blocks, debounced, and hands over the new article blocks and the mapped
 * blocks the page has changed (text edited in place, nodes added or removed inside, the block
 * removed or moved — a moved node's live ranges collapse). Kontext's own nodes (shadow host,
 * style element) are ignored, so painting never re-triggers analysis.
 */
import { mappedBlockOf, type TextMap } from '../article/text-map.ts';
import { newBlocks } from './new-blocks.ts';
import { debounce } from './schedule.ts';

/** Quiet time (ms) after the last mutation before new text is analysed. */
export const MUTATION_DEBOUNCE_MS = 400;
/** Longest wait (ms) for that quiet time: a page that never stops changing is still read. */
export const MUTATION_MAX_WAIT_MS = 2_000;

export interface WatchOptions {
  root: Element;
  map: () => TextMap;
  /** Nodes of Kontext itself. */
  isOwn: (node: Node) => boolean;
  onBlocks: (blocks: Element[]) => void;
  /**
   * Mapped blocks the page has changed since they were mapped (see the module comment); of them,
   * `widgets` change so often that they are live widgets (a clock, a counter): unmap them, do not
   * analyse them again. Nothing inside a widget is reported after that.
   */
  onChanged?: (blocks: Element[], widgets: Element[]) => void;
  /** Clock for the widget rule (tests). */
  now?: () => number;
}

/** A block changed this many times within WIDGET_WINDOW_MS is a live widget, not article text. */
export const WIDGET_CHANGES = 5;
export const WIDGET_WINDOW_MS = 60_000;

/** Counts changes per block and remembers the blocks that became widgets. */
export function widgetTracker(now: () => number = Date.now) {
  const times = new WeakMap<Element, number[]>();
  const widgets = new WeakSet<Element>();
  return {
    /** Notes one change of `el`; returns true when that makes it a widget. */
    note(el: Element): boolean {
      const t = now();
      const recent = (times.get(el) ?? []).filter((x) => t - x < WIDGET_WINDOW_MS);
      recent.push(t);
      times.set(el, recent);
      if (recent.length < WIDGET_CHANGES) return false;
      widgets.add(el);
      return true;
    },
    /** True when `node` is a widget or inside one. */
    covers(node: Node): boolean {
      for (let cur: Node | null = node; cur; cur = cur.parentNode)
        if (widgets.has(cur as Element)) return true;
      return false;
    },
  };
}

/**
 * Returns the mapped blocks touched by the recorded changes: the block around each edited or
 * emptied node and each added node (a moved block is removed and added again), and every block
 * no longer in the page or inside a node that was moved.
 */
export function changedBlocks(
  map: TextMap,
  touched: readonly Node[],
  added: readonly Node[],
  removed: readonly Node[],
): Element[] {
  const found = new Set<Element>();
  for (const n of [...touched, ...added]) {
    const b = mappedBlockOf(map, n);
    if (b) found.add(b);
  }
  if (removed.length > 0) {
    const moved = removed.filter((n) => n.isConnected);
    for (const b of map.blocks) {
      if (b.retired || found.has(b.element)) continue;
      if (!b.element.isConnected || moved.some((m) => m.contains(b.element))) found.add(b.element);
    }
  }
  return Array.from(found);
}

/** Returns a function that stops watching, after starting to watch the root and its parent. */
export function watchArticle(opts: WatchOptions): () => void {
  const scope = opts.root.parentElement ?? opts.root;
  let added: Node[] = [];
  let touched: Node[] = [];
  let removed: Node[] = [];
  const widgets = widgetTracker(opts.now);
  const flush = debounce(
    () => {
      const map = opts.map();
      const outside = (n: Node) => !widgets.covers(n);
      const inPlay = added.filter(outside);
      // Changed blocks first: they are still mapped, so newBlocks leaves them (and what was added inside them) out.
      const changed = opts.onChanged ? changedBlocks(map, touched.filter(outside), inPlay, removed) : [];
      const blocks = newBlocks(inPlay, map, scope);
      added = [];
      touched = [];
      removed = [];
      const becameWidgets = changed.filter((b) => b.isConnected && widgets.note(b));
      if (changed.length > 0) opts.onChanged?.(changed, becameWidgets);
      if (blocks.length > 0) opts.onBlocks(blocks);
    },
    MUTATION_DEBOUNCE_MS,
    MUTATION_MAX_WAIT_MS,
  );
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (opts.isOwn(r.target)) continue;
      if (r.type === 'characterData') {
        touched.push(r.target);
        continue;
      }
      for (const n of Array.from(r.addedNodes)) {
        if (!opts.isOwn(n)) added.push(n);
      }
      if (r.removedNodes.length > 0) {
        touched.push(r.target);
        for (const n of Array.from(r.removedNodes)) if (!opts.isOwn(n)) removed.push(n);
      }
    }
    if (added.length + touched.length > 0) flush();
  });
  observer.observe(scope, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    flush.cancel();
    added = [];
    touched = [];
    removed = [];
  };
}

/** Returns a function that stops watching, after starting to report URL changes (SPA navigation). */
export function watchUrl(win: Window, onChange: (url: string) => void, pollMs = 1000): () => void {
  // A jump to an anchor (#kommentare) is not a new page.
  const withoutHash = () => win.location.href.split('#')[0];
  let url = withoutHash();
  const check = () => {
    const now = withoutHash();
    if (now === url) return;
    url = now;
    onChange(win.location.href);
  };
  // Content scripts cannot see the page's history.pushState calls: popstate catches
  // back/forward, a cheap poll catches pushState.
  win.addEventListener('popstate', check);
  const timer = setInterval(check, pollMs);
  return () => {
    win.removeEventListener('popstate', check);
    clearInterval(timer);
  };
}
