/**
 * Article text of an HTML string, for Node (CLI, dataset builder, `analyze --html`, benchmarks):
 * parses with jsdom and runs exactly the extension's code path, findArticle → buildTextMap.
 *
 * Why jsdom and not linkedom: jsdom parses with parse5, the HTML5 tree-construction algorithm
 * browsers use, so the DOM matches what the content script sees. linkedom is about 10× faster
 * to parse but does not repair markup as browsers do (stray <body> tags inside scripts left
 * `document.body` empty on 3 of 81 dev news pages); measured in docs/bench-article.md.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { findArticle } from './find-article.ts';
import { buildTextMap } from './text-map.ts';

export interface ArticleText {
  title?: string;
  /** The article text (blocks separated by "\n\n"); '' when the page has no article. */
  text: string;
  /** Set when `text` is empty: the page has no recognisable article. */
  empty?: 'no-article';
}

/** Pages above this size are refused rather than risk minutes of parsing (50 MB). */
export const MAX_HTML_CHARS = 50_000_000;

/**
 * The main article's title and text of an HTML page; `{ text: '', empty: 'no-article' }` when
 * there is none. Throws TypeError for a non-string and RangeError above MAX_HTML_CHARS.
 * Looping over many pages: let the event loop turn between calls (`await setTimeout 0`);
 * jsdom frees a closed window only then (measured: 120 pages in a synchronous loop kept
 * 533 MB of heap, with a turn between pages 59 MB).
 */
export function articleTextFromHtml(html: string, url?: string): ArticleText {
  if (typeof html !== 'string') throw new TypeError('articleTextFromHtml: html must be a string');
  if (html.length > MAX_HTML_CHARS) {
    throw new RangeError(`articleTextFromHtml: page of ${html.length} characters exceeds ${MAX_HTML_CHARS}`);
  }
  // Page scripts never run (jsdom's default); the page's console is silenced.
  const dom = new JSDOM(html, { url: validUrl(url), virtualConsole: new VirtualConsole() });
  try {
    const found = findArticle(dom.window.document);
    if (!found) return { text: '', empty: 'no-article' };
    const text = buildTextMap(found.blocks).text;
    if (text.length === 0) return { title: found.title, text: '', empty: 'no-article' };
    return found.title === undefined ? { text } : { title: found.title, text };
  } finally {
    dom.window.close();
  }
}

/** jsdom rejects relative or malformed URLs; those are ignored (only text is returned). */
function validUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}
