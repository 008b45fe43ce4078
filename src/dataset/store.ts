/**
 * The dataset's storage schema and in-memory indexes. Articles, entities, descriptors and claims
 * are flat rows that point at each other by array index (the codec writes them as columns);
 * per-entity lists and the name indexes are derived and rebuilt after load (`reindex`).
 */
import type { ClaimKind, EntityType } from '../nlp/types.ts';
import { aliasVariants } from './aliases.ts';
import { keyTokens, nameKey, slug } from './names.ts';

export const TYPE_CODES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'OTH'];
export const KIND_CODES: readonly ClaimKind[] = ['direct', 'indirect', 'announcement', 'factual'];

export interface SourceRow {
  name: string;
  licence: string;
}

export interface ArticleRow {
  /** Identity for idempotent adds: the meta id, else the URL, else a content hash. */
  key: string;
  url?: string;
  title?: string;
  date?: string;
  source: number;
  read: boolean;
  /** Entities named in the article and how often (parallel arrays). */
  ents: number[];
  counts: number[];
}

export interface EntityRow {
  id: string;
  name: string;
  /** Mention type votes, indexed like TYPE_CODES; the entity's type is the largest. */
  votes: number[];
  category?: string;
  /** Other names of the entity: alias-table variants, acronyms, fuller spellings. */
  aliases: string[];
  /** Surface forms seen in texts with counts ("Lukaschenkos": 3). */
  forms: Map<string, number>;
  /** Stems of derived adjectives seen ("belarussisch": 5). */
  derivs: Map<string, number>;
  /** Derived: articles naming it (ascending) and mentions in each. */
  arts: number[];
  cnts: number[];
  descs: number[];
  claimsBy: number[];
  claimsAbout: number[];
  /** -1 while the entity lives; else the entity it was merged into. */
  mergedInto: number;
}

export interface DescriptorRow {
  entity: number;
  text: string;
  article: number;
}

export interface ClaimRow {
  /** Absent while the text still sits compressed in the loaded file (see Store.claimText). */
  text?: string;
  kind: ClaimKind;
  speaker?: string;
  speakerEntity: number;
  cue?: string;
  via: string[];
  about: number[];
  article: number;
}

/**
 * What one read article added to an entity beyond its own rows (votes, names, category), kept so
 * `removeRead` can take it back out: nothing the reader read stays behind.
 */
export interface ReadContribution {
  entity: number;
  votes: number[];
  forms: string[];
  derivs: string[];
  aliases: string[];
  category?: string;
}

/** Claim texts still in the loaded file, decompressed a chunk at a time on first use. */
export interface LazyClaimTexts {
  /** Returns the texts of chunk k (claims k·chunkSize … ). */
  chunk(k: number): string[];
  chunkSize: number;
}

/** Term postings over the claims stored in the loaded file, decoded per term on first use. */
export interface StoredPostings {
  /** Claims 0 … count-1 are covered. */
  count: number;
  /** Returns the ascending claim indices containing a term (empty when none). */
  get(term: string): readonly number[];
  /** Returns every indexed term (for re-encoding). */
  terms(): string[];
}

/** Returns the type an entity row stands for (largest vote; PER wins ties, then ORG, LOC, OTH). */
export function entityType(e: EntityRow): EntityType {
  let best = 0;
  for (let i = 1; i < 4; i++) if (e.votes[i] > e.votes[best]) best = i;
  return TYPE_CODES[best];
}

/** Returns a fresh entity row with empty derived lists. */
export function newEntityRow(id: string, name: string, votes: number[], category?: string): EntityRow {
  return {
    id,
    name,
    votes,
    category,
    aliases: [],
    forms: new Map(),
    derivs: new Map(),
    arts: [],
    cnts: [],
    descs: [],
    claimsBy: [],
    claimsAbout: [],
    mergedInto: -1,
  };
}

function pushUnique(map: Map<string, number[]>, key: string, value: number): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function removeFrom(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) map.delete(key);
}

/** All rows of a dataset plus the indexes that make lookups cheap. */
export class Store {
  sources: SourceRow[] = [];
  articles: ArticleRow[] = [];
  entities: EntityRow[] = [];
  descriptors: DescriptorRow[] = [];
  claims: ClaimRow[] = [];
  /** Ids of entities merged away → the id they live on as. */
  redirects = new Map<string, string>();
  /** Contributions of read articles to entities, for `undoRead`. */
  readLog: ReadContribution[] = [];
  /** Set by the decoder: claim texts and term postings not yet decompressed. */
  lazyTexts: LazyClaimTexts | null = null;
  storedPostings: StoredPostings | null = null;

