/** Accuracy part of the NER benchmark: strict chunk P/R/F1 of `tagWords` on held-out corpora. */

import type { TaggedSentence } from '../../scripts/ner/corpora.ts';
import { prf, type Scores, score } from '../../scripts/ner/metrics.ts';
import { tagWords } from '../../src/nlp/tag-words.ts';

/** Returns chunk scores of the shipped tagger on a corpus, and the tagging time in ms. */
export function evaluateCorpus(
  sentences: TaggedSentence[],
  keep?: Set<string>,
): { scores: Scores; ms: number } {
  const t = performance.now();
  const pred = sentences.map((s) => tagWords(s.words));
  const ms = performance.now() - t;
  // Out-of-domain sets know fewer labels: drop predicted labels they do not annotate.
  const filtered = keep
    ? pred.map((tags) => tags.map((x) => (x === 'O' || keep.has(x.slice(2)) ? x : 'O')))
    : pred;
  return {
    scores: score(
      sentences.map((s) => s.tags),
      filtered,
    ),
    ms,
  };
}

/** Returns table rows (label, P, R, F1, gold count) for the given scores. */
export function scoreRows(s: Scores, labels: string[]): string[][] {
  const rows: string[][] = [];
  const fmt = (c: { tp: number; fp: number; fn: number }, name: string): string[] => {
    const m = prf(c);
    return [name, m.p.toFixed(1), m.r.toFixed(1), m.f1.toFixed(1), String(c.tp + c.fn)];
  };
  for (const l of labels) {
    const c = s.perLabel.get(l);
    if (c) rows.push(fmt(c, l));
  }
  rows.push(fmt(s.base4, 'micro 4 types'));
  rows.push(fmt(s.all12, 'micro all labels'));
  return rows;
}

/** Returns a Markdown table. */
export function table(head: string[], rows: string[][]): string {
  const line = (r: string[]): string => `| ${r.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
