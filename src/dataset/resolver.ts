/**
 * Cross-article entity resolution: finds the dataset entity a document group names.
 *
 * Order of evidence, strongest first:
 * 1. the exact name or a known alias (alias table, acronym, earlier fuller spelling);
 * 2. a full person name whose surname matches and whose first name agrees ("A." ~ "Alexander");
 *    a different first name means a different person;
 * 3. a bare surname: the one full name with that surname; with several, the one whose usual
 *    company (entities named in the same articles) this article shares, or one that clearly
 *    dominates; otherwise it stays unresolved rather than guessed;
 * 4. a surface form seen before, a genitive base, or a derived-adjective stem.
 * Types must agree, except that LOC and ORG are interchangeable (a state as actor or place).
 */
import { countryName, placeOfAdjective } from '../nlp/normalize.ts';
import type { EntityType } from '../nlp/types.ts';
import type { DocGroup } from './doc-groups.ts';
import { voteType } from './doc-groups.ts';
import { firstNameCompatible, inflectionBases, keyTokens, nameKey } from './names.ts';
import { entityType, entries, type Store } from './store.ts';

/** How a group was matched: decides whether its name becomes an alias. */
export type MatchRoute = 'name' | 'fullname' | 'surname' | 'form' | 'inflection' | 'deriv';

export interface Match {
  entity: number;
  route: MatchRoute;
}

/** Returns true when a mention of type `a` may name an entity of type `b`. */
export function typesCompatible(a: EntityType, b: EntityType): boolean {
  return a === b || ((a === 'LOC' || a === 'ORG') && (b === 'LOC' || b === 'ORG'));
}

/** Returns the number of articles an entity appears in. */
function weight(store: Store, i: number): number {
  return store.entities[i].arts.length;
}

function compatible(store: Store, value: number | number[] | undefined, type: EntityType): number[] {
  return entries(value).filter(
    (i) => store.entities[i].mergedInto < 0 && typesCompatible(type, entityType(store.entities[i])),
  );
}

