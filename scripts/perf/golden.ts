/**
 * Golden-output harness for analyze(): hashes the JSON output per document (seed article,
 * Wikinews dev originalText, 300 FANG articles).
 *   npx tsx scripts/perf/golden.ts --write /tmp/golden.json   (record)
 *   npx tsx scripts/perf/golden.ts --check /tmp/golden.json   (compare; exit 1 on any difference)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import '../../src/cli/ner-model.ts';
import { analyze } from '../../src/nlp/index.ts';
import { jsonl, SHARED } from './corpus.ts';

const docs: [string, string][] = [['seed', readFileSync(resolve(SHARED, 'seed-article.txt'), 'utf8')]];
for (const [i, d] of jsonl('data/wikinews_quotes_de/dev.jsonl.gz').entries())
  docs.push([`wikinews-dev-${i}`, d.originalText]);
for (const [i, d] of jsonl('data/fang_covid_subset/articles.jsonl.gz').slice(0, 300).entries())
  docs.push([`fang-${i}`, d.article]);

const args = process.argv.slice(2);
const t0 = process.cpuUsage();
const hashes: Record<string, string> = {};
for (const [id, text] of docs) {
  const a = analyze(text);
  const b = analyze(text, { tokens: true });
  hashes[id] = createHash('sha256')
    .update(JSON.stringify(a))
    .update('\0')
    .update(JSON.stringify(b))
    .digest('hex');
}
const cpu = process.cpuUsage(t0);
console.log(
  `${docs.length} docs, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (2 analyze calls each)`,
);
const wi = args.indexOf('--write');
const ci = args.indexOf('--check');
if (wi >= 0) {
  writeFileSync(args[wi + 1], JSON.stringify(hashes, null, 1));
  console.log(`wrote ${args[wi + 1]}`);
}
if (ci >= 0) {
  const want = JSON.parse(readFileSync(args[ci + 1], 'utf8')) as Record<string, string>;
  const bad = Object.keys(want).filter((k) => want[k] !== hashes[k]);
  if (Object.keys(want).length !== Object.keys(hashes).length) bad.push('(document count)');
  console.log(bad.length ? `DIFFERENT: ${bad.length} docs, e.g. ${bad.slice(0, 5).join(', ')}` : 'IDENTICAL');
  if (bad.length) process.exit(1);
}
