/**
 * What loading a .kxd file leaves undecoded until it is used (format version 2):
 *  - the name indexes stay a sorted fixed-width table in the loaded bytes and are searched by
 *    binary search; they become ordinary Map entries only when something changes or iterates
 *    them (adding an article, re-encoding);
 *  - the entity rows keep only id, name, category and type votes eagerly; their aliases, surface
 *    forms, derived stems and claim lists are decoded from the file on first access.
 * So loading does not allocate ~100,000 index entries and per-entity lists it may never need.
 */
import { DatasetError } from './errors.ts';
import type { EntityRow } from './store.ts';
import { NONE_N } from './store.ts';

const damaged = (what: string): DatasetError => new DatasetError(`Datensatz beschädigt: ${what}`);

/** Bit set on a stored index value that points at a list of entities instead of naming one. */
export const MULTI = 0x80000000;

function u32(buf: Uint8Array, p: number): number {
  return (buf[p] | (buf[p + 1] << 8) | (buf[p + 2] << 16) | (buf[p + 3] << 24)) >>> 0;
}

/**
 * A name index read from a file: `n` entries of (key string id, value) as little-endian u32
 * pairs sorted by key, then the multi-entity lists (count, ids) the values with MULTI point at
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
    strings: string[];
    entities: number;
  } | null;

  constructor(
    buf: Uint8Array,
    start: number,
    n: number,
    end: number,
    strings: string[],
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
    const id = u32(s.buf, s.start + 8 * i);
    if (id >= s.strings.length) throw damaged('Textverweis im Namensindex ungültig');
    return s.strings[id];
  }

  private find(key: string): number {
    let lo = 0;
    let hi = this.stored!.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keyAt(mid);
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
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

/** The parts of an entity row decoded on first access. */
export interface EntityTail {
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
}

/** An entity row from a loaded file: names and lists decoded on first access by `decode`. */
export class StoredEntity implements EntityRow {
  descs: number[] = NONE_N;
  mergedInto = -1;
  private tail: EntityTail | null = null;

  constructor(
    public id: string,
    public name: string,
    public votes: number[],
    public category: string | undefined,
    private pos: number,
    private decode: (pos: number) => EntityTail,
  ) {}

  private get t(): EntityTail {
    if (this.tail === null) this.tail = this.decode(this.pos);
    return this.tail;
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
