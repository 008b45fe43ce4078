/**
 * Voice of a speech cue: "Es wird angenommen, dass …", "Ihm wird vorgeworfen, …", "hieß es" name no
 * speaker; the grammatical subject of a passive cue is the one spoken about or to, not the speaker.
 * Only an agent ("von der Polizei", "durch das Gericht") names who spoke.
 */
import { isClauseBreak, SUBORDINATORS } from './clause.ts';
import { DETERMINERS, isCapitalised, NP_GLUE } from './grammar.ts';
import { isFrameNoun, phraseAt, type SpeakerPhrase } from './speaker.ts';
import { type ClaimView, mentionsIn } from './view.ts';

/** Forms of "werden" that build the passive with a participle. */
const PASSIVE_AUX = new Set(['wird', 'werden', 'wurde', 'wurden', 'worden', 'würde', 'würden']);
/** How many words before the cue a source document ("in einer Erklärung …") is looked for. */
const SOURCE_REACH = 30;
/** How far from the cue the auxiliary may stand inside its clause ("wurde … am Montag … bekannt"). */
const AUX_REACH = 8;

/**
 * Strong participles with an inseparable prefix have no "ge-" ("beschlossen", "entschieden"); their
 * "-en" matches infinitives too ("wird beschließen" is active), so they are listed.
 */
const STRONG_PARTICIPLES = new Set([
  'beschlossen',
  'entschieden',
  'entschlossen',
  'versprochen',
  'besprochen',
  'widersprochen',
  'erwogen',
  'verworfen',
  'bestritten',
  'beschrieben',
  'unterschrieben',
  'verschwiegen',
  'empfohlen',
  'befohlen',
  'bewiesen',
  'erwiesen',
  'verwiesen',
  'vorgeschlagen',
]);

/** True when the form looks like a past participle ("angenommen", "vorgeworfen", "befürchtet", "bekannt"). */
function isParticiple(form: string): boolean {
  return /t$/.test(form) || /^\p{Ll}*ge\p{Ll}+en$/u.test(form) || STRONG_PARTICIPLES.has(form);
}

/** "In jener Resolution heißt es": demonstratives open a source document like articles ("dieser" is in DETERMINERS). */
const DEMONSTRATIVES = new Set(['jener', 'jenem']);

/** Time adverbs inside an attributive phrase ("einer gestern verbreiteten Erklärung"). */
const TIME_ADVERBS = new Set(['gestern', 'heute', 'kürzlich', 'zuvor', 'bereits', 'erst', 'jüngst']);
/** Heads of "auf …" phrases that name where a text was published or said. */
const AUF_SOURCE =
  /(seite|site|homepage|plattform|blog|kanal|konto|account|konferenz|sitzung|tagung|twitter|facebook)$/i;

/** The document or body an impersonal report comes from: "In einer Erklärung des Präsidenten hieß es". */
function sourceIn(view: ClaimView, cue: number, a: number, b: number): SpeakerPhrase | null {
  const ws = view.words;
  for (let i = Math.max(a, cue - SOURCE_REACH); i < b; i++) {
    // "in einer Erklärung", "im Bericht", "aus den Akten", "aus Paris" — not a bare place after "in"
    // ("In Berlin hieß es").
    const next = ws[i + 1]?.lower ?? '';
    const det = DETERMINERS.has(next) || DEMONSTRATIVES.has(next);
    const opens =
      ws[i].lower === 'im' ||
      ((ws[i].lower === 'in' || ws[i].lower === 'auf') && det) ||
      // "hieß es bei Siemens": the body it was heard from ("bei dem Gespräch" is an occasion).
      (ws[i].lower === 'bei' && (isCapitalised(ws[i + 1]?.text ?? '') || det)) ||
      (ws[i].lower === 'aus' && (DETERMINERS.has(next) || isCapitalised(ws[i + 1]?.text ?? ''))) ||
      // "hieß es vom Sprecher X", "heißt es von der Polizei": the one it was heard from.
      (/^(von|vom)$/.test(ws[i].lower) && i > cue);
    if (!opens) continue;
    // Nouns, articles, attributive adjectives and glue words ("einer Erklärung des Präsidenten vom
    // vergangenen Freitag"); cue nouns are welcome here, unlike in a speaker phrase.
    let last = -1;
    for (let j = i + 1; j < b && j !== cue; j++) {
      const w = ws[j];
      const next = ws[j + 1]?.text ?? '';
      if (isCapitalised(w.text)) last = j;
      else if (
        !(
          DETERMINERS.has(w.lower) ||
          DEMONSTRATIVES.has(w.lower) ||
          TIME_ADVERBS.has(w.lower) || // "in einer gestern verbreiteten Erklärung"
          NP_GLUE.has(w.lower) ||
          (/(e|en|er|es|em)$/.test(w.lower) && isCapitalised(next))
        )
      )
        break;
    }
    // The head noun decides: "Im April wurde bekannt" names a time, not a document; "auf" opens only
    // a place of publication ("auf der Webseite", "auf einer Pressekonferenz"), not any object
    // ("deuteten auf einen Anschlag hin").
    let head = i + 1;
    while (head <= last && !isCapitalised(ws[head].text)) head++;
    if (last > i && isFrameNoun(ws[head].text)) continue;
    if (ws[i].lower === 'auf' && !(last > i && AUF_SOURCE.test(ws[head].text))) continue;
    // "Bei der Agentur RIA hieß es": after "bei" and an article only a named body is a source.
    if (ws[i].lower === 'bei' && det && !(last > i && namesActor(view, i + 1, last + 1))) continue;
    if (last > i) return { w0: i + 1, w1: last + 1, pronoun: false };
  }
  return null;
}