/** Picks the best candidate by same type first, then by article count. */
function byWeight(store: Store, list: number[], type: EntityType): number {
  let best = -1;
  let bestScore = -1;
  for (const i of list) {
    const score = (entityType(store.entities[i]) === type ? 1e9 : 0) + weight(store, i);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** Returns how many of `context` entities share an article with entity i (looks at its latest 300 articles). */
export function contextOverlap(store: Store, i: number, context: Set<number>): number {
  if (context.size === 0) return 0;
  const seen = new Set<number>();
  const arts = store.entities[i].arts;
  for (let k = Math.max(0, arts.length - 300); k < arts.length; k++) {
    for (const e of store.articles[arts[k]].ents) if (context.has(e)) seen.add(e);
  }
  return seen.size;
}

/** Chooses among people sharing a surname, or returns -1 when the evidence does not decide. */
function chooseAmong(store: Store, candidates: number[], context: Set<number>): number {
  if (candidates.length === 1) return candidates[0];
  const scored = candidates
    .map((i) => ({ i, overlap: contextOverlap(store, i, context), w: weight(store, i) }))
    .sort((a, b) => b.overlap - a.overlap || b.w - a.w);
  const [first, second] = scored;
  if (first.overlap > 0 && first.overlap >= 2 * second.overlap) return first.i;
  const others = scored.slice(1).reduce((s, x) => s + x.w, 0);
  if (first.w >= 3 && first.w >= 5 * others) return first.i;
  return -1;
}

/** Full-name PER entities whose surname is `surname` and whose first name agrees with `first`. */
function fullNameCandidates(store: Store, surname: string, first: string | null): number[] {
  const list = entries(store.surnameIndex.get(surname));
  return list.filter((i) => {
    const e = store.entities[i];
    if (e.mergedInto >= 0 || entityType(e) !== 'PER') return false;
    if (first === null) return true;
    return [e.name, ...e.aliases].some((n) => {
      const t = keyTokens(nameKey(n));
      return t.length > 1 && t[t.length - 1] === surname && firstNameCompatible(t[0], first);
    });
  });
}

/**
 * Returns the dataset entity a document group names, or null when none fits.
 * `context` holds the entities already resolved for the same article.
 */
export function findEntity(store: Store, g: DocGroup, context: Set<number>): Match | null {
  const type = voteType(g.votes);
  if (g.derivOnly) {
    // "Moskauer" → stem "moskau" is also the place's own name key.
    let list = compatible(store, store.derivIndex.get(g.key), type);
    if (!list.length) list = compatible(store, store.nameIndex.get(g.key), 'LOC');
    return list.length ? { entity: byWeight(store, list, type), route: 'deriv' } : null;
  }
  const exact = compatible(store, store.nameIndex.get(g.key), type);
  const tokens = keyTokens(g.key);
  if (type === 'PER') {
    if (tokens.length > 1) {
      if (exact.length) return { entity: byWeight(store, exact, type), route: 'name' };
      const full = fullNameCandidates(store, tokens[tokens.length - 1], tokens[0]);
      if (full.length === 1) return { entity: full[0], route: 'fullname' };
      return null;
    }
    const full = fullNameCandidates(store, g.key, null);
    if (full.length) {
      const chosen = chooseAmong(store, full, context);
      if (chosen >= 0) return { entity: chosen, route: 'surname' };
      // Several people share the surname and nothing decides: only a surname-only entity fits.
      const bare = exact.filter((i) => keyTokens(nameKey(store.entities[i].name)).length === 1);
      return bare.length ? { entity: bare[0], route: 'name' } : null;
    }
    if (exact.length) return { entity: byWeight(store, exact, type), route: 'name' };
  } else if (exact.length) {
    return { entity: byWeight(store, exact, type), route: 'name' };
  }
  const forms = compatible(store, store.formIndex.get(g.key), type);
  if (forms.length) {
    const chosen = type === 'PER' ? chooseAmong(store, forms, context) : byWeight(store, forms, type);
    if (chosen >= 0) return { entity: chosen, route: 'form' };
  }
  for (const base of inflectionBases(g.key)) {
    const list = compatible(store, store.nameIndex.get(base), type);
    if (list.length) return { entity: byWeight(store, list, type), route: 'inflection' };
    if (type === 'PER' && tokens.length === 1) {
      const full = fullNameCandidates(store, base, null);
      const chosen = full.length ? chooseAmong(store, full, context) : -1;
      if (chosen >= 0) return { entity: chosen, route: 'inflection' };
    }
  }
  return null;
}

/**
 * Returns the entity index a free-text name stands for ("Lukaschenkos", "belarussische",
 * "Kyjiw"), or -1: the most-mentioned fitting entity, since there is no context to decide.
 */
export function lookupName(store: Store, name: string): number {
  const key = nameKey(name);
  if (!key) return -1;
  const pick = (value: number | readonly number[] | undefined): number => {
    const list = typeof value === 'object' ? value : entries(value);
    if (list.length === 0) return -1;
    let best = -1;
    for (const i of list)
      if (store.entities[i].mergedInto < 0 && (best < 0 || weight(store, i) > weight(store, best))) best = i;
    return best;
  };
  const tokens = keyTokens(key);
  // A bare surname competes with the full names ending in it, by article count: one stray
  // mistagged "Lukaschenko" entity must not hide "Alexander Lukaschenko" of many articles.
  const named = (k: string): readonly number[] =>
    tokens.length === 1
      ? [...entries(store.nameIndex.get(k)), ...fullNameCandidates(store, k, null)]
      : entries(store.nameIndex.get(k));
  let hit = pick(named(key));
  if (hit >= 0) return hit;
  hit = pick(store.formIndex.get(key));
  if (hit >= 0) return hit;
  for (const base of inflectionBases(key)) {
    hit = pick(named(base));
    if (hit < 0) hit = pick(store.formIndex.get(base));
    if (hit >= 0) return hit;
  }
  // Derived adjectives: "belarussischen" → stem "belarussisch".
  const m = /^(.*?)(e|en|er|es|em)$/u.exec(key);
  for (const stem of [key, m?.[1]]) {
    if (!stem) continue;
    hit = pick(store.derivIndex.get(stem));
    if (hit >= 0) return hit;
  }
  // Country adjectives and genitives the dataset has not seen in that form ("belarussischen", "Chinas").
  const place = placeOfAdjective(name.trim()) ?? countryName(name.trim());
  return place ? pick(store.nameIndex.get(nameKey(place))) : -1;
}
