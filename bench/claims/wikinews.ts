/**
 * Wikinews quotation attribution (Petersen-Frey & Biemann 2024): character-coverage scoring of our
 * non-factual claims against gold quotations, with speaker agreement by shared word.
 */

import type { WikinewsAnnotation, WikinewsDoc } from '../../scripts/claims/read-corpora.ts';
import type { Claim } from '../../src/nlp/types.ts';
import { prf } from './table.ts';

/** Gold type → our kind. Announcements count as indirect. */
export const TYPE_MAP: Record<string, 'direct' | 'indirect'> = {
  Direct: 'direct',
  Indirect: 'indirect',
  Reported: 'indirect',
  FreeIndirect: 'indirect',
  IndirectFreeIndirect: 'indirect',
};
/**
 * German pronouns that can stand alone as a speaker: personal and reflexive, relative and
 * demonstrative (der/welcher/dieser/jener/derjenige/derselbe/letzterer), interrogative — every case.
 */
const PRONOUNS = new Set(
  [
    'ich mich mir meiner du dich dir deiner er ihn ihm seiner sie ihr ihrer ihnen es wir uns unser',
    'euch euer man sich',
    'der die das den dem dessen deren derer denen',
    'welcher welche welches welchem welchen',
    'dieser diese dieses diesem diesen jener jene jenes jenem jenen',
    'derjenige diejenige dasjenige derjenigen denjenigen demjenigen',
    'derselbe dieselbe dasselbe desselben derselben denselben demselben dieselben',
    'letzterer letztere letzteres letzterem letzteren ersterer erstere ersteres ersterem ersteren',
    'wer wen wem wessen',
  ]
    .join(' ')
    .split(' '),
);
const STOP = new Set(
  'der die das den dem des ein eine einer eines einem einen und von vom zu zur zum im in am an auf aus für mit bei sowie als auch'.split(
    ' ',
  ),
);

const contentWords = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOP.has(w));

/** Returns true when the gold quotation names no speaker at all (no speaker span). */
export function noSpeaker(a: WikinewsAnnotation): boolean {
  return !/[\p{L}\p{N}]/u.test(a.speaker.text);
}

/** Returns true when the gold speaker is only a pronoun (left out of speaker scoring). */
export function pronounOnly(a: WikinewsAnnotation): boolean {
  const ws = a.speaker.text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  return ws.length > 0 && ws.every((w) => PRONOUNS.has(w));
}

/** Returns true when the predicted speaker shares a content word with the gold speaker. */
export function speakerMatches(pred: Claim['speaker'], gold: string): boolean {
  if (!pred) return false;
  const g = new Set(contentWords(gold));
  return [...contentWords(pred.text), ...contentWords(pred.canonical)].some((w) => g.has(w));
}

/** Counts for precision, recall and speakers, overall and per type. */
export interface WikinewsCounts {
  pred: number;
  predTrue: number;
  predByKind: Record<string, [number, number]>;
  gold: number;
  found: number;
  goldByType: Record<string, [number, number]>;
  /** Gold quotes with a non-pronoun speaker (the speaker recall base). */
  spkEligible: number;
  /** Found gold quotes (pronoun-only speakers left out) whose covering claim has a speaker. */
  spkPredicted: number;
  spkRight: number;
  spkByType: Record<string, [number, number]>;
}

/** One scored item, for error listings (bench/claims/errors.ts). */
export type WikinewsOutcome =
  | { what: 'claim'; claim: Claim; ok: boolean }
  | {
      what: 'gold';
      gold: WikinewsAnnotation;
      found: boolean;
      claim?: Claim;
      speaker: 'right' | 'wrong' | 'none' | 'skip';
    };

/** Returns empty counts. */
/**
 * Quote and speaker precision, recall and F1 of the counts (definitions in docs/bench-claims.md):
 * quote precision counts our claims, quote recall the gold quotations, so they share no numerator.
 */
export function wikinewsScores(c: WikinewsCounts): { quotes: PRF; speakers: PRF } {
  const p = c.predTrue / c.pred;
  const r = c.found / c.gold;
  return {
    quotes: { p, r, f1: (2 * p * r) / (p + r) },
    speakers: prf(c.spkRight, c.spkPredicted, c.spkEligible),
  };
}
type PRF = { p: number; r: number; f1: number };

export function emptyCounts(): WikinewsCounts {
  return {
    pred: 0,
    predTrue: 0,
    predByKind: {},
    gold: 0,
    found: 0,
    goldByType: {},
    spkEligible: 0,
    spkPredicted: 0,
    spkRight: 0,
    spkByType: {},
  };
}

const bump = (m: Record<string, [number, number]>, k: string, hit: boolean) => {
  const v = m[k] ?? [0, 0];
  v[0]++;
  if (hit) v[1]++;
  m[k] = v;
};