/** True when words [a, b) hold a person or organisation mention. */
function namesActor(view: ClaimView, a: number, b: number): boolean {
  return mentionsIn(view, view.words[a].start, view.words[b - 1].end).some(
    (m) => m.type === 'PER' || m.type === 'ORG',
  );
}

/** The phrase after "aus" before the cue ("Aus Militärkreisen verlautete"), or null. */
function ausPhrase(view: ClaimView, a: number, cue: number): SpeakerPhrase | null {
  for (let i = a; i < cue; i++) {
    if (view.words[i].lower !== 'aus') continue;
    const p = phraseAt(view, i + 1, cue);
    if (p && !p.pronoun) return p;
  }
  return null;
}

/** What a passive or impersonal cue tells about its speaker: only the agent phrase, if any. */
export interface Impersonal {
  agent: SpeakerPhrase | null;
}

/** True when `word` stands right after the cue or at most three words before it, inside its clause. */
function nearWord(view: ClaimView, cue: number, clauseStart: number, word: string): boolean {
  const ws = view.words;
  if (ws[cue + 1]?.lower === word) return true;
  for (let i = cue - 1; i >= clauseStart && cue - i <= 3; i--) {
    if (isClauseBreak(view, i)) return false;
    if (ws[i].lower === word) return true;
  }
  return false;
}

/**
 * Returns the passive or impersonal reading of the cue at word `cue` in the clause [clauseStart, limit),
 * or null when the cue is active. The agent or source is searched from `contextStart` (default: the clause);
 * the auxiliary backwards from `auxFrom` (default: the word before the cue; before a quote for a cue after it).
 */
export function impersonalCue(
  view: ClaimView,
  cue: number,
  clauseStart: number,
  limit: number,
  contextStart = clauseStart,
  auxFrom = cue - 1,
): Impersonal | null {
  const ws = view.words;
  const form = ws[cue].lower;
  // "X wird mit den Worten zitiert": the one quoted is the speaker, as in the active "zitiert X".
  if (form.startsWith('zitiert')) return null;
  // "Aus Militärkreisen verlautete, …": the source is the "aus" phrase.
  if (/^verlautet(e|en)?$/.test(form))
    return { agent: ausPhrase(view, Math.max(clauseStart, cue - SOURCE_REACH), cue) };
  // "heißt es", "hieß es", "es heißt", "hatte es zunächst geheißen": the impersonal report.
  if (/^(heißt|hieß|geheißen)$/.test(form) && nearWord(view, cue, clauseStart, 'es'))
    return { agent: sourceIn(view, cue, contextStart, limit) };
  // "In den Bekennerschreiben forderte man …": "man" names no one; the text it stands in is the source.
  if (ws[cue + 1]?.lower === 'man' && cue > clauseStart) {
    const source = sourceIn(view, cue, clauseStart, cue);
    if (source) return { agent: source };
  }
  if (!isParticiple(form)) return null;
  let aux = -1;
  // Within the clause, or (auxiliary before a quote) within the context.
  const auxLow = auxFrom === cue - 1 ? clauseStart : contextStart;
  for (let i = auxFrom; i >= auxLow && auxFrom - i < AUX_REACH; i--) {
    if (PASSIVE_AUX.has(ws[i].lower)) {
      aux = i;
      break;
    }
  }
  for (let i = cue + 1; aux < 0 && i < limit && i - cue <= 2 && !isClauseBreak(view, i); i++) {
    // "war bekannt geworden, dass …": becoming known names no one, like "wurde bekannt".
    if (PASSIVE_AUX.has(ws[i].lower) || (form === 'bekannt' && ws[i].lower === 'geworden')) aux = i;
  }
  if (aux < 0) return null;
  // "…, ihn aus der Provinz Helmand zurückzuholen, nachdem bekannt geworden war, …": a subordinate
  // clause holds its own agent or source; the clause before it is another event.
  const from = SUBORDINATORS.has(ws[clauseStart]?.lower ?? '')
    ? Math.max(contextStart, clauseStart)
    : contextStart;
  // The agent: "von X" / "durch X" between the clause start and the cue.
  const agent = agentPhrase(view, Math.max(from, Math.min(aux, cue) - AUX_REACH), cue);
  if (agent) return { agent };
  // No agent: the document it stands in ("In den Medien war … als „…“ bezeichnet worden").
  return { agent: sourceIn(view, cue, from, cue) };
}

/**
 * Returns the first phrase after "von"/"vom"/"durch" in words [a, b) that is no pronoun and that
 * `accept` takes: the agent of a passive ("wurden von Minister X als unrealistisch bezeichnet").
 */
export function agentPhrase(
  view: ClaimView,
  a: number,
  b: number,
  accept: (p: SpeakerPhrase) => boolean = () => true,
): SpeakerPhrase | null {
  for (let i = a; i < b; i++) {
    if (!/^(von|vom|durch)$/.test(view.words[i].lower)) continue;
    const p = phraseAt(view, i + 1, b);
    if (p && !p.pronoun && accept(p)) return p;
  }
  return null;
}
