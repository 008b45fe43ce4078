/**
 * What loading a .kxd file leaves undecoded until it is used (format version 2):
 *  - the name indexes stay a sorted fixed-width table in the loaded bytes and are searched by
 *    binary search; they become ordinary Map entries only when something changes or iterates
 *    them (adding an article, re-encoding);
 *  - the entity rows keep only id, name, category and type votes eagerly; their aliases, surface
 *    forms, derived stems and claim lists are decoded from the file on first access.
 * So loading does not allocate ~100,000 index entries and per-entity lists it may never need.
 */

import type { CardLists } from './card.ts';
import { DatasetError } from './errors.ts';
import type { ArticleRow, EntityRow } from './store.ts';
import { NONE_N } from './store.ts';

const damaged = (what: string): DatasetError => new DatasetError(`Datensatz beschädigt: ${what}`);

/** Bit set on a stored index value that points at a list of entities instead of naming one. */
export const MULTI = 0x80000000;

function u32(buf: Uint8Array, p: number): number {
  return (buf[p] | (buf[p + 1] << 8) | (buf[p + 2] << 16) | (buf[p + 3] << 24)) >>> 0;
}

const encoder = new TextEncoder();

/**
 * A string table read one string at a time: (count + 1) little-endian u32 offsets, then the
 * UTF-8 bytes. For strings few queries need (index keys, surface forms, aliases): loading
 * decodes none of them, a lookup compares bytes and decodes only what it returns.
 */
export class LazyStrings {
  private cache = new Map<number, string>();
  private decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    private buf: Uint8Array,
    private offsets: number,
    readonly count: number,
    private blob: number,
    private end: number,
  ) {
    if (offsets + 4 * (count + 1) > blob || blob > end || end > buf.length)
      throw damaged('Texttabelle zu kurz');
  }

  private span(i: number): [number, number] {
    if (i < 0 || i >= this.count) throw damaged('Textverweis ungültig');
    const from = this.blob + u32(this.buf, this.offsets + 4 * i);
    const to = this.blob + u32(this.buf, this.offsets + 4 * i + 4);
    if (from > to || to > this.end) throw damaged('Texttabelle ungültig');
    return [from, to];
  }

  /** Returns string i. */
  get(i: number): string {
    const hit = this.cache.get(i);
    if (hit !== undefined) return hit;
    const [from, to] = this.span(i);
    let text: string;
    try {
      text = this.decoder.decode(this.buf.subarray(from, to));
    } catch {
      throw damaged('Texttabelle ist kein UTF-8');
    }
    this.cache.set(i, text);
    return text;
  }

  /** Compares string i with UTF-8 bytes: negative when it sorts before them, 0 when equal. */
  compare(i: number, key: Uint8Array): number {
    const [from, to] = this.span(i);
    const buf = this.buf;
    const n = Math.min(to - from, key.length);
    for (let k = 0; k < n; k++) {
      const d = buf[from + k] - key[k];
      if (d !== 0) return d;
    }
    return to - from - key.length;
  }
}

/** Compares UTF-8 bytes (the order a stored name index is sorted in). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return a[k] - b[k];
  return a.length - b.length;
}

/**
 * A name index read from a file: `n` entries of (key string id, value) as little-endian u32
 * pairs sorted by the keys' UTF-8 bytes, then the multi-entity lists (count, ids) the values with MULTI point at
 * (offset in u32 words from the start of the list area). Lookups before the first change are
 * binary searches; any change or iteration turns it into a plain Map first.
 */
export class StoredKeyIndex extends Map<string, number | number[]> {
  private stored: {
    buf: Uint8Array;
    start: number;
    n: number;
    multi: number;
    end: number;
    strings: LazyStrings;
    entities: number;
  } | null;

  constructor(
    buf: Uint8Array,
    start: number,
    n: number,
    end: number,
    strings: LazyStrings,
    entities: number,
  ) {
    super();
    if (start + 8 * n > end || end > buf.length) throw damaged('Namensindex zu kurz');
    this.stored = { buf, start, n, multi: start + 8 * n, end, strings, entities };
  }

