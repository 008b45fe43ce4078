/** Fallbacks and small helpers of the claims pass: speaker back-offs, via lists, span trimming. */
import type { Speaker } from '../types.ts';
import type { Attribution } from './attribution.ts';
import { contentSpan, isCueAt, isParticleCueAt, particleOf } from './clause.ts';
import type { ClaimDraft } from './draft.ts';
import { mediaIn } from './media.ts';
import type { ReportedFinding } from './reported.ts';
import { phraseAt, type SpeakerPhrase } from './speaker.ts';
import { type ClaimView, mentionsIn, wordAt } from './view.ts';

/** Prepositions whose object is no actor of the clause. */
const OBJECT_PREPOSITIONS = new Set(['zu', 'mit', 'gegenüber', 'an', 'bei', 'für', 'über', 'gegen', 'um']);

/** Time words skipped between an anaphoric cue and its subject (bounded). */
const ANAPHORIC_REACH = 4;
/** How many words the closing ", das teilte X mit" clause may have. */
const ANAPHORIC_CLAUSE = 14;

/** Words that point back to the previous sentence before a cue ("Das erklärte X", "Davon geht X aus"). */
const ANAPHORIC_OPENERS = /^(das|dies|davon)$/;

/** Returns true when the sentence opens with "Das"/"Dies"/"Davon" right before the cue ("Das berichtete die Zeitung"). */
export function isAnaphoric(view: ClaimView, w0: number, cueSpans: { start: number }[]): boolean {
  const first = view.words[w0]?.lower;
  if (!ANAPHORIC_OPENERS.test(first ?? '') || !cueSpans[0]) return false;
  if (cueSpans[0].start === view.words[w0 + 1]?.start) return true;
  // "Das hatte die Bahn am Morgen mitgeteilt.": a finite auxiliary first, the cue closing the sentence.
  const cue = wordAt(view, cueSpans[0].start);
  return (
    FINITE_BEFORE_CUE.test(view.words[w0 + 1]?.lower ?? '') &&
    /^[.!?]$/.test(view.words[cue + 1]?.text ?? '.')
  );
}

