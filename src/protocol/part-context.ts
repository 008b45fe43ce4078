/**
 * Context for a part of the article text. A late paragraph, an edited one or the second chunk of a
 * long article is analysed on its own, so "Er sagte …" there cannot reach the speaker named in the
 * paragraph before, "Scholz" cannot become "Olaf Scholz", and the article's "(dpa)" byline does not
 * reach its claims. The content script therefore sends the text that precedes the part in reading
 * order (a few paragraphs, `CONTEXT_CHARS`), led by the sentences that introduced people the part
 * names again further up the page (`introductions`); the background analyses context and part
 * together and keeps only what starts in the part (`withoutContext`), with offsets into the part. Pure.
 */
import type { Analysis, Claim, Span } from '../nlp/types.ts';
import { lowerBound, overlapsAny, shiftAnalysis } from './page-merge.ts';

/** How much preceding text the content script sends with a part (characters, whole paragraphs). */
export const CONTEXT_CHARS = 1_500;
/** Longest context the background accepts. */
export const MAX_CONTEXT = 4_000;
/** Between context and part, as between two blocks of the article text (text-map's BLOCK_SEPARATOR). */
export const CONTEXT_SEPARATOR = '\n\n';

/** Returns the text to analyse for a part with its context, and where the part starts in it. */
export function joinContext(context: string | undefined, text: string): { input: string; cut: number } {
  if (!context) return { input: text, cut: 0 };
  const prefix = context + CONTEXT_SEPARATOR;
  return { input: prefix + text, cut: prefix.length };
}

/**
 * Returns the analysis of `input` (as `joinContext` built it) restricted to what starts at or after
 * `cut`, offsets moved back by `cut`. Whatever starts in the context is left out — it belongs to an
 * earlier part — also a claim that runs from the context into the part. A speaker found in the
 * context keeps its text and canonical name but loses its offsets, which would point outside the part.
 */
export function withoutContext(analysis: Analysis, cut: number): Analysis {
  if (cut === 0) return analysis;
  const inPart = (s: Span) => s.start >= cut;
  // A speaker named in the context: its offsets would point before the part.
  const claims = analysis.claims.filter(inPart).map((c): Claim => {
    const at = c.speaker?.start ?? c.speaker?.end;
    return c.speaker && at !== undefined && at < cut
      ? { ...c, speaker: { text: c.speaker.text, canonical: c.speaker.canonical } }
      : c;
  });
  return shiftAnalysis(
    {
      sentences: analysis.sentences.filter(inPart),
      ...(analysis.tokens ? { tokens: analysis.tokens.filter(inPart) } : {}),
      entities: analysis.entities.filter(inPart),
      claims,
    },
    -cut,
  );
}

/** A sentence end inside a paragraph ("… gesagt. Die", "… an.“ Er"): where a cut-off context may start. */
const SENTENCE_END = /[.!?…]["“”»«’']?\s+(?=\S)/g;

/**
 * Returns the context paragraphs for a part: of `paragraphs` (the text before the part, nearest
 * first), as many whole ones as fit in `maxChars`, in reading order and joined like the article
 * text; when the nearest alone is longer, its tail from a sentence start ('' if none fits).
 */
export function nearestText(paragraphs: Iterable<string>, maxChars: number): string {
  const parts: string[] = [];
  let used = 0;
  if (maxChars <= 0) return '';
  for (const text of paragraphs) {
    const cost = text.length + (parts.length > 0 ? CONTEXT_SEPARATOR.length : 0);
    if (used + cost > maxChars) {
      if (parts.length === 0) parts.push(sentenceTail(text, maxChars));
      break;
    }
    parts.push(text);
    used += cost;
  }
  return parts.filter(Boolean).reverse().join(CONTEXT_SEPARATOR);
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

/**
 * Returns the context of a part: the sentences that introduced people it names again by a short
 * form (`introductions`, from the page state so far; none without one), then `near`, the
 * paragraphs right before it (`nearestText`). The content script and bench:parts both build it here.
 */
export function partContext(
  page: Analysis | null,
  text: string,
  part: string,
  near: string,
  dead: readonly Span[] = [],
): string {
  const intro = page ? introductions(page, text, part, near, dead) : '';
  return [intro, near].filter(Boolean).join(CONTEXT_SEPARATOR);
}

/** How much of the context may go to sentences that introduced a person named again in the part. */
export const INTRO_CHARS = 1_000;
/** An introducing sentence longer than this is left out (it would crowd out the others). */
const INTRO_SENTENCE_MAX = 400;

/**
 * Returns the sentences of the page that first named, in full, a person the part names again by a
 * short form ("Friedrich Merz" further up, "Merz" in the part), joined by spaces, at most `maxChars`.
 * They go first in the part's context, before the nearest paragraphs, so the pipeline links the
 * short form as in the whole article while pronouns still find the nearest person. `page` is the
 * page state so far and `text` the article text its offsets point into; people whose full name is
 * already in `near` (the nearest paragraphs) are skipped, and so are sentences in `dead` spans
 * (text the page has changed since; the page state may not have dropped it yet).
 */
export function introductions(
  page: Analysis,
  text: string,
  part: string,
  near: string,
  dead: readonly Span[] = [],
  maxChars = INTRO_CHARS,
): string {
  const out: string[] = [];
  const seen = new Set<string>();
  const usedSentences = new Set<number>();
  let used = 0;
  for (const m of page.entities) {
    if (m.type !== 'PER' || m.form || seen.has(m.canonical)) continue;
    const words = m.text.split(/\s+/);
    if (words.length < 2) continue;
    if (near.includes(m.text) || !containsWord(part, words[words.length - 1])) {
      seen.add(m.canonical);
      continue;
    }
    const s = sentenceAt(page.sentences, m.start);
    if (s < 0) continue;
    if (usedSentences.has(s)) {
      seen.add(m.canonical); // it goes along with another person already
      continue;
    }
    const sentence = text.slice(page.sentences[s].start, page.sentences[s].end);
    // Stale, too long or over the budget: a later full mention of the person may do.
    if (overlapsAny(page.sentences[s], dead)) continue;
    if (sentence.length > INTRO_SENTENCE_MAX || used + sentence.length + 1 > maxChars) continue;
    seen.add(m.canonical);
    usedSentences.add(s);
    out.push(sentence);
    used += sentence.length + 1;
  }
  return out.join(' ');
}

/** Letters, digits and the hyphen: what continues a word ("Merzig", "Merz-Lager" are other words). */
const WORD_CHAR = /[\p{L}\p{N}-]/u;

/** True when `word` stands in `text` as a whole word, also with a genitive s ("Merzs", "Merz’"). */
function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    let end = at + word.length;
    if (text[end] === 's') end++;
    if (!WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[end] ?? ' ')) return true;
  }
  return false;
}

/** Index of the sentence (sorted, non-overlapping spans) that holds `pos`, or -1. */
function sentenceAt(sentences: readonly Span[], pos: number): number {
  const i = lowerBound(sentences, (s) => s.end <= pos);
  return i < sentences.length && sentences[i].start <= pos ? i : -1;
}
