/**
 * Redewiedergabe (historical fiction and newspapers 1840–1919): token-level F1 for direct and
 * indirect speech. Each sample's tokens are detokenized (sentences on new lines) and analysed;
 * a token is predicted direct/indirect when it lies inside one of our claims of that kind
 * (announcements count as indirect). Nothing is learned from this corpus, so all of it is evaluated.
 */
import type { RwToken } from '../../scripts/claims/read-corpora.ts';
import { analyze } from '../../src/nlp/analyze.ts';
import { detokenize } from './detokenize.ts';

/** Token counts per speech type. */
export type RwCounts = Record<'direct' | 'indirect', { tp: number; pred: number; gold: number }>;

/** Returns empty counts. */
export function emptyRwCounts(): RwCounts {
  return { direct: { tp: 0, pred: 0, gold: 0 }, indirect: { tp: 0, pred: 0, gold: 0 } };
}

/** Scores one sample's tokens; returns the number of sentences it had. */
export function scoreSample(tokens: RwToken[], c: RwCounts): number {
  const { text, spans } = detokenize(
    tokens.map((t) => t.tok),
    tokens.map((t) => t.sentstart),
  );
  const sentences = tokens.filter((t) => t.sentstart).length;
  const kinds = new Uint8Array(text.length); // 1 direct, 2 indirect
  for (const cl of analyze(text).claims) {
    if (cl.kind === 'factual') continue;
    kinds.fill(cl.kind === 'direct' ? 1 : 2, cl.start, cl.end);
  }
  tokens.forEach((t, i) => {
    const [a, b] = spans[i];
    const predDirect = kinds.subarray(a, b).includes(1);
    const predIndirect = !predDirect && kinds.subarray(a, b).includes(2);
    const goldDirect = t.types.includes('direct');
    const goldIndirect = t.types.includes('indirect');
    for (const [k, p, g] of [
      ['direct', predDirect, goldDirect],
      ['indirect', predIndirect, goldIndirect],
    ] as const) {
      if (p) c[k].pred++;
      if (g) c[k].gold++;
      if (p && g) c[k].tp++;
    }
  });
  return sentences;
}
