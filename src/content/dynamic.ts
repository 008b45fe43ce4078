/**
 * Late content: a MutationObserver on the article root's parent collects added nodes,
 * debounced, and hands over only the new article blocks. Kontext's own nodes (shadow host,
 * style element) are ignored, so painting never re-triggers analysis.
 */
import type { TextMap } from '../article/text-map.ts';
import { newBlocks } from './new-blocks.ts';
import { debounce } from './schedule.ts';

/** Quiet time (ms) after the last mutation before new text is analysed. */
export const MUTATION_DEBOUNCE_MS = 400;

export interface WatchOptions {
  root: Element;
  map: () => TextMap;
  /** Nodes of Kontext itself. */
  isOwn: (node: Node) => boolean;
  onBlocks: (blocks: Element[]) => void;
}

/** Returns a function that stops watching, after starting to watch the root and its parent. */
export function watchArticle(opts: WatchOptions): () => void {
  const scope = opts.root.parentElement ?? opts.root;
  let added: Node[] = [];
  const flush = debounce(() => {
    const nodes = added;
    added = [];
    const blocks = newBlocks(nodes, opts.map(), scope);
    if (blocks.length > 0) opts.onBlocks(blocks);
  }, MUTATION_DEBOUNCE_MS);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (opts.isOwn(r.target)) continue;
      for (const n of Array.from(r.addedNodes)) {
        if (!opts.isOwn(n)) added.push(n);
      }
    }
    if (added.length > 0) flush();
  });
  observer.observe(scope, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    flush.cancel();
    added = [];
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
