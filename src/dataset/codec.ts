/**
 * The dataset file (.kxd), built for fast load: a header — magic "KXDS", format version (u16),
 * Adler-32 of the section table (u32), section count (u32), then per section its packed length,
 * raw length and the Adler-32 of its raw bytes (u32 each), little-endian — followed by the
 * sections, each deflated (fflate) on its own. Each section starts with two string tables: the
 * eager one (UTF-8, NUL-separated: one TextDecoder call and a split) and the lazy one (u32
 * offsets + UTF-8, one string decoded when asked for); rows are unsigned varints pointing into them.
 *   0. core: sources, articles, entities, descriptors, the article of each claim (as runs),
 *      redirects, read-article log, and the four name indexes. An entity is id, name, category
 *      and type votes, then the byte length of its tail — aliases, surface forms, derived stems
 *      (lazy strings), the claims by and about it, its articles and mention counts, and for
 *      frequent entities the card's precomputed lists — which loading skips and the first access
 *      decodes (lazy.ts). The name indexes are fixed-width tables sorted by the keys' UTF-8
 *      bytes, binary-searched in place until something changes them.
 *   1. claim-term postings (delta-coded), decoded per term on the first related/search query;
 *   2… claims (rows and texts), CLAIM_CHUNK per section, decoded when a card or query shows them.
 * So loading decompresses only the core and allocates little more than one small object per
 * entity and article; no claim object exists until one is asked for.
 * Every index is bounds-checked (lazy parts when they are decoded) and every section is checked
 * against its checksum when inflated, so a damaged file gives a DatasetError instead of a
 * half-working dataset. Version 1 files (eager entity rows and name indexes) are refused with
 * a request to rebuild them.
 */
import { deflateSync, inflateSync } from 'fflate';
import { type CardLists, cardLists, worthStoring } from './card.ts';
import { DatasetError } from './errors.ts';
import {
  type ArticleTail,
  compareBytes,
  type EntityTail,
  LazyStrings,
  MULTI,
  StoredArticle,
  StoredEntity,
  StoredKeyIndex,
} from './lazy.ts';
import {
  type ArticleRow,
  type ClaimRow,
  KIND_CODES,
  type LazyClaims,
  NONE_N,
  NONE_S,
  Store,
  type StoredPostings,
} from './store.ts';
import { terms as termsOf } from './terms.ts';

/** Version of the file format this code reads and writes. */
export const FORMAT_VERSION = 2;
const MAGIC = [0x4b, 0x58, 0x44, 0x53];
const HEADER = 14;
/** Bytes per section-table entry: packed length, raw length, checksum. */
const ENTRY = 12;
/** Claims per text section: small enough that a card's few claims inflate in well under a millisecond. */
export const CLAIM_CHUNK = 64;

/** How a file is written: claims per claim section and deflate level (the reader needs neither). */
export interface EncodeOptions {
  claimChunk?: number;
  level?: 6 | 9;
}

