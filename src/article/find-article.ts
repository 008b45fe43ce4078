/**
 * Finding the main article of a page: which block elements hold its text.
 *
 * The algorithm (after Mozilla Readability's scoring, but read-only and in one cheap pass):
 *  1. Measure. One post-order walk over the body computes, per element, its visible text length,
 *     the part of it inside links and its commas. Subtrees that cannot be article text are not
 *     entered: scripts/styles/forms, markup-hidden elements, furniture by tag or role (nav, aside,
 *     footer, role=navigation …) and by class/id words (comments, teaser, share, related …).
 *     A "paragraph" is an element with at least MIN_PARAGRAPH_CHARS of its own text that has no
 *     measured block child (a <p>, or a <div>/<td> used like one).
 *  2. Score. Every paragraph adds 1 + commas + one point per 100 characters (at most 3) to its
 *     ancestors: full to the parent, half to the grandparent, a third per level above that, up to
 *     SCORE_LEVELS levels. A candidate's score is then scaled by (1 − link density) and gets a
 *     small tag/class bonus (<article> and main-like classes up, list containers down).
 *  3. Choose. The best candidate; if several strong candidates share an ancestor, or the parent
 *     scores about as well, take the ancestor (split article bodies), then add siblings that score
 *     well or are clean paragraphs (Readability's sibling rule).
 *  4. Collect. Inside the chosen elements, every leaf text block in document order, except
 *     furniture subtrees, link lists (link density > MAX_BLOCK_LINK_DENSITY) and the non-heading
 *     parts of an article <header> (kicker, byline, date). The page's headline <h1> is put first
 *     when it lies outside the chosen elements.
 *  5. Refuse. If the result has less than MIN_ARTICLE_CHARS of text or fewer than
 *     MIN_ARTICLE_PARAGRAPHS paragraphs, the page has no article: null.
 *  6. Retry. A result under RETRY_BELOW_CHARS is looked for again without class/id rules (they
 *     can misfire on the article itself); the longer result wins.
 *
 * Cost: one walk plus work linear in the number of paragraphs; no layout reads, no
 * getComputedStyle, no DOM writes. The walk is a generator that yields every YIELD_EVERY_NODES
 * elements, so findArticleSliced can hand the main thread back between slices; findArticle runs
 * the same generator to the end in one go.
 */
import { hasFurnitureClass, isOutsideArticle } from './boilerplate.ts';
import { documentOrder, HEADING_TAGS, isBlockTag, tagOf } from './dom-rules.ts';

export interface FoundArticle {
  /** Headline: the article's <h1>, else og:title/document title without the site name. */
  title?: string;
  /** The element that holds (most of) the article. */
  root: Element;
  /** Block elements whose text makes up the article, in document order, none inside another. */
  blocks: Element[];
}

export interface FindArticleOptions {
  /** Minimum article text length in characters (default MIN_ARTICLE_CHARS). */
  minChars?: number;
}

/** Shortest own text (characters) for an element to count as a paragraph when scoring. */
export const MIN_PARAGRAPH_CHARS = 25;
/** How many ancestor levels receive a paragraph's score. */
export const SCORE_LEVELS = 5;
/** Shortest article (characters) we accept; shorter means "no article on this page". */
export const MIN_ARTICLE_CHARS = 250;
/** Fewest scored paragraphs an article must have. */
export const MIN_ARTICLE_PARAGRAPHS = 1;
/** Shortest heading text compared with the page title (shorter ones match too easily). */
export const MIN_HEADLINE_CHARS = 10;
/** Shortest prose block (characters) kept in an article header or between headline and body. */
export const MIN_PROSE_CHARS = 50;
/** Prose has at most this share of link text. */
export const MAX_PROSE_LINK_DENSITY = 0.3;
/** A block whose text is more than this share link text is a link list, not article text. */
export const MAX_BLOCK_LINK_DENSITY = 0.5;
/** Strong alternatives: candidates scoring at least this share of the best one. */
export const ALTERNATIVE_SCORE_RATIO = 0.75;
/** How many strong alternatives sharing an ancestor make that ancestor the article. */
export const MIN_ALTERNATIVES_FOR_ANCESTOR = 3;
/** A sibling joins the article if it scores at least this share of the best candidate … */
export const SIBLING_SCORE_RATIO = 0.2;
/** … and at least this absolute score. */
export const MIN_SIBLING_SCORE = 10;
/** An article shorter than this (characters) is looked for again without the class/id rules. */
export const RETRY_BELOW_CHARS = 500;
/** A furniture-classed element holding at least this share of the page's text is a misnamed wrapper. */
export const WRAPPER_SHARE = 0.3;
/** Elements walked between two yield points of the generator. */
export const YIELD_EVERY_NODES = 100;

