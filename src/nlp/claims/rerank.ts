/**
 * A learned second opinion on who speaks: for each reported or quoted claim, the rules' speaker
 * competes with the persons, organisations and places named in the claim's sentence (outside the
 * claim) and the two sentences before, and with "no speaker". A linear model over sparse binary
 * features (trained by scripts/claims/train-speaker-rerank.ts) scores each candidate; the rules'
 * choice stays unless another candidate beats it by the trained margin.
 *
 * Status: an experiment, not wired into the pipeline; no weights ship and the model is a required
 * argument. On Wikinews, the model that fits the 20 KB asked for shipping (chosen on train
 * cross-validation: L2 10, features seen ≥ 3 times, weights |w| ≥ 0.1, margin 0; 328 weights, 11 KB)
 * gained +0.0067 speaker F1 in train cross-validation but only +0.0016 on dev, short of the +0.003
 * asked, and cost about +12 % of findClaimDrafts' time against ≤ +8 % asked.
 *
 * A feature is a template with one or two components ("t|d=PER 1": a person one sentence before the
 * claim). Training reads them as names (speakerCandidates); rerankSpeakers looks the components up
 * in nested maps and builds no names: components are literals, table entries or per-token caches,
 * whose string hashes V8 keeps.
 */
import type { Doc, Mention, Speaker } from '../types.ts';
import type { ClaimDraft } from './draft.ts';
import { isCueForm } from './lexicon.ts';

/** Candidate mentions come from the claim's first sentence and this many sentences before it. */
const SENTENCES_BACK = 2;

/** One possible speaker of a claim with its feature names; `speaker` undefined is "no speaker". */
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

// Component strings, built once: counts in buckets ("0" … "4+"), sentence distance × side, cue relation.
const buckets = (top: number) => Array.from({ length: top + 1 }, (_, n) => (n < top ? String(n) : `${top}+`));
const B3 = buckets(3);
const B4 = buckets(4);
const B5 = buckets(5);
const B6 = buckets(6);
const bucket = (table: string[], n: number) => table[Math.min(Math.max(0, n), table.length - 1)];
/** Sentence distance of a phrase from its claim: 0 same sentence, 1–3 before, 4 after the claim. */
const DISTS = ['0', '1', '2', '3+', 'after'];
const SIDES = ['before', 'after', 'inside'];
const WHERE = DISTS.map((d) => SIDES.map((s) => `${d}|${s}`));
const CUE_RELS = ['beforeCue', 'afterCue', 'atCue'].map((r) => B4.map((g) => r + g));
/** Mention type × distance × side ("PER|1|before"), per type as met. */
const TYPE_WHERE = new Map<string, string[][]>();
const typeWhere = (type: string, dist: number, side: number) => {
  let t = TYPE_WHERE.get(type);
  if (!t) {
    t = WHERE.map((row) => row.map((w) => `${type}|${w}`));
    TYPE_WHERE.set(type, t);
  }
  return t[dist][side];
};
const bool = (b: boolean) => (b ? 'true' : 'false');

/** Where the features of a candidate go: names for training, a sum of weights for scoring. */
interface Sink {
  f1(template: string, a: string): void;
  f2(template: string, a: string, b: string): void;
  /** The candidate's features are all given: the rules' choice, or a mention, or "no speaker". */
  done(rule: boolean, speaker: Speaker | undefined, mention: Mention | undefined): void;
}

const asSpeaker = (m: Mention): Speaker => ({
  text: m.text,
  canonical: m.canonical,
  start: m.start,
  end: m.end,
});

/** Collects candidates with feature names ("template=a" or "template=a b"). */
class Names implements Sink {
  features: string[] = [];
  out: SpeakerCandidate[] = [];
  f1(template: string, a: string) {
    this.features.push(`${template}=${a}`);
  }
  f2(template: string, a: string, b: string) {
    this.features.push(`${template}=${a} ${b}`);
  }
  done(rule: boolean, speaker: Speaker | undefined, mention: Mention | undefined) {
    const sp = mention ? asSpeaker(mention) : speaker;
    this.out.push(sp ? { speaker: sp, rule, features: this.features } : { rule, features: this.features });
    this.features = [];
  }
}

/** A model's weights by template and component(s). */
interface Compiled {
  one: Map<string, Map<string, number>>;
  two: Map<string, Map<string, Map<string, number>>>;
}