/** Returns the Adler-32 checksum of bytes. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const end = Math.min(i + 3792, n);
    // Unrolled by 8: loading runs this over megabytes before the JIT has warmed up.
    const end8 = i + ((end - i) & ~7);
    for (; i < end8; i += 8) {
      a += bytes[i];
      b += a;
      a += bytes[i + 1];
      b += a;
      a += bytes[i + 2];
      b += a;
      a += bytes[i + 3];
      b += a;
      a += bytes[i + 4];
      b += a;
      a += bytes[i + 5];
      b += a;
      a += bytes[i + 6];
      b += a;
      a += bytes[i + 7];
      b += a;
    }
    for (; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const damaged = (what: string): DatasetError => new DatasetError(`Datensatz beschädigt: ${what}`);

class Writer {
  buf = new Uint8Array(1024);
  len = 0;
  strings: string[] = [];
  stringIds = new Map<string, number>();
  /** Strings read one at a time on demand (lazy.ts): index keys, aliases, forms, stems. */
  lazyStrings: string[] = [];
  lazyIds = new Map<string, number>();

  /** Writes a reference into the lazy string table (0 = absent). */
  lstr(s: string | undefined): void {
    this.uint(s === undefined ? 0 : this.lstrId(s) + 1);
  }

  /** Returns the lazy-table index of a string, adding it when new. */
  lstrId(s: string): number {
    let id = this.lazyIds.get(s);
    if (id === undefined) {
      id = this.lazyStrings.length;
      this.lazyStrings.push(s);
      this.lazyIds.set(s, id);
    }
    return id;
  }

  uint(v: number): void {
    if (this.len + 5 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    let x = v >>> 0;
    while (x >= 0x80) {
      this.buf[this.len++] = (x & 0x7f) | 0x80;
      x >>>= 7;
    }
    this.buf[this.len++] = x;
  }

  /** Appends raw bytes. */
  bytes(b: Uint8Array): void {
    while (this.len + b.length > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  /** Writes a string reference (0 = absent). */
  str(s: string | undefined): void {
    this.uint(s === undefined ? 0 : this.strId(s) + 1);
  }

  /** Returns the string-table index of a string, adding it when new. */
  strId(s: string): number {
    const clean = s.includes('\0') ? s.replace(/\0/g, '') : s;
    let id = this.stringIds.get(clean);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(clean);
      this.stringIds.set(clean, id);
    }
    return id;
  }

  /** Appends a little-endian u32. */
  u32(v: number): void {
    this.uint8(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  }

  private uint8(a: number, b: number, c: number, d: number): void {
    if (this.len + 4 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.len++] = a;
    this.buf[this.len++] = b;
    this.buf[this.len++] = c;
    this.buf[this.len++] = d;
  }
}

class Reader {
  pos = 0;
  constructor(
    readonly buf: Uint8Array,
    readonly strings: string[],
    readonly lazy: LazyStrings | null = null,
  ) {}

  /** Reads an optional reference into the lazy string table. */
  lopt(): string | undefined {
    const v = this.uint();
    if (v === 0) return undefined;
    if (!this.lazy) throw damaged('Textverweis ungültig');
    return this.lazy.get(v - 1);
  }

  /** Reads a required reference into the lazy string table. */
  lreq(what: string): string {
    const v = this.uint();
    if (v === 0) throw new DatasetError(`Datensatz beschädigt: ${what} fehlt`);
    if (!this.lazy) throw damaged('Textverweis ungültig');
    return this.lazy.get(v - 1);
  }

  uint(): number {
    const buf = this.buf;
    if (this.pos >= buf.length) throw damaged('Daten enden zu früh');
    const b0 = buf[this.pos++];
    // Fast path: most numbers here are below 128.
    if (b0 < 0x80) return b0;
    let x = b0 & 0x7f;
    let shift = 7;
    for (;;) {
      if (this.pos >= buf.length) throw damaged('Daten enden zu früh');
      const b = buf[this.pos++];
      x += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return x;
      shift += 7;
      if (shift > 35) throw damaged('ungültige Zahl');
    }
  }

  /** Reads an index below `limit`. */
  index(limit: number, what: string): number {
    const v = this.uint();
    if (v >= limit) throw new DatasetError(`Datensatz beschädigt: ${what} ${v} außerhalb 0..${limit - 1}`);
    return v;
  }

  str(): string | undefined {
    const v = this.uint();
    if (v === 0) return undefined;
    if (v > this.strings.length) throw new DatasetError('Datensatz beschädigt: Textverweis ungültig');
    return this.strings[v - 1];
  }

  req(what: string): string {
    const s = this.str();
    if (s === undefined) throw new DatasetError(`Datensatz beschädigt: ${what} fehlt`);
    return s;
  }
}

function bytesOf(w: Writer): Uint8Array {
  return w.buf.subarray(0, w.len);
}

/** Returns a section's raw bytes: its string table (count, length, NUL-joined UTF-8), then its rows. */
function withStrings(w: Writer): Uint8Array {
  const encoder = new TextEncoder();
  const table = encoder.encode(w.strings.join('\0'));
  const head = new Writer();
  head.uint(w.strings.length);
  head.uint(table.length);
  head.bytes(table);
  // The lazy table: count, byte length, (count + 1) u32 offsets, the UTF-8 bytes.
  const lazy = new Writer();
  const pieces = w.lazyStrings.map((x) => encoder.encode(x));
  let off = 0;
  lazy.u32(0);
  for (const p of pieces) {
    off += p.length;
    lazy.u32(off);
  }
  for (const p of pieces) lazy.bytes(p);
  head.uint(pieces.length);
  head.uint(pieces.length ? lazy.len : 0);
  if (pieces.length) head.bytes(bytesOf(lazy));
  const rows = bytesOf(w);
  const out = new Uint8Array(head.len + rows.length);
  out.set(bytesOf(head), 0);
  out.set(rows, head.len);
  return out;
}

/** Decodes UTF-8 strictly (a damaged file gives a DatasetError). */
function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw damaged('Text ist kein UTF-8');
  }
}

