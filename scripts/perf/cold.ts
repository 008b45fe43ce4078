/** Cold-start costs in a fresh process: model decode, first analyze, second analyze. npx tsx scripts/perf/cold.ts */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import '../../src/cli/ner-model.ts';
import { analyze, getTagger } from '../../src/nlp/index.ts';

const seed = readFileSync(resolve(import.meta.dirname, '../../../shared/seed-article.txt'), 'utf8');
const ms = (f: () => void) => {
  const t = performance.now();
  f();
  return (performance.now() - t).toFixed(1);
};
const load = ms(() => getTagger());
const first = ms(() => analyze(seed));
const second = ms(() => analyze(seed));
console.log(`model load ${load} ms, first analyze ${first} ms, second ${second} ms`);