  /** Returns the text of claim c, decompressing its chunk on first use. */
  claimText(c: number): string {
    const row = this.claims[c];
    if (row.text !== undefined) return row.text;
    if (!this.lazyTexts) throw new Error(`claim ${c} has no text`);
    const size = this.lazyTexts.chunkSize;
    const k = Math.floor(c / size);
    const texts = this.lazyTexts.chunk(k);
    // Keep the whole chunk: neighbours are usually asked for together (one article's claims).
    for (let j = 0; j < texts.length; j++) {
      const row2 = this.claims[k * size + j];
      if (row2 && row2.text === undefined) row2.text = texts[j];
    }
    return row.text!;
  }

  /** Loads every claim text still compressed (before renumbering or re-encoding). */
  materializeTexts(): void {
    if (!this.lazyTexts) return;
    for (let c = 0; c < this.claims.length; c++) if (this.claims[c].text === undefined) this.claimText(c);
    this.lazyTexts = null;
  }

  articleByKey = new Map<string, number>();
  idIndex = new Map<string, number>();
  /** Name and alias keys → entities. */
  nameIndex = new Map<string, number[]>();
  /** Surface-form keys → entities. */
  formIndex = new Map<string, number[]>();
  /** Derived-adjective stems → entities. */
  derivIndex = new Map<string, number[]>();
  /** Last name word of multi-word PER names → entities. */
  surnameIndex = new Map<string, number[]>();
  /** Bumped on every change so query caches know when to drop. */
  generation = 0;

  /** Returns the index of a source row, adding it when new. */
  sourceIndex(name: string, licence: string): number {
    const i = this.sources.findIndex((s) => s.name === name && s.licence === licence);
    if (i >= 0) return i;
    this.sources.push({ name, licence });
    return this.sources.length - 1;
  }

  /** Returns the live entity index of an id (following merges), or -1. */
  entityById(id: string): number {
    let cur = id;
    for (let hops = 0; hops < 20; hops++) {
      const i = this.idIndex.get(cur);
      if (i !== undefined) return i;
      const next = this.redirects.get(cur);
      if (next === undefined) return -1;
      cur = next;
    }
    return -1;
  }

  /** Returns an id not yet used for a new entity of this name. */
  uniqueId(name: string, type: EntityType): string {
    const base = slug(name);
    if (!this.idIndex.has(base) && !this.redirects.has(base)) return base;
    const typed = `${base}-${type.toLowerCase()}`;
    if (!this.idIndex.has(typed) && !this.redirects.has(typed)) return typed;
    for (let n = 2; ; n++) {
      const id = `${typed}-${n}`;
      if (!this.idIndex.has(id) && !this.redirects.has(id)) return id;
    }
  }

  /** Adds an entity row and indexes it; returns its index. */
  addEntity(row: EntityRow): number {
    const i = this.entities.length;
    this.entities.push(row);
    this.idIndex.set(row.id, i);
    this.indexNames(i);
    return i;
  }

  /** Indexes every name, alias, form and stem of an entity. */
  indexNames(i: number): void {
    const e = this.entities[i];
    for (const n of [e.name, ...e.aliases]) this.indexName(i, n);
    for (const f of e.forms.keys()) pushUnique(this.formIndex, nameKey(f), i);
    for (const d of e.derivs.keys()) pushUnique(this.derivIndex, d, i);
  }

  /** Indexes one name (and its alias-table variants) of an entity. */
  indexName(i: number, name: string): void {
    const e = this.entities[i];
    for (const variant of aliasVariants(name)) {
      const key = nameKey(variant);
      pushUnique(this.nameIndex, key, i);
      const tokens = keyTokens(key);
      if (tokens.length >= 2 && e.votes[0] > 0) pushUnique(this.surnameIndex, tokens[tokens.length - 1], i);
    }
  }

  /** Removes every index entry of an entity (before a merge moves it). */
  unindexNames(i: number): void {
    const e = this.entities[i];
    for (const n of [e.name, ...e.aliases]) {
      for (const variant of aliasVariants(n)) {
        const key = nameKey(variant);
        removeFrom(this.nameIndex, key, i);
        const tokens = keyTokens(key);
        if (tokens.length >= 2) removeFrom(this.surnameIndex, tokens[tokens.length - 1], i);
      }
    }
    for (const f of e.forms.keys()) removeFrom(this.formIndex, nameKey(f), i);
    for (const d of e.derivs.keys()) removeFrom(this.derivIndex, d, i);
  }

