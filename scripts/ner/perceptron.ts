/**
 * Structured averaged perceptron (Collins 2002) over hashed features with Viterbi decoding:
 * decode each training sentence with the current weights and, where the best path differs from
 * the gold path, move weights towards the gold tags. Averaging uses the w − u/c trick.
 */
import { MAX_FEATURES } from '../../src/nlp/features.ts';
import { TAG_COUNT } from '../../src/nlp/labels.ts';
import { viterbi } from '../../src/nlp/viterbi.ts';

export interface Example {
  feats: Uint32Array;
  counts: Uint8Array;
  gold: Uint8Array;
  weight: number;
  /**
   * Partial annotation: a word with a non-zero entry may take any tag in this bit mask (tag
   * indices), whichever the current weights prefer; its `gold` entry is then ignored.
   */
  free?: Uint32Array;
}

const T = TAG_COUNT;

/** Structured averaged perceptron over hashed feature rows; `averaged()` returns the final weights. */
export class Perceptron {
  readonly w: Float32Array;
  private readonly u: Float64Array;
  readonly trans: Float32Array;
  private readonly transU: Float64Array;
  private c = 1;
  private readonly mask: number;

  constructor(readonly rowsLog2: number) {
    const rows = 1 << rowsLog2;
    this.mask = rows - 1;
    this.w = new Float32Array(rows * T);
    this.u = new Float64Array(rows * T);
    this.trans = new Float32Array((T + 1) * T);
    this.transU = new Float64Array((T + 1) * T);
  }

  /** Returns emission scores of an example under weights `w`. */
  emissions(ex: Example, w: Float32Array = this.w): Float32Array {
    const n = ex.gold.length;
    const emit = new Float32Array(n * T);
    for (let i = 0; i < n; i++) {
      const o = i * T;
      const f0 = i * MAX_FEATURES;
      for (let k = 0; k < ex.counts[i]; k++) {
        const row = (ex.feats[f0 + k] & this.mask) * T;
        for (let t = 0; t < T; t++) emit[o + t] += w[row + t];
      }
    }
    return emit;
  }

  private bump(i: number, tag: number, ex: Example, d: number): void {
    const f0 = i * MAX_FEATURES;
    const cd = this.c * d;
    for (let k = 0; k < ex.counts[i]; k++) {
      const j = (ex.feats[f0 + k] & this.mask) * T + tag;
      this.w[j] += d;
      this.u[j] += cd;
    }
  }

  private bumpTrans(from: number, to: number, d: number): void {
    const j = (from + 1) * T + to;
    this.trans[j] += d;
    this.transU[j] += this.c * d;
  }

  /** Trains on one example; returns whether the prediction was wrong. */
  learn(ex: Example): boolean {
    const n = ex.gold.length;
    const emit = this.emissions(ex);
    const gold = ex.free ? this.latentGold(ex, emit) : ex.gold;
    const pred = viterbi(emit, n, this.trans);
    let wrong = false;
    for (let i = 0; i < n; i++) {
      const g = gold[i];
      const p = pred[i];
      const gPrev = i > 0 ? gold[i - 1] : -1;
      const pPrev = i > 0 ? pred[i - 1] : -1;
      if (g !== p) {
        wrong = true;
        this.bump(i, g, ex, ex.weight);
        this.bump(i, p, ex, -ex.weight);
      }
      if (g !== p || gPrev !== pPrev) {
        this.bumpTrans(gPrev, g, ex.weight);
        this.bumpTrans(pPrev, p, -ex.weight);
      }
    }
    this.c++;
    return wrong;
  }

  /**
   * Returns the best path that agrees with the annotation (learning from partial labels,
   * Tsuboi et al. 2008): fixed words keep their tag, free words take the best allowed one.
   */
  private latentGold(ex: Example, emit: Float32Array): Uint8Array {
    const n = ex.gold.length;
    const free = ex.free as Uint32Array;
    const constrained = new Float32Array(emit);
    for (let i = 0; i < n; i++) {
      const allowed = free[i] || 1 << ex.gold[i];
      for (let t = 0; t < T; t++) if (!(allowed & (1 << t))) constrained[i * T + t] = -1e9;
    }
    return viterbi(constrained, n, this.trans);
  }

  /** Returns the averaged weights and transitions. */
  averaged(): { w: Float32Array; trans: Float32Array } {
    const w = new Float32Array(this.w.length);
    for (let i = 0; i < w.length; i++) w[i] = this.w[i] - this.u[i] / this.c;
    const trans = new Float32Array(this.trans.length);
    for (let i = 0; i < trans.length; i++) trans[i] = this.trans[i] - this.transU[i] / this.c;
    return { w, trans };
  }
}
