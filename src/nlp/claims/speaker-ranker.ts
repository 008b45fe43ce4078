/**
 * A learned second opinion on each claim's speaker. The rules (index.ts) pick one speaker per claim;
 * this linear ranker then chooses among that pick, the people and organisations named near the claim,
 * the previous claim's speaker and "no speaker" — the last because, for a reader, a wrong speaker is
 * worse than none. Weights come from the Wikinews quotation train split (scripts/claims/train-speaker.ts);
 * the features are structural (rule, entity type, distances, position to the cue) plus a few word forms
 * next to the candidate.
 */
import type { Mention, Speaker } from '../types.ts';
import type { ClaimDraft } from './draft.ts';
import { SPEAKER_PRONOUNS } from './grammar.ts';
import { headNounClass } from './names.ts';
import { type ClaimView, mentionsIn, wordAt } from './view.ts';

/** Weights of the ranker, by feature name, and the score "no speaker" must beat. */
export interface SpeakerModel {
  weights: Record<string, number>;
  /** Added to the score of "no speaker" at inference; tuned on dev for speaker F1. */
  noneBias: number;
}

/** One choice for a claim's speaker; `speaker` undefined is "no speaker". */
export interface Candidate {
  speaker: Speaker | undefined;
  features: string[];
}

/** Sentences before (and after) the claim's own whose names are candidates. */
const BEFORE = 2;
const AFTER = 1;
/** A claim's previous speaker is a candidate only this many sentences on (as the rules' carry). */
const CARRY_SENTENCES = 3;

const LEXICAL = process.env.SR_LEX !== '0';
const bucket = (n: number) => (n <= 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 12 ? '6-12' : '13+');
const isActor = (m: Mention) =>
  m.form !== 'deriv' && (m.type === 'PER' || m.type === 'ORG' || m.type === 'LOC');

/** What the rule speaker is: a named type, a pronoun, or a common-noun phrase. */
function speakerType(view: ClaimView, sp: Speaker): string {
  if (sp.start === undefined || sp.end === undefined) return 'nospan';
  const first = sp.text.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (SPEAKER_PRONOUNS.has(first) || first === 'ich' || first === 'wir') return 'pron';
  const m = mentionsIn(view, sp.start, sp.end).find(isActor);
  return m ? m.type : 'noun';
}

/** Features shared by every non-empty candidate: where it is relative to the claim and its cue. */
function placeFeatures(view: ClaimView, d: ClaimDraft, start: number, end: number, out: string[]): void {
  const w = Math.min(wordAt(view, start), view.words.length - 1);
  const sent = view.words[w]?.sentence ?? d.sentence;
  const ds = Math.max(-3, Math.min(2, sent - d.sentence));
  const pos = end <= d.start ? 'before' : start >= d.end ? 'after' : 'inside';
  out.push(`ds:${ds}`, `pos:${pos}`, `ds:${ds}|pos:${pos}`, `ds:${ds}|k:${d.kind}`, `pos:${pos}|r:${d.rule}`);
  const gapWords =
    pos === 'before'
      ? wordAt(view, d.start) - wordAt(view, end)
      : pos === 'after'
        ? wordAt(view, start) - wordAt(view, d.end)
        : 0;
  out.push(`gap:${pos}:${bucket(gapWords)}`);
  const cue = d.cueSpans[0];
  if (cue && ds === 0) {
    const cw = wordAt(view, cue.start);
    const delta = cw - wordAt(view, end);
    const side = cw >= wordAt(view, end) ? 'cue-after' : 'cue-before';
    out.push(`${side}:${bucket(Math.abs(delta))}`, `${side}|r:${d.rule}`);
  } else out.push(cue ? 'cue-elsewhere' : 'nocue');
  const s = view.sentences[sent];
  if (s && w - s.w0 <= 2) out.push('opens', `opens|ds:${ds}`);
  const prev = view.words[w - 1]?.lower ?? '<s>';
  const after = view.words[wordAt(view, end)]?.lower ?? '</s>';
  if (LEXICAL) out.push(`pw:${prev}`, `nw:${after}`);
}

