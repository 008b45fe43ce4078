/**
 * Context cards and summaries: what the dataset knows about one entity, computed from its rows
 * on demand (cards are asked for one at a time, on hover).
 */

import { StoredEntity } from './lazy.ts';
import { hash36, inflectionBases, nameKey } from './names.ts';
import { entityType, type Store } from './store.ts';
import type { ClaimRecord, DescriptorRecord, EntityCard, EntitySummary } from './types.ts';

const MAX_DESCRIPTORS = 20;
const MAX_CLAIMS = 20;
const MAX_RELATED = 10;
const MAX_ALIASES = 12;

const coverageCache = new WeakMap<Store, { generation: number; value: EntityCard['coverage'] }>();

/** Returns the dataset-wide coverage: article count and date range (cached until the store changes). */
export function coverage(store: Store): { articles: number; from?: string; to?: string } {
  const hit = coverageCache.get(store);
  if (hit && hit.generation === store.generation && hit.value.articles === store.articles.length)
    return { ...hit.value };
  const value = computeCoverage(store);
  coverageCache.set(store, { generation: store.generation, value });
  return { ...value };
}

function computeCoverage(store: Store): { articles: number; from?: string; to?: string } {
  let from: string | undefined;
  let to: string | undefined;
  for (const a of store.articles) {
    if (!a.date) continue;
    if (!from || a.date < from) from = a.date;
    if (!to || a.date > to) to = a.date;
  }
  return { articles: store.articles.length, from, to };
}

/** Returns a descriptor text without its leading article, for counting ("der belarussische Machthaber"). */
function descriptorKey(text: string): string {
  return nameKey(text.replace(/^(der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen)\s+/i, ''));
}

/** Returns the most frequent descriptor of an entity (the most recent among equals). */
function topDescriptor(store: Store, i: number): string | undefined {
  const counts = new Map<string, { n: number; text: string; date: string }>();
  for (const d of store.entities[i].descs) {
    const row = store.descriptors[d];
    const key = descriptorKey(row.text);
    const date = store.articles[row.article].date ?? '';
    const cur = counts.get(key);
    if (!cur) counts.set(key, { n: 1, text: row.text, date });
    else {
      cur.n++;
      if (date > cur.date) {
        cur.date = date;
        cur.text = row.text;
      }
    }
  }
  let best: { n: number; text: string; date: string } | undefined;
  for (const c of counts.values())
    if (!best || c.n > best.n || (c.n === best.n && c.date > best.date)) best = c;
  return best?.text;
}

/** Returns the short summary of an entity (first paint of a highlighted mention). */
export function summary(store: Store, i: number): EntitySummary {
  const e = store.entities[i];
  let readCount = 0;
  for (const a of e.arts) if (store.articles[a].read) readCount++;
  return {
    id: e.id,
    name: e.name,
    type: entityType(e),
    category: e.category,
    descriptor: topDescriptor(store, i),
    articleCount: e.arts.length,
    readCount,
  };
}

/** Returns a stable id of a claim: a hash of its article key and its position among the article's claims. */
function claimId(store: Store, c: number): string {
  const article = store.claimArticles[c];
  let ordinal = 0;
  for (let k = c - 1; k >= 0 && store.claimArticles[k] === article; k--) ordinal++;
  return `${hash36(store.articles[article].key)}-${ordinal}`;
}

/** Returns the record form of a claim row. */
export function claimRecord(store: Store, c: number): ClaimRecord {
  const row = store.claim(c);
  const art = store.articles[row.article];
  const speakerEntity = row.speakerEntity >= 0 ? store.entities[row.speakerEntity] : undefined;
  const rec: ClaimRecord = {
    id: claimId(store, c),
    text: row.text,
    kind: row.kind,
    via: row.via,
    about: row.about.map((x) => store.entities[x].id),
  };
  if (row.speaker || speakerEntity)
    rec.speaker = { name: speakerEntity?.name ?? row.speaker!, entityId: speakerEntity?.id };
  if (row.cue) rec.cue = row.cue;
  if (art.date) rec.date = art.date;
  rec.source = store.sources[art.source].name;
  if (art.title) rec.title = art.title;
  if (art.url) rec.url = art.url;
  if (art.read) rec.read = true;
  return rec;
}

