/**
 * The dataset's storage schema and in-memory indexes. Articles, entities, descriptors and claims
 * are flat rows that point at each other by array index (the codec writes them as columns);
 * per-entity lists and the name indexes are derived and rebuilt after load (`reindex`).
 */
import type { ClaimKind, EntityType } from '../nlp/types.ts';
import { aliasVariants } from './aliases.ts';
import { LazyMap } from './lazy.ts';
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
  /** Surface forms seen in texts ("Lukaschenkos") and how often (parallel arrays). */
  forms: string[];
  formCounts: number[];
  /** Stems of derived adjectives seen ("belarussisch") and how often (parallel arrays). */
  derivs: string[];
  derivCounts: number[];
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
  text: string;
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

/** Claims still in the loaded file, decoded a chunk at a time on first use. */
export interface LazyClaims {
  /** Returns the rows of chunk k (claims k·chunkSize … ). */
  chunk(k: number): ClaimRow[];
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

/**
 * Shared empty lists: most of tens of thousands of entities have no aliases, derivs or claims,
 * and one frozen empty array for all of them saves the allocations (and GC) on load. Frozen, so
 * a push to one throws instead of corrupting the others: code appends through `append`.
 */
export const NONE_N: number[] = Object.freeze([]) as unknown as number[];
export const NONE_S: string[] = Object.freeze([]) as unknown as string[];

type ListField = 'arts' | 'cnts' | 'descs' | 'claimsBy' | 'claimsAbout';

/** Appends to one of an entity's lists, replacing the shared empty list on first use. */
export function append(e: EntityRow, field: ListField, value: number): void {
  if (e[field] === NONE_N) e[field] = [value];
  else e[field].push(value);
}

/** Returns an index entry as a list (entries hold a bare number while only one entity has the key). */
export function entries(value: number | number[] | undefined): readonly number[] {
  return value === undefined ? NONE_N : typeof value === 'number' ? [value] : value;
}

/** Returns a fresh entity row with empty derived lists. */
export function newEntityRow(id: string, name: string, votes: number[], category?: string): EntityRow {
  return {
    id,
    name,
    votes,
    category,
    aliases: NONE_S,
    forms: NONE_S,
    formCounts: NONE_N,
    derivs: NONE_S,
    derivCounts: NONE_N,
    arts: NONE_N,
    cnts: NONE_N,
    descs: NONE_N,
    claimsBy: NONE_N,
    claimsAbout: NONE_N,
    mergedInto: -1,
  };
}

export type KeyIndex = Map<string, number | number[]>;

function pushUnique(map: KeyIndex, key: string, value: number): void {
  if (!key) return;
  const cur = map.get(key);
  if (cur === undefined) map.set(key, value);
  else if (typeof cur === 'number') {
    if (cur !== value) map.set(key, [cur, value]);
  } else if (!cur.includes(value)) cur.push(value);
}

function removeFrom(map: KeyIndex, key: string, value: number): void {
  const cur = map.get(key);
  if (cur === undefined) return;
  if (typeof cur === 'number') {
    if (cur === value) map.delete(key);
    return;
  }
  const rest = cur.filter((x) => x !== value);
  if (rest.length === 0) map.delete(key);
  else map.set(key, rest.length === 1 ? rest[0] : rest);
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
  /** Article of each claim, kept outside the rows so sorting claims by date decodes nothing. */
  claimArticles: number[] = [];
  /** Set by the decoder: claim rows and term postings not yet decompressed. */
  lazyClaims: LazyClaims | null = null;
  storedPostings: StoredPostings | null = null;

  /** Returns claim row c, decoding its chunk of the loaded file on first use. */
  claim(c: number): ClaimRow {
    const row = this.claims[c];
    if (row !== undefined) return row;
    if (!this.lazyClaims || c < 0 || c >= this.claims.length) throw new RangeError(`no claim ${c}`);
    const size = this.lazyClaims.chunkSize;
    const k = Math.floor(c / size);
    // The whole chunk: neighbours are usually wanted together (one article's claims).
    this.lazyClaims.chunk(k).forEach((r, j) => {
      this.claims[k * size + j] = r;
    });
    return this.claims[c];
  }

  /** Returns the text of claim c. */
  claimText(c: number): string {
    return this.claim(c).text;
  }

  /** Decodes claim chunks still in the file until `deadline` (Date.now() ms); returns true when none is left. */
  warmClaims(deadline: number): boolean {
    if (!this.lazyClaims) return true;
    const size = this.lazyClaims.chunkSize;
    for (let c = this.warmedTo; c < this.claims.length; c += size) {
      if (Date.now() > deadline) {
        this.warmedTo = c;
        return false;
      }
      if (this.claims[c] === undefined) this.claim(c);
    }
    this.warmedTo = this.claims.length;
    return true;
  }

  private warmedTo = 0;

  /** Decodes every claim still in the file (before renumbering or re-encoding). */
  materializeClaims(): void {
    if (!this.lazyClaims) return;
    for (let c = 0; c < this.claims.length; c++) if (this.claims[c] === undefined) this.claim(c);
    this.lazyClaims = null;
  }

  articleByKey = new Map<string, number>();
  idIndex = new Map<string, number>();
  /** Name and alias keys → entities. */
  nameIndex: KeyIndex = new Map();
  /** Surface-form keys → entities. */
  formIndex: KeyIndex = new Map();
  /** Derived-adjective stems → entities. */
  derivIndex: KeyIndex = new Map();
  /** Last name word of multi-word PER names → entities. */
  surnameIndex: KeyIndex = new Map();
  /** Bumped on every change so query caches know when to drop. */
  generation = 0;
  /** The generation right after decoding: what the file precomputed is valid while it holds. */
  loadedGeneration = -1;

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
    for (const f of e.forms) pushUnique(this.formIndex, nameKey(f), i);
    for (const d of e.derivs) pushUnique(this.derivIndex, d, i);
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
    for (const f of e.forms) removeFrom(this.formIndex, nameKey(f), i);
    for (const d of e.derivs) removeFrom(this.derivIndex, d, i);
  }