/** Returns a reader over a section written by `withStrings`. */
function readerOf(raw: Uint8Array): Reader {
  const head = new Reader(raw, []);
  const count = head.uint();
  const tableLen = head.uint();
  if (head.pos + tableLen > raw.length) throw damaged('Texttabelle zu kurz');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw.subarray(head.pos, head.pos + tableLen));
  } catch {
    throw damaged('Texttabelle ist kein UTF-8');
  }
  const strings = count === 0 ? [] : text.split('\0');
  if (strings.length !== count) throw damaged('Anzahl der Texte stimmt nicht');
  head.pos += tableLen;
  const lazyCount = head.uint();
  const lazyLen = head.uint();
  const start = head.pos;
  if (start + lazyLen > raw.length) throw damaged('Texttabelle zu kurz');
  const lazy =
    lazyCount === 0
      ? null
      : new LazyStrings(raw, start, lazyCount, start + 4 * (lazyCount + 1), start + lazyLen);
  const r = new Reader(raw, strings, lazy);
  r.pos = start + lazyLen;
  return r;
}

function writeCore(store: Store, chunk: number): Uint8Array {
  const w = new Writer();
  w.uint(chunk);
  w.uint(store.sources.length);
  for (const s of store.sources) {
    w.str(s.name);
    w.str(s.licence);
  }
  w.uint(store.articles.length);
  const tail = new Writer();
  tail.lazyStrings = w.lazyStrings;
  tail.lazyIds = w.lazyIds;
  for (const a of store.articles) {
    w.str(a.date);
    w.uint(a.source);
    w.uint(a.read ? 1 : 0);
    // Decoded on first access (lazy.ts): key, URL, title, entities named.
    tail.len = 0;
    tail.lstr(a.key);
    tail.lstr(a.url);
    tail.lstr(a.title);
    tail.uint(a.ents.length);
    for (let k = 0; k < a.ents.length; k++) {
      tail.uint(a.ents[k]);
      tail.uint(a.counts[k]);
    }
    w.uint(tail.len);
    w.bytes(bytesOf(tail));
  }
  w.uint(store.entities.length);
  // Ids and names as two columns (NUL-joined UTF-8): one decode and split each, no reference per entity.
  for (const column of [store.entities.map((e) => e.id), store.entities.map((e) => e.name)]) {
    const bytes = new TextEncoder().encode(column.map((x) => x.replace(/\0/g, '')).join('\0'));
    w.uint(bytes.length);
    w.bytes(bytes);
  }
  // Each entity's articles and mention counts, as `reindex` would derive them from the articles.
  const artsOf: number[][] = store.entities.map(() => []);
  const cntsOf: number[][] = store.entities.map(() => []);
  store.articles.forEach((a, ai) => {
    a.ents.forEach((e, k) => {
      artsOf[e].push(ai);
      cntsOf[e].push(a.counts[k]);
    });
  });
  for (const [ei, e] of store.entities.entries()) {
    w.str(e.category);
    // The rest is decoded on first access (lazy.ts): its byte length first, so loading skips it.
    tail.len = 0;
    for (let t = 0; t < 4; t++) tail.uint(e.votes[t]);
    tail.uint(e.aliases.length);
    for (const a of e.aliases) tail.lstr(a);
    tail.uint(e.forms.length);
    e.forms.forEach((f, k) => {
      tail.lstr(f);
      tail.uint(e.formCounts[k]);
    });
    tail.uint(e.derivs.length);
    e.derivs.forEach((d, k) => {
      tail.lstr(d);
      tail.uint(e.derivCounts[k]);
    });
    for (const list of [e.claimsBy, e.claimsAbout, artsOf[ei]]) {
      tail.uint(list.length);
      let prev = 0;
      for (const c of list) {
        tail.uint(c - prev);
        prev = c;
      }
    }
    for (const c of cntsOf[ei]) tail.uint(c);
    // Frequent entities: the card's lists, so their first card after loading scans nothing.
    if (worthStoring(store, ei)) {
      tail.uint(1);
      const lists = cardLists(store, ei);
      for (const list of [lists.descs, lists.by, lists.about, lists.related]) {
        tail.uint(list.length);
        for (const x of list) tail.uint(x);
      }
    } else tail.uint(0);
    w.uint(tail.len);
    w.bytes(bytesOf(tail));
  }
  w.uint(store.descriptors.length);
  for (const d of store.descriptors) {
    w.uint(d.entity);
    w.str(d.text);
    w.uint(d.article);
  }
  // The article of each claim as runs (article, length): one article's claims are consecutive.
  w.uint(store.claims.length);
  const runs: number[] = [];
  for (let c = 0; c < store.claimArticles.length; c++) {
    const a = store.claimArticles[c];
    if (runs.length && runs[runs.length - 2] === a) runs[runs.length - 1]++;
    else runs.push(a, 1);
  }
  w.uint(runs.length / 2);
  for (const x of runs) w.uint(x);
  w.uint(store.redirects.size);
  for (const [from, to] of store.redirects) {
    w.str(from);
    w.str(to);
  }
  w.uint(store.readLog.length);
  for (const c of store.readLog) {
    w.uint(c.entity);
    for (let t = 0; t < 4; t++) w.uint(c.votes[t]);
    for (const list of [c.forms, c.derivs, c.aliases]) {
      w.uint(list.length);
      for (const x of list) w.str(x);
    }
    w.str(c.category);
  }
  // The name indexes as they are: rebuilding them on load would normalise every name again.
  // Fixed-width and sorted by key, so a loaded file is searched in place (lazy.ts).
  const block = new Writer();
  const utf8 = new TextEncoder();
  for (const map of [store.nameIndex, store.formIndex, store.derivIndex, store.surnameIndex]) {
    // Sorted, so the same dataset gives the same bytes however its indexes grew.
    // By UTF-8 bytes: the order a loaded index is binary-searched in.
    const sorted = [...map]
      .map(([key, value]) => ({ key, value, bytes: utf8.encode(key) }))
      .sort((a, b) => compareBytes(a.bytes, b.bytes));
    block.len = 0;
    const lists: number[] = [];
    for (const { key, value } of sorted) {
      block.u32(w.lstrId(key));
      if (typeof value === 'number') block.u32(value);
      else {
        block.u32(MULTI + lists.length);
        lists.push(value.length);
        for (const x of [...value].sort((p, q) => p - q)) lists.push(x);
      }
    }
    for (const x of lists) block.u32(x);
    w.uint(sorted.length);
    w.uint(block.len);
    w.bytes(bytesOf(block));
  }
  return withStrings(w);
}

