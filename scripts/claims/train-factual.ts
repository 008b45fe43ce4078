/**
 * Learns the factual-claim model (logistic regression over the signals of src/nlp/claims/factual.ts)
 * on CheckThat! 2025 German subjectivity TRAIN, picks the L2 strength and the decision threshold on
 * DEV (never dev_test), and writes src/nlp/claims/data/factual-weights.json.
 * Run: npx tsx scripts/claims/train-factual.ts && npx biome format --write src/nlp/claims/data
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../../src/cli/ner-model.ts';
import { createDoc } from '../../src/nlp/analyze.ts';
import { FACTUAL_SIGNALS, factualSignals } from '../../src/nlp/claims/factual.ts';
import { findClaims } from '../../src/nlp/claims/index.ts';
import { buildView } from '../../src/nlp/claims/view.ts';
import { readCheckThat } from './read-corpora.ts';

const OUT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../src/nlp/claims/data/factual-weights.json',
);
const PRONOUN = /^(er|sie|es|man|ich|wir|du|ihr)$/i;

interface Example {
  x: number[];
  y: number;
  /** The pipeline already finds a reported statement with a named source here (OBJ regardless). */
  sourced: boolean;
}

function examples(split: 'train' | 'dev'): Example[] {
  return readCheckThat(split).map((r) => {
    const doc = createDoc(r.sentence);
    const view = buildView(doc);
    const x = view.words.length ? factualSignals(view, 0, view.words.length) : FACTUAL_SIGNALS.map(() => 0);
    const sourced = findClaims(doc).some(
      (c) => c.kind !== 'factual' && c.speaker && !PRONOUN.test(c.speaker.text),
    );
    return { x, y: r.label === 'OBJ' ? 1 : 0, sourced };
  });
}

function train(data: Example[], l2: number): { w: number[]; b: number } {
  const w = FACTUAL_SIGNALS.map(() => 0);
  let b = 0;
  const lr = 0.5;
  for (let epoch = 0; epoch < 400; epoch++) {
    const gw = w.map(() => 0);
    let gb = 0;
    for (const e of data) {
      let z = b;
      for (let i = 0; i < w.length; i++) z += w[i] * e.x[i];
      const err = 1 / (1 + Math.exp(-z)) - e.y;
      for (let i = 0; i < w.length; i++) gw[i] += err * e.x[i];
      gb += err;
    }
    for (let i = 0; i < w.length; i++) w[i] -= lr * (gw[i] / data.length + l2 * w[i]);
    b -= lr * (gb / data.length);
  }
  return { w, b };
}

function macroF1(data: Example[], m: { w: number[]; b: number }, t: number): number {
  let tp = [0, 0];
  const p = [0, 0];
  const g = [0, 0];
  tp = [0, 0];
  for (const e of data) {
    let z = m.b;
    for (let i = 0; i < m.w.length; i++) z += m.w[i] * e.x[i];
    const pred = e.sourced || 1 / (1 + Math.exp(-z)) >= t ? 1 : 0;
    p[pred]++;
    g[e.y]++;
    if (pred === e.y) tp[pred]++;
  }
  const f = (k: number) => (p[k] && g[k] && tp[k] ? (2 * tp[k]) / (p[k] + g[k]) : 0);
  return (f(0) + f(1)) / 2;
}

const trainSet = examples('train');
const devSet = examples('dev');
let best = { f1: -1, l2: 0, t: 0.5, m: { w: [] as number[], b: 0 } };
for (const l2 of [0, 0.001, 0.01, 0.05]) {
  const m = train(trainSet, l2);
  for (let t = 0.3; t <= 0.8001; t += 0.025) {
    const f1 = macroF1(devSet, m, t);
    if (f1 > best.f1) best = { f1, l2, t, m };
  }
}
console.log(`dev macro-F1 ${best.f1.toFixed(3)} with l2=${best.l2}, threshold=${best.t.toFixed(3)}`);
console.log(`train macro-F1 ${macroF1(trainSet, best.m, best.t).toFixed(3)}`);
FACTUAL_SIGNALS.forEach((s, i) => {
  console.log(`  ${s.padEnd(14)} ${best.m.w[i].toFixed(3)}`);
});
const round = (v: number) => Math.round(v * 1000) / 1000;
writeFileSync(
  OUT,
  `${JSON.stringify({
    version: 1,
    description:
      'Logistic model over factual signals; learned on CheckThat! 2025 de subjectivity train, threshold tuned on dev',
    signals: FACTUAL_SIGNALS,
    bias: round(best.m.b),
    weights: best.m.w.map(round),
    threshold: round(best.t),
  })}\n`,
);
console.log(`→ ${OUT}`);