/** Returns the candidates for one claim; the first is always "no speaker". */
export function candidatesOf(
  view: ClaimView,
  d: ClaimDraft,
  ruleSpeaker: Speaker | undefined,
  previous: { speaker: Speaker; sentence: number } | undefined,
  frequency: Map<string, number>,
): Candidate[] {
  const ruleType = ruleSpeaker ? speakerType(view, ruleSpeaker) : 'absent';
  const out: Candidate[] = [
    {
      speaker: undefined,
      features: [
        'none',
        `none|k:${d.kind}`,
        `none|r:${d.rule}`,
        `none|rt:${ruleType}`,
        `none|r:${d.rule}|rt:${ruleType}`,
      ],
    },
  ];
  const covered: [number, number][] = [];
  const prevCanon =
    previous && d.sentence - previous.sentence <= CARRY_SENTENCES ? previous.speaker.canonical : undefined;
  const common = (sp: Speaker, f: string[]) => {
    const n = frequency.get(sp.canonical) ?? 0;
    f.push(`freq:${bucket(n)}`);
    if (prevCanon && sp.canonical === prevCanon) f.push('same-as-previous', `same-as-previous|r:${d.rule}`);
  };
  if (ruleSpeaker) {
    const f = [
      'rule',
      `rule|r:${d.rule}`,
      `rule|k:${d.kind}`,
      `rule|rt:${ruleType}`,
      `rule|r:${d.rule}|rt:${ruleType}`,
    ];
    if (ruleSpeaker.start !== undefined && ruleSpeaker.end !== undefined) {
      placeFeatures(view, d, ruleSpeaker.start, ruleSpeaker.end, f);
      covered.push([ruleSpeaker.start, ruleSpeaker.end]);
      const m = mentionsIn(view, ruleSpeaker.start, ruleSpeaker.end).find(isActor);
      if (m?.category) f.push(`cat:${m.category}`);
      const words = ruleSpeaker.text.toLowerCase().split(/\s+/);
      const head = words[words.length - 1] ?? '';
      if (LEXICAL && ruleType === 'noun') f.push(`head:${head}`, `hsuf:${head.slice(-4)}`);
      const rawHead = ruleSpeaker.text
        .split(/\s+/)
        .filter((x) => /^\p{Lu}/u.test(x))
        .pop();
      const hc = rawHead ? headNounClass(rawHead) : 'lower';
      f.push(`hc:${hc}`, `hc:${hc}|rt:${ruleType}`, `hc:${hc}|r:${d.rule}`);
      f.push(`len:${bucket(words.length)}`);
    }
    common(ruleSpeaker, f);
    out.push({ speaker: ruleSpeaker, features: f });
  }
  const from = view.sentences[Math.max(0, d.sentence - BEFORE)]?.start ?? 0;
  const to = view.sentences[Math.min(view.sentences.length - 1, d.sentence + AFTER)]?.end ?? view.text.length;
  const onlyFill = process.env.SR_FILL === '1' && ruleSpeaker;
  for (const m of onlyFill ? [] : mentionsIn(view, from, to)) {
    if (!isActor(m) || covered.some(([a, b]) => m.start < b && m.end > a)) continue;
    const f = ['mention', `t:${m.type}`, `t:${m.type}|r:${d.rule}`, `t:${m.type}|rt:${ruleType}`];
    if (m.form) f.push(`form:${m.form}`);
    if (m.category) f.push(`cat:${m.category}`);
    placeFeatures(view, d, m.start, m.end, f);
    const sp: Speaker = { text: m.text, canonical: m.canonical, start: m.start, end: m.end };
    common(sp, f);
    out.push({ speaker: sp, features: f });
  }
  if (previous && prevCanon && !out.some((c) => c.speaker?.canonical === prevCanon)) {
    const f = [
      'carry',
      `carry|r:${d.rule}`,
      `carry|ds:${d.sentence - previous.sentence}`,
      `carry|rt:${ruleType}`,
    ];
    common(previous.speaker, f);
    out.push({ speaker: previous.speaker, features: f });
  }
  return out;
}

/** Returns the score of a candidate under the model. */
export function scoreOf(model: SpeakerModel, c: Candidate): number {
  let s = c.speaker ? 0 : model.noneBias;
  for (const f of c.features) s += model.weights[f] ?? 0;
  return s;
}

/** How often each canonical name is mentioned in the document (a frequent name speaks more). */
export function mentionFrequency(view: ClaimView): Map<string, number> {
  const n = new Map<string, number>();
  for (const m of view.entities) n.set(m.canonical, (n.get(m.canonical) ?? 0) + 1);
  return n;
}

/**
 * Calls `visit` for each non-factual draft in text order with its candidates; `previous` is the rule
 * speaker of the last earlier claim that had one (what the rules would carry over).
 */
export function forEachChoice(
  view: ClaimView,
  drafts: ClaimDraft[],
  visit: (d: ClaimDraft, candidates: Candidate[]) => void,
): void {
  const frequency = mentionFrequency(view);
  let previous: { speaker: Speaker; sentence: number } | undefined;
  for (const d of drafts) {
    if (d.kind === 'factual') continue;
    visit(d, candidatesOf(view, d, d.speaker, previous, frequency));
    if (d.speaker) previous = { speaker: d.speaker, sentence: d.sentence };
  }
}

/** Replaces each non-factual draft's speaker by the ranker's choice (in place). */
export function rerankSpeakers(view: ClaimView, drafts: ClaimDraft[], model: SpeakerModel): void {
  const choices: [ClaimDraft, Speaker | undefined][] = [];
  forEachChoice(view, drafts, (d, cands) => {
    let best = cands[0];
    let bestScore = scoreOf(model, best);
    for (let i = 1; i < cands.length; i++) {
      const s = scoreOf(model, cands[i]);
      if (s > bestScore) [best, bestScore] = [cands[i], s];
    }
    choices.push([d, best.speaker]);
  });
  // Applied after the walk, so every claim saw the rules' previous speaker, as in training.
  for (const [d, sp] of choices) {
    if (sp) d.speaker = sp;
    else delete d.speaker;
  }
}
