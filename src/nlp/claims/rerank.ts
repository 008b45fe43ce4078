/**
 * A learned second opinion on who speaks: for each reported or quoted claim, the rules' speaker
 * competes with the persons, organisations and places named in the claim's sentence (outside the
 * claim) and the two sentences before, and with "no speaker". A linear model over sparse binary
 * features (trained by scripts/claims/train-speaker-rerank.ts) scores each candidate; the rules'
 * choice stays unless another candidate beats it by the trained margin.
 *
 * Status: an experiment, not wired into the pipeline. On Wikinews it gained +0.006 speaker F1 in
 * train cross-validation and +0.005 on dev, below the +0.008 asked for shipping, so no weights ship
 * and the model is a required argument (the training script writes one to a file of your choice).
 */
import type { Doc, Mention, Speaker } from '../types.ts';
import type { ClaimDraft } from './draft.ts';
import { isCueForm } from './lexicon.ts';

/** Candidate mentions come from the claim's first sentence and this many sentences before it. */
const SENTENCES_BACK = 2;

/** One possible speaker of a claim with its features; `speaker` undefined is "no speaker". */
export interface SpeakerCandidate {
  speaker?: Speaker;
  /** The rules' choice (their speaker, or "no speaker" when they gave none). */
  rule: boolean;
  features: string[];
}

/** The model: a weight per feature name, and how much a rival must beat the rules' choice by. */
export interface RerankModel {
  weights: Record<string, number>;
  margin: number;
}

const PRONOUNS = new Set('er sie es ihm ihr ihnen dieser diese man ich wir'.split(' '));
/** Words before a name worth their own feature (articles of case, prepositions, punctuation). */
const BEFORE_WORDS = new Set(
  'des der dem den die das von vom laut nach mit für gegenüber zu zum zur an am in im bei aus über auf gegen und sowie wie ein eine einer eines einem sagte so , : „ ( “ – -'.split(
    ' ',
  ),
);
const AFTER_WORDS = new Set(', : . ( ) zufolge “ „ und sagte sagt – -'.split(' '));
const ARTICLES = new Set('der die das den dem des ein eine einer eines einem'.split(' '));

const bucket = (n: number, top: number) => (n >= top ? `${top}+` : String(n));

/** Per-document lookups the features share (built once per call of rerankSpeakers). */
interface Context {
  doc: Doc;
  mentions: Mention[];
  /** Occurrences of each canonical name in the document. */
  names: Map<string, number>;
  /** How many claims the rules gave each canonical speaker. */
  speakers: Map<string, number>;
  /** Per token: 1 when it is a lower-case speech-cue form, 0 when not, -1 not yet looked up. */
  cue: Int8Array;
}

/** True when token t is a lower-case speech-cue form ("sagte", "erklärte"); looked up once per token. */
function isCue(ctx: Context, t: number): boolean {
  if (ctx.cue[t] < 0) {
    const w = ctx.doc.tokens[t].text;
    ctx.cue[t] = /^\p{Ll}/u.test(w) && isCueForm(w) ? 1 : 0;
  }
  return ctx.cue[t] === 1;
}

function context(doc: Doc, drafts: ClaimDraft[]): Context {
  const mentions = doc.entities
    .filter((m) => m.type === 'PER' || m.type === 'ORG' || m.type === 'LOC')
    .sort((a, b) => a.start - b.start);
  const names = new Map<string, number>();
  for (const m of mentions) names.set(m.canonical, (names.get(m.canonical) ?? 0) + 1);
  const speakers = new Map<string, number>();
  for (const d of drafts)
    if (d.speaker && d.kind !== 'factual')
      speakers.set(d.speaker.canonical, (speakers.get(d.speaker.canonical) ?? 0) + 1);
  return { doc, mentions, names, speakers, cue: new Int8Array(doc.tokens.length).fill(-1) };
}

