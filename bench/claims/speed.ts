/**
 * Throughput and linear-time checks: sentences per second for the whole analyze pipeline and for
 * findClaims alone (on prepared Docs), and the time of both on growing random and adversarial inputs.
 */
import { analyze, createDoc } from '../../src/nlp/analyze.ts';
import { findClaims } from '../../src/nlp/claims/index.ts';

/** Sentences per second by wall clock and by this process's CPU time (robust when the machine is shared). */
export interface Throughput {
  sentences: number;
  analyzeWall: number;
  analyzeCpu: number;
  claimsWall: number;
  claimsCpu: number;
}

/** Runs `fn` and returns its wall-clock and CPU milliseconds. */
function measure(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/** Returns sentences per second for analyze() and for findClaims() over the given texts. */
export function throughput(texts: string[], rounds: number): Throughput {
  const docs = texts.map(createDoc);
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
  const a = measure(() => {
    for (let r = 0; r < rounds; r++) for (const t of texts) analyze(t);
  });
  const c = measure(() => {
    for (let r = 0; r < rounds; r++) for (const d of docs) findClaims(d);
  });
  const perSec = (ms: number) => (sentences * rounds * 1000) / ms;
  return {
    sentences,
    analyzeWall: perSec(a.wall),
    analyzeCpu: perSec(a.cpu),
    claimsWall: perSec(c.wall),
    claimsCpu: perSec(c.cpu),
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

/** Returns CPU milliseconds of createDoc and of findClaims on one text (CPU time: robust on a shared machine). */
export function timeOne(text: string): { docMs: number; claimsMs: number; claims: number } {
  let doc: ReturnType<typeof createDoc> | undefined;
  const d = measure(() => {
    doc = createDoc(text);
  });
  let claims = 0;
  const c = measure(() => {
    claims = findClaims(doc as ReturnType<typeof createDoc>).length;
  });
  return { docMs: d.cpu, claimsMs: c.cpu, claims };
}