/**
 * Adds one document's comparison to the counts. Speakers: pronoun-only gold speakers are left out;
 * a gold quotation without any speaker cannot be matched, so a speaker we give it is a wrong one
 * (it counts against precision) while it adds nothing to the recall base.
 */
export function scoreDoc(
  doc: WikinewsDoc,
  claims: Claim[],
  c: WikinewsCounts,
  report?: (o: WikinewsOutcome) => void,
): void {
  const n = doc.originalText.length;
  const goldMask = new Uint8Array(n);
  for (const a of doc.annotations) for (const s of a.quote.spans) goldMask.fill(1, s.charBegin, s.charEnd);
  const preds = claims.filter((x) => x.kind !== 'factual');
  // Which prediction covers each character (first wins; claims rarely overlap).
  const owner = new Int32Array(n).fill(-1);
  preds.forEach((p, i) => {
    for (let k = p.start; k < p.end; k++) if (owner[k] < 0) owner[k] = i;
  });
  for (const p of preds) {
    let inGold = 0;
    for (let k = p.start; k < p.end; k++) inGold += goldMask[k];
    const ok = inGold * 2 >= p.end - p.start;
    c.pred++;
    if (ok) c.predTrue++;
    bump(c.predByKind, p.kind === 'direct' ? 'direct' : 'indirect', ok);
    report?.({ what: 'claim', claim: p, ok });
  }
  for (const a of doc.annotations) {
    const type = a.type;
    let len = 0;
    let covered = 0;
    const votes = new Map<number, number>();
    for (const s of a.quote.spans) {
      for (let k = s.charBegin; k < s.charEnd; k++) {
        len++;
        if (owner[k] >= 0) {
          covered++;
          votes.set(owner[k], (votes.get(owner[k]) ?? 0) + 1);
        }
      }
    }
    if (!len) continue;
    const found = covered * 2 >= len;
    c.gold++;
    if (found) c.found++;
    bump(c.goldByType, type, found);
    let best = -1;
    let bestVotes = 0;
    for (const [i, v] of votes) if (v > bestVotes) [best, bestVotes] = [i, v];
    const claim = found && best >= 0 ? preds[best] : undefined;
    const pred = claim?.speaker;
    let speaker: 'right' | 'wrong' | 'none' | 'skip' = 'skip';
    if (!pronounOnly(a)) {
      const eligible = !noSpeaker(a);
      const right = eligible && speakerMatches(pred, a.speaker.text);
      if (eligible) c.spkEligible++;
      if (pred) c.spkPredicted++;
      if (right) c.spkRight++;
      if (eligible) bump(c.spkByType, type, right);
      speaker = right ? 'right' : pred ? 'wrong' : 'none';
    }
    report?.({ what: 'gold', gold: a, found, claim, speaker });
  }
}

/**
 * 95 % interval of quote F1 and speaker F1 from a document bootstrap: the documents are resampled
 * with replacement `rounds` times (seeded, so the figures repeat). It shows how far a score moves
 * with the choice of articles alone — the test split has only ~150 documents, and a few long
 * articles with many quotations by one speaker weigh heavily.
 */
export function bootstrapF1(
  perDoc: WikinewsCounts[],
  rounds = 1000,
  seed = 1,
): { quote: [number, number]; speaker: [number, number] } {
  let s = seed >>> 0;
  // mulberry32: a small seeded generator; Math.random cannot be seeded.
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const quote: number[] = [];
  const speaker: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c = emptyCounts();
    for (let i = 0; i < perDoc.length; i++) {
      addCounts(c, perDoc[Math.floor(rand() * perDoc.length)]);
    }
    const f = wikinewsScores(c);
    quote.push(f.quotes.f1);
    speaker.push(f.speakers.f1);
  }
  const interval = (xs: number[]): [number, number] => {
    xs.sort((a, b) => a - b);
    return [xs[Math.floor(0.025 * (xs.length - 1))], xs[Math.ceil(0.975 * (xs.length - 1))]];
  };
  return { quote: interval(quote), speaker: interval(speaker) };
}

/** Adds the counts of `d` to `into`, the per-type tables too. */
export function addCounts(into: WikinewsCounts, d: WikinewsCounts): WikinewsCounts {
  into.pred += d.pred;
  into.predTrue += d.predTrue;
  into.gold += d.gold;
  into.found += d.found;
  into.spkEligible += d.spkEligible;
  into.spkPredicted += d.spkPredicted;
  into.spkRight += d.spkRight;
  for (const key of ['predByKind', 'goldByType', 'spkByType'] as const) {
    for (const [k, [n, hit]] of Object.entries(d[key])) {
      const v = into[key][k] ?? [0, 0];
      into[key][k] = [v[0] + n, v[1] + hit];
    }
  }
  return into;
}
