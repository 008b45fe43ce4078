/**
 * First-order Viterbi decoding over per-token tag scores and tag-transition scores, with
 * BIO constraints (I-x only after B-x or I-x). Linear in sentence length; O and B-x may follow
 * any tag (full max), I-x only its own B-x/I-x (two candidates), which halves the work.
 */
import { TAG_COUNT } from './labels.ts';

const T = TAG_COUNT;
const NEG = -1e30;
let scoreScratch = new Float64Array(0);
let backScratch = new Uint8Array(0);

/**
 * Returns the from-tag-major copy of transition scores: out[t * T + f] = trans[(f + 1) * T + t]
 * (same values; lets Viterbi's from-tag loop read sequentially). Callers whose transitions never
 * change (TaggerModel) compute it once and pass it to `viterbi`.
 */
export function transposeTransitions(trans: Float32Array): Float32Array {
  const out = new Float32Array(T * T);
  for (let t = 0; t < T; t++) for (let f = 0; f < T; f++) out[t * T + f] = trans[(f + 1) * T + t];
  return out;
}

/**
 * Returns the best tag sequence given emission scores (n × T, row-major) and transition
 * scores ((T + 1) × T, row 0 = start); `transposed`, if given, must be transposeTransitions(trans).
 */
export function viterbi(
  emit: Float32Array | Int32Array,
  n: number,
  trans: Float32Array,
  transposed?: Float32Array,
): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  // Scratch buffers reused across calls: every cell read below is written first in this call.
  if (scoreScratch.length < n * T) {
    scoreScratch = new Float64Array(n * T * 2);
    backScratch = new Uint8Array(n * T * 2);
  }
  const transT = transposed ?? transposeTransitions(trans);
  const score = scoreScratch;
  const back = backScratch;
  // Start: I-x (even tags > 0) cannot open a sentence.
  for (let t = 0; t < T; t++) score[t] = t > 0 && t % 2 === 0 ? NEG : emit[t] + trans[t];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const cur = i * T;
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let arg = 0;
      if (t > 0 && t % 2 === 0) {
        // I-x: from B-x (t - 1) or I-x (t)
        const b = score[prev + t - 1] + trans[t * T + t];
        const c = score[prev + t] + trans[(t + 1) * T + t];
        if (b >= c) {
          best = b;
          arg = t - 1;
        } else {
          best = c;
          arg = t;
        }
      } else {
        const col = t * T; // column t of the transitions, contiguous (same values, same order)
        for (let f = 0; f < T; f++) {
          const s = score[prev + f] + transT[col + f];
          if (s > best) {
            best = s;
            arg = f;
          }
        }
      }
      score[cur + t] = best + emit[cur + t];
      back[cur + t] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if (score[last + t] > best) {
      best = score[last + t];
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg];
  }
  return out;
}
