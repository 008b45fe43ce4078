/**
 * The trained sequence tagger at inference time: hashed feature weights (quantised to int8
 * with one scale), tag-transition weights, the lexicon and word clusters; tagging is
 * feature extraction → emission scores → Viterbi.
 */
import { FeatureExtractor, MAX_FEATURES } from './features.ts';
import { TAG_COUNT, TAGS } from './labels.ts';
import type { Lexicon } from './lexicon.ts';
import { transposeTransitions, viterbi } from './viterbi.ts';

export interface TaggerModelParts {
  /** log2 of the number of weight rows (feature hash buckets). */
  rowsLog2: number;
  /** rows × TAG_COUNT weights; Int8Array values are multiplied by `scale`. */
  weights: Float32Array | Int8Array;
  scale: number;
  /** (TAG_COUNT + 1) × TAG_COUNT transition weights, row 0 = sentence start. */
  transitions: Float32Array;
  lexicon: Lexicon;
  clusters: Lexicon;
}

/** Sets bit r of `live` for every weight row r with a non-zero weight. */
function markLiveRows(w: Float32Array | Int8Array, live: Uint8Array, rows: number): void {
  const T = TAG_COUNT;
  const mark = (i: number) => {
    const r = (i / T) | 0;
    live[r >>> 3] |= 1 << (r & 7);
  };
  if (w instanceof Int8Array && w.byteOffset % 4 === 0) {
    // Most of the table is zero: test four weights per 32-bit word, look at bytes only in non-zero words.
    const words = new Uint32Array(w.buffer, w.byteOffset, w.length >>> 2);
    for (let j = 0; j < words.length; j++) {
      if (words[j] === 0) continue;
      const i = j << 2;
      for (let b = 0; b < 4; b++) if (w[i + b] !== 0) mark(i + b);
    }
    for (let i = words.length << 2; i < w.length; i++) if (w[i] !== 0) mark(i);
    return;
  }
  for (let r = 0; r < rows; r++) {
    for (let t = 0; t < T; t++) {
      if (w[r * T + t] !== 0) {
        live[r >>> 3] |= 1 << (r & 7);
        break;
      }
    }
  }
}

/** A loaded tagger: `tag(words)` returns GermEval BIO tags. */
export class TaggerModel {
  readonly extractor: FeatureExtractor;
  private readonly mask: number;
  /** One bit per weight row: set if any weight is non-zero. A 128 KB bitmap stays in cache, so
   * features that hit all-zero rows (unseen words, rare bigrams) skip the 26 MB weight table. */
  private readonly live: Uint8Array;
  private readonly rowScratch = new Int32Array(MAX_FEATURES);
  /** Transitions divided by the weight scale, so they add to integer emissions directly. */
  private readonly scaledTransitions: Float32Array;
  private readonly transposedTransitions: Float32Array;

  /** `liveRows`, when given (decodeModelWithLiveRows), must mark at least every row with a non-zero weight. */
  constructor(
    readonly parts: TaggerModelParts,
    liveRows?: Uint8Array,
  ) {
    const rows = 1 << parts.rowsLog2;
    if (parts.weights.length !== rows * TAG_COUNT) {
      throw new RangeError(`TaggerModel: expected ${rows * TAG_COUNT} weights, got ${parts.weights.length}`);
    }
    if (parts.transitions.length !== (TAG_COUNT + 1) * TAG_COUNT)
      throw new RangeError('TaggerModel: bad transitions');
    this.mask = rows - 1;
    if (liveRows && liveRows.length === rows >>> 3) this.live = liveRows;
    else {
      this.live = new Uint8Array(rows >>> 3);
      markLiveRows(parts.weights, this.live, rows);
    }
    this.scaledTransitions = parts.transitions.map((v) => v / parts.scale);
    this.transposedTransitions = transposeTransitions(this.scaledTransitions);
    const clusters = parts.clusters;
    this.extractor = new FeatureExtractor({ lexicon: parts.lexicon, cluster: (w) => clusters.mask(w) });
  }

  /** Returns emission scores (n × TAG_COUNT) in weight units (multiply by `scale` for real values). */
  emissions(feats: Uint32Array, counts: Uint8Array, n: number): Int32Array | Float32Array {
    const T = TAG_COUNT;
    const w = this.parts.weights;
    const mask = this.mask;
    const live = this.live;
    const rows = this.rowScratch;
    // Integer accumulation of int8 weights is ~2.5× faster than float accumulation here.
    const emit = w instanceof Int8Array ? new Int32Array(n * T) : new Float32Array(n * T);
    for (let i = 0; i < n; i++) {
      const f0 = i * MAX_FEATURES;
      let c = 0;
      for (let k = 0; k < counts[i]; k++) {
        const r = feats[f0 + k] & mask;
        if (live[r >>> 3] & (1 << (r & 7))) rows[c++] = r * T;
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