/** Per-element measurements from the walk. */
interface Stats {
  /** Visible text characters, not counting furniture-classed descendants. */
  chars: number;
  linkChars: number;
  commas: number;
  /** Characters including furniture-classed descendants (to recognise misnamed wrappers). */
  rawChars: number;
  /** Characters of its direct text nodes. */
  ownChars: number;
  /** Has a block-level child with counted text. */
  hasBlockChild: boolean;
  /** Its class/id marks it as furniture (and it is not a wrapper of most of the page). */
  furniture: boolean;
  score: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const COMMAS = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;
const WHITESPACE_RUN = /\s+/g;

/** Tag bonus of a candidate (Readability's initializeNode): containers up, lists and headings down. */
function tagBonus(tag: string): number {
  switch (tag) {
    case 'ARTICLE':
      return 10;
    case 'DIV':
    case 'SECTION':
    case 'MAIN':
      return 5;
    case 'PRE':
    case 'TD':
    case 'BLOCKQUOTE':
      return 3;
    case 'OL':
    case 'UL':
    case 'DL':
    case 'DD':
    case 'DT':
    case 'LI':
    case 'ADDRESS':
      return -3;
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
    case 'TH':
      return -5;
    default:
      return 0;
  }
}

const POSITIVE_CLASS = /article|artikel|body|content|entry|main|post|text|story|beitrag/i;
const NEGATIVE_CLASS =
  /comment|kommentar|footer|sidebar|related|teaser|share|promo|widget|meta|banner|sponsor/i;

/** Class/id weight: +25 for content-like, −25 for furniture-like names. */
function classWeight(el: Element): number {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  let weight = 0;
  if (POSITIVE_CLASS.test(names)) weight += 25;
  if (NEGATIVE_CLASS.test(names)) weight -= 25;
  return weight;
}

function collapsedLength(text: string): number {
  const trimmed = text.trim();
  return trimmed.length === 0 ? 0 : trimmed.replace(WHITESPACE_RUN, ' ').length + 1;
}

function countCommas(text: string): number {
  COMMAS.lastIndex = 0;
  let n = 0;
  while (COMMAS.exec(text)) n++;
  return n;
}

function linkDensity(s: Stats): number {
  return s.chars === 0 ? 0 : s.linkChars / s.chars;
}

/**
 * Step 1: the measurement walk. Yields every YIELD_EVERY_NODES elements. Elements that are never
 * text, hidden, or furniture by tag/role are not entered. Elements furniture by class/id are
 * measured but their text is not counted in their ancestors — unless they hold at least
 * WRAPPER_SHARE of the page's text: then the name misleads ("right-sidebar" around the whole
 * article, "has-recommendations") and they count as ordinary containers.
 */
function* measure(
  body: Element,
  stats: Map<Element, Stats>,
  paragraphs: Element[],
  headings: Element[],
  byClass: boolean,
): Generator<void, void> {
  // Iterative post-order walk: a frame is an element and its next child to visit.
  const stack: { el: Element; child: ChildNode | null; s: Stats }[] = [];
  const flagged: Element[] = [];
  const open = (el: Element) =>
    stack.push({
      el,
      child: el.firstChild,
      s: {
        chars: 0,
        linkChars: 0,
        commas: 0,
        rawChars: 0,
        ownChars: 0,
        hasBlockChild: false,
        furniture: byClass && el !== body && hasFurnitureClass(el),
        score: 0,
      },
    });
  open(body);
  let visited = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const node = frame.child;
    if (node) {
      frame.child = node.nextSibling;
      if (node.nodeType === TEXT_NODE) {
        const data = (node as Text).data;
        const len = collapsedLength(data);
        if (len > 0) {
          frame.s.chars += len;
          frame.s.rawChars += len;
          frame.s.ownChars += len;
          frame.s.commas += countCommas(data);
        }
      } else if (node.nodeType === ELEMENT_NODE && !isOutsideArticle(node as Element, false)) {
        open(node as Element);
        if (++visited % YIELD_EVERY_NODES === 0) yield;
      }
      continue;
    }
    // All children done: close the frame.
    stack.pop();
    const { el, s } = frame;
    stats.set(el, s);
    if (s.furniture) flagged.push(el);
    // Post-order equals document order for headings: they never contain one another.
    const tag = tagOf(el);
    if (tag === 'H1' || tag === 'H2') headings.push(el);
    if (tag === 'A') s.linkChars = s.chars;
    if (s.ownChars >= MIN_PARAGRAPH_CHARS || (!s.hasBlockChild && s.chars >= MIN_PARAGRAPH_CHARS)) {
      if (isBlockTag(el) || s.ownChars >= MIN_PARAGRAPH_CHARS) paragraphs.push(el);
    }
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.s.rawChars += s.rawChars;
      if (!s.furniture) addToParent(parent.s, s, el);
    }
  }
  // Misnamed wrappers, deepest first (post-order): count their text in their ancestors after all.
  const pageChars = stats.get(body)?.rawChars ?? 0;
  for (const el of flagged) {
    const s = stats.get(el)!;
    if (s.rawChars < pageChars * WRAPPER_SHARE) continue;
    s.furniture = false;
    let child = el;
    for (let anc = el.parentElement; anc; anc = anc.parentElement) {
      const as = stats.get(anc);
      if (!as) break;
      addToParent(as, s, child);
      if (as.furniture) break; // it passes the sum on itself if it turns out to be a wrapper too
      child = anc;
    }
  }
}

