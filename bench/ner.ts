/**
 * NER benchmark (`npm run bench:ner`): accuracy of the shipped tagger on held-out corpora
 * (GermEval 2014 test, Europarl IXA test, SmartData v3 test), model size / load time / heap,
 * tagging and full-pipeline throughput, time on hostile 1 MB and 4 MB inputs, and the entities
 * of the seed article. Prints Markdown tables and writes them to docs/bench-ner.md.
 * Flags: --quick (skip the 4 MB inputs), --no-write (do not touch docs/bench-ner.md).
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadEuroparlTest, loadGermEval, loadSmartDataV3Test } from '../scripts/ner/corpora.ts';
import { REPO_ROOT, SHARED } from '../scripts/ner/paths.ts';
import { readTaggerFile } from '../src/cli/ner-model.ts';
import { analyze, createDoc } from '../src/nlp/analyze.ts';
import { ENTITY_LABELS } from '../src/nlp/labels.ts';
import { tagWords } from '../src/nlp/tag-words.ts';
import { evaluateCorpus, scoreRows, table } from './ner/accuracy.ts';
import { HOSTILE_KINDS, hostileText, timeAnalyze } from './ner/robustness.ts';

const QUICK = process.argv.includes('--quick');
const out: string[] = [];
const emit = (s: string): void => {
  console.log(s);
  out.push(s);
};
const best = (n: number, f: () => number): number => Math.min(...Array.from({ length: n }, f));
/** Runs f n times; returns the best wall-clock ms and the best process CPU ms (user + system). */
const bestBoth = (n: number, f: () => void): { wall: number; cpu: number } => {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    const t = performance.now();
    f();
    wall = Math.min(wall, performance.now() - t);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu };
};
const rate = (tokens: number, ms: number): string => Math.round((tokens / ms) * 1000).toLocaleString('en');

const LABELS: string[] = [...ENTITY_LABELS];

emit(
  `# NER benchmark\n\nCommand: \`npm run bench:ner${QUICK ? ' -- --quick' : ''}\` — ${new Date().toISOString()}`,
);
emit(
  `Machine: ${process.arch}, Node ${process.version}; shared 2-core box, so timings are best-of-N and still noisy.\n`,
);

// Model file: size, load time, heap.
const modelPath = resolve(REPO_ROOT, 'src/nlp/model/ner-model.bin');
const raw = readFileSync(modelPath);
const heap0 = process.memoryUsage().heapUsed;
const loadMs = best(3, () => {
  const t = performance.now();
  readTaggerFile(modelPath);
  return performance.now() - t;
});
const tagger = readTaggerFile(modelPath);
const heapModel = process.memoryUsage().heapUsed - heap0;
emit('## Model');
emit(
  table(
    ['measure', 'value'],
    [
      ['model file (binary)', `${(raw.length / 1e6).toFixed(2)} MB`],
      ['model file gzipped', `${(gzipSync(raw, { level: 9 }).length / 1e6).toFixed(2)} MB`],
      ['weight rows (hashed features)', `2^${tagger.parts.rowsLog2}`],
      ['lexicon entries / cluster words', `${tagger.parts.lexicon.size} / ${tagger.parts.clusters.size}`],
      ['load time (read + decode, best of 3)', `${loadMs.toFixed(0)} ms`],
      ['heap growth after loading one model (approx.)', `${(heapModel / 1e6).toFixed(1)} MB`],
    ],
  ),
);

