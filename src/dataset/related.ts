/**
 * Related claims: given a claim's text (and speaker), the dataset's claims that share the
 * speaker, the entities named, or the wording. Score, highest first:
 *   3 × same speaker + 1 × share of the text's entities the claim involves
 *   + 2 × IDF-weighted share of the text's content words the claim contains.
 * Common words (in over 1 % of claims) are skipped: they cost time and say little.
 */
import { claimRecord } from './card.ts';
import type { ClaimIndex } from './claim-index.ts';
import { nameKey } from './names.ts';
import { lookupName } from './resolver.ts';
import type { Store } from './store.ts';
import { terms } from './terms.ts';
import type { ClaimRecord } from './types.ts';

const SPEAKER_WEIGHT = 3;
const ENTITY_WEIGHT = 1;
const WORDING_WEIGHT = 2;
/** Newest claims looked at per speaker/entity: bounds the cost for very frequent entities. */
const PER_ENTITY_CAP = 200;
const MIN_SCORE = 0.35;

let scratchScores = new Float64Array(0);
let scratchTouched = new Int32Array(0);

/** Returns zeroed score and row buffers for `n` claims (reused across queries; queries are synchronous). */
function scratch(n: number): { scores: Float64Array; touched: Int32Array } {
  if (scratchScores.length < n) {
    scratchScores = new Float64Array(n + 1024);
    scratchTouched = new Int32Array(n + 1024);
  }
  return { scores: scratchScores, touched: scratchTouched };
}

/** Returns true when claim c with score s ranks before an entry (higher score, then newer row). */
function better(c: number, s: number, entry: [number, number]): boolean {
  return s > entry[1] || (s === entry[1] && c > entry[0]);
}

/** Returns the entities a free text names: capitalised words and word pairs, and -isch adjectives. */
export function entitiesInText(store: Store, text: string): Set<number> {
  const found = new Set<number>();
  const words = [...text.matchAll(/[\p{L}][\p{L}\p{N}-]*/gu)].map((m) => m[0]);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const upper = /^\p{Lu}/u.test(w);
    if (!upper && !/isch(e|en|er|es|em)?$/u.test(w)) continue;
    if (upper && i + 1 < words.length && /^\p{Lu}/u.test(words[i + 1])) {
      const pair = lookupName(store, `${w} ${words[i + 1]}`);
      if (pair >= 0) {
        found.add(pair);
        i++;
        continue;
      }
    }
    if (w.length < 2) continue;
    const e = lookupName(store, w);
    if (e >= 0) found.add(e);
  }
  return found;
}

/** Returns the claims related to a claim text, most relevant first. */
export function relatedClaims(
  store: Store,
  index: ClaimIndex,
  text: string,
  opts: { speaker?: string; limit?: number } = {},
): ClaimRecord[] {
  const limit = Math.max(1, Math.min(opts.limit ?? 10, 100));
  index.update(store);
  const total = store.claims.length;
  // Scores in a reused typed array (a Map per query costs more than the scoring itself on
  // tens of thousands of postings); `touched` lists the rows to read back and reset.
  const { scores, touched } = scratch(total);
  let nTouched = 0;
  const add = (c: number, s: number): void => {
    if (scores[c] === 0) touched[nTouched++] = c;
    scores[c] += s;
  };
  try {
    const speaker = opts.speaker ? lookupName(store, opts.speaker) : -1;
    if (speaker >= 0) {
      const list = store.entities[speaker].claimsBy;
      for (let k = Math.max(0, list.length - PER_ENTITY_CAP); k < list.length; k++)
        add(list[k], SPEAKER_WEIGHT);
    }
    const named = entitiesInText(store, text);
    named.delete(speaker);
    for (const e of named) {
      const share = ENTITY_WEIGHT / named.size;
      const seen = new Set<number>();
      for (const list of [store.entities[e].claimsAbout, store.entities[e].claimsBy]) {
        for (let k = Math.max(0, list.length - PER_ENTITY_CAP); k < list.length; k++) {
          if (!seen.has(list[k])) {
            seen.add(list[k]);
            add(list[k], share);
          }
        }
      }
    }
    const qTerms = terms(text);
    let idfSum = 0;
    for (const t of qTerms) idfSum += index.idf(store, t);
    if (idfSum > 0) {
      for (const t of qTerms) {
        const list = index.postings(store, t);
        if (list.length === 0 || list.length > Math.max(50, total * 0.01)) continue;
        const w = (WORDING_WEIGHT * index.idf(store, t)) / idfSum;
        for (const c of list) add(c, w);
      }
    }
  } catch (error) {
    for (let k = 0; k < nTouched; k++) scores[touched[k]] = 0;
    throw error;
  }
  const self = nameKey(text);
  // Only the best few are decoded and checked (texts are read lazily from the file):
  // keep 4 × limit candidates by score in one pass, then drop the query itself and repeats.
  const keep = 4 * limit;
  const top: [number, number][] = [];
  for (let k = 0; k < nTouched; k++) {
    const c = touched[k];
    const s = scores[c];
    scores[c] = 0;
    if (s < MIN_SCORE) continue;
    if (top.length === keep && !better(c, s, top[keep - 1])) continue;
    let i = top.length;
    while (i > 0 && better(c, s, top[i - 1])) i--;
    top.splice(i, 0, [c, s]);
    if (top.length > keep) top.pop();
  }
  const out: ClaimRecord[] = [];
  const seenText = new Set<string>();
  for (const [c] of top) {
    const own = nameKey(store.claimText(c));
    if (own === self) continue;
    // The same quote reported twice in one article counts once.
    const key = `${store.claimArticles[c]}|${own}`;
    if (seenText.has(key)) continue;
    seenText.add(key);
    out.push(claimRecord(store, c));
    if (out.length >= limit) break;
  }
  return out;
}
