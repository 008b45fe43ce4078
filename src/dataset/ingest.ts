/**
 * Adding one article to the store: its entity groups are resolved against the dataset (or become
 * new entities), then the article row, descriptors and claims are written and the per-entity
 * lists extended in place, so adding costs about as much as the article has mentions.
 */
import type { Analysis, ClaimKind } from '../nlp/types.ts';
import { CLAIM_KINDS, ENTITY_TYPES } from '../nlp/types.ts';
import { preferredName, sameAliasGroup } from './aliases.ts';
import { type DocGroup, docGroups, voteType } from './doc-groups.ts';
import { hash36, keyTokens, nameKey } from './names.ts';
import { findEntity, lookupName } from './resolver.ts';
import { append, entityType, entries, newEntityRow, type Store } from './store.ts';

/** Where an article came from, as the caller knows it. */
export interface ArticleMeta {
  id?: string;
  url?: string;
  title?: string;
  /** YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** Publisher or corpus ("Wikinews", "derStandard", a site host). */
  source?: string;
  licence?: string;
}

/** A claim of an article, pointing at the article's entity groups. */
export interface IngestClaim {
  text: string;
  kind: ClaimKind;
  speaker?: string;
  speakerGroup: number;
  cue?: string;
  via: string[];
  aboutGroups: number[];
}

/** One article ready to be added: meta, entity groups, mention count per group, claims. */
export interface IngestArticle {
  key: string;
  meta: ArticleMeta;
  read: boolean;
  groups: DocGroup[];
  claims: IngestClaim[];
}

const DATE = /^(19|20)\d{2}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const MAX_DESCRIPTOR = 200;
const MAX_CLAIM = 2_000;

/** Returns the identity of an article: its id, else its URL without fragment, else a content hash. */
export function articleKey(meta: ArticleMeta, analysis?: Analysis): string {
  if (meta.id) return `id:${meta.id}`;
  if (meta.url) return `url:${meta.url.replace(/#.*$/, '')}`;
  const parts = [meta.title ?? '', meta.date ?? ''];
  for (const m of analysis?.entities ?? []) parts.push(`${m.start}:${m.text}`);
  for (const c of analysis?.claims ?? []) parts.push(`${c.start}:${c.text.slice(0, 40)}`);
  return `hash:${hash36(parts.join('|'))}`;
}

/** Returns a reason why the meta or analysis cannot be added, or null when they are usable. */
export function checkInput(meta: ArticleMeta, analysis: Analysis): string | null {
  if (meta.date !== undefined && !DATE.test(meta.date))
    return `invalid date "${meta.date}" (want YYYY-MM or YYYY-MM-DD)`;
  if (!analysis || !Array.isArray(analysis.entities) || !Array.isArray(analysis.claims)) {
    return 'invalid analysis: entities and claims must be arrays';
  }
  for (const m of analysis.entities) {
    if (typeof m?.text !== 'string' || !ENTITY_TYPES.includes(m.type) || typeof m.start !== 'number') {
      return 'invalid analysis: a mention lacks text, type or offsets';
    }
  }
  for (const c of analysis.claims) {
    if (typeof c?.text !== 'string' || !CLAIM_KINDS.includes(c.kind) || typeof c.start !== 'number') {
      return 'invalid analysis: a claim lacks text, kind or offsets';
    }
  }
  return null;
}

function clean(text: string, max: number): string {
  return text.replace(/\s+/g, ' ').replace(/\0/g, '').trim().slice(0, max);
}

/** Returns the index of the group a speaker names: by its span, else by its name. */
function speakerGroup(
  analysis: Analysis,
  groups: DocGroup[],
  groupOf: number[],
  canonical: string,
  start?: number,
): number {
  if (start !== undefined) {
    const i = analysis.entities.findIndex((m) => m.start <= start && start < m.end);
    if (i >= 0 && groupOf[i] >= 0) return groupOf[i];
  }
  const key = nameKey(canonical);
  const exact = groups.findIndex((g) => g.key === key);
  if (exact >= 0) return exact;
  const bySurname = groups.filter((g) => {
    const t = keyTokens(g.key);
    return voteType(g.votes) === 'PER' && t[t.length - 1] === key;
  });
  return bySurname.length === 1 ? groups.indexOf(bySurname[0]) : -1;
}