  /** Records a surface form of an entity (and indexes it). */
  addForm(i: number, form: string, count: number): void {
    const e = this.entities[i];
    const k = e.forms.indexOf(form);
    if (k >= 0) {
      e.formCounts[k] += count;
      return;
    }
    if (e.forms === NONE_S) {
      e.forms = [form];
      e.formCounts = [count];
    } else {
      e.forms.push(form);
      e.formCounts.push(count);
    }
    pushUnique(this.formIndex, nameKey(form), i);
  }

  /** Records a derived-adjective stem of an entity (and indexes it). */
  addDeriv(i: number, stem: string, count: number): void {
    const e = this.entities[i];
    const k = e.derivs.indexOf(stem);
    if (k >= 0) {
      e.derivCounts[k] += count;
      return;
    }
    if (e.derivs === NONE_S) {
      e.derivs = [stem];
      e.derivCounts = [count];
    } else {
      e.derivs.push(stem);
      e.derivCounts.push(count);
    }
    pushUnique(this.derivIndex, stem, i);
  }

  /** Adds an alias to an entity unless it is its name or already known; returns whether it was new. */
  addAlias(i: number, alias: string): boolean {
    const e = this.entities[i];
    const key = nameKey(alias);
    if (!key || key === nameKey(e.name) || e.aliases.some((a) => nameKey(a) === key)) return false;
    e.aliases = e.aliases === NONE_S ? [alias] : [...e.aliases, alias];
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
    /** Lowers one count; a name whose count reaches 0 goes (fresh arrays: the lists may be shared). */
    const dec = (keys: string[], counts: number[], key: string): [string[], number[]] => {
      const k = keys.indexOf(key);
      if (k < 0) return [keys, counts];
      if (counts[k] > 1) {
        const next = [...counts];
        next[k]--;
        return [keys, next];
      }
      return [keys.filter((_, j) => j !== k), counts.filter((_, j) => j !== k)];
    };
    for (const c of this.readLog) {
      const e = this.entities[this.live(c.entity)];
      for (let t = 0; t < 4; t++) e.votes[t] = Math.max(0, e.votes[t] - c.votes[t]);
      for (const f of c.forms) [e.forms, e.formCounts] = dec(e.forms, e.formCounts, f);
      for (const d of c.derivs) [e.derivs, e.derivCounts] = dec(e.derivs, e.derivCounts, d);
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
    for (let k = 0; k < a.forms.length; k++) this.addForm(to, a.forms[k], a.formCounts[k]);
    for (let k = 0; k < a.derivs.length; k++) this.addDeriv(to, a.derivs[k], a.derivCounts[k]);
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
    for (const ci of a.claimsBy) this.claim(ci).speakerEntity = to;
    for (const ci of a.claimsAbout) {
      // A fresh array: `about` lists may be the shared empty one.
      const row = this.claim(ci);
      row.about = row.about.includes(to)
        ? row.about.filter((x) => x !== from)
        : row.about.map((x) => (x === from ? to : x));
    }
    // Merge the derived lists directly (scanning every claim would decode a loaded file's all).
    const counts = new Map<number, number>();
    for (let k = 0; k < b.arts.length; k++) counts.set(b.arts[k], b.cnts[k]);
    for (let k = 0; k < a.arts.length; k++) counts.set(a.arts[k], (counts.get(a.arts[k]) ?? 0) + a.cnts[k]);
    const arts = [...counts.keys()].sort((x, y) => x - y);
    b.arts = arts;
    b.cnts = arts.map((x) => counts.get(x)!);
    const union = (x: number[], y: number[]): number[] => [...new Set([...x, ...y])].sort((p, q) => p - q);
    b.descs = union(b.descs, a.descs);
    b.claimsBy = union(b.claimsBy, a.claimsBy);
    // A claim by the merged entity about the target is now a claim by it, not about it.
    b.claimsAbout = union(b.claimsAbout, a.claimsAbout).filter((c) => this.claim(c).about.includes(to));
    this.idIndex.delete(a.id);
    this.redirects.set(a.id, b.id);
    a.mergedInto = to;
    a.arts = NONE_N;
    a.cnts = NONE_N;
    a.descs = NONE_N;
    a.claimsBy = NONE_N;
    a.claimsAbout = NONE_N;
    this.generation++;
  }

  /**
   * Rebuilds every derived list and index from the rows (after load or removal). `loaded`: the
   * rows come from a file, whose name indexes and per-entity article lists are stored (lazy.ts);
   * the id and article-key indexes are then built on first use.
   */
  reindex(opts: { loaded?: boolean } = {}): void {
    const loaded = opts.loaded === true;
    if (loaded) {
      this.articleByKey = new LazyMap((set) => {
        for (let a = 0; a < this.articles.length; a++) set(this.articles[a].key, a);
      });
      this.idIndex = new LazyMap((set) => {
        for (let i = 0; i < this.entities.length; i++)
          if (this.entities[i].mergedInto < 0) set(this.entities[i].id, i);
      });
    } else {
      this.articleByKey.clear();
      this.idIndex.clear();
    }
    if (!loaded) {
      this.nameIndex.clear();
      this.formIndex.clear();
      this.derivIndex.clear();
      this.surnameIndex.clear();
    }
    const n = this.entities.length;
    // Count first, then fill exact-size lists: no growth garbage for tens of thousands of entities.
    const nArts = new Int32Array(n);
    const nDescs = new Int32Array(n);
    const nBy = new Int32Array(n);
    const nAbout = new Int32Array(n);
    if (!loaded) for (const art of this.articles) for (const e of art.ents) nArts[e]++;
    for (const d of this.descriptors) nDescs[d.entity]++;
    // Claims still in the file keep the per-entity lists the decoder gave.
    const claimRows = this.lazyClaims ? [] : this.claims;
    for (const c of claimRows) {
      if (c.speakerEntity >= 0) nBy[c.speakerEntity]++;
      for (const x of c.about) nAbout[x]++;
    }
    const make = (k: number): number[] => (k === 0 ? NONE_N : new Array<number>(k));
    for (let i = 0; i < n; i++) {
      const e = this.entities[i];
      if (!loaded) {
        e.arts = make(nArts[i]);
        e.cnts = make(nArts[i]);
      }
      e.descs = make(nDescs[i]);
      if (!this.lazyClaims) {
        e.claimsBy = make(nBy[i]);
        e.claimsAbout = make(nAbout[i]);
      }
      if (e.mergedInto >= 0 || loaded) continue;
      this.idIndex.set(e.id, i);
      this.indexNames(i);
    }
    nArts.fill(0);
    nDescs.fill(0);
    nBy.fill(0);
    nAbout.fill(0);
    for (let a = 0; a < this.articles.length && !loaded; a++) {
      const art = this.articles[a];
      this.articleByKey.set(art.key, a);
      for (let k = 0; k < art.ents.length; k++) {
        const x = art.ents[k];
        const e = this.entities[x];
        e.arts[nArts[x]] = a;
        e.cnts[nArts[x]++] = art.counts[k];
      }
    }
    for (let d = 0; d < this.descriptors.length; d++) {
      const x = this.descriptors[d].entity;
      this.entities[x].descs[nDescs[x]++] = d;
    }
    for (let c = 0; c < claimRows.length; c++) {
      const claim = claimRows[c];
      if (claim.speakerEntity >= 0)
        this.entities[claim.speakerEntity].claimsBy[nBy[claim.speakerEntity]++] = c;
      for (const x of claim.about) this.entities[x].claimsAbout[nAbout[x]++] = c;
    }
    this.generation++;
  }

  /**
   * Drops the articles `keep` rejects with their descriptors and claims, then every entity no
   * article names any more, and renumbers the rest; ids and redirects stay valid.
   */
  compact(keep: (a: ArticleRow) => boolean): void {
    // Claims are renumbered: stored rows must be in memory first, and stored postings go.
    this.materializeClaims();
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
    this.claimArticles = this.claims.map((c) => c.article);
    this.articles = articles;
    this.entities = entities;
    this.redirects = redirects;
    this.reindex();
  }
}
