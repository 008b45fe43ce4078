import '../../src/cli/ner-model.ts';
import { analyze, createDoc, getTagger } from '../../src/nlp/index.ts';
import { jsonl } from './corpus.ts';

const texts: string[] = [
  ...jsonl('data/wikinews_quotes_de/dev.jsonl.gz').map((d) => d.originalText as string),
  ...jsonl('data/fang_covid_subset/articles.jsonl.gz')
    .slice(0, 300)
    .map((d) => d.article as string),
];
const sentences: string[][] = [];
let tokens = 0;
for (const t of texts) {
  const d = createDoc(t);
  tokens += d.tokens.length;
  for (const s of d.sentences)
    if (s.tokenEnd > s.tokenStart)
      sentences.push(d.tokens.slice(s.tokenStart, s.tokenEnd).map((x) => x.text));
}
const cpu = (f: () => void) => {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 5; r++) {
    const c = process.cpuUsage();
    f();
    const u = process.cpuUsage(c);
    best = Math.min(best, (u.user + u.system) / 1e6);
  }
  return best;
};
const tagger = getTagger();
const tTag = cpu(() => {
  for (const s of sentences) tagger.tag(s);
});
const tDoc = cpu(() => {
  for (const t of texts) createDoc(t);
});
const tAll = cpu(() => {
  for (const t of texts) analyze(t);
});
const k = (x: number) => Math.round(x).toLocaleString('en');
console.log(`${texts.length} articles, ${tokens} tokens (best of 5, process CPU)`);
console.log(`tagger (tag per sentence): ${k(tokens / tTag)} tokens/s`);
console.log(`createDoc: ${k(tokens / tDoc)} tokens/s, ${(texts.length / tDoc).toFixed(1)} articles/s`);
console.log(`analyze: ${k(tokens / tAll)} tokens/s, ${(texts.length / tAll).toFixed(1)} articles/s`);