/** Returns the article in the form `ingest` takes: groups plus claims tied to groups. */
export function fromAnalysis(meta: ArticleMeta, analysis: Analysis, read: boolean): IngestArticle {
  const { groups, groupOf } = docGroups(analysis);
  const claims: IngestClaim[] = analysis.claims.map((c) => {
    const about = new Set<number>();
    analysis.entities.forEach((m, i) => {
      if (m.start >= c.start && m.end <= c.end && groupOf[i] >= 0) about.add(groupOf[i]);
    });
    const sg = c.speaker ? speakerGroup(analysis, groups, groupOf, c.speaker.canonical, c.speaker.start) : -1;
    return {
      text: clean(c.text, MAX_CLAIM),
      kind: c.kind,
      speaker: c.speaker ? clean(c.speaker.canonical || c.speaker.text, 200) : undefined,
      speakerGroup: sg,
      cue: c.cue ? clean(c.cue, 200) : undefined,
      via: (c.via ?? []).map((v) => clean(v, 200)).filter(Boolean),
      aboutGroups: [...about].filter((g) => g !== sg),
    };
  });
  return { key: articleKey(meta, analysis), meta, read, groups, claims };
}

/** Resolution order: full names and non-persons first, so bare surnames find context. */
function resolutionOrder(groups: DocGroup[]): number[] {
  const rank = (g: DocGroup): number => {
    if (g.derivOnly) return 3;
    if (voteType(g.votes) !== 'PER') return 1;
    return keyTokens(g.key).length > 1 ? 0 : 2;
  };
  return groups.map((_, i) => i).sort((a, b) => rank(groups[a]) - rank(groups[b]) || a - b);
}

/** Creates an entity for a group nothing matched; a full name absorbs its lone bare surname. */
function createEntity(store: Store, g: DocGroup): number {
  const type = voteType(g.votes);
  const name = preferredName(g.name);
  // Votes come with the group, so a new person is indexed by surname at once.
  const row = newEntityRow(store.uniqueId(name, type), name, [...g.votes], g.category);
  const i = store.addEntity(row);
  if (name !== g.name) store.addAlias(i, g.name);
  const tokens = keyTokens(nameKey(name));
  if (type === 'PER' && tokens.length > 1) {
    // Evidence so far said "Lukaschenko"; now the full name is known and it is the only one.
    const surname = tokens[tokens.length - 1];
    const others = entries(store.surnameIndex.get(surname)).filter(
      (x) => x !== i && store.entities[x].mergedInto < 0,
    );
    if (others.length === 0) {
      const bare = entries(store.nameIndex.get(surname)).filter(
        (x) =>
          x !== i &&
          entityType(store.entities[x]) === 'PER' &&
          keyTokens(nameKey(store.entities[x].name)).length === 1,
      );
      for (const b of [...bare]) store.mergeEntity(b, i);
    }
  }
  return i;
}

/**
 * Adds one article to the store, or resolves it without changing anything when `create` is false.
 * Returns the entity index of each group (-1 when unresolved).
 */
export function resolveGroups(
  store: Store,
  groups: DocGroup[],
  create: boolean,
  created?: Set<number>,
  aliasesAdded?: Map<number, string[]>,
): number[] {
  const noteAlias = (e: number, alias: string): void => {
    if (store.addAlias(e, alias)) aliasesAdded?.set(e, [...(aliasesAdded.get(e) ?? []), alias]);
  };
  const result = new Array<number>(groups.length).fill(-1);
  const context = new Set<number>();
  for (const gi of resolutionOrder(groups)) {
    const g = groups[gi];
    const match = findEntity(store, g, context);
    let e = match ? match.entity : -1;
    if (create) {
      if (e < 0 && !g.derivOnly) {
        e = createEntity(store, g);
        created?.add(gi);
      } else if (e >= 0 && match) {
        const entity = store.entities[e];
        if (match.route === 'fullname' || (match.route === 'name' && sameAliasGroup(g.name, entity.name))) {
          noteAlias(e, g.name);
        }
      }
      if (e >= 0) for (const alias of g.aliases) noteAlias(e, alias);
    }
    result[gi] = e;
    if (e >= 0) context.add(e);
  }
  // A merge during creation can leave earlier results pointing at a merged-away entity.
  return result.map((e) => {
    let cur = e;
    while (cur >= 0 && store.entities[cur].mergedInto >= 0) cur = store.entities[cur].mergedInto;
    return cur;
  });
}

