/**
 * Self-training (experiment of round four, `--self-train MODEL --self-keep Q`): a trained tagger
 * labels unlabelled news text whose licence allows training — Wikinews quotes train+dev article
 * texts (text only, never their quotation labels; the Wikinews test split is never read) and the
 * SpkAtt 2023 train speeches — and the most confident sentences with at least one entity become
 * an extra corpus. Confidence of a sentence = its smallest token margin: best path score minus
 * the best score of a path with another tag at that token (max-marginals from a forward and a
 * backward Viterbi pass), which equals the margin between the best and the second-best path.
 * The top fraction Q of the entity sentences by that margin is kept (a rank, so the threshold
 * does not depend on the weight scale of the labelling model). For the dev CV the labelling model
 * of fold K must itself be trained without fold K.
 */
import { readTaggerFile } from '../../src/cli/ner-model.ts';
import { allowedTransition, TAG_COUNT, TAGS } from '../../src/nlp/labels.ts';
import { postprocessTags } from '../../src/nlp/postprocess.ts';
import type { TaggedSentence } from './corpora.ts';
import { spkattSentences, wikinewsSentences } from './unlabelled.ts';

const T = TAG_COUNT;
const NEG = -1e30;

/** Returns the unlabelled sentences for self-training (3–80 tokens). */
export function selfTrainText(): string[][] {
  return [...wikinewsSentences(), ...spkattSentences()].filter((s) => s.length >= 3 && s.length <= 80);
}

/** Returns the best path and its smallest token margin (max-marginals, BIO-constrained). */
export function bestWithMargin(
  emit: Int32Array | Float32Array,
  n: number,
  trans: Float32Array,
): { path: Uint8Array; margin: number } {
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  for (let t = 0; t < T; t++) alpha[t] = allowedTransition(-1, t) ? emit[t] + trans[t] : NEG;
  for (let i = 1; i < n; i++)
    for (let t = 0; t < T; t++) {
      let best = NEG;
      for (let f = 0; f < T; f++) {
        if (!allowedTransition(f, t)) continue;
        const s = alpha[(i - 1) * T + f] + trans[(f + 1) * T + t];
        if (s > best) best = s;
      }
      alpha[i * T + t] = best + emit[i * T + t];
    }
  for (let i = n - 2; i >= 0; i--)
    for (let f = 0; f < T; f++) {
      let best = NEG;
      for (let t = 0; t < T; t++) {
        if (!allowedTransition(f, t)) continue;
        const s = trans[(f + 1) * T + t] + emit[(i + 1) * T + t] + beta[(i + 1) * T + t];
        if (s > best) best = s;
      }
      beta[i * T + f] = best;
    }
  const path = new Uint8Array(n);
  let margin = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    let b = NEG;
    let second = NEG;
    let arg = 0;
    for (let t = 0; t < T; t++) {
      const s = alpha[i * T + t] + beta[i * T + t];
      if (s > b) {
        second = b;
        b = s;
        arg = t;
      } else if (s > second) second = s;
    }
    path[i] = arg;
    margin = Math.min(margin, b - second);
  }
  return { path, margin };
}

/** Returns the self-labelled sentences (tags after the rules) of the top `keep` fraction. */
export function selfLabelled(modelPath: string, keep: number, weight: number): TaggedSentence[] {
  const tagger = readTaggerFile(modelPath);
  const trans = tagger.parts.transitions.map((v) => v / tagger.parts.scale);
  const scored: { s: TaggedSentence; margin: number }[] = [];
  for (const words of selfTrainText()) {
    const { feats, counts } = tagger.extractor.extract(words);
    const { path, margin } = bestWithMargin(
      tagger.emissions(feats, counts, words.length),
      words.length,
      trans,
    );
    if (!path.some((t) => t !== 0)) continue;
    const raw = Array.from(path, (t) => TAGS[t]);
    const tags = postprocessTags(words, raw, tagger.parts.lexicon);
    scored.push({ s: { words, tags, weight, source: 'self-train' }, margin });
  }
  scored.sort((a, b) => b.margin - a.margin);
  return scored.slice(0, Math.round(scored.length * keep)).map((x) => x.s);
}
