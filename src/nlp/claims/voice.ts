/**
 * Voice of a speech cue: "Es wird angenommen, dass …", "Ihm wird vorgeworfen, …", "hieß es" name no
 * speaker; the grammatical subject of a passive cue is the one spoken about or to, not the speaker.
 * Only an agent ("von der Polizei", "durch das Gericht") names who spoke.
 */
import { isClauseBreak } from './clause.ts';
import { isCapitalised } from './grammar.ts';
import { phraseAt, type SpeakerPhrase } from './speaker.ts';
import type { ClaimView } from './view.ts';

/** Forms of "werden" that build the passive with a participle. */
const PASSIVE_AUX = new Set(['wird', 'werden', 'wurde', 'wurden', 'worden', 'würde', 'würden']);
/** How far from the cue the auxiliary may stand inside its clause ("wurde … am Montag … bekannt"). */
const AUX_REACH = 8;

/** True when the form looks like a past participle ("angenommen", "vorgeworfen", "befürchtet", "bekannt"). */
function isParticiple(form: string): boolean {
  return /t$/.test(form) || /^\p{Ll}*ge\p{Ll}+en$/u.test(form);
}

/** The document or body an impersonal report comes from: "In einer Erklärung des Präsidenten hieß es". */
function sourceIn(view: ClaimView, cue: number, a: number, b: number): SpeakerPhrase | null {
  const ws = view.words;
  for (let i = a; i < b; i++) {
    if (!/^(in|im|aus)$/.test(ws[i].lower)) continue;
    // The phrase runs to its last capitalised word before the cue ("einer Erklärung des Präsidenten").
    let last = -1;
    for (let j = i + 1; j < b && j !== cue && !isClauseBreak(view, j); j++)
      if (isCapitalised(ws[j].text)) last = j;
    if (last > i) return { w0: i + 1, w1: last + 1, pronoun: false };
  }
  return null;
}

/** What a passive or impersonal cue tells about its speaker: only the agent phrase, if any. */
export interface Impersonal {
  agent: SpeakerPhrase | null;
}

/**
 * Returns the passive or impersonal reading of the cue at word `cue` in the clause [clauseStart, limit),
 * or null when the cue is active.
 */
export function impersonalCue(
  view: ClaimView,
  cue: number,
  clauseStart: number,
  limit: number,
): Impersonal | null {
  const ws = view.words;
  const form = ws[cue].lower;
  // "heißt es", "hieß es", "es heißt": the impersonal report.
  if (/^(heißt|hieß)$/.test(form) && (ws[cue + 1]?.lower === 'es' || ws[cue - 1]?.lower === 'es'))
    return { agent: sourceIn(view, cue, clauseStart, limit) };
  if (!isParticiple(form)) return null;
  let aux = -1;
  for (let i = cue - 1; i >= clauseStart && cue - i <= AUX_REACH; i--) {
    if (PASSIVE_AUX.has(ws[i].lower)) {
      aux = i;
      break;
    }
  }
  for (let i = cue + 1; aux < 0 && i < limit && i - cue <= 2 && !isClauseBreak(view, i); i++) {
    if (PASSIVE_AUX.has(ws[i].lower)) aux = i;
  }
  if (aux < 0) return null;
  // The agent: "von X" / "durch X" between the clause start and the cue.
  const from = Math.min(aux, cue);
  for (let i = clauseStart; i < cue; i++) {
    if (i < from - AUX_REACH) continue;
    if (/^(von|vom|durch)$/.test(ws[i].lower)) {
      const agent = phraseAt(view, i + 1, cue);
      if (agent && !agent.pronoun) return { agent };
    }
  }
  return { agent: null };
}