/** Sorts row indices by their article's date, newest first (undated last, then newest added). */
function newestFirst(
  store: Store,
  rows: number[],
  articleOf: (r: number) => number,
  limit = rows.length,
): number[] {
  const later = (x: number, y: number): boolean => {
    const dx = store.articles[articleOf(x)].date ?? '';
    const dy = store.articles[articleOf(y)].date ?? '';
    return dx === dy ? x > y : dx > dy;
  };
  // One pass keeping the `limit` newest, oldest last: frequent entities have thousands of rows
  // and a card shows a few, so a full sort per card would dominate its cost.
  const top: number[] = [];
  for (const r of rows) {
    if (top.length === limit && !later(r, top[top.length - 1])) continue;
    let i = top.length;
    while (i > 0 && later(r, top[i - 1])) i--;
    top.splice(i, 0, r);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** Aliases worth showing: other names, not mere inflections of the entity's name. */
function visibleAliases(store: Store, i: number): string[] {
  const e = store.entities[i];
  const own = nameKey(e.name);
  const seen = new Set([own]);
  const out: string[] = [];
  const add = (name: string): void => {
    const key = nameKey(name);
    if (seen.has(key) || inflectionBases(key).some((b) => seen.has(b))) return;
    seen.add(key);
    out.push(name);
  };
  for (const a of e.aliases) add(a);
  // Surface forms: the frequent ones that are not the name's own words ("Nato" when named NATO is folded).
  const forms = e.forms.map((f, k) => [f, e.formCounts[k]] as const).sort((a, b) => b[1] - a[1]);
  for (const [f] of forms) {
    const key = nameKey(f);
    if (own.split(' ').includes(key)) continue;
    if (own.endsWith(key) || inflectionBases(key).some((b) => own.split(' ').includes(b))) continue;
    add(f);
  }
  return out.slice(0, MAX_ALIASES);
}

/** Returns the full context card of entity i. */
export function buildCard(
  store: Store,
  i: number,
  relatedCache: Map<number, EntityCard['related']>,
): EntityCard {
  const e = store.entities[i];
  const base = summary(store, i);
  let mentionCount = 0;
  let firstSeen: string | undefined;
  let lastSeen: string | undefined;
  const months = new Map<string, number>();
  e.arts.forEach((a, k) => {
    mentionCount += e.cnts[k];
    const date = store.articles[a].date;
    if (!date) return;
    if (!firstSeen || date < firstSeen) firstSeen = date;
    if (!lastSeen || date > lastSeen) lastSeen = date;
    const month = date.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + e.cnts[k]);
  });
  const perMonth = [...months]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([month, count]) => ({ month, count }));

  const descriptors: DescriptorRecord[] = [];
  const seenText = new Set<string>();
  const lists = storedCardLists(store, i) ?? cardLists(store, i);
  for (const d of lists.descs) {
    const row = store.descriptors[d];
    const key = `${descriptorKey(row.text)}|${row.article}`;
    if (seenText.has(key)) continue;
    seenText.add(key);
    const art = store.articles[row.article];
    const rec: DescriptorRecord = { text: row.text, source: store.sources[art.source].name };
    if (art.date) rec.date = art.date;
    if (art.title) rec.title = art.title;
    if (art.url) rec.url = art.url;
    if (art.read) rec.read = true;
    descriptors.push(rec);
    if (descriptors.length >= MAX_DESCRIPTORS) break;
  }

  let related = relatedCache.get(i);
  if (!related) {
    related = relatedOf(store, lists.related);
    relatedCache.set(i, related);
  }
  const claimsBy = lists.by.map((c) => claimRecord(store, c));
  const claimsAbout = lists.about.map((c) => claimRecord(store, c));
  return {
    ...base,
    aliases: visibleAliases(store, i),
    descriptors,
    mentionCount,
    firstSeen,
    lastSeen,
    perMonth,
    related,
    claimsBy,
    claimsAbout,
    coverage: coverage(store),
  };
}

/**
 * The rows a card of an entity lists: descriptor candidates and claims newest first, and the
 * most co-mentioned entities as (entity, count) pairs. The file stores them for frequent
 * entities (whose lists are long), so their first card after loading does not scan thousands.
 */
export interface CardLists {
  descs: number[];
  by: number[];
  about: number[];
  /** Entity, count, entity, count, … */
  related: number[];
}

/** Returns whether the file should store an entity's card lists (computing them is not cheap). */
export function worthStoring(store: Store, i: number): boolean {
  const e = store.entities[i];
  return e.arts.length >= 25 || e.descs.length >= 80 || e.claimsBy.length + e.claimsAbout.length >= 100;
}

/** Returns the card lists of entity i computed from its rows. */
export function cardLists(store: Store, i: number): CardLists {
  const e = store.entities[i];
  return {
    descs: newestFirst(store, e.descs, (r) => store.descriptors[r].article, 4 * MAX_DESCRIPTORS),
    by: newestFirst(store, e.claimsBy, (c) => store.claimArticles[c], MAX_CLAIMS),
    about: newestFirst(store, e.claimsAbout, (c) => store.claimArticles[c], MAX_CLAIMS),
    related: relatedPairs(store, i),
  };
}

/** Returns the card lists the loaded file stores for entity i while the dataset is unchanged, else null. */
function storedCardLists(store: Store, i: number): CardLists | null {
  const e = store.entities[i];
  if (!(e instanceof StoredEntity) || store.generation !== store.loadedGeneration) return null;
  return e.card;
}

/** Returns the entities most often named in the same articles as entity i, as (entity, count) pairs. */
function relatedPairs(store: Store, i: number): number[] {
  const counts = new Map<number, number>();
  for (const a of store.entities[i].arts) {
    for (const other of store.articles[a].ents)
      if (other !== i) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  const out: number[] = [];
  for (const [x, count] of [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_RELATED))
    out.push(x, count);
  return out;
}

function relatedOf(store: Store, pairs: number[]): EntityCard['related'] {
  const out: EntityCard['related'] = [];
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const x = store.entities[pairs[k]];
    out.push({ id: x.id, name: x.name, type: entityType(x), count: pairs[k + 1] });
  }
  return out;
}

/** Returns the entities most often named in the same articles as entity i. */
export function relatedEntities(store: Store, i: number): EntityCard['related'] {
  return relatedOf(store, relatedPairs(store, i));
}