function compile(weights: Record<string, number>): Compiled {
  const one = new Map<string, Map<string, number>>();
  const two = new Map<string, Map<string, Map<string, number>>>();
  for (const [name, w] of Object.entries(weights)) {
    const eq = name.indexOf('=');
    const template = name.slice(0, eq);
    const rest = name.slice(eq + 1);
    const sp = rest.indexOf(' ');
    if (sp < 0) {
      if (!one.has(template)) one.set(template, new Map());
      one.get(template)?.set(rest, w);
    } else {
      if (!two.has(template)) two.set(template, new Map());
      const byA = two.get(template) as Map<string, Map<string, number>>;
      const a = rest.slice(0, sp);
      if (!byA.has(a)) byA.set(a, new Map());
      byA.get(a)?.set(rest.slice(sp + 1), w);
    }
  }
  return { one, two };
}

/** Compiled weights (built once per weights object). */
const compiled = new WeakMap<Record<string, number>, Compiled>();
const compiledOf = (weights: Record<string, number>) => {
  let c = compiled.get(weights);
  if (!c) {
    c = compile(weights);
    compiled.set(weights, c);
  }
  return c;
};

/** Sums each candidate's weights and keeps the best one and the rules' choice. */
class Scorer implements Sink {
  z = 0;
  best = Number.NEGATIVE_INFINITY;
  bestRule = true;
  bestSpeaker: Speaker | undefined;
  bestMention: Mention | undefined;
  ruleZ = 0;
  constructor(readonly w: Compiled) {}
  reset() {
    this.z = 0;
    this.best = Number.NEGATIVE_INFINITY;
    this.bestRule = true;
    this.bestSpeaker = undefined;
    this.bestMention = undefined;
    this.ruleZ = 0;
  }
  f1(template: string, a: string) {
    const v = this.w.one.get(template)?.get(a);
    if (v !== undefined) this.z += v;
  }
  f2(template: string, a: string, b: string) {
    const v = this.w.two.get(template)?.get(a)?.get(b);
    if (v !== undefined) this.z += v;
  }
  done(rule: boolean, speaker: Speaker | undefined, mention: Mention | undefined) {
    if (rule) this.ruleZ = this.z;
    if (this.z > this.best) {
      this.best = this.z;
      this.bestRule = rule;
      this.bestSpeaker = speaker;
      this.bestMention = mention;
    }
    this.z = 0;
  }
}

/** Per-document lookups the features share (built once per call). */
interface Context {
  doc: Doc;
  /** Persons, organisations and places by start. */
  mentions: Mention[];
  /** Occurrences of each canonical name in the document. */
  names: Map<string, number>;
  /** How many claims the rules gave each canonical speaker. */
  speakers: Map<string, number>;
  /** Per token: 1 when it is a lower-case speech-cue form, 0 when not, -1 not yet looked up. */
  cue: Int8Array;
  /** Per token, as met: the lower-cased text, and its word class before and after a phrase. */
  lower: string[];
  before: string[];
  after: string[];
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
  const n = doc.tokens.length;
  return {
    doc,
    mentions,
    names,
    speakers,
    cue: new Int8Array(n).fill(-1),
    lower: new Array(n),
    before: new Array(n),
    after: new Array(n),
  };
}

/** True when token t is a lower-case speech-cue form ("sagte", "erklärte"); looked up once per token. */
function isCue(ctx: Context, t: number): boolean {
  if (ctx.cue[t] < 0) {
    const w = ctx.doc.tokens[t].text;
    ctx.cue[t] = /^\p{Ll}/u.test(w) && isCueForm(w) ? 1 : 0;
  }
  return ctx.cue[t] === 1;
}

/** Token t lower-cased ("sym" if it holds a space, which would break a feature name). */
function lowerAt(ctx: Context, t: number): string {
  let l = ctx.lower[t];
  if (l === undefined) {
    const w = ctx.doc.tokens[t].text;
    l = /\s/u.test(w) ? 'sym' : w.toLowerCase();
    ctx.lower[t] = l;
  }
  return l;
}