function addToParent(parent: Stats, s: Stats, el: Element): void {
  parent.chars += s.chars;
  parent.linkChars += s.linkChars;
  parent.commas += s.commas;
  if (isBlockTag(el) && s.chars > 0) parent.hasBlockChild = true;
}

/** True when the element or an ancestor is furniture by class (its text is not article text). */
function inFurniture(el: Element, stats: Map<Element, Stats>, body: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const s = stats.get(cur);
    if (!s || s.furniture) return true; // furniture, or inside an element that was not entered
    if (cur === body) return false;
  }
  return true; // not inside the body
}

/** Step 2: paragraph scores flow to ancestors; returns the scored candidates. */
function score(paragraphs: Element[], stats: Map<Element, Stats>, body: Element): Element[] {
  const candidates = new Set<Element>();
  for (const p of paragraphs) {
    const s = stats.get(p)!;
    // A paragraph that is mostly links (a teaser, a link list) gives no evidence of an article.
    if (linkDensity(s) > MAX_BLOCK_LINK_DENSITY || inFurniture(p, stats, body)) continue;
    const points = 1 + s.commas + Math.min(Math.floor(s.chars / 100), 3);
    let level = 0;
    for (let anc = p.parentElement; anc && level < SCORE_LEVELS; anc = anc.parentElement, level++) {
      const as = stats.get(anc);
      if (!as) break;
      if (!candidates.has(anc)) {
        candidates.add(anc);
        as.score += tagBonus(tagOf(anc)) + classWeight(anc);
      }
      as.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      if (anc === body) break;
    }
  }
  const list = [...candidates];
  for (const c of list) {
    const s = stats.get(c)!;
    s.score *= 1 - linkDensity(s);
  }
  return list;
}

/** Step 3: the best candidate, widened to a shared ancestor when the article is split. */
function choose(candidates: Element[], stats: Map<Element, Stats>, body: Element): Element | null {
  if (candidates.length === 0) return null;
  const sorted = candidates.sort((a, b) => stats.get(b)!.score - stats.get(a)!.score);
  let top = sorted[0];
  const topScore = stats.get(top)!.score;
  if (topScore <= 0) return null;

  // Several strong alternatives under one ancestor: the ancestor is the article.
  const alternatives = sorted
    .slice(1, 6)
    .filter((c) => stats.get(c)!.score >= topScore * ALTERNATIVE_SCORE_RATIO);
  if (alternatives.length >= MIN_ALTERNATIVES_FOR_ANCESTOR) {
    // Count, per ancestor, how many alternatives lie under it (one walk up per alternative).
    const under = new Map<Element, number>();
    for (const c of alternatives) {
      for (let anc = c.parentElement; anc; anc = anc.parentElement) under.set(anc, (under.get(anc) ?? 0) + 1);
    }
    for (let anc = top.parentElement; anc && anc !== body; anc = anc.parentElement) {
      if ((under.get(anc) ?? 0) >= MIN_ALTERNATIVES_FOR_ANCESTOR) {
        top = anc;
        break;
      }
    }
  }

  // Climb while the parent scores better (the article body was split into sub-containers).
  let last = stats.get(top)?.score ?? topScore;
  for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const ps = stats.get(parent);
    if (!ps) break;
    if (ps.score < last / 3) break;
    if (ps.score > last) {
      top = parent;
      break;
    }
    last = ps.score;
  }
  // A wrapper with a single child says nothing new: take the wrapper, its siblings may belong.
  while (top.parentElement && top.parentElement !== body && top.parentElement.children.length === 1) {
    if (!stats.has(top.parentElement)) break;
    top = top.parentElement;
  }
  return top;
}

