/**
 * Free-text search over entity names (exact, inflected, or a word prefix: "lukasch" finds
 * "Alexander Lukaschenko") and claim texts (IDF-weighted content words). The name-word list is
 * sorted once, lazily, and searched by binary search.
 */
import { claimRecord, summary } from './card.ts';
import type { ClaimIndex } from './claim-index.ts';
import { keyTokens, nameKey } from './names.ts';
import { lookupName } from './resolver.ts';
import type { Store } from './store.ts';
import { terms } from './terms.ts';
import type { SearchHit } from './types.ts';

/** Sorted (name word, entity) pairs for prefix search. */
export class NameWords {
  words: string[] = [];
  entities: number[] = [];
  generation = -1;

  /** Returns the list rebuilt when the store changed since the last build. */
  update(store: Store): this {
    if (this.generation === store.generation) return this;
    const pairs: [string, number][] = [];
    store.entities.forEach((e, i) => {
      if (e.mergedInto >= 0) return;
      const seen = new Set<string>();
      for (const n of [e.name, ...e.aliases]) {
        for (const t of keyTokens(nameKey(n))) {
          if (!seen.has(t)) {
            seen.add(t);
            pairs.push([t, i]);
          }
        }
      }
    });
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    this.words = pairs.map((p) => p[0]);
    this.entities = pairs.map((p) => p[1]);
    this.generation = store.generation;
    return this;
  }

  /** Returns the entities with a name word starting with `prefix`. */
  withPrefix(prefix: string, max: number): number[] {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (
      let i = lo;
      i < this.words.length && this.words[i].startsWith(prefix) && out.length < max * 20;
      i++
    ) {
      if (!out.includes(this.entities[i])) out.push(this.entities[i]);
    }
    return out;
  }
}

/** Returns entity and claim hits for a query, best first. */
export function search(
  store: Store,
  names: NameWords,
  claims: ClaimIndex,
  query: string,
  limit = 20,
): SearchHit[] {
  const max = Math.max(1, Math.min(limit, 200));
  const key = nameKey(query);
  if (!key) return [];
  const hits: SearchHit[] = [];
  const scored = new Map<number, number>();
  let maxArticles = 1;
  for (const e of store.entities) if (e.arts.length > maxArticles) maxArticles = e.arts.length;
  const popularity = (i: number): number =>
    Math.log(1 + store.entities[i].arts.length) / Math.log(1 + maxArticles);
  const exact = lookupName(store, query);
  if (exact >= 0) scored.set(exact, 1 + 0.1 * popularity(exact));
  const qWords = keyTokens(key);
  names.update(store);
  const last = qWords[qWords.length - 1];
  if (last.length >= 2) {
    for (const i of names.withPrefix(last, max)) {
      const name = nameKey(store.entities[i].name);
      // Every earlier query word must be a word of the name too ("alexander luk").
      if (!qWords.slice(0, -1).every((w) => keyTokens(name).includes(w))) continue;
      const s = 0.5 + 0.4 * popularity(i);
      if ((scored.get(i) ?? 0) < s) scored.set(i, s);
    }
  }
  for (const [i, score] of scored) hits.push({ kind: 'entity', score, entity: summary(store, i) });

  claims.update(store);
  const qTerms = terms(query);
  if (qTerms.length) {
    let idfSum = 0;
    for (const t of qTerms) idfSum += claims.idf(store, t);
    const score = new Map<number, number>();
    for (const t of qTerms) {
      const list = claims.postings(store, t);
      if (list.length === 0 || idfSum === 0) continue;
      const w = claims.idf(store, t) / idfSum;
      for (let k = list.length - 1; k >= 0 && k >= list.length - 2000; k--)
        score.set(list[k], (score.get(list[k]) ?? 0) + w);
    }
    const top = [...score]
      .filter(([, s]) => s >= 0.5)
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, max);
    for (const [c, s] of top) hits.push({ kind: 'claim', score: 0.8 * s, claim: claimRecord(store, c) });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, max);
}