/** Returns the postings section: terms sorted, each with its delta-coded claim list. */
function writePostings(store: Store): Uint8Array {
  const postings = new Map<string, number[]>();
  for (let c = 0; c < store.claims.length; c++) {
    for (const t of termsOf(store.claimText(c))) {
      const list = postings.get(t);
      if (list) list.push(c);
      else postings.set(t, [c]);
    }
  }
  const terms = [...postings.keys()].sort();
  const w = new Writer();
  for (const t of terms) w.str(t);
  const body = new Writer();
  for (const t of terms) {
    const list = postings.get(t)!;
    body.len = 0;
    body.uint(list.length);
    let prev = 0;
    for (const c of list) {
      body.uint(c - prev);
      prev = c;
    }
    w.uint(body.len);
    w.bytes(bytesOf(body));
  }
  return withStrings(w);
}

function writeClaimChunk(store: Store, k: number, chunk: number): Uint8Array {
  const w = new Writer();
  const end = Math.min(store.claims.length, (k + 1) * chunk);
  for (let i = k * chunk; i < end; i++) {
    const c = store.claim(i);
    w.str(c.text);
    w.uint(KIND_CODES.indexOf(c.kind));
    w.str(c.speaker);
    w.uint(c.speakerEntity + 1);
    w.str(c.cue);
    w.uint(c.via.length);
    for (const v of c.via) w.str(v);
    w.uint(c.about.length);
    for (const x of c.about) w.uint(x);
  }
  return withStrings(w);
}