const SENTENCE_END = /[.!?:"“”»«]\s*$/;

/** Step 3b: the top candidate and the siblings that belong to the same article. */
function withSiblings(top: Element, stats: Map<Element, Stats>): Element[] {
  const parent = top.parentElement;
  if (!parent) return [top];
  const topStats = stats.get(top);
  const threshold = Math.max(MIN_SIBLING_SCORE, (topStats?.score ?? 0) * SIBLING_SCORE_RATIO);
  const topClass = top.getAttribute('class') ?? '';
  const chosen: Element[] = [];
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib === top) {
      chosen.push(sib);
      continue;
    }
    const s = stats.get(sib);
    if (!s || s.furniture) continue; // furniture or empty
    let sibScore = s.score;
    if (topClass !== '' && sib.getAttribute('class') === topClass) sibScore += (topStats?.score ?? 0) * 0.2;
    if (sibScore >= threshold) chosen.push(sib);
    else if (tagOf(sib) === 'P') {
      const density = linkDensity(s);
      if (s.chars > 80 && density < 0.25) chosen.push(sib);
      else if (s.chars > 0 && density === 0 && SENTENCE_END.test(sib.textContent ?? '')) chosen.push(sib);
    }
  }
  return chosen;
}

/**
 * Where collectBlocks is: in the article body every text block counts; in an article <header>
 * only headings and prose (the lead, not kicker/byline/date); between the headline and the
 * article body ("lead") only prose.
 */
type Zone = 'body' | 'header' | 'lead';

const PROSE_END = /[.!?…:;"“”»«)]$/;

/** Prose: a sentence-like block of some length with few links (a lead, not a byline or date line). */
function isProse(el: Element, s: Stats): boolean {
  if (s.chars < MIN_PROSE_CHARS || linkDensity(s) > MAX_PROSE_LINK_DENSITY) return false;
  return PROSE_END.test((el.textContent ?? '').trim());
}

/** Step 4: leaf text blocks inside `el`, in document order. */
function collectBlocks(el: Element, stats: Map<Element, Stats>, out: Element[], zone: Zone): void {
  const s = stats.get(el);
  if (!s || s.chars === 0 || s.furniture) return; // not measured (hidden, nav …), furniture or empty
  const tag = tagOf(el);
  if (HEADING_TAGS.has(tag)) {
    if (zone !== 'lead') out.push(el);
    return;
  }
  if (!s.hasBlockChild || s.ownChars >= MIN_PARAGRAPH_CHARS) {
    if (zone === 'body' ? linkDensity(s) <= MAX_BLOCK_LINK_DENSITY : isProse(el, s)) out.push(el);
    return;
  }
  const inner: Zone = tag === 'HEADER' && zone === 'body' ? 'header' : zone;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) collectBlocks(c, stats, out, inner);
}

/**
 * Step 4c: headings with no text under them — followed directly by another heading of the same
 * or a higher rank, or last — title link lists and widgets ("Weitere Artikel"), not the article.
 * The first block (the headline) stays.
 */
function dropOrphanHeadings(blocks: Element[]): Element[] {
  const rank = (el: Element) => (HEADING_TAGS.has(tagOf(el)) ? Number(tagOf(el)[1]) : 0);
  return blocks.filter((b, i) => {
    const r = rank(b);
    if (r === 0 || i === 0) return true;
    const next = blocks[i + 1];
    if (!next) return false;
    const nr = rank(next);
    return nr === 0 || nr > r;
  });
}

/** The next element after `el` and its subtree in document order, or null. */
function nextAfter(el: Element): Element | null {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
  }
  return null;
}

/**
 * Step 4b: prose blocks between the headline and the article body (the lead, often a sibling of
 * the body container). Walks only the elements between the two, in document order.
 */
function leadBlocks(h1: Element, firstPart: Element, stats: Map<Element, Stats>): Element[] {
  const out: Element[] = [];
  let cur = nextAfter(h1);
  while (cur && cur !== firstPart) {
    if (cur.contains(firstPart)) {
      cur = cur.firstElementChild; // the body starts inside: look at what precedes it there
      continue;
    }
    collectBlocks(cur, stats, out, 'lead');
    cur = nextAfter(cur);
  }
  return out;
}

const normalizeTitle = (t: string) => t.replace(WHITESPACE_RUN, ' ').trim().toLowerCase();

