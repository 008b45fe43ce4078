/**
 * Ablation figures: GermEval 2014 test F1 (4 types, strict) of model files trained with
 * different data/feature settings (`npx tsx bench/ner/ablation.ts name=model.bin …`; model.json files
 * written by the trainer before ner-model.bin are read too).
 * Evaluation only; the settings were chosen on held-out fifths of GermEval dev.
 */
import { loadGermEval } from '../../scripts/ner/corpora.ts';
import { prf, score } from '../../scripts/ner/metrics.ts';
import { readTaggerFile } from '../../src/cli/ner-model.ts';
import { tagWords } from '../../src/nlp/tag-words.ts';
import { table } from './accuracy.ts';

const test = loadGermEval('test');
const rows: string[][] = [];
for (const spec of process.argv.slice(2)) {
  const [name, path] = spec.split('=');
  const tagger = readTaggerFile(path);
  const pred = test.map((s) => tagWords(s.words, tagger));
  const sc = score(
    test.map((s) => s.tags),
    pred,
  );
  const b = prf(sc.base4);
  const a = prf(sc.all12);
  rows.push([name, b.p.toFixed(1), b.r.toFixed(1), b.f1.toFixed(1), a.f1.toFixed(1)]);
}
console.log(table(['model', 'P (4)', 'R (4)', 'F1 (4 types)', 'F1 (12 labels)'], rows));
