/** Card and related-claims query latency over names and claims drawn from the dataset itself. */
import type { Dataset } from '../../src/dataset/index.ts';

export interface Latency {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

function percentiles(times: number[]): Latency {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, p50: at(0.5), p99: at(0.99), max: s[s.length - 1] };
}

/** A small deterministic PRNG so every run asks the same queries. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** Returns p50/p99 of cardByName (names and genitive forms) and related (claim texts with speakers), fresh caches per query. */
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
  const relatedTimes: number[] = [];
  for (let i = 0; i < count; i++) {
    const name = names[Math.floor(rand() * names.length)];
    const form = rand() < 0.3 ? `${name}s` : name;
    // Each query asks for a different entity, so caches rarely help (as when hovering a page).
    const t0 = performance.now();
    ds.cardByName(form);
    cardTimes.push(performance.now() - t0);
    const c = claims[Math.floor(rand() * claims.length)];
    const t1 = performance.now();
    ds.related(c.text, { speaker: c.speaker, limit: 10 });
    relatedTimes.push(performance.now() - t1);
  }
  return { card: percentiles(cardTimes), related: percentiles(relatedTimes) };
}