  /** Records a surface form of an entity (and indexes it). */
  addForm(i: number, form: string, count: number): void {
    const e = this.entities[i];
    e.forms.set(form, (e.forms.get(form) ?? 0) + count);
    pushUnique(this.formIndex, nameKey(form), i);
  }

  /** Records a derived-adjective stem of an entity (and indexes it). */
  addDeriv(i: number, stem: string, count: number): void {
    const e = this.entities[i];
    e.derivs.set(stem, (e.derivs.get(stem) ?? 0) + count);
    pushUnique(this.derivIndex, stem, i);
  }

  /** Adds an alias to an entity unless it is its name or already known; returns whether it was new. */
  addAlias(i: number, alias: string): boolean {
    const e = this.entities[i];
    const key = nameKey(alias);
    if (!key || key === nameKey(e.name) || e.aliases.some((a) => nameKey(a) === key)) return false;
    e.aliases.push(alias);
    this.indexName(i, alias);
    return true;
  }

  /** Returns the live entity an index stands for now (following merges). */
  live(i: number): number {
    let cur = i;
    while (cur >= 0 && this.entities[cur].mergedInto >= 0) cur = this.entities[cur].mergedInto;
    return cur;
  }

  /** Takes every logged contribution of read articles back out of the entities (indexes need a rebuild after). */
  undoRead(): void {
    const dec = (map: Map<string, number>, key: string): void => {
      const n = (map.get(key) ?? 0) - 1;
      if (n > 0) map.set(key, n);
      else map.delete(key);
    };
    for (const c of this.readLog) {
      const e = this.entities[this.live(c.entity)];
      for (let t = 0; t < 4; t++) e.votes[t] = Math.max(0, e.votes[t] - c.votes[t]);
      for (const f of c.forms) dec(e.forms, f);
      for (const d of c.derivs) dec(e.derivs, d);
      if (c.aliases.length) e.aliases = e.aliases.filter((a) => !c.aliases.includes(a));
      if (c.category && e.category === c.category) e.category = undefined;
    }
    this.readLog = [];
  }

  /** Moves everything of entity `from` onto entity `to` and leaves a redirect. */
  mergeEntity(from: number, to: number): void {
    if (from === to) return;
    const a = this.entities[from];
    const b = this.entities[to];
    this.unindexNames(from);
    for (let t = 0; t < 4; t++) b.votes[t] += a.votes[t];
    if (!b.category && a.category) b.category = a.category;
    for (const [f, c] of a.forms) this.addForm(to, f, c);
    for (const [d, c] of a.derivs) this.addDeriv(to, d, c);
    for (const alias of [a.name, ...a.aliases]) {
      // A bare surname is not an alias of the full name; longer spellings are.
      if (keyTokens(nameKey(alias)).length > 1 || entityType(b) !== 'PER') this.addAlias(to, alias);
    }
    for (const ai of a.arts) {
      const art = this.articles[ai];
      const pos = art.ents.indexOf(from);
      const existing = art.ents.indexOf(to);
      if (existing >= 0) {
        art.counts[existing] += art.counts[pos];
        art.ents.splice(pos, 1);
        art.counts.splice(pos, 1);
      } else art.ents[pos] = to;
    }
    for (const d of a.descs) this.descriptors[d].entity = to;
    for (const ci of a.claimsBy) this.claims[ci].speakerEntity = to;
    for (const ci of a.claimsAbout) {
      const about = this.claims[ci].about;
      const pos = about.indexOf(from);
      if (about.includes(to)) about.splice(pos, 1);
      else about[pos] = to;
    }
    this.idIndex.delete(a.id);
    this.redirects.set(a.id, b.id);
    a.mergedInto = to;
    a.arts = [];
    a.cnts = [];
    a.descs = [];
    a.claimsBy = [];
    a.claimsAbout = [];
    this.rebuildEntityLists(to);
    this.generation++;
  }

  /** Recomputes one entity's derived lists from the rows (after a merge). */
  rebuildEntityLists(i: number): void {
    const e = this.entities[i];
    const arts: number[] = [];
    const cnts: number[] = [];
    for (let a = 0; a < this.articles.length; a++) {
      const pos = this.articles[a].ents.indexOf(i);
      if (pos >= 0) {
        arts.push(a);
        cnts.push(this.articles[a].counts[pos]);
      }
    }
    e.arts = arts;
    e.cnts = cnts;
    e.descs = [];
    for (let d = 0; d < this.descriptors.length; d++) if (this.descriptors[d].entity === i) e.descs.push(d);
    e.claimsBy = [];
    e.claimsAbout = [];
    for (let c = 0; c < this.claims.length; c++) {
      const claim = this.claims[c];
      if (claim.speakerEntity === i) e.claimsBy.push(c);
      if (claim.about.includes(i)) e.claimsAbout.push(c);
    }
  }

