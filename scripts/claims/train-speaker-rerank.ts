/**
 * Learns the speaker re-ranker (src/nlp/claims/rerank.ts): a conditional-logit model over the speaker
 * candidates of each reported or quoted claim, trained on the rules' output (findClaimDrafts) on
 * German Wikinews quotation attribution TRAIN. L2 strength, feature count threshold,
 * weight pruning threshold and decision margin are picked by 5-fold cross-validation over train
 * documents (pooled speaker F1, the pruned and rounded fold models, only settings whose model on all of
 * train fits MAX_BYTES); dev is scored once with the model trained on all of train. Test is never read.
 * Deterministic. Writes the model to --out (default /tmp/rr/speaker-rerank.json). It did not reach the
 * bar for shipping (see src/nlp/claims/rerank.ts), so nothing is written under src/ by default.
 * Run: npx tsx scripts/claims/train-speaker-rerank.ts [--out FILE]
 * Options: --no-write, --examples (dev changes), --transitions; env L2=… MIN_COUNT=… MIN_WEIGHT=…
 *   EPOCHS=… MAX_BYTES=… fix them (for experiments).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import '../../src/cli/ner-model.ts';
import {
  emptyCounts,
  noSpeaker,
  pronounOnly,
  scoreDoc,
  speakerMatches,
  wikinewsScores,
} from '../../bench/claims/wikinews.ts';
import { createDoc } from '../../src/nlp/analyze.ts';
import { type ClaimDraft, toClaim } from '../../src/nlp/claims/draft.ts';
import { findClaimDrafts } from '../../src/nlp/claims/index.ts';
import {
  chooseCandidate,
  type RerankModel,
  rerankSpeakers,
  type SpeakerCandidate,
  speakerCandidates,
} from '../../src/nlp/claims/rerank.ts';
import type { Doc } from '../../src/nlp/types.ts';
import { readWikinews, type WikinewsDoc } from './read-corpora.ts';

const outAt = process.argv.indexOf('--out');
const OUT = outAt > 0 ? process.argv[outAt + 1] : '/tmp/rr/speaker-rerank.json';
const FOLDS = 5;
const L2S = process.env.L2 ? [Number(process.env.L2)] : [1, 3, 10, 30, 100];
const MARGINS = [0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3];
/** Features seen fewer times than this in the training items are left out. */
const MIN_COUNTS = process.env.MIN_COUNT ? [Number(process.env.MIN_COUNT)] : [3, 5, 10, 20];
/** Weights smaller than this in magnitude are dropped; the rest keep 3 significant digits. */
const MIN_WEIGHTS = process.env.MIN_WEIGHT
  ? [Number(process.env.MIN_WEIGHT)]
  : [0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.07, 0.1, 0.15];
/** The largest model file allowed (bytes of the JSON). */
const MAX_BYTES = Number(process.env.MAX_BYTES ?? 20_000);
const EPOCHS = Number(process.env.EPOCHS ?? 300);

interface Item {
  cands: SpeakerCandidate[];
  /** Per candidate: 1 when choosing it is right for the gold quote the draft is scored against. */
  good: number[];
}
interface Prepared {
  wn: WikinewsDoc;
  doc: Doc;
  drafts: ClaimDraft[];
  cands: SpeakerCandidate[][];
  /** Training items (drafts scored against a gold quote with a non-pronoun speaker). */
  items: Item[];
}

