/**
 * Is this element page furniture rather than article text? Decided from the tag, the ARIA role
 * and the class/id words only (no layout reads), so it is cheap enough to ask for every element.
 */
import { isMarkedHidden, isNeverText, tagOf } from './dom-rules.ts';

/** Sectioning tags that hold navigation, asides, site footers and forms, never the article. */
const FURNITURE_TAGS: ReadonlySet<string> = new Set([
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'MENU',
  'DIALOG',
  'FIGCAPTION',
]);

/** ARIA landmark roles of page furniture. */
const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
  'tablist',
  'toolbar',
]);

/**
 * Words in class/id that mark furniture (English and German site conventions). Matched against
 * whole words of class/id split at '-', '_', ':', '.' and camelCase, so "comments" hits
 * "article-comments" but "commentary" is no hit.
 */
const FURNITURE_WORDS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'anzeige',
  'werbung',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'comment',
  'comments',
  'kommentar',
  'kommentare',
  'disqus',
  'community',
  'footer',
  'sidebar',
  'related',
  'teaser',
  'teasers',
  'share',
  'sharing',
  'shariff',
  'social',
  'socials',
  'newsletter',
  'promo',
  'sponsor',
  'sponsored',
  'menu',
  'nav',
  'navigation',
  'navbar',
  'pagination',
  'pager',
  'popup',
  'modal',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'outbrain',
  'taboola',
  'recommendation',
  'recommendations',
  'empfehlung',
  'empfehlungen',
  'tags',
  'byline',
  'meta',
  'dateline',
  'kicker',
  'toolbar',
  'skyscraper',
  'rss',
  'login',
  'subscribe',
  'abo',
  'mehr',
  'meistgelesen',
  'trending',
  'readmore',
  'weiterlesen',
  'author',
  'autor',
  'copyright',
  'caption',
  'credit',
  'credits',
  'bildunterschrift',
  'bildnachweis',
]);

/** Words that mark the article body; an element carrying one is never treated as furniture by class. */
const CONTENT_WORDS: ReadonlySet<string> = new Set([
  'article',
  'artikel',
  'body',
  'content',
  'text',
  'story',
  'entry',
  'post',
  'main',
  'beitrag',
  'richtext',
]);

/**
 * Tags never dismissed by their class: the page and its main landmarks, and text blocks
 * themselves (a heading classed "nav_…" by a table-of-contents script is still a heading;
 * furniture is a container around such blocks).
 */
const NEVER_FURNITURE_BY_CLASS: ReadonlySet<string> = new Set([
  'HTML',
  'BODY',
  'MAIN',
  'ARTICLE',
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

const WORD_SPLIT = /[\s\-_:.]+|(?<=[a-z])(?=[A-Z])/;

/** The lower-case words of an element's class and id. */
export function classWords(el: Element): string[] {
  return wordsOf(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/**
 * True when a class/id token marks the element as furniture: a token that ends in a furniture
 * word (its head noun: "article-comments", "story-sidebar"), or has one and no content word
 * ("vce-related-box" yes, "article-body-ad-free" no). Tokens are judged one by one, so
 * "main-box vce-related-box" is furniture.
 */
export function hasFurnitureClass(el: Element): boolean {
  if (NEVER_FURNITURE_BY_CLASS.has(tagOf(el))) return false;
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
  if (raw.length === 0) return false;
  for (const token of raw.split(/\s+/)) {
    const words = wordsOf(token);
    if (words.length === 0) continue;
    if (FURNITURE_WORDS.has(words[words.length - 1])) return true;
    let furniture = false;
    let content = false;
    for (const w of words) {
      if (FURNITURE_WORDS.has(w)) furniture = true;
      else if (CONTENT_WORDS.has(w)) content = true;
    }
    if (furniture && !content) return true;
  }
  return false;
}

function wordsOf(token: string): string[] {
  return token
    .split(WORD_SPLIT)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

/** True when the element is page furniture by tag or role (nav, aside, footer, form …). */
export function isFurnitureTag(el: Element): boolean {
  if (FURNITURE_TAGS.has(tagOf(el))) return true;
  const role = el.getAttribute('role');
  return role !== null && FURNITURE_ROLES.has(role);
}

/**
 * True when nothing inside the element can be article text: never-text, hidden, furniture by
 * tag/role, or (unless `byClass` is false) furniture by class/id.
 */
export function isOutsideArticle(el: Element, byClass = true): boolean {
  return isNeverText(el) || isMarkedHidden(el) || isFurnitureTag(el) || (byClass && hasFurnitureClass(el));
}