  private value(v: number): number | number[] {
    const s = this.stored!;
    if (v < MULTI) {
      if (v >= s.entities) throw damaged('Entitätsverweis im Namensindex ungültig');
      return v;
    }
    const p = s.multi + 4 * (v - MULTI);
    if (p + 4 > s.end) throw damaged('Namensindex-Liste ungültig');
    const len = u32(s.buf, p);
    if (p + 4 + 4 * len > s.end) throw damaged('Namensindex-Liste ungültig');
    const out = new Array<number>(len);
    for (let k = 0; k < len; k++) {
      const x = u32(s.buf, p + 4 + 4 * k);
      if (x >= s.entities) throw damaged('Entitätsverweis im Namensindex ungültig');
      out[k] = x;
    }
    return out;
  }

  private keyAt(i: number): string {
    const s = this.stored!;
    return s.strings.get(u32(s.buf, s.start + 8 * i));
  }

  private find(key: string): number {
    const s = this.stored!;
    const bytes = encoder.encode(key);
    let lo = 0;
    let hi = s.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const d = s.strings.compare(u32(s.buf, s.start + 8 * mid), bytes);
      if (d === 0) return mid;
      if (d < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** Turns the stored table into ordinary Map entries (before a change or an iteration). */
  materialize(): void {
    const s = this.stored;
    if (!s) return;
    for (let i = 0; i < s.n; i++) {
      Map.prototype.set.call(this, this.keyAt(i), this.value(u32(s.buf, s.start + 8 * i + 4)));
    }
    this.stored = null;
  }

  override get(key: string): number | number[] | undefined {
    const s = this.stored;
    if (!s) return super.get(key);
    const i = this.find(key);
    // A list handed out may be changed in place by the caller: materialise first then.
    if (i < 0) return undefined;
    const v = u32(s.buf, s.start + 8 * i + 4);
    if (v >= MULTI) {
      this.materialize();
      return super.get(key);
    }
    return this.value(v);
  }

  override has(key: string): boolean {
    return this.stored ? this.find(key) >= 0 : super.has(key);
  }

  override get size(): number {
    return this.stored ? this.stored.n : super.size;
  }

  override set(key: string, value: number | number[]): this {
    this.materialize();
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.materialize();
    return super.delete(key);
  }

  override clear(): void {
    this.stored = null;
    super.clear();
  }

  override forEach(
    cb: (value: number | number[], key: string, map: Map<string, number | number[]>) => void,
    thisArg?: unknown,
  ): void {
    this.materialize();
    super.forEach(cb, thisArg);
  }

  override entries(): MapIterator<[string, number | number[]]> {
    this.materialize();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.materialize();
    return super.keys();
  }

  override values(): MapIterator<number | number[]> {
    this.materialize();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, number | number[]]> {
    this.materialize();
    return super[Symbol.iterator]();
  }
}

/** The parts of an article row decoded on first access. */
export interface ArticleTail {
  key: string;
  url?: string;
  title?: string;
  ents: number[];
  counts: number[];
}

/** An article row from a loaded file: key, URL, title and entities decoded on first access. */
export class StoredArticle implements ArticleRow {
  private tail: ArticleTail | null = null;

  constructor(
    public date: string | undefined,
    public source: number,
    public read: boolean,
    private pos: number,
    private decode: (pos: number) => ArticleTail,
  ) {}

  private get t(): ArticleTail {
    if (this.tail === null) this.tail = this.decode(this.pos);
    return this.tail;
  }

  get key(): string {
    return this.t.key;
  }
  set key(v: string) {
    this.t.key = v;
  }
  get url(): string | undefined {
    return this.t.url;
  }
  set url(v: string | undefined) {
    this.t.url = v;
  }
  get title(): string | undefined {
    return this.t.title;
  }
  set title(v: string | undefined) {
    this.t.title = v;
  }
  get ents(): number[] {
    return this.t.ents;
  }
  set ents(v: number[]) {
    this.t.ents = v;
  }
  get counts(): number[] {
    return this.t.counts;
  }
  set counts(v: number[]) {
    this.t.counts = v;
  }
}

/** The parts of an entity row decoded on first access. */
export interface EntityTail {
  votes: number[];
  aliases: string[];
  forms: string[];
  formCounts: number[];
  derivs: string[];
  derivCounts: number[];
  claimsBy: number[];
  claimsAbout: number[];
  /** Articles naming the entity (ascending) and its mentions in each: stored, not rebuilt on load. */
  arts: number[];
  cnts: number[];
  /** The card's lists as of the file (frequent entities only; see card.ts). */
  card: CardLists | null;
}

/** An entity row from a loaded file: names and lists decoded on first access by `decode`. */
export class StoredEntity implements EntityRow {
  descs: number[] = NONE_N;
  mergedInto = -1;
  private tail: EntityTail | null = null;

  constructor(
    public id: string,
    public name: string,
    public category: string | undefined,
    private pos: number,
    private decode: (pos: number) => EntityTail,
  ) {}

  private get t(): EntityTail {
    if (this.tail === null) this.tail = this.decode(this.pos);
    return this.tail;
  }

  get votes(): number[] {
    return this.t.votes;
  }
  set votes(v: number[]) {
    this.t.votes = v;
  }
  get aliases(): string[] {
    return this.t.aliases;
  }
  set aliases(v: string[]) {
    this.t.aliases = v;
  }
  get forms(): string[] {
    return this.t.forms;
  }
  set forms(v: string[]) {
    this.t.forms = v;
  }
  get formCounts(): number[] {
    return this.t.formCounts;
  }
  set formCounts(v: number[]) {
    this.t.formCounts = v;
  }
  get derivs(): string[] {
    return this.t.derivs;
  }
  set derivs(v: string[]) {
    this.t.derivs = v;
  }
  get derivCounts(): number[] {
    return this.t.derivCounts;
  }
  set derivCounts(v: number[]) {
    this.t.derivCounts = v;
  }
  get claimsBy(): number[] {
    return this.t.claimsBy;
  }
  set claimsBy(v: number[]) {
    this.t.claimsBy = v;
  }
  /** The card lists the file stores for this entity, or null. */
  get card(): CardLists | null {
    return this.t.card;
  }

  get arts(): number[] {
    return this.t.arts;
  }
  set arts(v: number[]) {
    this.t.arts = v;
  }
  get cnts(): number[] {
    return this.t.cnts;
  }
  set cnts(v: number[]) {
    this.t.cnts = v;
  }
  get claimsAbout(): number[] {
    return this.t.claimsAbout;
  }
  set claimsAbout(v: number[]) {
    this.t.claimsAbout = v;
  }
}

/**
 * A Map filled by `build` on its first use (any read, change or iteration): for the id and
 * article-key indexes, which a loaded dataset needs only when an id is looked up or an article
 * is added, not for its first card by name.
 */
export class LazyMap<K, V> extends Map<K, V> {
  constructor(private build: ((set: (key: K, value: V) => void) => void) | null) {
    super();
  }

  private ready(): void {
    const build = this.build;
    if (!build) return;
    this.build = null;
    build((key, value) => {
      Map.prototype.set.call(this, key, value);
    });
  }

  override get(key: K): V | undefined {
    this.ready();
    return super.get(key);
  }

  override has(key: K): boolean {
    this.ready();
    return super.has(key);
  }

  override get size(): number {
    this.ready();
    return super.size;
  }

  override set(key: K, value: V): this {
    this.ready();
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.ready();
    return super.delete(key);
  }

  override clear(): void {
    this.build = null;
    super.clear();
  }

  override forEach(cb: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.ready();
    super.forEach(cb, thisArg);
  }

  override entries(): MapIterator<[K, V]> {
    this.ready();
    return super.entries();
  }

  override keys(): MapIterator<K> {
    this.ready();
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.ready();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    this.ready();
    return super[Symbol.iterator]();
  }
}
