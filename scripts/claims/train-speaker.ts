/**
 * Learns the speaker ranker (src/nlp/claims/speaker-ranker.ts) on the Wikinews quotation TRAIN split:
 * for every gold quotation one of our claims covers, the candidates that share a word with the gold
 * speaker are right ("no speaker" when the gold names none, or when no candidate is right: a wrong
 * speaker costs precision, none costs nothing). Averaged perceptron; the number of epochs and the bias
 * of "no speaker" are chosen on DEV for speaker F1. Never reads test.
 * Run: npx tsx scripts/claims/train-speaker.ts && npx biome format --write src/nlp/claims/data
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  emptyCounts,
  noSpeaker,
  pronounOnly,
  scoreDoc,
  speakerMatches,
} from '../../bench/claims/wikinews.ts';
import '../../src/cli/ner-model.ts';
import { createDoc } from '../../src/nlp/analyze.ts';
import { type ClaimDraft, findClaimDrafts } from '../../src/nlp/claims/index.ts';
import {
  type Candidate,
  forEachChoice,
  type SpeakerModel,
  scoreOf,
} from '../../src/nlp/claims/speaker-ranker.ts';
import { buildView } from '../../src/nlp/claims/view.ts';
import type { Speaker } from '../../src/nlp/types.ts';
import { readWikinews, type WikinewsDoc } from './read-corpora.ts';

const OUT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../src/nlp/claims/data/speaker-weights.json',
);

interface Prepared {
  doc: WikinewsDoc;
  drafts: ClaimDraft[];
  choices: { draft: ClaimDraft; candidates: Candidate[] }[];
  examples: { candidates: Candidate[]; right: boolean[] }[];
}

function prepare(split: 'train' | 'dev'): Prepared[] {
  return readWikinews(split).map((d) => {
    const doc = createDoc(d.originalText);
    const view = buildView(doc);
    const drafts = findClaimDrafts(doc, { rerank: false });
    const choices: Prepared['choices'] = [];
    forEachChoice(view, drafts, (draft, candidates) => choices.push({ draft, candidates }));
    const byDraft = new Map(choices.map((c) => [c.draft, c.candidates]));
    const examples: Prepared['examples'] = [];
    scoreDoc(d, drafts, emptyCounts(), (o) => {
      if (o.what !== 'gold' || !o.found || !o.claim || pronounOnly(o.gold)) return;
      const candidates = byDraft.get(o.claim as ClaimDraft);
      if (!candidates) return;
      const gold = o.gold.speaker.text;
      const right = candidates.map(
        (c) => !noSpeaker(o.gold) && !!c.speaker && speakerMatches(c.speaker, gold),
      );
      if (!right.some(Boolean)) right[0] = true;
      examples.push({ candidates, right });
    });
    return { doc: d, drafts, choices, examples };
  });
}

/** Speaker counts on prepared documents with the model's choices applied (null: the rules' speakers). */
function countsOf(docs: Prepared[], model: SpeakerModel | null) {
  const c = emptyCounts();
  for (const p of docs) {
    const kept = new Map<ClaimDraft, Speaker | undefined>(p.drafts.map((d) => [d, d.speaker]));
    for (const { draft, candidates } of model ? p.choices : []) {
      let best = candidates[0];
      let bestScore = scoreOf(model, best);
      for (const cand of candidates.slice(1)) {
        const s = scoreOf(model, cand);
        if (s > bestScore) [best, bestScore] = [cand, s];
      }
      draft.speaker = best.speaker;
    }
    scoreDoc(p.doc, p.drafts, c);
    for (const [d, sp] of kept) d.speaker = sp;
  }
  return c;
}

function evaluate(docs: Prepared[], model: SpeakerModel | null) {
  const c = countsOf(docs, model);
  const p = c.spkRight / Math.max(1, c.spkPredicted);
  const r = c.spkRight / Math.max(1, c.spkEligible);
  return { p, r, f1: (2 * p * r) / Math.max(1e-9, p + r) };
}

/** Averaged multiclass perceptron over the candidate lists; returns the weights after each epoch. */
function train(examples: Prepared['examples'], epochs: number): Map<number, Record<string, number>> {
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let t = 0;
  const add = (f: string, v: number) => {
    const last = stamp.get(f) ?? 0;
    const cur = w.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + cur * (t - last));
    stamp.set(f, t);
    w.set(f, cur + v);
  };
  const score = (c: Candidate) => c.features.reduce((s, f) => s + (w.get(f) ?? 0), 0);
  const out = new Map<number, Record<string, number>>();
  // A fixed shuffle (linear congruential) so that training is deterministic.
  const order = examples.map((_, i) => i);
  let seed = 12345;
  for (let e = 1; e <= epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      t++;
      const { candidates, right } = examples[i];
      let pred = 0;
      let gold = -1;
      let ps = -Infinity;
      let gs = -Infinity;
      candidates.forEach((c, k) => {
        const s = score(c);
        if (s > ps) [pred, ps] = [k, s];
        if (right[k] && s > gs) [gold, gs] = [k, s];
      });
      if (right[pred]) continue;
      for (const f of candidates[gold].features) add(f, 1);
      for (const f of candidates[pred].features) add(f, -1);
    }
    const avg: Record<string, number> = {};
    for (const [f, v] of w) {
      const sum = (total.get(f) ?? 0) + v * (t - (stamp.get(f) ?? 0));
      const a = Math.round((sum / t) * 1000) / 1000;
      if (a !== 0) avg[f] = a;
    }
    out.set(e, avg);
  }
  return out;
}

