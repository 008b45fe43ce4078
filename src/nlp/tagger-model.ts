/**
 * The trained sequence tagger at inference time: hashed feature weights (quantised to int8
 * with one scale), tag-transition weights, the lexicon and word clusters; tagging is
 * feature extraction → emission scores → Viterbi.
 */
import { FeatureExtractor, MAX_FEATURES } from './features.ts';
import { TAG_COUNT, TAGS } from './labels.ts';
import type { Lexicon } from './lexicon.ts';
import { transposeTransitions, viterbi } from './viterbi.ts';

/**
 * The int8 weight rows that hold any non-zero weight, packed in row order: of the 2^20 hashed
 * feature rows about 70 % hold none, so this is 8 MB instead of a 26 MB table.
 */
export interface LiveRowWeights {
  /** One bit per weight row (bit r & 31 of word r >>> 5): set if the row has a non-zero weight. */
  live: Uint32Array;
  /** rank[w] = live rows before word w of `live`; a live row's index is rank + a popcount. */
  rank: Uint32Array;
  /** liveRows × TAG_COUNT weights, one row per set bit of `live`. */
  rows: Int8Array;
}

export interface TaggerModelParts {
  /** log2 of the number of weight rows (feature hash buckets). */
  rowsLog2: number;
  /** Real weight = value × `scale`. */
  weights: LiveRowWeights;
  scale: number;
  /** (TAG_COUNT + 1) × TAG_COUNT transition weights, row 0 = sentence start. */
  transitions: Float32Array;
  lexicon: Lexicon;
  clusters: Lexicon;
  /** Bit path of each Brown leaf the cluster table points to (none in models before KNR4). */
  brownPaths?: Uint32Array;
}

/** Returns the number of set bits of a 32-bit integer. */
function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Returns LiveRowWeights from the live-row bitmap, the number of non-zero weights of each live row
 * and the tag and value of each such weight (row by row); throws RangeError if they disagree.
 */
export function liveRowWeights(
  live: Uint32Array,
  counts: Uint8Array,
  tags: Uint8Array,
  values: Int8Array,
): LiveRowWeights {
  const T = TAG_COUNT;
  const rank = new Uint32Array(live.length);
  let liveRows = 0;
  for (let w = 0; w < live.length; w++) {
    rank[w] = liveRows;
    liveRows += popcount(live[w]);
  }
  if (liveRows !== counts.length)
    throw new RangeError(`model: ${liveRows} live rows, ${counts.length} row counts`);
  if (tags.length !== values.length) throw new RangeError('model: tags and weights differ in length');
  const rows = new Int8Array(liveRows * T);
  let j = 0;
  for (let i = 0; i < liveRows; i++) {
    const end = j + counts[i];
    if (end > tags.length) throw new RangeError('model: row counts exceed the weights');
    for (; j < end; j++) {
      if (tags[j] >= T) throw new RangeError(`model: tag ${tags[j]} out of range`);
      rows[i * T + tags[j]] = values[j];
    }
  }
  if (j !== tags.length)
    throw new RangeError(`model: row counts add up to ${j}, file has ${tags.length} weights`);
  return { live, rank, rows };
}

/** A loaded tagger: `tag(words)` returns GermEval BIO tags. */
export class TaggerModel {
  readonly extractor: FeatureExtractor;
  private readonly mask: number;
  private readonly rowScratch = new Int32Array(MAX_FEATURES);
  /** Transitions divided by the weight scale, so they add to integer emissions directly. */
  private readonly scaledTransitions: Float32Array;
  private readonly transposedTransitions: Float32Array;

  constructor(readonly parts: TaggerModelParts) {
    const rows = 1 << parts.rowsLog2;
    if (parts.weights.live.length !== rows >>> 5)
      throw new RangeError(
        `TaggerModel: live-row bitmap for ${parts.weights.live.length * 32} rows, expected ${rows}`,
      );
    if (parts.transitions.length !== (TAG_COUNT + 1) * TAG_COUNT)
      throw new RangeError('TaggerModel: bad transitions');
    this.mask = rows - 1;
    this.scaledTransitions = parts.transitions.map((v) => v / parts.scale);
    this.transposedTransitions = transposeTransitions(this.scaledTransitions);
    const clusters = parts.clusters;
    this.extractor = new FeatureExtractor({
      lexicon: parts.lexicon,
      cluster: (w) => clusters.mask(w),
      brownPaths: parts.brownPaths,
    });
  }

  /** Returns emission scores (n × TAG_COUNT) in weight units (multiply by `scale` for real values). */
  emissions(feats: Uint32Array, counts: Uint8Array, n: number): Int32Array {
    const T = TAG_COUNT;
    const { live, rank, rows: w } = this.parts.weights;
    const mask = this.mask;
    const rows = this.rowScratch;
    // Integer accumulation of int8 weights is ~2.5× faster than float accumulation here.
    const emit = new Int32Array(n * T);
    for (let i = 0; i < n; i++) {
      const f0 = i * MAX_FEATURES;
      let c = 0;
      for (let k = 0; k < counts[i]; k++) {
        const r = feats[f0 + k] & mask;
        const word = live[r >>> 5];
        const bit = 1 << (r & 31);
        // Features that hit rows without weights (unseen words, rare bigrams) cost one bitmap test.
        if ((word & bit) !== 0) rows[c++] = (rank[r >>> 5] + popcount(word & (bit - 1))) * T;
      }
      // Tag-major order: the first pass issues all row loads of the token at once (they overlap
      // in memory), later passes hit the cache; ~1.4× faster than row-major on this table.
      const o = i * T;
      for (let t = 0; t < T; t++) {
        let sum = 0;
        for (let k = 0; k < c; k++) sum += w[rows[k] + t];
        emit[o + t] = sum;
      }
    }
    return emit;
  }

  /** Returns tag indices for the words of one sentence. */
  tagIndices(words: readonly string[]): Uint8Array {
    const n = words.length;
    if (n === 0) return new Uint8Array(0);
    const { feats, counts } = this.extractor.extract(words, true);
    return viterbi(this.emissions(feats, counts, n), n, this.scaledTransitions, this.transposedTransitions);
  }

  /** Returns GermEval BIO tags for the words of one sentence. */
  tag(words: readonly string[]): string[] {
    return Array.from(this.tagIndices(words), (i) => TAGS[i]);
  }
}
