/**
 * Reported content in a relative clause of a source noun: "ein Bericht der Agentur X, wonach …",
 * "Meldungen, nach denen …", "Angaben, denen zufolge …", "ein Gutachten, laut dem …". The clause after the relative word is the
 * claim and the noun phrase before the comma its source. Without this, ", wonach" read like a
 * postposed cue (", sagte X") and the text *before* the comma became the claim.
 */
import { contentSpan } from './clause.ts';
import { isCapitalised } from './grammar.ts';
import type { ReportedFinding } from './reported.ts';
import { phraseAt, type SpeakerPhrase } from './speaker.ts';
import type { ClaimView } from './view.ts';

/** Head nouns of reports and sources, also as a compound tail ("Pressemeldungen", "Medienberichte"). */
const SOURCE_NOUN =
  /(bericht|berichte|berichten|berichts|meldung|meldungen|angaben|befunde|befunden|schätzung|schätzungen|spekulationen|gerücht|gerüchte|gerüchten|information|informationen|studie|studien|umfrage|umfragen|hinweis|hinweise|hinweisen|aussage|aussagen|vorwurf|vorwürfe|vorwürfen|behauptung|behauptungen|darstellung|darstellungen|erkenntnisse|erkenntnissen|analyse|prognose|mitteilung|erklärung|dokument|dokumente|papier|gutachten|urteil|quellen|version|sichtweise|eindruck|verdacht|ansicht|auffassung|vermutung|vermutungen|theorie|annahme|befürchtung|befürchtungen|warnung|warnungen|zeitung|zeitungen|agentur|magazin|sender|medien|kreise|kreisen)$/iu;
/** Words that end the relative clause when they follow its comma: a finite verb of the main clause. */
const MAIN_VERB =
  /^(wurde|wurden|wird|werden|ist|sind|war|waren|sei|seien|hat|haben|hatte|hatten|konnte|konnten|kann|können|will|wollte|wies|gab|bestritt|nannte|hieß)$/;
/** A lower-case weak past-tense verb ("bestätigte", "dementierten") after the comma also ends it. */
const PAST_VERB = /^\p{Ll}{3,}(te|ten)$/u;
/** Lower-case words ending like a past verb that are not verbs. */
const NOT_VERB =
  /^(erste|ersten|letzte|letzten|meisten|beste|besten|mitten|unten|hinten|dritte|dritten|zweite|zweiten)$/;
/** How far back the source noun phrase may start before the comma. */
const REACH = 14;

/** Returns the claim of a relative attribution at word c (", wonach", ", nach denen", ", denen zufolge"). */
export function relativeReport(view: ClaimView, c: number, w0: number, w1: number): ReportedFinding | null {
  const ws = view.words;
  if (c - 1 <= w0 || ws[c - 1].text !== ',') return null;
  const lower = ws[c].lower;
  const next = ws[c + 1]?.lower ?? '';
  let from = -1;
  let needsNoun = true;
  if (lower === 'wonach') {
    from = c + 1;
    needsNoun = false;
  } else if (lower === 'nach' && /^(denen|dem|der)$/.test(next)) from = c + 2;
  else if (/^(denen|dem|der)$/.test(lower) && next === 'zufolge') from = c + 2;
  else if ((lower === 'laut' || lower === 'gemäß') && /^(denen|dem|der)$/.test(next)) from = c + 2;
  if (from < 0 || from >= w1) return null;
  const source = sourceBefore(view, c - 1, w0);
  if (needsNoun && !source) return null;
  // The relative clause runs to a comma that is followed by the main clause's verb, else to the end.
  let end = from;
  while (end < w1 && !(ws[end].text === ',' && endsClause(ws[end + 1]?.text ?? ''))) end++;
  const content = contentSpan(view, from, end);
  if (!content) return null;
  const cueWords = lower === 'wonach' ? [c] : [c, c + 1];
  return {
    rule: 'relative',
    kind: 'indirect',
    content,
    phrase: source,
    cue: cueWords.map((i) => ws[i].text).join(' '),
    cueSpans: cueWords.map((i) => ({ start: ws[i].start, end: ws[i].end })),
    // Only the source noun phrase speaks; without one the caller's named source or nobody.
    impersonal: true,
  };
}

/** True when `word` after a comma is the finite verb of the main clause the relative clause sits in. */
function endsClause(word: string): boolean {
  return MAIN_VERB.test(word) || (PAST_VERB.test(word) && !NOT_VERB.test(word));
}

/**
 * Returns the noun phrase headed by a source noun that ends right before the comma at `comma`
 * ("Ein Bericht der russischen Nachrichtenagentur „Interfax“"), or, when a verb stands there
 * ("hat Pressemeldungen der New York Times … zurückgewiesen"), the nearest earlier source-noun phrase.
 */
function sourceBefore(view: ClaimView, comma: number, w0: number): SpeakerPhrase | null {
  const ws = view.words;
  const lo = Math.max(w0, comma - REACH);
  // The longest phrase ending at the comma whose head is a source noun.
  for (let a = lo; a < comma; a++) {
    if (
      !isCapitalised(ws[a].text) &&
      !/^(der|die|das|den|dem|des|ein|eine|einer|einem|eines)$/.test(ws[a].lower)
    )
      continue;
    const p = phraseAt(view, a, comma);
    if (p && !p.pronoun && p.w1 === comma && headIsSource(view, p)) return p;
  }
  // A source noun earlier in the clause (its phrase starting at its article).
  for (let i = comma - 1; i >= lo; i--) {
    if (ws[i].text === ',' || ws[i].text === ';') break;
    if (!isCapitalised(ws[i].text) || !SOURCE_NOUN.test(ws[i].text)) continue;
    let a = i;
    while (
      a > lo &&
      /^(der|die|das|den|dem|des|ein|eine|einer|einem|eines|\p{Ll}+(e|en|er|es|em))$/u.test(ws[a - 1].text) &&
      // "machten neue Spekulationen die Runde": a past-tense verb is no adjective of the phrase.
      !(PAST_VERB.test(ws[a - 1].text) && !NOT_VERB.test(ws[a - 1].text) && !ws[a - 1].text.startsWith('ge'))
    )
      a--;
    const p = phraseAt(view, a, comma);
    if (p && !p.pronoun) return p;
  }
  return null;
}

/** True when the first noun of the phrase is a source noun ("Bericht" in "Ein Bericht der Agentur"). */
function headIsSource(view: ClaimView, p: SpeakerPhrase): boolean {
  for (let i = p.w0; i < p.w1; i++)
    if (isCapitalised(view.words[i].text)) return SOURCE_NOUN.test(view.words[i].text);
  return false;
}