/** Index of the first token starting at or after pos. */
function tokenAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence holding pos (the last one starting at or before it). */
function sentenceAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/** The first mention overlapping [start, end), if any. */
function mentionOver(ctx: Context, start: number, end: number): Mention | undefined {
  const ms = ctx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = Math.max(0, lo - 3); i < ms.length && ms[i].start < end; i++)
    if (ms[i].end > start) return ms[i];
  return undefined;
}

/** The class of token t for features: itself when in `known`, else Cap, cue, low or sym. */
const wordClass = (ctx: Context, t: number | undefined, known: Set<string>) => {
  if (t === undefined) return 'END';
  const w = ctx.doc.tokens[t].text;
  const l = w.toLowerCase();
  if (known.has(l)) return l;
  if (/^\p{Lu}/u.test(w)) return 'Cap';
  if (/^\p{Ll}/u.test(w)) return isCue(ctx, t) ? 'cue' : 'low';
  return 'sym';
};

/** The features of a speaker span [start, end) for a claim; type is the mention's, or NOENT/PRON. */
function spanFeatures(
  ctx: Context,
  d: ClaimDraft,
  s0: number,
  start: number,
  end: number,
  type: string,
  canonical: string,
  previous: string | undefined,
): string[] {
  const { doc } = ctx;
  const sm = sentenceAt(doc, start);
  const dist = sm >= s0 ? (start >= d.end ? 'after' : '0') : bucket(s0 - sm, 3);
  const side = end <= d.start ? 'before' : start >= d.end ? 'after' : 'inside';
  const cue = d.cueSpans[0];
  const t0 = tokenAt(doc, start);
  let t1 = tokenAt(doc, end);
  if (t1 <= t0) t1 = t0 + 1;
  const sentence = doc.sentences[sm];
  const prev = t0 > sentence.tokenStart ? t0 - 1 : undefined;
  const next = t1 < sentence.tokenEnd ? t1 : undefined;
  const first =
    t0 === sentence.tokenStart ||
    (t0 === sentence.tokenStart + 1 && ARTICLES.has(doc.tokens[t0 - 1].text.toLowerCase()));
  let cueRel = 'nocue';
  if (cue) {
    const c0 = tokenAt(doc, cue.start);
    const gap = end <= cue.start ? c0 - t1 : start >= cue.end ? t0 - tokenAt(doc, cue.end) : 0;
    cueRel = `${end <= cue.start ? 'beforeCue' : start >= cue.end ? 'afterCue' : 'atCue'}${bucket(Math.max(0, gap), 4)}`;
  }
  const near = (next !== undefined && isCue(ctx, next)) || (prev !== undefined && isCue(ctx, prev));
  // Words of its sentence before the phrase; "bezifferte die Agentur X": a cue verb at most third in
  // the sentence, then the phrase with no punctuation between (the subject after a fronted verb).
  const pre = t0 - sentence.tokenStart;
  let inverted = false;
  for (let k = sentence.tokenStart; k < t0 && k - sentence.tokenStart <= 3; k++) {
    if (t0 - k <= 6 && isCue(ctx, k)) {
      inverted = true;
      for (let j = k + 1; j < t0; j++) if (!/[\p{L}\p{N}]/u.test(doc.tokens[j].text)) inverted = false;
    }
  }
  // Punctuation between the phrase and the claim ("X, Sprecher von Y, sagte, …" has none before the cue).
  let punct = 'far';
  if (side !== 'inside' && sm >= s0 - 1) {
    const [a, b] = side === 'before' ? [t1, tokenAt(doc, d.start)] : [tokenAt(doc, d.end), t0];
    let n = 0;
    for (let k = a; k < b; k++) if (/^[,;:()–-]$/.test(doc.tokens[k].text)) n++;
    punct = bucket(n, 3);
  }
  const r = d.rule;
  const f = [
    `prevW=${prev === undefined ? 'START' : doc.tokens[prev].text.toLowerCase()}`,
    `pre=${bucket(pre, 6)}|d=${dist}`,
    `inv=${inverted}`,
    `inv=${inverted}|d=${dist}`,
    `punct=${punct}|side=${side}`,
    `t=${type}`,
    `t=${type}|d=${dist}`,
    `t=${type}|R=${r}`,
    `d=${dist}|R=${r}`,
    `d=${dist}|side=${side}`,
    `side=${side}|R=${r}`,
    `cue=${cueRel}`,
    `cue=${cueRel}|R=${r}`,
    `prev=${wordClass(ctx, prev, BEFORE_WORDS)}`,
    `prev=${wordClass(ctx, prev, BEFORE_WORDS)}|d=${dist}`,
    `next=${wordClass(ctx, next, AFTER_WORDS)}`,
    `first=${first}|d=${dist}`,
    `first=${first}|R=${r}`,
    `nearCue=${near}`,
    `names=${bucket(ctx.names.get(canonical) ?? 0, 4)}`,
    `spk=${bucket(ctx.speakers.get(canonical) ?? 0, 3)}`,
    `prevSpk=${canonical === previous}`,
  ];
  return f;
}