/** Words after an anaphoric cue that stand before its subject ("Das erklärte gestern ein Sprecher"). */
const ANAPHORIC_SKIP =
  /^(gestern|heute|am|im|zuvor|inzwischen|später|nun|jetzt|auch|bereits|außerdem|zudem|dann|\p{Lu}\p{Ll}*tag|(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag(?:abend|morgen|nachmittag)|Mittwoch(?:abend|morgen|nachmittag)?|Morgen|Abend|Nachmittag|Vormittag|Wochenende)$/u;

/**
 * "Das erklärte gestern ein Sprecher.", "Dies geht aus einer Mitteilung der Firma hervor.": a speech
 * verb right after an anaphoric "Das"/"Dies" reports the previous sentence, whatever that verb heads
 * elsewhere (the main-clause cue table is not asked); its subject follows the verb, after time words.
 */
export function anaphoricReport(
  view: ClaimView,
  w0: number,
  w1: number,
  hasPrevious: boolean,
): ReportedFinding | null {
  const ws = view.words;
  // "…, das teilte das Institut mit.": the last clause of the sentence attributes what precedes it.
  let k = w1 - 1;
  while (k > w0 + 2 && w1 - k < ANAPHORIC_CLAUSE && ws[k].text !== ',') k--;
  // ("…, davon 5 Milliarden …" is "of which", so only "das"/"dies" open that clause.)
  if (ws[k].text === ',' && k > w0 + 2 && ws[k + 1]?.lower !== 'davon') {
    const r = anaphoricAt(view, k + 1, w1);
    const content = r ? contentSpan(view, w0, k) : null;
    if (r && content) return { ...r, rule: 'postposed', content };
  }
  return hasPrevious ? anaphoricAt(view, w0, w1) : null;
}

function anaphoricAt(view: ClaimView, w0: number, w1: number): ReportedFinding | null {
  const ws = view.words;
  const c = w0 + 1;
  if (c >= w1 || !ANAPHORIC_OPENERS.test(ws[w0].lower)) return null;
  if (!isCueAt(view, c) && !isParticleCueAt(view, c, w1)) return modalAnaphoric(view, w0, w1);
  let j = c + 1;
  while (j < w1 && j - c <= ANAPHORIC_REACH && ANAPHORIC_SKIP.test(ws[j].text)) j++;
  if (j < w1 && ws[j].lower === 'aus') j++; // "Dies geht aus einer Mitteilung hervor"
  const phrase = j < w1 ? phraseAt(view, j, w1) : null;
  const content = contentSpan(view, w0, w1);
  if (!phrase || !content) return null;
  const particle = particleOf(view, c, w1);
  const spans = [c, ...(particle >= 0 ? [particle] : [])].map((i) => ({
    start: ws[i].start,
    end: ws[i].end,
  }));
  const cue = particle >= 0 ? `${ws[c].text} … ${ws[particle].text}` : ws[c].text;
  return { rule: 'main', kind: 'indirect', content, phrase, cue, cueSpans: spans };
}

/** Returns the end offset of words [.., w1) without the final punctuation. */
export function trimEnd(view: ClaimView, w1: number): number {
  let b = w1;
  while (b > 1 && /^[.!?,;:]$/.test(view.words[b - 1].text)) b--;
  return view.words[b - 1].end;
}

/** Returns the media named in attribution phrases of a sentence. */
export function viaOf(view: ClaimView, ats: Attribution[]): string[] {
  const out: string[] = [];
  for (const a of ats) if (a.source) for (const m of mediaIn(view, a.source.w0, a.source.w1)) out.push(m);
  return out;
}

/** Returns the speaker named by the first attribution phrase with a source. */
export function sourceSpeaker(
  ats: Attribution[],
  resolve: (p: SpeakerPhrase | null) => Speaker | undefined,
): Speaker | undefined {
  for (const a of ats) if (a.source) return resolve(a.source);
  return undefined;
}

/** Returns the last person or organisation mention in [from, to), as a speaker. */
export function nearestActor(view: ClaimView, from: number, to: number): Speaker | undefined {
  // A name right after a preposition is an object ("sagte zu Domenech", "gegenüber der BBC"), not the actor.
  const afterPreposition = (start: number) => {
    const i = wordAt(view, start);
    return i > 0 && OBJECT_PREPOSITIONS.has(view.words[i - 1].lower);
  };
  const ms = mentionsIn(view, from, to).filter(
    (m) => (m.type === 'PER' || m.type === 'ORG') && m.end <= to && !afterPreposition(m.start),
  );
  const m = ms[ms.length - 1];
  return m ? { text: m.text, canonical: m.canonical, start: m.start, end: m.end } : undefined;
}

/** Gives an unattributed direct quote right before an attributed one ("„A.“ „B“, sagte X") its speaker. */
export function inheritForward(drafts: ClaimDraft[]): void {
  for (let i = drafts.length - 2; i >= 0; i--) {
    const a = drafts[i];
    const b = drafts[i + 1];
    if (
      a.kind === 'direct' &&
      !a.speaker &&
      b.kind === 'direct' &&
      b.speaker &&
      b.sentence - a.sentence <= 1
    ) {
      a.speaker = b.speaker;
      if (!a.via.length) a.via = b.via;
    }
  }
}

/** Finite modals and auxiliaries before a clause-final speech verb ("Das musste X einräumen"). */
const FINITE_BEFORE_CUE =
  /^(musste|mussten|wollte|wollten|konnte|konnten|hat|haben|hatte|hatten|ließ|ließen)$/;
/** Nouns that name a statement after "Das ist …" ("Das ist die zentrale Aussage einer Studie"). */
const STATEMENT_NOUNS = /^(Aussage|Ergebnis|Fazit|Botschaft|Einschätzung|Schlussfolgerung|Kernaussage)$/;

/**
 * "Das musste Minister X einräumen.", "Das hatte die Polizei mitgeteilt.": a modal or auxiliary after
 * the anaphoric word and the speech verb closing the sentence; "Das ist die zentrale Aussage einer
 * Studie.": a copula and a statement noun, whose phrase is the source.
 */
function modalAnaphoric(view: ClaimView, w0: number, w1: number): ReportedFinding | null {
  const ws = view.words;
  const c = w0 + 1;
  let e = w1;
  while (e > c && /^[.!?]$/.test(ws[e - 1].text)) e--;
  const content = contentSpan(view, w0, w1);
  if (!content || e - c < 2) return null;
  const at = (i: number) => ({ start: ws[i].start, end: ws[i].end });
  if (FINITE_BEFORE_CUE.test(ws[c].lower) && isCueAt(view, e - 1)) {
    let j = c + 1;
    while (j < e - 1 && j - c <= ANAPHORIC_REACH && ANAPHORIC_SKIP.test(ws[j].text)) j++;
    const phrase = phraseAt(view, j, e - 1);
    if (!phrase || phrase.pronoun) return null;
    const cue = `${ws[c].text} … ${ws[e - 1].text}`;
    return { rule: 'main', kind: 'indirect', content, phrase, cue, cueSpans: [at(c), at(e - 1)] };
  }
  if (/^(ist|war)$/.test(ws[c].lower)) {
    const phrase = phraseAt(view, c + 1, e);
    let head = c + 1;
    while (phrase && head < phrase.w1 && !/^\p{Lu}/u.test(ws[head].text)) head++;
    if (!phrase || phrase.pronoun || !STATEMENT_NOUNS.test(ws[head]?.text ?? '')) return null;
    // The source is the genitive after the noun ("die zentrale Aussage einer Studie" → "einer Studie").
    const genitive = /^(des|der|eines|einer)$/.test(ws[head + 1]?.lower ?? '')
      ? phraseAt(view, head + 1, e)
      : null;
    if (!genitive || genitive.pronoun) return null;
    return {
      rule: 'main',
      kind: 'indirect',
      content,
      phrase: genitive,
      cue: ws[head].text,
      cueSpans: [at(c)],
    };
  }
  return null;
}