/** The gold quotations each draft is scored against, as scoreDoc credits them. */
function credited(wn: WikinewsDoc, drafts: ClaimDraft[]): Map<ClaimDraft, WikinewsDoc['annotations']> {
  const n = wn.originalText.length;
  const preds = drafts.filter((d) => d.kind !== 'factual');
  const owner = new Int32Array(n).fill(-1);
  preds.forEach((p, i) => {
    for (let k = p.start; k < p.end; k++) if (owner[k] < 0) owner[k] = i;
  });
  const out = new Map<ClaimDraft, WikinewsDoc['annotations']>();
  for (const a of wn.annotations) {
    let len = 0;
    let covered = 0;
    const votes = new Map<number, number>();
    for (const s of a.quote.spans)
      for (let k = s.charBegin; k < s.charEnd; k++) {
        len++;
        if (owner[k] >= 0) {
          covered++;
          votes.set(owner[k], (votes.get(owner[k]) ?? 0) + 1);
        }
      }
    if (!len || covered * 2 < len) continue;
    let best = -1;
    let bestVotes = 0;
    for (const [i, v] of votes) if (v > bestVotes) [best, bestVotes] = [i, v];
    if (best < 0) continue;
    const d = preds[best];
    out.set(d, [...(out.get(d) ?? []), a]);
  }
  return out;
}

function prepare(split: 'train' | 'dev'): Prepared[] {
  return readWikinews(split).map((wn) => {
    const doc = createDoc(wn.originalText);
    const drafts = findClaimDrafts(doc);
    const cands = speakerCandidates(doc, drafts);
    const gold = credited(wn, drafts);
    const items: Item[] = [];
    drafts.forEach((d, i) => {
      const golds = (gold.get(d) ?? []).filter((a) => !pronounOnly(a));
      if (!golds.length || cands[i].length < 2) return;
      const named = golds.filter((a) => !noSpeaker(a));
      // Right speaker: +1 per named gold it matches; any speaker is a prediction, so "no speaker" is
      // the target when no candidate matches.
      const good = cands[i].map((c) =>
        c.speaker && named.some((a) => speakerMatches(c.speaker, a.speaker.text)) ? 1 : 0,
      );
      if (!good.some(Boolean)) for (const [k, c] of cands[i].entries()) good[k] = c.speaker ? 0 : 1;
      items.push({ cands: cands[i], good });
    });
    return { wn, doc, drafts, cands, items };
  });
}

/** Conditional logit over candidates, full-batch AdaGrad with L2; features seen < minCount times dropped. */
function train(items: Item[], l2: number, minCount: number): Record<string, number> {
  const count = new Map<string, number>();
  for (const it of items)
    for (const c of it.cands) for (const f of c.features) count.set(f, (count.get(f) ?? 0) + 1);
  const names = [...count.keys()].filter((f) => (count.get(f) ?? 0) >= minCount).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const X = items.map((it) => ({
    cands: it.cands.map((c) => c.features.map((f) => index.get(f) ?? -1).filter((j) => j >= 0)),
    good: it.good,
  }));
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length).fill(1e-8);
  const lr = 0.5;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Float64Array(names.length);
    for (const it of X) {
      const z = it.cands.map((fs) => fs.reduce((s, j) => s + w[j], 0));
      const max = Math.max(...z);
      const e = z.map((v) => Math.exp(v - max));
      const sum = e.reduce((a, b) => a + b, 0);
      const eg = e.reduce((a, v, k) => a + (it.good[k] ? v : 0), 0);
      // d(-log P(good))/dz_k = p_k - q_k, q = p restricted to good candidates, renormalised.
      it.cands.forEach((fs, k) => {
        const d = e[k] / sum - (it.good[k] ? e[k] / eg : 0);
        for (const j of fs) grad[j] += d;
      });
    }
    for (let j = 0; j < w.length; j++) {
      const g = grad[j] / X.length + (l2 / X.length) * w[j];
      g2[j] += g * g;
      w[j] -= (lr * g) / Math.sqrt(g2[j]);
    }
  }
  const out: Record<string, number> = {};
  names.forEach((f, j) => {
    out[f] = w[j];
  });
  return out;
}

/** The weights of at least minWeight in magnitude, rounded to 3 significant digits, by name. */
function prune(weights: Record<string, number>, minWeight: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of Object.keys(weights).sort()) {
    const v = Number(weights[f].toPrecision(3));
    if (v !== 0 && Math.abs(v) >= minWeight) out[f] = v;
  }
  return out;
}

interface Setting {
  l2: number;
  minCount: number;
  minWeight: number;
  margin: number;
}

