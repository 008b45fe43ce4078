/**
 * Sweeps the factual-claim threshold on CheckThat! 2025 German subjectivity TRAIN + DEV (never
 * dev_test) and prints macro-F1 per threshold, so FACTUAL_MIN_SCORE in src/nlp/claims/factual.ts can be set.
 * Run: npx tsx scripts/claims/tune-factual.ts
 */
import { createDoc } from '../../src/nlp/analyze.ts';
import { checkworthiness } from '../../src/nlp/claims/factual.ts';
import { findClaims } from '../../src/nlp/claims/index.ts';
import { buildView } from '../../src/nlp/claims/view.ts';
import { readCheckThat } from './read-corpora.ts';

const rows = [...readCheckThat('train'), ...readCheckThat('dev')];
const PRONOUN = /^(er|sie|es|man|ich|wir|du|ihr)$/i;
const feats = rows.map((r) => {
  const doc = createDoc(r.sentence);
  const view = buildView(doc);
  const score = view.words.length ? checkworthiness(view, 0, view.words.length).score : 0;
  const sourced = findClaims(doc).some(
    (c) => c.kind !== 'factual' && c.speaker && !PRONOUN.test(c.speaker.text),
  );
  return { score, sourced, gold: r.label };
});
const reasons = new Map<string, [number, number]>();
for (const r of rows) {
  const doc = createDoc(r.sentence);
  const view = buildView(doc);
  if (!view.words.length) continue;
  for (const why of checkworthiness(view, 0, view.words.length).reasons) {
    const v = reasons.get(why) ?? [0, 0];
    v[r.label === 'OBJ' ? 0 : 1]++;
    reasons.set(why, v);
  }
}
console.log('reason → [OBJ, SUBJ] sentences:', Object.fromEntries(reasons));
for (let t = 0; t <= 0.8001; t += 0.05) {
  let tpO = 0;
  let pO = 0;
  let gO = 0;
  let tpS = 0;
  let pS = 0;
  let gS = 0;
  for (const f of feats) {
    const pred = f.sourced || f.score >= t ? 'OBJ' : 'SUBJ';
    if (pred === 'OBJ') pO++;
    else pS++;
    if (f.gold === 'OBJ') gO++;
    else gS++;
    if (pred === 'OBJ' && f.gold === 'OBJ') tpO++;
    if (pred === 'SUBJ' && f.gold === 'SUBJ') tpS++;
  }
  const f1 = (tp: number, p: number, g: number) =>
    p && g && tp ? (2 * (tp / p) * (tp / g)) / (tp / p + tp / g) : 0;
  console.log(`threshold ${t.toFixed(2)}: macro-F1 ${((f1(tpO, pO, gO) + f1(tpS, pS, gS)) / 2).toFixed(3)}`);
}
