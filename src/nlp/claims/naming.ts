/**
 * Quotes framed by a verb of naming or calling: "bezeichnete die Lage als „dramatisch“",
 * "sprach von einem „Dammbruch“", "nannte ihn „Gesindel“". Even a one-word quote is then the speaker's
 * own word (a direct quote), not a scare quote. The verb list is German grammar, written by hand.
 */
import type { Span } from '../types.ts';
import { isClauseBreak, subjectOf } from './clause.ts';
import type { SpeakerPhrase } from './speaker.ts';
import type { ClaimView } from './view.ts';

/** Verbs that name something with the quoted words on their own ("nannte X „…“", "bezeichnete X als „…“"). */
const NAMING =
  /^(bezeichnet|bezeichnete|bezeichneten|bezeichnen|nannte|nannten|titulierte|titulierten|tituliert|charakterisierte|charakterisierten|charakterisiert|skandierten|skandierte|skandiert)$/;
/** Verbs that quote only with "von" before the quote ("sprach von einem „Dammbruch“"). */
const SPEAKING_OF = /^(sprach|sprachen|spricht|sprechen|gesprochen|redete|redeten|redet)$/;
/** How many words before the quote the naming verb may stand, inside one clause. */
const REACH = 10;

/** How far back the clause of the verb is searched for its subject (keeps long sentences linear). */
const CLAUSE_REACH = 30;

/** A naming frame: its verb and the verb's subject. */
export interface NamingFrame {
  phrase: SpeakerPhrase | null;
  cue: string;
  cueSpans: Span[];
}

/** Returns the naming frame of a quotation starting at word `q0` (its opening mark), or null. */
export function namingFrame(view: ClaimView, q0: number): NamingFrame | null {
  const ws = view.words;
  if (q0 <= 0) return null;
  const s = view.sentences[ws[q0].sentence];
  let sawVon = false;
  for (let i = q0 - 1; i >= s.w0 && q0 - i <= REACH && !isClauseBreak(view, i); i--) {
    const w = ws[i].lower;
    if (w === 'von' || w === 'vom') sawVon = true;
    if (!NAMING.test(w) && !(sawVon && SPEAKING_OF.test(w))) continue;
    let clauseStart = i;
    while (clauseStart > s.w0 && i - clauseStart < CLAUSE_REACH && !isClauseBreak(view, clauseStart - 1))
      clauseStart--;
    return {
      phrase: subjectOf(view, i, clauseStart, q0, s.w0),
      cue: ws[i].text,
      cueSpans: [{ start: ws[i].start, end: ws[i].end }],
    };
  }
  return null;
}
