/**
 * Throughput and linear-time checks: sentences per second for the whole analyze pipeline and for
 * findClaims alone (on prepared Docs), and the time of both on growing random and adversarial inputs.
 */
import { analyze, createDoc } from '../../src/nlp/analyze.ts';
import { findClaims } from '../../src/nlp/claims/index.ts';

/** Returns sentences per second for analyze() and for findClaims() over the given texts. */
export function throughput(
  texts: string[],
  rounds: number,
): { sentences: number; analyzePerSec: number; claimsPerSec: number } {
  const docs = texts.map(createDoc);
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
  let t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) analyze(t);
  const analyzeMs = (performance.now() - t0) / rounds;
  t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of docs) findClaims(d);
  const claimsMs = (performance.now() - t0) / rounds;
  return {
    sentences,
    analyzePerSec: (sentences / analyzeMs) * 1000,
    claimsPerSec: (sentences / claimsMs) * 1000,
  };
}

/** A deterministic pseudo-random generator (so runs are comparable). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Returns n characters of random text: letters, spaces, punctuation and all quotation marks. */
export function randomText(n: number, seed = 1): string {
  const r = rng(seed);
  const alphabet =
    'abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZ      „“”"»«‚‘’.,:;!?-–()0123456789\nБелаусь中文';
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(r() * alphabet.length)];
  return out;
}

/** Returns n characters of adversarial text: one unclosed quote with speech verbs and no punctuation. */
export function adversarialText(n: number): string {
  const unit = '„sagte er dass sei laut nach Angaben der Agentur zufolge wie mitteilte so der Minister ';
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** Returns n characters of dense speech without a full stop: quotes, cues and reports in one sentence. */
export function denseSpeechText(n: number): string {
  const unit =
    '„Wir kommen morgen wieder“, sagte der Minister laut Agentur, er sei bereit und habe betont, dass alles gut sei, ';
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** Returns milliseconds of createDoc and findClaims on one text. */
export function timeOne(text: string): { docMs: number; claimsMs: number; claims: number } {
  let t0 = performance.now();
  const doc = createDoc(text);
  const docMs = performance.now() - t0;
  t0 = performance.now();
  const claims = findClaims(doc).length;
  return { docMs, claimsMs: performance.now() - t0, claims };
}