/** Returns the compressed, versioned file bytes of a store (the store must be compacted). */
export function encodeStore(store: Store, opts: EncodeOptions = {}): Uint8Array {
  const chunk = opts.claimChunk ?? CLAIM_CHUNK;
  if (!Number.isInteger(chunk) || chunk < 1)
    throw new RangeError(`claimChunk must be a positive integer, got ${chunk}`);
  const raws = [writeCore(store, chunk), writePostings(store)];
  const chunks = Math.ceil(store.claims.length / chunk);
  for (let k = 0; k < chunks; k++) raws.push(writeClaimChunk(store, k, chunk));
  const packed = raws.map((raw) => deflateSync(raw, { level: opts.level ?? 6 }));
  const tableLen = ENTRY * raws.length;
  let total = HEADER + tableLen;
  for (const p of packed) total += p.length;
  const out = new Uint8Array(total);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint16(4, FORMAT_VERSION, true);
  view.setUint32(10, raws.length, true);
  let pos = HEADER;
  raws.forEach((raw, i) => {
    view.setUint32(pos, packed[i].length, true);
    view.setUint32(pos + 4, raw.length, true);
    view.setUint32(pos + 8, adler32(raw), true);
    pos += ENTRY;
  });
  for (const p of packed) {
    out.set(p, pos);
    pos += p.length;
  }
  view.setUint32(6, adler32(out.subarray(HEADER, HEADER + tableLen)), true);
  return out;
}

/** The sections of a checked file, inflated on demand. */
class Sections {
  private offsets: number[] = [];
  private packedLens: number[] = [];
  private rawLens: number[] = [];
  private sums: number[] = [];

  constructor(private bytes: Uint8Array) {
    if (!(bytes instanceof Uint8Array)) throw new DatasetError('Datensatz: Eingabe ist kein Uint8Array');
    if (bytes.length < HEADER || MAGIC.some((m, i) => bytes[i] !== m)) {
      throw new DatasetError('Keine Kontext-Datensatzdatei (.kxd): Kennung "KXDS" fehlt');
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const version = view.getUint16(4, true);
    if (version !== FORMAT_VERSION) {
      throw new DatasetError(
        `Datensatz hat Formatversion ${version}, diese Kontext-Version liest Version ${FORMAT_VERSION}: ` +
          'bitte mit "kontext dataset build" neu erzeugen',
      );
    }
    const count = view.getUint32(10, true);
    if (count < 2 || HEADER + ENTRY * count > bytes.length) throw damaged('Abschnittstabelle ungültig');
    if (adler32(bytes.subarray(HEADER, HEADER + ENTRY * count)) !== view.getUint32(6, true)) {
      throw damaged('Prüfsumme der Abschnittstabelle stimmt nicht');
    }
    let pos = HEADER + ENTRY * count;
    for (let i = 0; i < count; i++) {
      const packed = view.getUint32(HEADER + ENTRY * i, true);
      this.offsets.push(pos);
      this.packedLens.push(packed);
      this.rawLens.push(view.getUint32(HEADER + ENTRY * i + 4, true));
      this.sums.push(view.getUint32(HEADER + ENTRY * i + 8, true));
      pos += packed;
    }
    if (pos !== bytes.length) throw damaged('Dateilänge passt nicht zu den Abschnitten');
  }

  get count(): number {
    return this.offsets.length;
  }

  /** Returns the raw (inflated) length section i declares. */
  rawLength(i: number): number {
    return this.rawLens[i];
  }

  /** Returns the packed bytes of section i. */
  packed(i: number): Uint8Array {
    return this.bytes.subarray(this.offsets[i], this.offsets[i] + this.packedLens[i]);
  }

  /** Returns section i inflated (or checks bytes inflated elsewhere) and verified. */
  raw(i: number, inflated?: Uint8Array): Uint8Array {
    let out: Uint8Array;
    if (inflated) out = inflated;
    else {
      try {
        out = inflateSync(this.packed(i), { out: new Uint8Array(this.rawLens[i]) });
      } catch (error) {
        throw damaged(`Entpacken fehlgeschlagen (${(error as Error).message})`);
      }
    }
    if (out.length !== this.rawLens[i] || adler32(out) !== this.sums[i])
      throw damaged('Prüfsumme stimmt nicht');
    return out;
  }
}

/** What the core says about the claim sections. */
interface ClaimLists {
  /** Claims per claim section, as the file was written. */
  chunkSize: number;
}

function readStrings(r: Reader, what: string): string[] {
  const n = r.uint();
  if (n === 0) return NONE_S;
  const out = new Array<string>(n);
  for (let k = 0; k < n; k++) out[k] = r.lreq(what);
  return out;
}

function readCounted(r: Reader, what: string): [string[], number[]] {
  const n = r.uint();
  if (n === 0) return [NONE_S, NONE_N];
  const names = new Array<string>(n);
  const counts = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    names[k] = r.lreq(what);
    counts[k] = r.uint();
  }
  return [names, counts];
}