// Accuracy.
const germeval = loadGermEval('test');
const ge = evaluateCorpus(germeval);
emit('\n## GermEval 2014 test (strict outer chunks; never trained or tuned on)');
emit(table(['label', 'P', 'R', 'F1', 'gold chunks'], scoreRows(ge.scores, LABELS)));
const europarl = evaluateCorpus(loadEuroparlTest(), new Set(['PER', 'LOC', 'ORG', 'OTH']));
emit('\n## Out of domain: Europarl IXA test (MISC mapped to OTH; our deriv/part chunks dropped)');
emit(
  table(['label', 'P', 'R', 'F1', 'gold chunks'], scoreRows(europarl.scores, ['PER', 'LOC', 'ORG', 'OTH'])),
);
const smart = evaluateCorpus(loadSmartDataV3Test(), new Set(['PER', 'LOC', 'ORG']));
emit(
  '\n## Out of domain: SmartData v3 test (person/organisation*/location* mapped; our OTH and deriv/part dropped)',
);
emit(table(['label', 'P', 'R', 'F1', 'gold chunks'], scoreRows(smart.scores, ['PER', 'LOC', 'ORG'])));

// Throughput.
const geTokens = germeval.reduce((a, s) => a + s.words.length, 0);
const tagT = bestBoth(3, () => {
  for (const s of germeval) tagWords(s.words);
});
const seed = readFileSync(resolve(SHARED, 'seed-article.txt'), 'utf8');
const news = Array.from({ length: 40 }, () => seed).join('\n\n');
const newsTokens = analyze(news, { tokens: true }).tokens?.length ?? 0;
const entityT = bestBoth(3, () => {
  createDoc(news);
});
const analyzeT = bestBoth(3, () => {
  analyze(news);
});
const seedT = bestBoth(5, () => {
  analyze(seed);
});
const heapPeak = process.memoryUsage();
emit('\n## Speed (one Node thread; best of N runs; tokens/s by wall clock and by process CPU time)');
emit(
  table(
    ['measure', 'value'],
    [
      [
        'tagWords on GermEval test (tagger + rules)',
        `${rate(geTokens, tagT.wall)} wall / ${rate(geTokens, tagT.cpu)} CPU (${geTokens} tokens)`,
      ],
      [
        'createDoc: tokens, sentences, entities (seed ×40)',
        `${rate(newsTokens, entityT.wall)} wall / ${rate(newsTokens, entityT.cpu)} CPU (${newsTokens} tokens)`,
      ],
      [
        'analyze() incl. claims (seed ×40)',
        `${rate(newsTokens, analyzeT.wall)} wall / ${rate(newsTokens, analyzeT.cpu)} CPU`,
      ],
      ['analyze() on the seed article', `${seedT.wall.toFixed(1)} ms wall / ${seedT.cpu.toFixed(1)} ms CPU`],
      [
        'heap used / RSS after the runs',
        `${(heapPeak.heapUsed / 1e6).toFixed(0)} MB / ${(heapPeak.rss / 1e6).toFixed(0)} MB`,
      ],
    ],
  ),
);

// Hostile input: time must grow linearly.
emit('\n## Hostile input (analyze() incl. claims; ms wall / ms process CPU; every offset checked)');
const sizes = QUICK ? [250_000, 1_000_000] : [1_000_000, 4_000_000];
const rows: string[][] = [];
for (const kind of HOSTILE_KINDS) {
  const times = sizes.map((n) => timeAnalyze(hostileText(kind, n)));
  rows.push([
    kind,
    ...times.map((t) => `${t.wall.toFixed(0)} / ${t.cpu.toFixed(0)}`),
    (times[1].cpu / times[0].cpu).toFixed(2),
  ]);
}
emit(table(['text', ...sizes.map((n) => `${n / 1e6} MB`), 'CPU ratio (linear = 4)'], rows));

// Seed article entities.
emit('\n## Seed article entities (analyze)');
const seedEntities = analyze(seed).entities;
emit(
  table(
    ['text', 'type', 'canonical', 'category', 'descriptor'],
    seedEntities.map((e) => [
      e.text,
      e.type + (e.form ?? ''),
      e.canonical,
      e.category ?? '',
      e.descriptor ?? '',
    ]),
  ),
);

if (!process.argv.includes('--no-write')) {
  writeFileSync(resolve(REPO_ROOT, 'docs/bench-ner.md'), `${out.join('\n')}\n`);
  console.log('\nwrote docs/bench-ner.md');
}
