/**
 * The errors behind `devfold.ts`: each GermEval dev fifth tagged by the model trained without it,
 * gold chunks missed (MISS: nothing overlaps; AS-X: tagged as type X; BOUND: right type, other
 * boundaries) and false chunks (FALSE: no gold chunk overlaps) of one type, with their context,
 * then the counts for all four types. For development decisions; never run on test.
 *
 *   npx tsx bench/ner/devfold-errors.ts ORG 0=/tmp/m0.bin 1=/tmp/m1.bin … 4=/tmp/m4.bin
 */
import { loadGermEval } from '../../scripts/ner/corpora.ts';
import { type Chunk, chunks } from '../../scripts/ner/metrics.ts';
import { readTaggerFile } from '../../src/cli/ner-model.ts';
import { tagWords } from '../../src/nlp/tag-words.ts';

const [type, ...specs] = process.argv.slice(2);
const folds = specs.map((a) => a.split('='));
if (!type || folds.length === 0 || folds.some((s) => s.length !== 2))
  throw new Error('usage: devfold-errors.ts TYPE K=model.bin [K=model.bin …]');
const BASE = new Set(['PER', 'LOC', 'ORG', 'OTH']);
const key = (c: Chunk) => `${c.label}:${c.start}:${c.end}`;
const lines: string[] = [];
const counts = new Map<string, number>();
const count = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
const dev = loadGermEval('dev');
for (const [k, path] of folds) {
  const tagger = readTaggerFile(path);
  dev.forEach((s, i) => {
    if (i % 5 !== Number(k)) return;
    const gold = chunks(s.tags).filter((c) => BASE.has(c.label));
    const pred = chunks(tagWords(s.words, tagger)).filter((c) => BASE.has(c.label));
    const text = (a: number, b: number) => s.words.slice(Math.max(0, a), b).join(' ');
    const context = (c: Chunk) =>
      `… ${text(c.start - 5, c.start)} ⟨${text(c.start, c.end)}⟩ ${text(c.end, c.end + 4)}`;
    const predKeys = new Set(pred.map(key));
    const goldKeys = new Set(gold.map(key));
    for (const c of gold) {
      if (predKeys.has(key(c))) continue;
      const over = pred.find((x) => x.start < c.end && x.end > c.start);
      const kind = !over ? 'MISS' : over.label !== c.label ? `AS-${over.label}` : 'BOUND';
      count(`${c.label} ${kind}`);
      if (c.label === type)
        lines.push(`${kind}\t${over ? `ours: [${text(over.start, over.end)}]\t` : ''}${context(c)}`);
    }
    for (const c of pred) {
      if (goldKeys.has(key(c)) || gold.some((x) => x.start < c.end && x.end > c.start)) continue;
      count(`${c.label} FALSE`);
      if (c.label === type) lines.push(`FALSE\t${context(c)}`);
    }
  });
}
console.log(lines.sort().join('\n'));
console.log(
  `\n${[...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${v}\t${k}`)
    .join('\n')}`,
);