const DESCRIPTION =
  'Speaker re-ranker (src/nlp/claims/rerank.ts): weights of a conditional-logit model over features of ' +
  'speaker candidates (the rules’ speaker, named persons/organisations/places near the claim, no speaker), ' +
  'learned from the claims rules’ output on German Wikinews quotation attribution train (700 articles); ' +
  'L2, feature count, pruning and margin chosen by 5-fold cross-validation on train. ' +
  'Built by scripts/claims/train-speaker-rerank.ts';

/** The model file's text. */
const serialize = (weights: Record<string, number>, s: Setting) =>
  `${JSON.stringify(
    {
      version: 1,
      description: DESCRIPTION,
      trained: { l2: s.l2, minCount: s.minCount, minWeight: s.minWeight },
      margin: s.margin,
      weights,
    },
    null,
    2,
  )}\n`;

/** Drafts after the decision rule (null model: the rules' speakers). */
function apply(p: Prepared, model: RerankModel | null): ClaimDraft[] {
  if (!model) return p.drafts;
  return p.drafts.map((d, i) => {
    const cs = p.cands[i];
    if (cs.length < 2) return d;
    const k = chooseCandidate(cs, model);
    if (k < 0 || cs[k].rule) return d;
    const out = { ...d };
    if (cs[k].speaker) out.speaker = cs[k].speaker;
    else delete out.speaker;
    return out;
  });
}

