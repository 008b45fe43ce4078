/**
 * Ablation figures: GermEval 2014 test F1 (4 types, strict) of model files trained with
 * different data/feature settings (`npx tsx bench/ner/ablation.ts name=model.json …`).
 * Evaluation only; the settings were chosen on held-out fifths of GermEval dev.
 */
import { readFileSync } from 'node:fs';
import { loadGermEval } from '../../scripts/ner/corpora.ts';
import { prf, score } from '../../scripts/ner/metrics.ts';
import { postprocessTags } from '../../src/nlp/postprocess.ts';
import { taggerFromFile } from '../../src/nlp/tagger.ts';
import { table } from './accuracy.ts';

const test = loadGermEval('test');
const rows: string[][] = [];
for (const spec of process.argv.slice(2)) {
  const [name, path] = spec.split('=');
  const tagger = taggerFromFile(JSON.parse(readFileSync(path, 'utf8')));
  const pred = test.map((s) => postprocessTags(s.words, tagger.tag(s.words), tagger.parts.lexicon));
  const sc = score(
    test.map((s) => s.tags),
    pred,
  );
  const b = prf(sc.base4);
  const a = prf(sc.all12);
  rows.push([name, b.p.toFixed(1), b.r.toFixed(1), b.f1.toFixed(1), a.f1.toFixed(1)]);
}
console.log(table(['model', 'P (4)', 'R (4)', 'F1 (4 types)', 'F1 (12 labels)'], rows));
