/**
 * Two reports in one sentence: "X sagte, A sei tot, doch Y erklärte, B sei unklar." The first report's
 * content ends where a coordinated clause opens its own speech verb with its own subject. Also the
 * report before a second verb that introduces a direct quote ("X sagte, A sei B, und fügte hinzu: „…“").
 */
import type { Span } from '../types.ts';
import { contentSpan } from './clause.ts';
import { findReported, type ReportedFinding, subjunctiveAt } from './reported.ts';
import { type ClaimView, wordAt } from './view.ts';

/** Conjunctions that may open the second report ("…, doch Y erklärte, …"). */
const JOINERS = new Set(['und', 'doch', 'aber', 'während', 'wohingegen', 'sondern', 'jedoch']);

/** The first report cut short and the second one. */
export interface SecondReport {
  first: Span;
  second: ReportedFinding;
}

/**
 * Returns the second report inside the content of `first` (sentence ends at w1), or null. Only the
 * first candidate is tried, so a long sentence costs one more pass at most.
 */
export function secondReport(
  view: ClaimView,
  first: ReportedFinding,
  w1: number,
  inQuote: (i: number) => boolean,
): SecondReport | null {
  if (first.rule !== 'complement') return null;
  const ws = view.words;
  const c0 = wordAt(view, first.content.start);
  for (let k = c0 + 2; k + 3 < w1; k++) {
    if (ws[k].text !== ',' || !JOINERS.has(ws[k + 1].lower) || inQuote(k)) continue;
    const second = findReported(view, k + 2, w1, inQuote);
    // Only a report with its own named subject: "…, und er sagte" stays one report.
    if (second?.rule !== 'complement' || !second.phrase || second.phrase.pronoun) return null;
    const cut = contentSpan(view, c0, k);
    return cut ? { first: cut, second } : null;
  }
  return null;
}

/**
 * The complement clause of a first speech verb before the cue of a direct quote in the same sentence
 * ("Er sagte, Europa brauche die Engländer, und fügte hinzu: „…“"), or null. The part before the quote's
 * cue is read as a sentence of its own, without a trailing "und".
 */
export function reportBeforeQuoteCue(
  view: ClaimView,
  w0: number,
  cue: number,
  inQuote: (i: number) => boolean,
): ReportedFinding | null {
  let end = cue;
  while (end > w0 && /^(und|sowie|,)$/.test(view.words[end - 1].lower)) end--;
  if (end - w0 < 4) return null;
  const r = findReported(view, w0, end, inQuote, true);
  return r?.rule === 'complement' && !r.impersonal ? r : null;
}

/**
 * "Der Verkehr sei „fast vollständig zum Erliegen gekommen“, sagte ein Sprecher.": a Konjunktiv clause
 * that frames a partial quote and ends at the comma before the quote's own cue is reported speech of
 * that cue's speaker. Returns the span of that clause, or null. `quoteStart` is the quote's first word,
 * `cue` the first word of its cue.
 */
export function framedQuoteReport(view: ClaimView, w0: number, quoteStart: number, cue: number): Span | null {
  const ws = view.words;
  // The quote stands inside the clause, after words of its own; the cue follows a comma.
  if (quoteStart - w0 < 2 || cue - 1 <= quoteStart || ws[cue - 1].text !== ',') return null;
  // The Konjunktiv is the frame's, outside the quote ("Er sei „…“", "Sie sei „…“ über das Geschehen").
  const quoteEnd = wordAfterQuote(view, quoteStart, cue);
  const before = subjunctiveAt(view, w0, quoteStart).weight;
  const after = quoteEnd < cue - 1 ? subjunctiveAt(view, quoteEnd - 1, cue - 1).weight : 0;
  if (Math.max(before, after) < 0.75) return null;
  return contentSpan(view, w0, cue - 1);
}

/** The first word after the quote that opens at `quoteStart` (its closing mark included), before `limit`. */
function wordAfterQuote(view: ClaimView, quoteStart: number, limit: number): number {
  let i = quoteStart + 1;
  while (i < limit && !/^[“”"»«]$/.test(view.words[i].text)) i++;
  return Math.min(limit, i + 1);
}
