/**
 * Per-label scores on held-out fifths of GermEval dev (the tuning sets of
 * `train-ner.ts --tune --fold K`), pooled over the folds given:
 * `npx tsx bench/ner/devfold.ts 0=/tmp/m0.json 2=/tmp/m2.json …` (fold=model trained without it).
 * For development decisions; never run on test.
 */
import { loadGermEval } from '../../scripts/ner/corpora.ts';
import { prf, score } from '../../scripts/ner/metrics.ts';
import { readTaggerFile } from '../../src/cli/ner-model.ts';
import { postprocessTags } from '../../src/nlp/postprocess.ts';
import { table } from './accuracy.ts';

const specs = process.argv.slice(2).map((a) => a.split('='));
if (specs.length === 0 || specs.some((s) => s.length !== 2))
  throw new Error('usage: devfold.ts K=model.json [K=model.json …]');
const dev = loadGermEval('dev');
const gold: string[][] = [];
const pred: string[][] = [];
for (const [k, path] of specs) {
  const tune = dev.filter((_, i) => i % 5 === Number(k));
  const tagger = readTaggerFile(path);
  for (const s of tune) {
    gold.push(s.tags);
    pred.push(postprocessTags(s.words, tagger.tag(s.words), tagger.parts.lexicon));
  }
}
const sc = score(gold, pred);
const row = (name: string, c: { tp: number; fp: number; fn: number }): string[] => {
  const x = prf(c);
  return [name, String(c.tp + c.fn), x.p.toFixed(1), x.r.toFixed(1), x.f1.toFixed(1)];
};
const rows = [...sc.perLabel.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([l, c]) => row(l, c));
rows.push(row('4 types', sc.base4), row('12 labels', sc.all12));
console.log(`GermEval dev folds ${specs.map((s) => s[0]).join(',')} (${gold.length} sentences)`);
console.log(table(['label', 'gold', 'P', 'R', 'F1'], rows));
