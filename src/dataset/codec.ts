/**
 * The dataset file (.kxd), built for fast load: a header — magic "KXDS", format version (u16),
 * Adler-32 of the section table (u32), section count (u32), then per section its packed length,
 * raw length and the Adler-32 of its raw bytes (u32 each), little-endian — followed by the
 * sections, each deflated (fflate) on its own:
 *   0. core: a string table (UTF-8, NUL-separated: one TextDecoder call and a split is the
 *      fastest way to get many strings into JS) and row sections of unsigned varints pointing
 *      into it — sources, articles, entities (with the claims by and about each), descriptors,
 *      the article of each claim, redirects, read-article log;
 *   1. claim-term postings (delta-coded), decoded per term on the first related/search query;
 *   2… claims (rows and texts), CLAIM_CHUNK per section, decoded when a card or query shows them.
 * So loading decompresses only the core, and no claim object exists until one is asked for.
 * Every index is bounds-checked and every section is checked against its checksum when inflated,
 * so a damaged file gives a DatasetError instead of a half-working dataset.
 */
import { deflateSync, inflateSync } from 'fflate';
import { DatasetError } from './errors.ts';
import {
  type ClaimRow,
  KIND_CODES,
  type LazyClaims,
  NONE_N,
  NONE_S,
  Store,
  type StoredPostings,
} from './store.ts';
import { type EntityTail, MULTI, StoredEntity, StoredKeyIndex } from './lazy.ts';
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
    const end = Math.min(i + 3800, n);
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
  ) {}

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
  const table = new TextEncoder().encode(w.strings.join('\0'));
  const head = new Writer();
  head.uint(w.strings.length);
  head.uint(table.length);
  const rows = bytesOf(w);
  const out = new Uint8Array(head.len + table.length + rows.length);
  out.set(bytesOf(head), 0);
  out.set(table, head.len);
  out.set(rows, head.len + table.length);
  return out;
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
  const r = new Reader(raw, strings);
  r.pos = head.pos + tableLen;
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
  for (const a of store.articles) {
    w.str(a.key);
    w.str(a.url);
    w.str(a.title);
    w.str(a.date);
    w.uint(a.source);
    w.uint(a.read ? 1 : 0);
    w.uint(a.ents.length);
    for (let k = 0; k < a.ents.length; k++) {
      w.uint(a.ents[k]);
      w.uint(a.counts[k]);
    }
  }
  w.uint(store.entities.length);
  // Each entity's articles and mention counts, as \`reindex\` would derive them from the articles.
  const artsOf: number[][] = store.entities.map(() => []);
  const cntsOf: number[][] = store.entities.map(() => []);
  store.articles.forEach((a, ai) => {
    a.ents.forEach((e, k) => {
      artsOf[e].push(ai);
      cntsOf[e].push(a.counts[k]);
    });
  });
  const tail = new Writer();
  tail.strings = w.strings;
  tail.stringIds = w.stringIds;
  for (const [ei, e] of store.entities.entries()) {
    w.str(e.id);
    w.str(e.name);
    w.str(e.category);
    for (let t = 0; t < 4; t++) w.uint(e.votes[t]);
    // The rest is decoded on first access (lazy.ts): its byte length first, so loading skips it.
    tail.len = 0;
    tail.uint(e.aliases.length);
    for (const a of e.aliases) tail.str(a);
    tail.uint(e.forms.length);
    e.forms.forEach((f, k) => {
      tail.str(f);
      tail.uint(e.formCounts[k]);
    });
    tail.uint(e.derivs.length);
    e.derivs.forEach((d, k) => {
      tail.str(d);
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
    w.uint(tail.len);
    w.bytes(bytesOf(tail));
  }
  w.uint(store.descriptors.length);
  for (const d of store.descriptors) {
    w.uint(d.entity);
    w.str(d.text);
    w.uint(d.article);
  }
  w.uint(store.claims.length);
  for (const a of store.claimArticles) w.uint(a);
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
  for (const map of [store.nameIndex, store.formIndex, store.derivIndex, store.surnameIndex]) {
    // Sorted, so the same dataset gives the same bytes however its indexes grew.
    const sorted = [...map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    block.len = 0;
    const lists: number[] = [];
    for (const [key, value] of sorted) {
      block.u32(w.strId(key));
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
  for (let k = 0; k < n; k++) out[k] = r.req(what);
  return out;
}

function readCounted(r: Reader, what: string): [string[], number[]] {
  const n = r.uint();
  if (n === 0) return [NONE_S, NONE_N];
  const names = new Array<string>(n);
  const counts = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    names[k] = r.req(what);
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
  const articleEnts: number[][] = [];
  for (let i = 0; i < nArticles; i++) {
    const key = r.req('Artikelschlüssel');
    const url = r.str();
    const title = r.str();
    const date = r.str();
    const source = r.index(nSources, 'Quelle');
    const read = r.uint() === 1;
    const n = r.uint();
    const ents: number[] = new Array(n);
    const counts: number[] = new Array(n);
    for (let k = 0; k < n; k++) {
      ents[k] = r.uint();
      counts[k] = r.uint();
    }
    articleEnts.push(ents);
    store.articles.push({ key, url, title, date, source, read, ents, counts });
  }
  const nEntities = r.uint();
  let nClaims = 0;
  const tailReader = new Reader(r.buf, r.strings);
  const tailOf = (pos: number): EntityTail => {
    tailReader.pos = pos;
    const t = tailReader;
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
    return { aliases, forms, formCounts, derivs, derivCounts, claimsBy, claimsAbout, arts, cnts };
  };
  for (let i = 0; i < nEntities; i++) {
    const id = r.req('Entitäts-Id');
    const name = r.req('Name');
    const category = r.str();
    const votes = [r.uint(), r.uint(), r.uint(), r.uint()];
    const len = r.uint();
    store.entities.push(new StoredEntity(id, name, votes, category, r.pos, tailOf));
    r.pos += len;
    if (r.pos > r.buf.length) throw damaged('Daten enden zu früh');
  }
  for (const ents of articleEnts)
    for (const e of ents) if (e >= nEntities) throw damaged('Entitätsverweis ungültig');
  const nDescriptors = r.uint();
  for (let i = 0; i < nDescriptors; i++) {
    store.descriptors.push({
      entity: r.index(nEntities, 'Entität'),
      text: r.req('Beschreibung'),
      article: r.index(nArticles, 'Artikel'),
    });
  }
  nClaims = r.uint();
  // Filled by push: \`new Array(n)\` of this size would be a slow dictionary-mode array in V8.
  const claimArticles: number[] = [];
  const claims: ClaimRow[] = [];
  for (let i = 0; i < nClaims; i++) {
    claimArticles.push(r.index(nArticles, 'Artikel'));
    claims.push(undefined as unknown as ClaimRow);
  }
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
    indexes.push(new StoredKeyIndex(r.buf, r.pos, n, r.pos + len, r.strings, nEntities));
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

/** Returns the packed bytes of a file's core section (for inflating it natively), after checking the header. */
export function packedCore(bytes: Uint8Array): Uint8Array {
  return new Sections(bytes).packed(0);
}

/**
 * Returns the store a file holds; throws DatasetError on a wrong version or damaged data.
 * `core` may be the core section already inflated by a faster (native, async) inflater.
 */
export function decodeStore(bytes: Uint8Array, core?: Uint8Array): Store {
  const sections = new Sections(bytes);
  const store = new Store();
  const lists = decodeCore(readerOf(sections.raw(0, core)), store);
  if (store.claims.length) {
    store.lazyClaims = lazyClaims(sections, store, lists.chunkSize);
    store.storedPostings = storedPostings(sections, store.claims.length);
  } else if (sections.count !== 2) throw damaged('Anzahl der Abschnitte stimmt nicht');
  store.reindex({ loaded: true });
  return store;
}