/** The candidates for draft i (the rules' choice first), or [] when it is not reported speech. */
function candidatesOf(ctx: Context, drafts: ClaimDraft[], i: number, previous?: string): SpeakerCandidate[] {
  const d = drafts[i];
  if (d.kind === 'factual') return [];
  const { doc } = ctx;
  const s0 = sentenceAt(doc, d.start);
  const r = d.rule;
  const out: SpeakerCandidate[] = [];
  const none: SpeakerCandidate = {
    rule: !d.speaker,
    features: ['none', `none|R=${r}`, `none|K=${d.kind}`, `none|rule=${!d.speaker}`],
  };
  const seen = new Set<string>();
  const sp = d.speaker;
  // Where a span lies from the claim: sentence distance and side (shared by rival and rule features).
  const where = (start: number, end: number) => {
    const sm = sentenceAt(doc, start);
    const dist = sm >= s0 ? (start >= d.end ? 'after' : '0') : bucket(s0 - sm, 3);
    return `${dist}|${end <= d.start ? 'before' : start >= d.end ? 'after' : 'inside'}`;
  };
  const spMention =
    sp?.start !== undefined && sp.end !== undefined ? mentionOver(ctx, sp.start, sp.end) : undefined;
  const ruleType = !sp ? 'NONE' : PRONOUNS.has(sp.text.toLowerCase()) ? 'PRON' : (spMention?.type ?? 'NOENT');
  const ruleWhere = !sp
    ? 'none'
    : sp.start !== undefined && sp.end !== undefined
      ? where(sp.start, sp.end)
      : 'nospan';
  const vs = `vs=${ruleType}|${ruleWhere}`;
  none.features.push(`none|${vs}`, `none|vs=${ruleType}|R=${r}`);
  if (sp) {
    const m = spMention;
    const type = ruleType;
    const words = sp.text.split(/\s+/);
    const features = [
      'rule',
      `rule|R=${r}`,
      `rule|t=${type}`,
      `rule|t=${type}|R=${r}`,
      `rule|head=${words[words.length - 1].toLowerCase()}`,
      `rule|first=${words[0].toLowerCase()}`,
      `rule|len=${bucket(words.length, 5)}`,
    ];
    if (sp.start !== undefined && sp.end !== undefined)
      features.push(...spanFeatures(ctx, d, s0, sp.start, sp.end, type, sp.canonical, previous));
    else features.push('rule|nospan');
    out.push({ speaker: sp, rule: true, features });
    seen.add(sp.canonical);
    if (m) seen.add(m.canonical);
  } else out.push(none);
  // Mentions of the window, nearest to the claim first; one candidate per canonical name.
  const from = doc.sentences[Math.max(0, s0 - SENTENCES_BACK)].start;
  const to = doc.sentences[Math.min(d.sentence, doc.sentences.length - 1)].end;
  const inWindow = ctx.mentions.filter(
    (m) =>
      m.start >= from &&
      m.end <= to &&
      (m.end <= d.start || m.start >= d.end) &&
      !(sp?.start !== undefined && sp.end !== undefined && m.start < sp.end && m.end > sp.start),
  );
  const gap = (m: Mention) => (m.end <= d.start ? d.start - m.end : m.start - d.end);
  inWindow.sort((a, b) => gap(a) - gap(b) || a.start - b.start);
  let rank = 0;
  for (const m of inWindow) {
    if (seen.has(m.canonical)) continue;
    seen.add(m.canonical);
    const features = [
      'mention',
      `rank=${bucket(rank, 4)}`,
      `rank=${bucket(rank, 4)}|R=${r}`,
      `mention|R=${r}`,
      `mention|ruleSpk=${!!sp}`,
      `cat=${m.category ?? '-'}`,
      `form=${m.form ?? '-'}`,
      `${vs}|m=${m.type}|${where(m.start, m.end)}`,
      `vs=${ruleType}|m=${m.type}|${where(m.start, m.end)}`,
      `vs=${ruleType}|R=${r}`,
      ...spanFeatures(ctx, d, s0, m.start, m.end, m.type, m.canonical, previous),
    ];
    rank++;
    out.push({
      speaker: { text: m.text, canonical: m.canonical, start: m.start, end: m.end },
      rule: false,
      features,
    });
  }
  if (sp) out.push(none);
  return out;
}