  /** Rebuilds every derived list and index from the rows (after load or removal). */
  reindex(): void {
    this.articleByKey.clear();
    this.idIndex.clear();
    this.nameIndex.clear();
    this.formIndex.clear();
    this.derivIndex.clear();
    this.surnameIndex.clear();
    for (let i = 0; i < this.entities.length; i++) {
      const e = this.entities[i];
      e.arts = [];
      e.cnts = [];
      e.descs = [];
      e.claimsBy = [];
      e.claimsAbout = [];
      if (e.mergedInto >= 0) continue;
      this.idIndex.set(e.id, i);
      this.indexNames(i);
    }
    for (let a = 0; a < this.articles.length; a++) {
      const art = this.articles[a];
      this.articleByKey.set(art.key, a);
      for (let k = 0; k < art.ents.length; k++) {
        const e = this.entities[art.ents[k]];
        e.arts.push(a);
        e.cnts.push(art.counts[k]);
      }
    }
    for (let d = 0; d < this.descriptors.length; d++) this.entities[this.descriptors[d].entity].descs.push(d);
    for (let c = 0; c < this.claims.length; c++) {
      const claim = this.claims[c];
      if (claim.speakerEntity >= 0) this.entities[claim.speakerEntity].claimsBy.push(c);
      for (const x of claim.about) this.entities[x].claimsAbout.push(c);
    }
    this.generation++;
  }

  /**
   * Drops the articles `keep` rejects with their descriptors and claims, then every entity no
   * article names any more, and renumbers the rest; ids and redirects stay valid.
   */
  compact(keep: (a: ArticleRow) => boolean): void {
    // Claims are renumbered: stored texts and postings must be in memory first.
    this.materializeTexts();
    this.storedPostings = null;
    const artMap = new Int32Array(this.articles.length).fill(-1);
    const articles: ArticleRow[] = [];
    this.articles.forEach((a, i) => {
      if (keep(a)) {
        artMap[i] = articles.length;
        articles.push(a);
      }
    });
    const used = new Uint8Array(this.entities.length);
    for (const a of articles) for (const e of a.ents) used[e] = 1;
    const entMap = new Int32Array(this.entities.length).fill(-1);
    const entities: EntityRow[] = [];
    const redirects = new Map<string, string>();
    this.entities.forEach((e, i) => {
      if (e.mergedInto < 0 && used[i]) {
        entMap[i] = entities.length;
        entities.push(e);
      }
    });
    // Merged-away ids keep pointing at whatever survives.
    for (const [from, to] of this.redirects) {
      let cur = to;
      for (let hops = 0; hops < 20 && this.redirects.has(cur); hops++) cur = this.redirects.get(cur)!;
      const target = this.idIndex.get(cur);
      if (target !== undefined && entMap[target] >= 0) redirects.set(from, cur);
    }
    for (const a of articles) a.ents = a.ents.map((e) => entMap[e]);
    this.readLog = this.readLog
      .map((c) => ({ ...c, entity: entMap[this.live(c.entity)] }))
      .filter((c) => c.entity >= 0);
    // Sources no article comes from any more go too (renumbered in first-use order).
    const srcMap = new Int32Array(this.sources.length).fill(-1);
    const sources: SourceRow[] = [];
    for (const a of articles) {
      if (srcMap[a.source] < 0) {
        srcMap[a.source] = sources.length;
        sources.push(this.sources[a.source]);
      }
      a.source = srcMap[a.source];
    }
    this.sources = sources;
    this.descriptors = this.descriptors
      .filter((d) => artMap[d.article] >= 0 && entMap[d.entity] >= 0)
      .map((d) => ({ ...d, entity: entMap[d.entity], article: artMap[d.article] }));
    this.claims = this.claims
      .filter((c) => artMap[c.article] >= 0)
      .map((c) => ({
        ...c,
        article: artMap[c.article],
        speakerEntity: c.speakerEntity >= 0 ? entMap[c.speakerEntity] : -1,
        about: c.about.map((x) => entMap[x]).filter((x) => x >= 0),
      }));
    this.articles = articles;
    this.entities = entities;
    this.redirects = redirects;
    this.reindex();
  }
}