/** How the speakers of scored drafts changed (right/wrong/none before → after), against the first gold. */
function transitions(docs: Prepared[], model: (p: Prepared) => RerankModel | null): string {
  const t = new Map<string, number>();
  for (const p of docs) {
    const after = apply(p, model(p));
    const gold = credited(p.wn, p.drafts);
    p.drafts.forEach((d, i) => {
      if (after[i] === d) return;
      const golds = (gold.get(d) ?? []).filter((a) => !pronounOnly(a));
      if (!golds.length) return;
      const g = golds[0].speaker.text;
      const state = (x: ClaimDraft) =>
        !x.speaker ? 'none' : speakerMatches(x.speaker, g) ? 'right' : 'wrong';
      const k = `${state(d)}→${state(after[i])}`;
      t.set(k, (t.get(k) ?? 0) + 1);
    });
  }
  return [...t]
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

type Counts = ReturnType<typeof emptyCounts>;
const score = (docs: Prepared[], model: (p: Prepared) => RerankModel | null, c: Counts = emptyCounts()) => {
  for (const p of docs) scoreDoc(p.wn, apply(p, model(p)).map(toClaim), c);
  return c;
};
const fmt = (c: Counts) => {
  const { quotes: q, speakers: s } = wikinewsScores(c);
  return `quote F1 ${q.f1.toFixed(4)}  speaker P ${s.p.toFixed(4)} R ${s.r.toFixed(4)} F1 ${s.f1.toFixed(4)} (${c.spkRight}/${c.spkPredicted}/${c.spkEligible})`;
};

const t0 = Date.now();
const trainDocs = prepare('train');
const devDocs = prepare('dev');
const nItems = trainDocs.reduce((a, p) => a + p.items.length, 0);
const oracle = trainDocs.reduce(
  (a, p) => a + p.items.filter((it) => it.good.some((g, k) => g && it.cands[k].speaker)).length,
  0,
);
console.log(
  `prepared in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${nItems} train items (${oracle} with a right candidate)`,
);

// Cross-validation over train documents: per L2, weights of each fold; per margin, pooled scores.
const fold = (i: number) => i % FOLDS;
const rules = score(trainDocs, () => null);
console.log(`train-CV rules      ${fmt(rules)}`);
let best: Setting & { f1: number; bytes: number } = {
  l2: 0,
  minCount: 0,
  minWeight: 0,
  margin: 0,
  f1: -1,
  bytes: 0,
};
let weights: Record<string, number> = {};
const index = new Map(trainDocs.map((p, i) => [p, i]));
for (const l2 of L2S)
  for (const minCount of MIN_COUNTS) {
    const raw = Array.from({ length: FOLDS }, (_, k) =>
      train(
        trainDocs.filter((_, i) => fold(i) !== k).flatMap((p) => p.items),
        l2,
        minCount,
      ),
    );
    const all = train(
      trainDocs.flatMap((p) => p.items),
      l2,
      minCount,
    );
    for (const minWeight of MIN_WEIGHTS) {
      const models = raw.map((w) => prune(w, minWeight));
      const full = prune(all, minWeight);
      const bytes = Buffer.byteLength(serialize(full, { l2, minCount, minWeight, margin: 0 }));
      const head = `train-CV l2 ${l2} min ${minCount} prune ${minWeight} (${Object.keys(full).length} weights, ${(bytes / 1024).toFixed(1)} KB)`;
      if (bytes > MAX_BYTES) {
        console.log(`${head}: too large`);
        continue;
      }
      for (const margin of MARGINS) {
        const model = (p: Prepared) => ({ weights: models[fold(index.get(p) ?? 0)], margin });
        const c = score(trainDocs, model);
        const f1 = wikinewsScores(c).speakers.f1;
        console.log(`${head} margin ${margin}  ${fmt(c)}`);
        // Ties go to the smaller model.
        if (f1 > best.f1 + 1e-9 || (f1 > best.f1 - 1e-9 && bytes < best.bytes)) {
          best = { l2, minCount, minWeight, margin, f1, bytes };
          weights = full;
        }
        const t = process.argv.includes('--transitions') ? transitions(trainDocs, model) : '';
        if (t) console.log(`    ${t}`);
      }
    }
  }
console.log(
  `chosen on train-CV: l2 ${best.l2} min count ${best.minCount} prune ${best.minWeight} margin ${best.margin} ` +
    `(CV speaker F1 ${best.f1.toFixed(4)}, ${Object.keys(weights).length} weights, ${best.bytes} bytes)`,
);

const model: RerankModel = { weights, margin: best.margin };
if (process.argv.includes('--transitions'))
  console.log(
    `train in-sample: ${fmt(score(trainDocs, () => model))}\n    ${transitions(trainDocs, () => model)}`,
  );
console.log(`dev rules           ${fmt(score(devDocs, () => null))}`);
console.log(`dev re-ranked       ${fmt(score(devDocs, () => model))}`);
console.log(`    ${transitions(devDocs, () => model)}`);
// The scoring path of rerankSpeakers (no feature names) must choose as the names do.
for (const p of [...trainDocs, ...devDocs]) {
  const a = apply(p, model);
  const b = rerankSpeakers(p.doc, p.drafts, model);
  a.forEach((d, i) => {
    if (JSON.stringify(d.speaker) !== JSON.stringify(b[i].speaker))
      throw new Error(`rerankSpeakers differs from the feature names on "${d.text.slice(0, 60)}"`);
  });
}

if (process.argv.includes('--examples')) {
  // Changes on dev, right→wrong and wrong→right, for the report.
  for (const p of devDocs) {
    const after = apply(p, model);
    const gold = credited(p.wn, p.drafts);
    p.drafts.forEach((d, i) => {
      if (after[i] === d) return;
      const golds = (gold.get(d) ?? []).filter((a) => !pronounOnly(a));
      if (!golds.length) return;
      const g = golds[0].speaker.text;
      const was = !d.speaker ? 'none' : speakerMatches(d.speaker, g) ? 'right' : 'wrong';
      const now = !after[i].speaker ? 'none' : speakerMatches(after[i].speaker, g) ? 'right' : 'wrong';
      console.log(
        `[${was}→${now}] ${d.rule}: ${d.speaker?.text ?? '∅'} → ${after[i].speaker?.text ?? '∅'} (gold: ${g || '∅'})\n    ${d.text.slice(0, 140)}`,
      );
    });
  }
}

if (!process.argv.includes('--no-write')) {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, serialize(weights, best));
  console.log(`wrote ${OUT} (${Object.keys(weights).length} weights)`);
}