/** The candidates of every draft (empty for factual claims), for training and for rerankSpeakers. */
export function speakerCandidates(doc: Doc, drafts: ClaimDraft[]): SpeakerCandidate[][] {
  if (!doc.sentences.length) return drafts.map(() => []);
  const ctx = context(doc, drafts);
  let previous: string | undefined;
  return drafts.map((d, i) => {
    const cands = candidatesOf(ctx, drafts, i, previous);
    if (d.kind !== 'factual') previous = d.speaker?.canonical;
    return cands;
  });
}

/** The weights of each model as a Map (built once per model object). */
const weightMaps = new WeakMap<RerankModel, Map<string, number>>();
const weightMap = (model: RerankModel) => {
  let m = weightMaps.get(model);
  if (!m) {
    m = new Map(Object.entries(model.weights));
    weightMaps.set(model, m);
  }
  return m;
};

/** The model's score of a candidate (sum of its features' weights). */
export function scoreCandidate(c: SpeakerCandidate, model: RerankModel): number {
  const weights = weightMap(model);
  let z = 0;
  for (const f of c.features) z += weights.get(f) ?? 0;
  return z;
}

/** Index of the chosen candidate: the best, if it beats the rules' choice by more than the margin. */
export function chooseCandidate(cands: SpeakerCandidate[], model: RerankModel): number {
  let ruleAt = -1;
  let best = -1;
  let bestScore = -Infinity;
  let ruleScore = 0;
  cands.forEach((c, k) => {
    const z = scoreCandidate(c, model);
    if (c.rule) [ruleAt, ruleScore] = [k, z];
    if (z > bestScore) [best, bestScore] = [k, z];
  });
  return bestScore - ruleScore > model.margin ? best : ruleAt;
}

/** Returns the drafts with speakers re-ranked (changed drafts are copies; the input is not touched). */
export function rerankSpeakers(doc: Doc, drafts: ClaimDraft[], model: RerankModel): ClaimDraft[] {
  const all = speakerCandidates(doc, drafts);
  return drafts.map((d, i) => {
    const cands = all[i];
    if (cands.length < 2) return d;
    const k = chooseCandidate(cands, model);
    if (k < 0 || cands[k].rule) return d;
    const out = { ...d };
    const sp = cands[k].speaker;
    if (sp) out.speaker = sp;
    else delete out.speaker;
    return out;
  });
}
