/**
 * Word clusters learned from unlabelled text whose licence allows a shipped model (SpkAtt 2023
 * train speeches CC BY-SA 4.0, the texts of the training corpora: GermEval dev, SmartData v1
 * without v3 dev/test, MobIE train, Legal NER dev, Europeana; and by default, `more`, CC BY-NC-SA 4.0
 * news text: Wikinews quotes train+dev, HIPE 2020 train+dev). Each frequent lower-cased word is
 * described by counts of its left and right neighbours among the most frequent words; k-means
 * (cosine) groups words at two granularities. Value stored: fine id | coarse id << 8 (both 1-based).
 */
import { Lexicon } from '../../src/nlp/lexicon.ts';
import * as C from './corpora.ts';
import { spkattSentences, wikinewsSentences } from './unlabelled.ts';

const CONTEXT_WORDS = 1000;
const MIN_COUNT = 3;
const MAX_VOCAB = 40_000;

/**
 * More unlabelled news text (all CC BY-NC-SA 4.0): Wikinews quotes train+dev article texts (the
 * Wikinews test split is never read), HIPE train+dev. Not 10kGNAD: the only copy here is its test
 * split, and no test split is trained on, not even as unlabelled text.
 */
export function moreClusterText(): string[][] {
  return [...wikinewsSentences(), ...C.loadHipe(1).map((s) => s.words)];
}

/** Returns the unlabelled sentences used for clustering (never a test split). */
export function clusterText(more = false): string[][] {
  const out: string[][] = more ? moreClusterText() : [];
  out.push(...spkattSentences());
  for (const s of [
    ...C.loadGermEval('dev'),
    ...C.loadSmartDataV1(1),
    ...C.loadMobie(1),
    ...C.loadLegal(1),
    ...C.loadEuropeana(1),
  ]) {
    out.push(s.words);
  }
  return out;
}

function kmeans(vecs: Float32Array[], dims: number, k: number, iters: number, seed: number): Uint16Array {
  const n = vecs.length;
  const centroids: Float32Array[] = [];
  let s = seed;
  const rand = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296;
  };
  for (let c = 0; c < k; c++) centroids.push(Float32Array.from(vecs[Math.floor(rand() * n)]));
  const assign = new Uint16Array(n);
  // Sparse views of the vectors speed up the dot products.
  const idx = vecs.map((v) => {
    const ix: number[] = [];
    for (let d = 0; d < dims; d++) if (v[d] !== 0) ix.push(d);
    return Int32Array.from(ix);
  });
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < n; i++) {
      let best = -1;
      let arg = 0;
      const v = vecs[i];
      const ix = idx[i];
      for (let c = 0; c < k; c++) {
        const cen = centroids[c];
        let dot = 0;
        for (let j = 0; j < ix.length; j++) dot += v[ix[j]] * cen[ix[j]];
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    for (const cen of centroids) cen.fill(0);
    for (let i = 0; i < n; i++) {
      const cen = centroids[assign[i]];
      const v = vecs[i];
      for (const d of idx[i]) cen[d] += v[d];
    }
    for (const cen of centroids) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += cen[d] * cen[d];
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) cen[d] /= norm;
    }
  }
  return assign;
}

/** Returns the word → cluster table (fine | coarse << 8). */
export function buildClusters(fine = 200, coarse = 30, more = false): Lexicon {
  const sentences = clusterText(more);
  console.log(
    `cluster text: ${sentences.length} sentences, ${sentences.reduce((a, s) => a + s.length, 0)} tokens`,
  );
  const freq = new Map<string, number>();
  for (const s of sentences)
    for (const w of s) freq.set(w.toLowerCase(), (freq.get(w.toLowerCase()) ?? 0) + 1);
  const byFreq = [...freq].sort((a, b) => b[1] - a[1]);
  const context = new Map(byFreq.slice(0, CONTEXT_WORDS).map(([w], i) => [w, i]));
  const vocab = byFreq.filter(([, c]) => c >= MIN_COUNT).slice(0, MAX_VOCAB);
  const vIndex = new Map(vocab.map(([w], i) => [w, i]));
  const dims = 2 * CONTEXT_WORDS;
  const vecs = vocab.map(() => new Float32Array(dims));
  for (const s of sentences) {
    const lower = s.map((w) => w.toLowerCase());
    for (let i = 0; i < lower.length; i++) {
      const v = vIndex.get(lower[i]);
      if (v === undefined) continue;
      const l = i > 0 ? context.get(lower[i - 1]) : undefined;
      const r = i + 1 < lower.length ? context.get(lower[i + 1]) : undefined;
      if (l !== undefined) vecs[v][l]++;
      if (r !== undefined) vecs[v][CONTEXT_WORDS + r]++;
    }
  }
  for (const v of vecs) {
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      v[d] = Math.sqrt(v[d]);
      norm += v[d] * v[d];
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) v[d] /= norm;
  }
  const fineIds = kmeans(vecs, dims, fine, 6, 1);
  const coarseIds = kmeans(vecs, dims, coarse, 6, 2);
  return Lexicon.fromEntries(vocab.map(([w], i) => [w, (fineIds[i] + 1) | ((coarseIds[i] + 1) << 8)]));
}
