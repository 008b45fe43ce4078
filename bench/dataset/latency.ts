/** Card and related-claims query latency over names and claims drawn from the dataset itself. */
import type { Dataset } from '../../src/dataset/index.ts';

export interface Latency {
  n: number;
  p50: number;
  p99: number;
  max: number;
  /** The same over CPU time of this process (the shared machine's preemption left out). */
  cpuP50: number;
  cpuP99: number;
}

function percentiles(times: number[], cpu: number[]): Latency {
  const s = [...times].sort((a, b) => a - b);
  const c = [...cpu].sort((a, b) => a - b);
  const at = (list: number[], q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))];
  return {
    n: s.length,
    p50: at(s, 0.5),
    p99: at(s, 0.99),
    max: s[s.length - 1],
    cpuP50: at(c, 0.5),
    cpuP99: at(c, 0.99),
  };
}

/** Runs f and returns [wall ms, CPU ms]. */
function timed(f: () => unknown): [number, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [wall, (c.user + c.system) / 1000];
}

/** A small deterministic PRNG so every run asks the same queries. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/**
 * Returns p50/p99 of cardByName (names and genitive forms) and related (claim texts with
 * speakers). Names and claims are drawn through search first, as a user would find them.
 */
export function measureLatency(ds: Dataset, count = 1000): { card: Latency; related: Latency } {
  const rand = rng(42);
  const names: string[] = [];
  // Entity names come from search over common letters: broad, cheap and deterministic.
  for (const a of 'abdefghklmnoprstuvw') {
    for (const b of 'aeiloru') {
      for (const h of ds.search(a + b, 200)) if (h.kind === 'entity') names.push(h.entity.name);
    }
  }
  const claims: { text: string; speaker?: string }[] = [];
  for (const word of [
    'sagte',
    'Regierung',
    'Corona',
    'Prozent',
    'Präsident',
    'Polizei',
    'Menschen',
    'Krieg',
    'Wahl',
  ]) {
    for (const h of ds.search(word, 200))
      if (h.kind === 'claim') claims.push({ text: h.claim.text, speaker: h.claim.speaker?.name });
  }
  if (names.length === 0 || claims.length === 0) throw new Error('dataset too small for a latency benchmark');
  const cardTimes: number[] = [];
  const cardCpu: number[] = [];
  const relatedTimes: number[] = [];
  const relatedCpu: number[] = [];
  for (let i = 0; i < count; i++) {
    const name = names[Math.floor(rand() * names.length)];
    const form = rand() < 0.3 ? `${name}s` : name;
    // Each query asks for a different entity, so caches rarely help (as when hovering a page).
    const [w1, c1] = timed(() => ds.cardByName(form));
    cardTimes.push(w1);
    cardCpu.push(c1);
    const c = claims[Math.floor(rand() * claims.length)];
    const [w2, c2] = timed(() => ds.related(c.text, { speaker: c.speaker, limit: 10 }));
    relatedTimes.push(w2);
    relatedCpu.push(c2);
  }
  return { card: percentiles(cardTimes, cardCpu), related: percentiles(relatedTimes, relatedCpu) };
}
