/**
 * What kind of element is this? The small, cheap predicates shared by find-article.ts and
 * text-map.ts. Only attributes and tag names are read: no layout, no getComputedStyle, so they
 * are safe to call for every element of a big page and work the same under linkedom and jsdom.
 */

/** Elements whose content is never article text (code, media, form controls, metadata). */
export const NEVER_TEXT_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'MATH',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'OPTION',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** Elements that start a new line of text when rendered (HTML's block-level flow content). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'UL',
]);

/** Heading tags: kept inside the article even when short. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Upper-case tag name; linkedom and XHTML documents may report lower case. */
export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** True when the element can never carry readable article text (script, style, form control …). */
export function isNeverText(el: Element): boolean {
  return NEVER_TEXT_TAGS.has(tagOf(el));
}

// Inline styles that hide an element; the only styling we can see without a layout read.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** True when the markup itself hides the element: `hidden`, `aria-hidden="true"` or an inline display:none. */
export function isMarkedHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** True when the element starts a new line of text (block-level). */
export function isBlockTag(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el));
}

/**
 * −1 when `a` comes before `b` in document order (an ancestor comes before its descendants),
 * 1 when after, 0 when the same node or in different trees. Walks ancestor chains itself,
 * because linkedom's compareDocumentPosition is wrong for nodes that are not siblings.
 */
export function documentOrder(a: Node, b: Node): -1 | 0 | 1 {
  if (a === b) return 0;
  const pathA: Node[] = [];
  for (let n: Node | null = a; n; n = n.parentNode) pathA.push(n);
  const pathB: Node[] = [];
  for (let n: Node | null = b; n; n = n.parentNode) pathB.push(n);
  let i = pathA.length - 1;
  let j = pathB.length - 1;
  if (pathA[i] !== pathB[j]) return 0;
  while (i > 0 && j > 0 && pathA[i - 1] === pathB[j - 1]) {
    i--;
    j--;
  }
  if (i === 0) return -1; // a is an ancestor of b
  if (j === 0) return 1; // b is an ancestor of a
  const childA = pathA[i - 1];
  const childB = pathB[j - 1];
  for (let n = childA.nextSibling; n; n = n.nextSibling) if (n === childB) return -1;
  return 1;
}