const t0 = Date.now();
const trainDocs = prepare('train');
const devDocs = prepare('dev');
const examples = trainDocs.flatMap((p) => p.examples);
console.log(
  `prepared ${trainDocs.length} train / ${devDocs.length} dev documents, ${examples.length} examples, ${((Date.now() - t0) / 1000).toFixed(0)} s`,
);
const EPOCHS = [3, 5, 8, 12];
if (process.argv.includes('--oracle')) {
  // How often a right speaker is among the candidates at all, and how often the rules' pick is right.
  let any = 0;
  let ruleRight = 0;
  let gold0 = 0;
  let candCount = 0;
  const missedBy = new Map<string, number>();
  for (const e of examples) {
    const r = e.right.slice(1).some(Boolean);
    if (r) any++;
    else gold0++;
    candCount += e.candidates.length;
    const ri = e.candidates.findIndex((c) => c.features[0] === 'rule');
    if (ri >= 0 && e.right[ri]) ruleRight++;
    else if (r) {
      const k = e.candidates.find((c, i) => e.right[i] && c.speaker)?.features[0] ?? '?';
      missedBy.set(k, (missedBy.get(k) ?? 0) + 1);
    }
  }
  console.log(
    `examples ${examples.length}: a right candidate ${any}, none right only ${gold0}, rule right ${ruleRight}, mean candidates ${(candCount / examples.length).toFixed(1)}`,
    missedBy,
  );
}
const fmt = (m: { p: number; r: number; f1: number }) =>
  `${m.f1.toFixed(3)} (${m.p.toFixed(3)}/${m.r.toFixed(3)})`;
console.log(`rules only: dev speaker F1 (P/R) ${fmt(evaluate(devDocs, null))}`);
// A check that the gain is no artefact of dev: 5-fold cross-validation inside train (rules vs ranker).
if (process.argv.includes('--cv')) {
  for (const epochs of EPOCHS) {
    const pooled = { rules: [] as Prepared[], folds: [] as [Prepared[], SpeakerModel][] };
    for (let k = 0; k < 5; k++) {
      const held = trainDocs.filter((_, i) => i % 5 === k);
      const rest = trainDocs.filter((_, i) => i % 5 !== k).flatMap((p) => p.examples);
      pooled.folds.push([held, { weights: train(rest, epochs).get(epochs) ?? {}, noneBias: 0 }]);
    }
    const rows = [-1, -0.5, 0, 0.5].map((noneBias) => {
      // Pool the counts by evaluating each fold with its own model and summing right/predicted/eligible.
      let right = 0;
      let predicted = 0;
      let eligible = 0;
      for (const [held, m] of pooled.folds) {
        const c = countsOf(held, { ...m, noneBias });
        right += c.spkRight;
        predicted += c.spkPredicted;
        eligible += c.spkEligible;
      }
      const p = right / predicted;
      const r = right / eligible;
      return `${noneBias}: ${fmt({ p, r, f1: (2 * p * r) / (p + r) })}`;
    });
    console.log(`train 5-fold CV, epochs ${epochs}: ${rows.join('  ')}`);
  }
  console.log(`train, rules only: ${fmt(evaluate(trainDocs, null))}`);
}
const byEpoch = train(examples, Math.max(...EPOCHS));
let best = { f1: -1, epochs: 0, noneBias: 0, p: 0, r: 0 };
for (const epochs of EPOCHS) {
  const weights = byEpoch.get(epochs) ?? {};
  const row: string[] = [];
  for (const noneBias of [-1, -0.5, -0.25, 0, 0.25, 0.5]) {
    const m = evaluate(devDocs, { weights, noneBias });
    row.push(`${noneBias}: ${m.f1.toFixed(3)} (${m.p.toFixed(3)}/${m.r.toFixed(3)})`);
    if (m.f1 > best.f1) best = { ...m, epochs, noneBias };
  }
  console.log(`epochs ${epochs}  ${row.join('  ')}`);
}
console.log(
  `chosen on dev: ${best.epochs} epochs, none bias ${best.noneBias}: F1 ${best.f1.toFixed(3)} (P ${best.p.toFixed(3)}, R ${best.r.toFixed(3)})`,
);
const weights = byEpoch.get(best.epochs) ?? {};
const sorted = Object.fromEntries(Object.entries(weights).sort(([a], [b]) => (a < b ? -1 : 1)));
const model: SpeakerModel = { weights: sorted, noneBias: best.noneBias };
if (!process.argv.includes('--dry')) {
  writeFileSync(OUT, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${OUT}: ${Object.keys(sorted).length} weights`);
}
