/**
 * The model's cluster table with Brown clusters (round six; tried, not in the shipped recipe,
 * docs/ner.md): Brown paths learned from the same
 * unlabelled text as the k-means clusters (clusters.ts `clusterText(true)`, lower-cased), merged
 * into one word → id table — bits 0–15 the k-means ids, bits 16–31 the Brown leaf + 1 — plus the
 * leaf paths (FeatureResources.brownPaths).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { brownPathCode } from '../../src/nlp/features.ts';
import { hashString } from '../../src/nlp/hash.ts';
import { Lexicon } from '../../src/nlp/lexicon.ts';
import { brownClusters } from './brown.ts';
import { clusterText } from './clusters.ts';
import * as C from './corpora.ts';
import { redewiedergabeSentences } from './unlabelled.ts';

/**
 * Returns word → Brown bit path over the cluster text (with `more`, also Corpus REDEWIEDERGABE and
 * the texts of MobIE dev and SmartData v3 dev), read from / written to `cache` if given.
 */
export function brownPaths(windowSize: number, cache = '', more = false): Map<string, string> {
  if (cache && existsSync(cache))
    return new Map(JSON.parse(readFileSync(cache, 'utf8')) as [string, string][]);
  const raw = clusterText(true);
  if (more)
    raw.push(
      ...redewiedergabeSentences(),
      ...[...C.loadMobieDev(1), ...C.loadSmartDataV3Dev(1)].map((s) => s.words),
    );
  const text = raw.map((s) => s.map((w) => w.toLowerCase()));
  console.log(`brown text: ${text.length} sentences, ${text.reduce((a, s) => a + s.length, 0)} tokens`);
  const t0 = Date.now();
  const paths = brownClusters(text, { clusters: windowSize, minCount: 3, maxVocab: 40_000 });
  console.log(
    `brown: ${paths.size} words, ${windowSize} clusters, ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  if (cache) writeFileSync(cache, JSON.stringify([...paths]));
  return paths;
}

/** Returns the k-means table (may be empty) with every Brown word's leaf added in bits 16–31. */
export function withBrown(
  kmeans: Lexicon,
  paths: Map<string, string>,
): { table: Lexicon; brownPaths: Uint32Array } {
  const leaves = [...new Set(paths.values())].sort();
  const leafOf = new Map(leaves.map((p, i) => [p, i]));
  const byHash = new Map<number, number>();
  const { hashes, masks } = kmeans.arrays();
  for (let i = 0; i < hashes.length; i++) byHash.set(hashes[i], masks[i] & 0xffff);
  for (const [w, p] of paths) {
    const h = hashString(w);
    byHash.set(h, ((byHash.get(h) ?? 0) | (((leafOf.get(p) ?? 0) + 1) << 16)) >>> 0);
  }
  const keys = Uint32Array.from(byHash.keys()).sort();
  return {
    table: new Lexicon(
      keys,
      Uint32Array.from(keys, (h) => byHash.get(h) ?? 0),
    ),
    brownPaths: Uint32Array.from(leaves, brownPathCode),
  };
}