/** The class of token t: itself when in `known`, else Cap, cue, low or sym (END for none). */
function wordClass(ctx: Context, t: number | undefined, known: Set<string>, cache: string[]): string {
  if (t === undefined) return 'END';
  let c = cache[t];
  if (c === undefined) {
    const w = ctx.doc.tokens[t].text;
    const l = lowerAt(ctx, t);
    if (known.has(l)) c = l;
    else if (/^\p{Lu}/u.test(w)) c = 'Cap';
    else if (/^\p{Ll}/u.test(w)) c = isCue(ctx, t) ? 'cue' : 'low';
    else c = 'sym';
    cache[t] = c;
  }
  return c;
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

/** Index of the first mention starting at or after pos. */
function mentionFrom(ms: Mention[], pos: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first mention overlapping [start, end), if any. */
function mentionOver(ctx: Context, start: number, end: number): Mention | undefined {
  const ms = ctx.mentions;
  for (let i = Math.max(0, mentionFrom(ms, start) - 3); i < ms.length && ms[i].start < end; i++)
    if (ms[i].end > start) return ms[i];
  return undefined;
}

/** What the features of one claim share. */
interface ClaimInfo {
  d: ClaimDraft;
  /** The claim's first sentence. */
  s0: number;
  /** Its first and end token, and its first cue's (-1 without a cue). */
  t0: number;
  t1: number;
  cue0: number;
  cue1: number;
  previous: string | undefined;
}

/** Sentence distance (index into DISTS) and side (index into SIDES) of [start, end) from the claim. */
function distance(ctx: Context, c: ClaimInfo, start: number): number {
  const sm = sentenceAt(ctx.doc, start);
  return sm >= c.s0 ? (start >= c.d.end ? 4 : 0) : Math.min(c.s0 - sm, 3);
}
const sideOf = (c: ClaimInfo, start: number, end: number) =>
  end <= c.d.start ? 0 : start >= c.d.end ? 1 : 2;

/** The features of a speaker span [start, end) for a claim; type is the mention's, or NOENT/PRON. */
function spanFeatures(
  ctx: Context,
  c: ClaimInfo,
  sink: Sink,
  start: number,
  end: number,
  type: string,
  canonical: string,
): void {
  const { doc } = ctx;
  const { d } = c;
  const r = d.rule;
  const sm = sentenceAt(doc, start);
  const di = sm >= c.s0 ? (start >= d.end ? 4 : 0) : Math.min(c.s0 - sm, 3);
  const si = sideOf(c, start, end);
  const dist = DISTS[di];
  const side = SIDES[si];
  const t0 = tokenAt(doc, start);
  let t1 = tokenAt(doc, end);
  if (t1 <= t0) t1 = t0 + 1;
  const sentence = doc.sentences[sm];
  const prev = t0 > sentence.tokenStart ? t0 - 1 : undefined;
  const next = t1 < sentence.tokenEnd ? t1 : undefined;
  const first =
    t0 === sentence.tokenStart || (t0 === sentence.tokenStart + 1 && ARTICLES.has(lowerAt(ctx, t0 - 1)));
  let cueRel = 'nocue';
  if (c.cue0 >= 0) {
    const cue = d.cueSpans[0];
    const rel = end <= cue.start ? 0 : start >= cue.end ? 1 : 2;
    const gap = rel === 0 ? c.cue0 - t1 : rel === 1 ? t0 - c.cue1 : 0;
    cueRel = bucket(CUE_RELS[rel], gap);
  }
  const near = (next !== undefined && isCue(ctx, next)) || (prev !== undefined && isCue(ctx, prev));
  // Words of its sentence before the phrase; "bezifferte die Agentur X": a cue verb at most fourth in
  // the sentence, then the phrase with no punctuation between (the subject after a fronted verb).
  let inverted = false;
  for (let k = sentence.tokenStart; k < t0 && k - sentence.tokenStart <= 3; k++) {
    if (t0 - k <= 6 && isCue(ctx, k)) {
      inverted = true;
      for (let j = k + 1; j < t0; j++) if (!/[\p{L}\p{N}]/u.test(doc.tokens[j].text)) inverted = false;
    }
  }
  // Punctuation between the phrase and the claim ("X, Sprecher von Y, sagte, …" has none before the cue).
  let punct = 'far';
  if (si !== 2 && sm >= c.s0 - 1) {
    const [a, b] = si === 0 ? [t1, c.t0] : [c.t1, t0];
    let n = 0;
    for (let k = a; k < b; k++) if (/^[,;:()–-]$/.test(doc.tokens[k].text)) n++;
    punct = bucket(B3, n);
  }
  const inv = bool(inverted);
  const firstB = bool(first);
  const before = wordClass(ctx, prev, BEFORE_WORDS, ctx.before);
  sink.f1('prevW', prev === undefined ? 'START' : lowerAt(ctx, prev));
  sink.f2('pre|d', bucket(B6, t0 - sentence.tokenStart), dist);
  sink.f1('inv', inv);
  sink.f2('inv|d', inv, dist);
  sink.f2('punct|side', punct, side);
  sink.f1('t', type);
  sink.f2('t|d', type, dist);
  sink.f2('t|R', type, r);
  sink.f2('d|R', dist, r);
  sink.f2('d|side', dist, side);
  sink.f2('side|R', side, r);
  sink.f1('cue', cueRel);
  sink.f2('cue|R', cueRel, r);
  sink.f1('prev', before);
  sink.f2('prev|d', before, dist);
  sink.f1('next', wordClass(ctx, next, AFTER_WORDS, ctx.after));
  sink.f2('first|d', firstB, dist);
  sink.f2('first|R', firstB, r);
  sink.f1('nearCue', bool(near));
  sink.f1('names', bucket(B4, ctx.names.get(canonical) ?? 0));
  sink.f1('spk', bucket(B3, ctx.speakers.get(canonical) ?? 0));
  sink.f1('prevSpk', bool(canonical === c.previous));
}

/** Gives the sink the candidates of a reported or quoted draft: the rules' choice first. */
function candidates(ctx: Context, d: ClaimDraft, previous: string | undefined, sink: Sink): void {
  const { doc } = ctx;
  const s0 = sentenceAt(doc, d.start);
  const cue = d.cueSpans[0];
  const c: ClaimInfo = {
    d,
    s0,
    t0: tokenAt(doc, d.start),
    t1: tokenAt(doc, d.end),
    cue0: cue ? tokenAt(doc, cue.start) : -1,
    cue1: cue ? tokenAt(doc, cue.end) : -1,
    previous,
  };
  const r = d.rule;
  const sp = d.speaker;
  const spanned = sp?.start !== undefined && sp.end !== undefined;
  const spMention = spanned ? mentionOver(ctx, sp.start as number, sp.end as number) : undefined;
  const ruleType = !sp ? 'NONE' : PRONOUNS.has(sp.text.toLowerCase()) ? 'PRON' : (spMention?.type ?? 'NOENT');
  const ruleWhere = !sp
    ? 'none'
    : spanned
      ? WHERE[distance(ctx, c, sp.start as number)][sideOf(c, sp.start as number, sp.end as number)]
      : 'nospan';
  const none = () => {
    sink.f1('bias', 'none');
    sink.f1('none|R', r);
    sink.f1('none|K', d.kind);
    sink.f1('none|rule', bool(!sp));
    sink.f2('none|vs', ruleType, ruleWhere);
    sink.f2('none|vs|R', ruleType, r);
    sink.done(!sp, undefined, undefined);
  };
  const seen = new Set<string>();
  if (sp) {
    const words = sp.text.split(/\s+/);
    sink.f1('bias', 'rule');
    sink.f1('rule|R', r);
    sink.f1('rule|t', ruleType);
    sink.f2('rule|t|R', ruleType, r);
    sink.f1('rule|head', words[words.length - 1].toLowerCase());
    sink.f1('rule|first', words[0].toLowerCase());
    sink.f1('rule|len', bucket(B5, words.length));
    if (spanned) spanFeatures(ctx, c, sink, sp.start as number, sp.end as number, ruleType, sp.canonical);
    else sink.f1('bias', 'rule-nospan');
    sink.done(true, sp, undefined);
    seen.add(sp.canonical);
    if (spMention) seen.add(spMention.canonical);
  } else none();
  // Mentions of the window, nearest to the claim first; one candidate per canonical name.
  const from = doc.sentences[Math.max(0, s0 - SENTENCES_BACK)].start;
  const to = doc.sentences[Math.min(d.sentence, doc.sentences.length - 1)].end;
  const ms = ctx.mentions;
  const inWindow: Mention[] = [];
  for (let k = mentionFrom(ms, from); k < ms.length && ms[k].start < to; k++) {
    const m = ms[k];
    if (m.end > to || (m.end > d.start && m.start < d.end)) continue;
    if (spanned && m.start < (sp.end as number) && m.end > (sp.start as number)) continue;
    inWindow.push(m);
  }
  const gap = (m: Mention) => (m.end <= d.start ? d.start - m.end : m.start - d.end);
  inWindow.sort((a, b) => gap(a) - gap(b) || a.start - b.start);
  const vs = `${ruleType}|${ruleWhere}`;
  let rank = 0;
  for (const m of inWindow) {
    if (seen.has(m.canonical)) continue;
    seen.add(m.canonical);
    const rk = bucket(B4, rank++);
    const where = typeWhere(m.type, distance(ctx, c, m.start), sideOf(c, m.start, m.end));
    sink.f1('bias', 'mention');
    sink.f1('rank', rk);
    sink.f2('rank|R', rk, r);
    sink.f1('mention|R', r);
    sink.f1('mention|ruleSpk', bool(!!sp));
    sink.f1('cat', m.category ?? '-');
    sink.f1('form', m.form ?? '-');
    sink.f2('vs|m', vs, where);
    sink.f2('vst|m', ruleType, where);
    sink.f2('vs|R', ruleType, r);
    spanFeatures(ctx, c, sink, m.start, m.end, m.type, m.canonical);
    sink.done(false, undefined, m);
  }
  if (sp) none();
}

/** Calls visit for each draft with the previous reported claim's (rules') speaker. */
function eachDraft(drafts: ClaimDraft[], visit: (d: ClaimDraft, i: number, previous?: string) => void) {
  let previous: string | undefined;
  drafts.forEach((d, i) => {
    visit(d, i, previous);
    if (d.kind !== 'factual') previous = d.speaker?.canonical;
  });
}

/** The candidates of every draft (empty for factual claims), with feature names, for training. */
export function speakerCandidates(doc: Doc, drafts: ClaimDraft[]): SpeakerCandidate[][] {
  const out: SpeakerCandidate[][] = drafts.map(() => []);
  if (!doc.sentences.length) return out;
  const ctx = context(doc, drafts);
  eachDraft(drafts, (d, i, previous) => {
    if (d.kind === 'factual') return;
    const names = new Names();
    candidates(ctx, d, previous, names);
    out[i] = names.out;
  });
  return out;
}

/** The weights as a Map (built once per weights object). */
const weightMaps = new WeakMap<Record<string, number>, Map<string, number>>();
const weightMap = (weights: Record<string, number>) => {
  let m = weightMaps.get(weights);
  if (!m) {
    m = new Map(Object.entries(weights));
    weightMaps.set(weights, m);
  }
  return m;
};

/** The model's score of a candidate (sum of its features' weights). */
export function scoreCandidate(c: SpeakerCandidate, model: RerankModel): number {
  const weights = weightMap(model.weights);
  let z = 0;
  for (const f of c.features) z += weights.get(f) ?? 0;
  return z;
}

/** Index of the chosen candidate: the best, if it beats the rules' choice by more than the margin. */
export function chooseCandidate(cands: SpeakerCandidate[], model: RerankModel): number {
  let ruleAt = -1;
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let ruleScore = 0;
  cands.forEach((c, k) => {
    const z = scoreCandidate(c, model);
    if (c.rule) [ruleAt, ruleScore] = [k, z];
    if (z > bestScore) [best, bestScore] = [k, z];
  });
  return bestScore - ruleScore > model.margin ? best : ruleAt;
}

/**
 * Returns the drafts with speakers re-ranked by the model. Drafts whose speaker changes are copies;
 * the others, and the input array, are not touched.
 */
export function rerankSpeakers(doc: Doc, drafts: ClaimDraft[], model: RerankModel): ClaimDraft[] {
  if (!doc.sentences.length || !drafts.length) return drafts.slice();
  const w = compiledOf(model.weights);
  const ctx = context(doc, drafts);
  const scorer = new Scorer(w);
  const out = drafts.slice();
  eachDraft(drafts, (d, i, previous) => {
    if (d.kind === 'factual') return;
    scorer.reset();
    candidates(ctx, d, previous, scorer);
    if (scorer.bestRule || !(scorer.best - scorer.ruleZ > model.margin)) return;
    const sp = scorer.bestMention ? asSpeaker(scorer.bestMention) : scorer.bestSpeaker;
    const copy = { ...d };
    if (sp) copy.speaker = sp;
    else delete copy.speaker;
    out[i] = copy;
  });
  return out;
}
