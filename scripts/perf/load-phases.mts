/** Model load phases in a fresh process: npx tsx scripts/perf/load-phases.mts */
import { readFileSync } from 'node:fs';

const t0 = performance.now();
const bytes = readFileSync(new URL('../../src/nlp/model/ner-model.bin', import.meta.url));
const t1 = performance.now();
const { decodeModel } = await import('../../src/nlp/model-codec.ts');
const { TaggerModel } = await import('../../src/nlp/tagger-model.ts');
const t2 = performance.now();
const { parts } = decodeModel(bytes);
const t3 = performance.now();
new TaggerModel(parts);
const t4 = performance.now();
parts.lexicon.mask('Berlin');
const t5 = performance.now();
console.log({ read: t1 - t0, decode: t3 - t2, ctor: t4 - t3, lexLookup: t5 - t4 });
const t6 = performance.now();
decodeModel(bytes);
const t7 = performance.now();
console.log({ warm: { decode: t7 - t6 } });