function readList(r: Reader): number[] {
  const n = r.uint();
  if (n === 0) return NONE_N;
  const list = new Array<number>(n);
  let prev = 0;
  for (let k = 0; k < n; k++) {
    prev += r.uint();
    list[k] = prev;
  }
  return list;
}

function decodeCore(r: Reader, store: Store): ClaimLists {
  const lists: ClaimLists = { chunkSize: r.uint() };
  if (lists.chunkSize < 1) throw damaged('Abschnittsgröße ungültig');
  const nSources = r.uint();
  for (let i = 0; i < nSources; i++) store.sources.push({ name: r.req('Quelle'), licence: r.req('Lizenz') });
  const nArticles = r.uint();
  let nEntities = 0;
  const artReader = new Reader(r.buf, r.strings, r.lazy);
  const articleTail = (pos: number): ArticleTail => {
    const t = artReader;
    t.pos = pos;
    const key = t.lreq('Artikelschlüssel');
    const url = t.lopt();
    const title = t.lopt();
    const n = t.uint();
    const ents: number[] = new Array(n);
    const counts: number[] = new Array(n);
    for (let k = 0; k < n; k++) {
      ents[k] = t.index(nEntities, 'Entität');
      counts[k] = t.uint();
    }
    return { key, url, title, ents, counts };
  };
  const articles: ArticleRow[] = new Array(nArticles);
  for (let i = 0; i < nArticles; i++) {
    const date = r.str();
    const source = r.index(nSources, 'Quelle');
    const read = r.uint() === 1;
    const len = r.uint();
    articles[i] = new StoredArticle(date, source, read, r.pos, articleTail);
    r.pos += len;
    if (r.pos > r.buf.length) throw damaged('Daten enden zu früh');
  }
  store.articles = articles;
  nEntities = r.uint();
  const [ids, names] = [0, 1].map(() => {
    const len = r.uint();
    if (r.pos + len > r.buf.length) throw damaged('Daten enden zu früh');
    const column = nEntities === 0 ? [] : utf8(r.buf.subarray(r.pos, r.pos + len)).split('\0');
    r.pos += len;
    if (column.length !== nEntities) throw damaged('Anzahl der Entitätsnamen stimmt nicht');
    return column;
  });
  let nClaims = 0;
  let nDescriptors = 0;
  const tailReader = new Reader(r.buf, r.strings, r.lazy);
  const keys = r.lazy ?? new LazyStrings(new Uint8Array(4), 0, 0, 4, 4);
  const tailOf = (pos: number): EntityTail => {
    tailReader.pos = pos;
    const t = tailReader;
    const votes = [t.uint(), t.uint(), t.uint(), t.uint()];
    const aliases = readStrings(t, 'Alias');
    const [forms, formCounts] = readCounted(t, 'Form');
    const [derivs, derivCounts] = readCounted(t, 'Ableitung');
    const claimsBy = readList(t);
    const claimsAbout = readList(t);
    for (const list of [claimsBy, claimsAbout]) {
      if (list.length && list[list.length - 1] >= nClaims) throw damaged('Aussageverweis ungültig');
    }
    const arts = readList(t);
    if (arts.length && arts[arts.length - 1] >= nArticles) throw damaged('Artikelverweis ungültig');
    const cnts: number[] = arts.length ? new Array(arts.length) : NONE_N;
    for (let k = 0; k < arts.length; k++) cnts[k] = t.uint();
    let card: CardLists | null = null;
    if (t.uint() === 1) {
      const list = (limit: (j: number) => number): number[] => {
        const n = t.uint();
        const out = new Array<number>(n);
        for (let j = 0; j < n; j++) out[j] = t.index(limit(j), 'Kartenliste');
        return out;
      };
      const descs = list(() => nDescriptors);
      const by = list(() => nClaims);
      const about = list(() => nClaims);
      // Entity, count, entity, count, …
      const related = list((j) => (j % 2 === 0 ? nEntities : 2 ** 32));
      card = { descs, by, about, related };
    }
    return {
      votes,
      aliases,
      forms,
      formCounts,
      derivs,
      derivCounts,
      claimsBy,
      claimsAbout,
      arts,
      cnts,
      card,
    };
  };
  for (let i = 0; i < nEntities; i++) {
    const category = r.str();
    const len = r.uint();
    if (!ids[i]) throw damaged('Entitäts-Id fehlt');
    store.entities.push(new StoredEntity(ids[i], names[i], category, r.pos, tailOf));
    r.pos += len;
    if (r.pos > r.buf.length) throw damaged('Daten enden zu früh');
  }
  nDescriptors = r.uint();
  for (let i = 0; i < nDescriptors; i++) {
    store.descriptors.push({
      entity: r.index(nEntities, 'Entität'),
      text: r.req('Beschreibung'),
      article: r.index(nArticles, 'Artikel'),
    });
  }
  nClaims = r.uint();
  // Rows stay undefined until their chunk is decoded (Store.claim).
  const claims = new Array<ClaimRow>(nClaims);
  const claimArticles = new Array<number>(nClaims);
  const nRuns = r.uint();
  let filled = 0;
  for (let k = 0; k < nRuns; k++) {
    const article = r.index(nArticles, 'Artikel');
    const len = r.uint();
    if (filled + len > nClaims) throw damaged('Aussage-Artikel-Tabelle zu lang');
    claimArticles.fill(article, filled, filled + len);
    filled += len;
  }
  if (filled !== nClaims) throw damaged('Aussage-Artikel-Tabelle zu kurz');
  store.claims = claims;
  store.claimArticles = claimArticles;
  const nRedirects = r.uint();
  for (let i = 0; i < nRedirects; i++) store.redirects.set(r.req('Verweis'), r.req('Verweisziel'));
  const nLog = r.uint();
  for (let i = 0; i < nLog; i++) {
    const entity = r.index(nEntities, 'Entität');
    const votes = [r.uint(), r.uint(), r.uint(), r.uint()];
    const lists: string[][] = [[], [], []];
    for (const list of lists) {
      const n = r.uint();
      for (let k = 0; k < n; k++) list.push(r.req('Name'));
    }
    store.readLog.push({
      entity,
      votes,
      forms: lists[0],
      derivs: lists[1],
      aliases: lists[2],
      category: r.str(),
    });
  }
  const indexes: StoredKeyIndex[] = [];
  for (let m = 0; m < 4; m++) {
    const n = r.uint();
    const len = r.uint();
    indexes.push(new StoredKeyIndex(r.buf, r.pos, n, r.pos + len, keys, nEntities));
    r.pos += len;
  }
  [store.nameIndex, store.formIndex, store.derivIndex, store.surnameIndex] = indexes;
  if (r.pos !== r.buf.length) throw damaged('unerwartete Daten am Ende');
  return lists;
}

