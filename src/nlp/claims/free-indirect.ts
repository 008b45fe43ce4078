/**
 * Where a free indirect claim starts: a sentence whose Konjunktiv stands only in a subordinate clause
 * after an indicative main clause ("X hat den Vorwurf zurückgewiesen, da er jeder Grundlage entbehre")
 * reports that clause, and the main clause's subject is its speaker.
 */
import { isClauseBreak, openingSubject } from './clause.ts';
import { COMPLEMENTISERS } from './grammar.ts';
import type { SpeakerPhrase } from './speaker.ts';
import type { ClaimView } from './view.ts';

/** Subordinators and infinitive openers that start a reported clause after the main clause. */
const OPENERS = new Set(['da', 'weil', 'falls', 'wenn', 'obwohl', 'damit', 'sofern', ...COMPLEMENTISERS]);
/** How far back from the Konjunktiv verb its clause start is looked for. */
const REACH = 30;

/** The reported part of a sentence and the subject of its main clause. */
export interface SubordinateReport {
  /** First word of the reported clause. */
  w0: number;
  subject: SpeakerPhrase | null;
}

/**
 * Returns the subordinate clause holding the Konjunktiv verb at word `konj` when it follows the main
 * clause of the sentence starting at w0 ("…, da er … entbehre"; "…, sofort die Polizei zu rufen, falls …"), or null
 * when the Konjunktiv is in the main clause.
 */
export function subordinateReport(view: ClaimView, w0: number, konj: number): SubordinateReport | null {
  const ws = view.words;
  let b = konj;
  while (b > w0 && konj - b < REACH && !isClauseBreak(view, b - 1)) b--;
  if (b <= w0 + 1 || ws[b - 1].text !== ',' || !OPENERS.has(ws[b].lower)) return null;
  // An infinitive clause right before belongs to the report ("…, sofort die Polizei zu rufen, falls …").
  let first = b;
  const before = ws[b - 2];
  if (ws[b - 3]?.lower === 'zu' || /^\p{Ll}+zu\p{Ll}+en$/u.test(before.lower)) {
    let j = b - 2;
    while (j > w0 && b - j < REACH && !isClauseBreak(view, j - 1)) j--;
    if (j > w0 + 1) first = j;
  }
  return { w0: first, subject: openingSubject(view, w0, first) };
}

/** True when the sentence opens with a condition ("Falls …", "Sollte der Antrag …", "Hätte er …"). */
export function isConditional(view: ClaimView, w0: number): boolean {
  return /^(falls|wenn|sofern|sollte|sollten|würde|würden|wäre|wären|hätte|hätten)$/.test(
    view.words[w0].lower,
  );
}
