/**
 * Which elements added to a live page are new article blocks? Added subtrees are broken into
 * their text blocks (paragraphs, headings, list items, quotes); page furniture (ads, share
 * bars, comment forms) and Kontext's own nodes are skipped, as is anything already mapped.
 */
import { isOutsideArticle } from '../article/boilerplate.ts';
import { isMapped, type TextMap } from '../article/text-map.ts';

/** Elements that hold one run of article text. */
const TEXT_BLOCK_TAGS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'PRE',
  'DD',
  'DT',
]);

const TEXT_BLOCK_SELECTOR = Array.from(TEXT_BLOCK_TAGS).join(',');

function hasText(el: Element): boolean {
  return /\S/.test(el.textContent ?? '');
}

function outsideArticleUpTo(el: Element, stop: Element | null): boolean {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (isOutsideArticle(cur)) return true;
  }
  return false;
}

/** Returns the text blocks inside `added` (itself when it has no inner blocks) not yet mapped. */
export function blocksOf(added: Element, map: TextMap, scope: Element | null): Element[] {
  if (outsideArticleUpTo(added, scope) || isMapped(map, added) || !hasText(added)) return [];
  if (TEXT_BLOCK_TAGS.has(added.tagName.toUpperCase())) return [added];
  const inner = Array.from(added.querySelectorAll(TEXT_BLOCK_SELECTOR)).filter((el) => {
    // Outermost blocks only: a <p> inside an <li> belongs to the <li>.
    const outer = el.parentElement?.closest(TEXT_BLOCK_SELECTOR);
    return (
      hasText(el) && !isMapped(map, el) && !(outer && added.contains(outer)) && !outsideArticleUpTo(el, added)
    );
  });
  return inner.length > 0 ? inner : [added];
}

/** Returns the new blocks in the added nodes, deduplicated and in document order. */
export function newBlocks(added: readonly Node[], map: TextMap, scope: Element | null): Element[] {
  const found = new Set<Element>();
  for (const node of added) {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el?.isConnected) continue;
    for (const b of blocksOf(el, map, scope)) found.add(b);
  }
  // Drop blocks nested in other found blocks, then sort by document position.
  const list = Array.from(found).filter((b) => !Array.from(found).some((o) => o !== b && o.contains(b)));
  return list.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