/** Claim rows read from their sections on first use. */
function lazyClaims(sections: Sections, store: Store, size: number): LazyClaims {
  const claims = store.claims.length;
  const nEntities = store.entities.length;
  const chunks = Math.ceil(claims / size);
  if (sections.count !== 2 + chunks) throw damaged('Anzahl der Aussage-Abschnitte stimmt nicht');
  return {
    chunkSize: size,
    chunk(k: number): ClaimRow[] {
      const r = readerOf(sections.raw(2 + k));
      const rows: ClaimRow[] = [];
      const end = Math.min(claims, (k + 1) * size);
      for (let i = k * size; i < end; i++) {
        const text = r.req('Aussage');
        const kind = KIND_CODES[r.index(KIND_CODES.length, 'Aussageart')];
        const speaker = r.str();
        const speakerEntity = r.index(nEntities + 1, 'Sprecher') - 1;
        const cue = r.str();
        const nVia = r.uint();
        const via: string[] = nVia ? new Array(nVia) : NONE_S;
        for (let j = 0; j < nVia; j++) via[j] = r.req('Quelle der Aussage');
        const nAbout = r.uint();
        const about: number[] = nAbout ? new Array(nAbout) : NONE_N;
        for (let j = 0; j < nAbout; j++) about[j] = r.index(nEntities, 'Entität');
        rows.push({ text, kind, speaker, speakerEntity, cue, via, about, article: store.claimArticles[i] });
      }
      if (r.pos !== r.buf.length) throw damaged('Aussage-Abschnitt hat unerwartete Daten');
      return rows;
    },
  };
}