/** Writes a resolved article into the store; returns false when it was already there. */
export function ingest(store: Store, art: IngestArticle): boolean {
  if (store.articleByKey.has(art.key)) return false;
  const created = new Set<number>();
  const aliasesAdded = new Map<number, string[]>();
  const entityOf = resolveGroups(store, art.groups, true, created, aliasesAdded);
  const a = store.articles.length;
  const meta = art.meta;
  const host = meta.url ? /^[a-z]+:\/\/([^/]+)/i.exec(meta.url)?.[1] : undefined;
  const source = store.sourceIndex(meta.source ?? host ?? 'unbekannt', meta.licence ?? 'nicht angegeben');
  const ents: number[] = [];
  const counts: number[] = [];
  art.groups.forEach((g, gi) => {
    const e = entityOf[gi];
    if (e < 0) return;
    const entity = store.entities[e];
    if (!created.has(gi)) {
      for (let t = 0; t < 4; t++) entity.votes[t] += g.votes[t];
      const setsCategory = !entity.category && g.category ? g.category : undefined;
      if (setsCategory) entity.category = setsCategory;
      if (art.read) {
        // Logged so removeRead can take it out again (entities the read article created go whole).
        store.readLog.push({
          entity: e,
          votes: [...g.votes],
          forms: g.forms,
          derivs: g.derivs,
          aliases: aliasesAdded.get(e) ?? [],
          category: setsCategory,
        });
        aliasesAdded.delete(e);
      }
    }
    for (const f of g.forms) store.addForm(e, f, 1);
    for (const d of g.derivs) store.addDeriv(e, d, 1);
    const pos = ents.indexOf(e);
    if (pos >= 0) counts[pos] += g.mentions.length;
    else {
      ents.push(e);
      counts.push(g.mentions.length);
    }
  });
  store.articles.push({
    key: art.key,
    url: meta.url,
    title: meta.title ? clean(meta.title, 500) : undefined,
    date: meta.date,
    source,
    read: art.read,
    ents,
    counts,
  });
  store.articleByKey.set(art.key, a);
  ents.forEach((e, k) => {
    append(store.entities[e], 'arts', a);
    append(store.entities[e], 'cnts', counts[k]);
  });
  art.groups.forEach((g, gi) => {
    const e = entityOf[gi];
    if (e < 0) return;
    const seen = new Set<string>();
    for (const raw of g.descriptors) {
      const text = clean(raw, MAX_DESCRIPTOR);
      if (!text || seen.has(text)) continue;
      seen.add(text);
      append(store.entities[e], 'descs', store.descriptors.length);
      store.descriptors.push({ entity: e, text, article: a });
    }
  });
  for (const c of art.claims) {
    if (!c.text) continue;
    let speakerEntity = c.speakerGroup >= 0 ? entityOf[c.speakerGroup] : -1;
    if (speakerEntity < 0 && c.speaker) speakerEntity = lookupName(store, c.speaker);
    const about = [
      ...new Set(c.aboutGroups.map((g) => entityOf[g]).filter((e) => e >= 0 && e !== speakerEntity)),
    ];
    const ci = store.claims.length;
    store.claimArticles.push(a);
    store.claims.push({
      text: c.text,
      kind: c.kind,
      speaker: c.speaker,
      speakerEntity,
      cue: c.cue,
      via: c.via,
      about,
      article: a,
    });
    if (speakerEntity >= 0) append(store.entities[speakerEntity], 'claimsBy', ci);
    for (const e of about) append(store.entities[e], 'claimsAbout', ci);
  }
  store.generation++;
  return true;
}