/** The page title without a trailing " | Site" / " - Site" part. */
function pageTitle(doc: Document): string {
  // getElementsByTagName, not querySelector: no selector engine to start (jsdom builds one per document).
  let og = '';
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    if (meta.getAttribute('property') === 'og:title') {
      og = meta.getAttribute('content') ?? '';
      break;
    }
  }
  const title = og.trim() || (doc.title ?? '');
  return title.replace(/\s+[|–—-]\s+[^|–—-]+$/, '').trim();
}

/**
 * The headline when it lies before the article's blocks: the first h1/h2 whose text matches the
 * page title (either contains the other), else the first h1; null when the blocks hold an h1.
 */
function headline(
  doc: Document,
  stats: Map<Element, Stats>,
  body: Element,
  headings: Element[],
  blocks: Element[],
): Element | null {
  if (blocks.some((b) => tagOf(b) === 'H1')) return null;
  const first = blocks[0];
  const before = (h: Element) => !first || documentOrder(h, first) < 0;
  const title = normalizeTitle(pageTitle(doc));
  let firstH1: Element | null = null;
  for (const h of headings) {
    if (!before(h)) break;
    if (inFurniture(h, stats, body)) continue;
    const text = normalizeTitle(h.textContent ?? '');
    if (text.length >= MIN_HEADLINE_CHARS && title.length >= MIN_HEADLINE_CHARS) {
      if (title.includes(text) || text.includes(title)) return h;
    }
    if (!firstH1 && tagOf(h) === 'H1') firstH1 = h;
  }
  return firstH1;
}

function titleOf(doc: Document, headlineEl: Element | undefined): string | undefined {
  const fromHeadline = headlineEl?.textContent?.replace(WHITESPACE_RUN, ' ').trim();
  return fromHeadline || pageTitle(doc) || undefined;
}

/** Steps 1–5; the article and its length in characters, or null. */
function* attempt(
  doc: Document,
  body: Element,
  minChars: number,
  byClass: boolean,
): Generator<void, { found: FoundArticle; chars: number } | null> {
  const stats = new Map<Element, Stats>();
  const paragraphs: Element[] = [];
  const headings: Element[] = [];
  yield* measure(body, stats, paragraphs, headings, byClass);
  const candidates = score(paragraphs, stats, body);
  yield;
  const top = choose(candidates, stats, body);
  if (!top) return null;
  yield;
  const blocks: Element[] = [];
  const parts = withSiblings(top, stats);
  for (const part of parts) collectBlocks(part, stats, blocks, tagOf(part) === 'HEADER' ? 'header' : 'body');
  yield;
  const h1 = headline(doc, stats, body, headings, blocks);
  if (h1) blocks.unshift(h1, ...leadBlocks(h1, parts[0], stats));
  yield;
  const kept = dropOrphanHeadings(blocks);

  let chars = 0;
  let paragraphCount = 0;
  for (const b of kept) {
    const bs = stats.get(b)!;
    chars += bs.chars;
    if (bs.chars >= MIN_PARAGRAPH_CHARS && !HEADING_TAGS.has(tagOf(b))) paragraphCount++;
  }
  if (chars < minChars || paragraphCount < MIN_ARTICLE_PARAGRAPHS) return null;
  return {
    found: { title: titleOf(doc, h1 ?? kept.find((b) => tagOf(b) === 'H1')), root: top, blocks: kept },
    chars,
  };
}

/**
 * The whole algorithm as a generator that yields between slices of work. When class/id words
 * misfire on the article itself ("item-caption" around a video article's text), the result is
 * short or missing: like Readability, retry without class/id rules and keep the longer result.
 */
function* findArticleSteps(doc: Document, options: FindArticleOptions): Generator<void, FoundArticle | null> {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const minChars = options.minChars ?? MIN_ARTICLE_CHARS;
  const first = yield* attempt(doc, body, minChars, true);
  if (first && first.chars >= RETRY_BELOW_CHARS) return first.found;
  const second = yield* attempt(doc, body, minChars, false);
  if (!first || (second && second.chars > first.chars)) return second?.found ?? null;
  return first.found;
}

/** The page's main article (root element, text blocks, headline), or null when it has none. */
export function findArticle(doc: Document, options: FindArticleOptions = {}): FoundArticle | null {
  const steps = findArticleSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same as findArticle, but works in slices of about `sliceMs` and awaits `yieldToPage()`
 * between them, so no main-thread task runs long; resolves to the article or null.
 */
export async function findArticleSliced(
  doc: Document,
  yieldToPage: () => Promise<void>,
  sliceMs = 8,
  options: FindArticleOptions = {},
): Promise<FoundArticle | null> {
  const steps = findArticleSteps(doc, options);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