/** Term postings read from their section on first use, then per term. */
function storedPostings(sections: Sections, claims: number): StoredPostings {
  let loaded: { r: Reader; index: Map<string, number>; starts: Int32Array; terms: string[] } | null = null;
  const cache = new Map<string, readonly number[]>();
  const load = () => {
    if (loaded) return loaded;
    const r = readerOf(sections.raw(1));
    const terms = r.strings;
    const index = new Map<string, number>();
    for (let i = 0; i < terms.length; i++) {
      if (r.uint() !== i + 1) throw damaged('Begriffstabelle ungeordnet');
      index.set(terms[i], i);
    }
    const starts = new Int32Array(terms.length);
    for (let i = 0; i < terms.length; i++) {
      const len = r.uint();
      starts[i] = r.pos;
      r.pos += len;
      if (r.pos > r.buf.length) throw damaged('Begriffsverweise zu kurz');
    }
    loaded = { r, index, starts, terms };
    return loaded;
  };
  return {
    count: claims,
    get(term: string): readonly number[] {
      const hit = cache.get(term);
      if (hit) return hit;
      const { r, index, starts } = load();
      const i = index.get(term);
      if (i === undefined) return [];
      r.pos = starts[i];
      const n = r.uint();
      const list: number[] = new Array(n);
      let prev = 0;
      for (let k = 0; k < n; k++) {
        prev += r.uint();
        if (prev >= claims) throw damaged('Aussageverweis ungültig');
        list[k] = prev;
      }
      cache.set(term, list);
      return list;
    },
    terms: () => load().terms,
  };
}

/** A checked file: its header and section table read once, for `packedCore` and `decodeStore`. */
export type OpenedFile = Sections;

/** Checks a file's header and section table (DatasetError when wrong) and returns them opened. */
export function openFile(bytes: Uint8Array): OpenedFile {
  return new Sections(bytes);
}

/** Returns the packed bytes of a file's core section (for inflating it natively). */
export function packedCore(file: OpenedFile): Uint8Array {
  return file.packed(0);
}

/**
 * Returns the store a file holds; throws DatasetError on a wrong version or damaged data.
 * `core` may be the core section already inflated by a faster (native, async) inflater.
 */
export function decodeStore(bytes: Uint8Array | OpenedFile, core?: Uint8Array): Store {
  const sections = bytes instanceof Sections ? bytes : new Sections(bytes);
  const store = new Store();
  const lists = decodeCore(readerOf(sections.raw(0, core)), store);
  if (store.claims.length) {
    store.lazyClaims = lazyClaims(sections, store, lists.chunkSize);
    store.storedPostings = storedPostings(sections, store.claims.length);
  } else if (sections.count !== 2) throw damaged('Anzahl der Abschnitte stimmt nicht');
  store.reindex({ loaded: true });
  store.loadedGeneration = store.generation;
  return store;
}
