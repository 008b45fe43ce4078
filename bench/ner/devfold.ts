/**
 * Per-label scores on held-out fifths of GermEval dev (the tuning sets of
 * `train-ner.ts --tune --fold K`), pooled over the folds given:
 * `npx tsx bench/ner/devfold.ts 0=/tmp/m0.bin 2=/tmp/m2.bin …` (fold=model trained without it).
 * For development decisions; never run on test.
 */
import { loadGermEval } from '../../scripts/ner/corpora.ts';
import { prf, score } from '../../scripts/ner/metrics.ts';
import { readTaggerFile } from '../../src/cli/ner-model.ts';
import { ENTITY_LABELS } from '../../src/nlp/labels.ts';
import { tagWords } from '../../src/nlp/tag-words.ts';
import { scoreRows, table } from './accuracy.ts';

const specs = process.argv.slice(2).map((a) => a.split('='));
if (specs.length === 0 || specs.some((s) => s.length !== 2))
  throw new Error('usage: devfold.ts K=model.bin [K=model.bin …]');
const dev = loadGermEval('dev');
const gold: string[][] = [];
const pred: string[][] = [];
for (const [k, path] of specs) {
  const tagger = readTaggerFile(path);
  for (const s of dev.filter((_, i) => i % 5 === Number(k))) {
    gold.push(s.tags);
    pred.push(tagWords(s.words, tagger));
  }
}
console.log(`GermEval dev folds ${specs.map((s) => s[0]).join(',')} (${gold.length} sentences)`);
const scores = score(gold, pred);
console.log(table(['label', 'P', 'R', 'F1', 'gold'], scoreRows(scores, [...ENTITY_LABELS])));
// Two decimals: the adoption rule (+0.5) is decided on this figure.
console.log(`4-type F1 ${prf(scores.base4).f1.toFixed(2)}`);
