/**
 * Binary format of the tagger model, "KNR4" (little-endian; every section starts at a multiple of
 * 4 bytes, so decoding takes typed-array views of the file's bytes instead of copying them):
 *   "KNR4" | u8 rowsLog2 | u8 tagCount | u16 0 | f32 scale | u32 metaLength | meta (ASCII JSON) | pad
 *   | f32[(T+1)·T] transitions | table lexicon | table clusters | u32 count | u32[count] Brown paths
 *   | u32 liveRows | u32 weightCount | u32[rows/32] live-row bitmap | u8[liveRows] weights per row | pad
 *   | u8[weightCount] tag | i8[weightCount] value | pad
 * table = u32 count | u32[count] sorted hashes | u32[count] masks | pad
 * A model without Brown clusters is written as "KNR3": the same without the Brown-path section.
 * ("KNR2", KNR3 with u16 masks, from before the lexicon had more than 16 classes, is still read.)
 * Only non-zero int8 weights are stored, row by row, tags ascending; decoding spreads them into
 * the packed live rows TaggerModel reads (one pass, no 26 MB table).
 * "KNR1" (varints; base64 inside the JSON model files written before) is still read.
 */
import { TAG_COUNT } from './labels.ts';
import { Lexicon } from './lexicon.ts';
import { type LiveRowWeights, liveRowWeights, type TaggerModelParts } from './tagger-model.ts';

const MAGIC = 'KNR4';
const NO_BROWN_MAGIC = 'KNR3';
const NARROW_MAGIC = 'KNR2';
const LEGACY_MAGIC = 'KNR1';

/** Where a model file came from (written by scripts/train-ner.ts). */
export interface ModelMeta {
  trained?: string;
  command?: string;
}

/** What encodeModel takes: the trainer's dense rows × TAG_COUNT table, already int8-quantised. */
export interface DenseModelParts extends Omit<TaggerModelParts, 'weights'> {
  weights: Int8Array;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

class Writer {
  private buf = new Uint8Array(1 << 20);
  private pos = 0;
  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    next.set(this.buf);
    this.buf = next;
  }
  u8(v: number): void {
    this.ensure(1);
    this.buf[this.pos++] = v & 0xff;
  }
  u32(v: number): void {
    this.ensure(4);
    new DataView(this.buf.buffer).setUint32(this.pos, v >>> 0, true);
    this.pos += 4;
  }
  f32(v: number): void {
    this.ensure(4);
    new DataView(this.buf.buffer).setFloat32(this.pos, v, true);
    this.pos += 4;
  }
  /** Appends the bytes of a typed array (platform order: little-endian, checked by the callers). */
  array(a: Uint8Array | Int8Array | Uint16Array | Uint32Array): void {
    const n = a.length * a.BYTES_PER_ELEMENT;
    this.ensure(n);
    this.buf.set(new Uint8Array(a.buffer, a.byteOffset, n), this.pos);
    this.pos += n;
  }
  pad(): void {
    while (this.pos % 4 !== 0) this.u8(0);
  }
  bytes(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

/** Returns the metadata as ASCII bytes (JSON with \u escapes), so no text codec is needed. */
function metaBytes(meta: ModelMeta): Uint8Array {
  const json = JSON.stringify(meta).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return Uint8Array.from(json, (c) => c.charCodeAt(0));
}

function writeTable(w: Writer, table: Lexicon): void {
  const { hashes, masks } = table.arrays();
  w.u32(hashes.length);
  w.array(hashes);
  w.array(masks instanceof Uint32Array ? masks : Uint32Array.from(masks));
  w.pad();
}

/** Returns int8 weights and their scale for float weights (symmetric linear quantisation). */
export function quantize(weights: Float32Array): { q: Int8Array; scale: number } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i] / scale);
  return { q, scale };
}

/** Returns the KNR4 encoding (KNR3 without Brown paths) of a model whose weights are already int8-quantised. */
export function encodeModel(parts: DenseModelParts, meta: ModelMeta = {}): Uint8Array {
  if (!(parts.weights instanceof Int8Array)) throw new TypeError('encodeModel: quantise the weights first');
  if (!LITTLE_ENDIAN) throw new RangeError('encodeModel: big-endian platforms are not supported');
  const T = TAG_COUNT;
  const rows = 1 << parts.rowsLog2;
  if (parts.weights.length !== rows * T) throw new RangeError('encodeModel: weights are not rows × tags');
  const live = new Uint32Array(Math.ceil(rows / 32));
  const counts: number[] = [];
  const tags: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < rows; r++) {
    let n = 0;
    for (let t = 0; t < T; t++) {
      const v = parts.weights[r * T + t];
      if (v === 0) continue;
      tags.push(t);
      values.push(v);
      n++;
    }
    if (n === 0) continue;
    live[r >>> 5] |= 1 << (r & 31);
    counts.push(n);
  }
  const brown = parts.brownPaths ?? new Uint32Array(0);
  const w = new Writer();
  for (const c of brown.length > 0 ? MAGIC : NO_BROWN_MAGIC) w.u8(c.charCodeAt(0));
  w.u8(parts.rowsLog2);
  w.u8(T);
  w.u8(0);
  w.u8(0);
  w.f32(parts.scale);
  const m = metaBytes(meta);
  w.u32(m.length);
  w.array(m);
  w.pad();
  for (const v of parts.transitions) w.f32(v);
  writeTable(w, parts.lexicon);
  writeTable(w, parts.clusters);
  if (brown.length > 0) {
    w.u32(brown.length);
    w.array(brown);
  }
  w.u32(counts.length);
  w.u32(tags.length);
  w.array(live);
  w.array(Uint8Array.from(counts));
  w.pad();
  w.array(Uint8Array.from(tags));
  w.array(Int8Array.from(values));
  w.pad();
  return w.bytes();
}

/** Reads KNR2/KNR3/KNR4 sections as views of the file's buffer (which must be 4-byte aligned). */
class ViewReader {
  private pos = 0;
  constructor(private readonly buf: Uint8Array) {}
  private take(n: number): number {
    if (this.pos + n > this.buf.length) throw new RangeError(`model file truncated at byte ${this.pos}`);
    const at = this.buf.byteOffset + this.pos;
    this.pos += n;
    return at;
  }
  u32(): number {
    return this.u32s(1)[0];
  }
  u32s(n: number): Uint32Array {
    return new Uint32Array(this.buf.buffer, this.take(4 * n), n);
  }
  u16s(n: number): Uint16Array {
    return new Uint16Array(this.buf.buffer, this.take(2 * n), n);
  }
  f32s(n: number): Float32Array {
    return new Float32Array(this.buf.buffer, this.take(4 * n), n);
  }
  u8s(n: number): Uint8Array {
    return new Uint8Array(this.buf.buffer, this.take(n), n);
  }
  i8s(n: number): Int8Array {
    return new Int8Array(this.buf.buffer, this.take(n), n);
  }
  pad(): void {
    this.take((4 - (this.pos % 4)) % 4);
  }
  get done(): boolean {
    return this.pos === this.buf.length;
  }
}

function readTable(r: ViewReader, narrow: boolean): Lexicon {
  const n = r.u32();
  const hashes = r.u32s(n);
  const masks = narrow ? r.u16s(n) : r.u32s(n);
  r.pad();
  return new Lexicon(hashes, masks);
}

/** A decoded model file: the tagger's parts and where the file came from. */
export interface DecodedModel {
  parts: TaggerModelParts;
  meta: ModelMeta;
}

/**
 * Returns the model decoded from a KNR4 (or older KNR3/KNR2/KNR1) file; throws RangeError on a malformed
 * file. The lexicon tables are views of `bytes` (copied first only if not 4-byte aligned): keep it unchanged.
 */
export function decodeModel(bytes: Uint8Array): DecodedModel {
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic === LEGACY_MAGIC) return { parts: decodeLegacy(bytes), meta: {} };
  if (magic !== MAGIC && magic !== NO_BROWN_MAGIC && magic !== NARROW_MAGIC)
    throw new RangeError(`model file: bad magic "${magic}"`);
  const narrow = magic === NARROW_MAGIC;
  if (!LITTLE_ENDIAN) throw new RangeError('model file: big-endian platforms are not supported');
  const r = new ViewReader(bytes.byteOffset % 4 === 0 ? bytes : bytes.slice());
  r.u8s(4);
  const [rowsLog2, T] = r.u8s(4);
  checkHeader(rowsLog2, T);
  const scale = r.f32s(1)[0];
  const meta = JSON.parse(String.fromCharCode(...r.u8s(r.u32())) || '{}') as ModelMeta;
  r.pad();
  const transitions = r.f32s((T + 1) * T);
  const lexicon = readTable(r, narrow);
  const clusters = readTable(r, narrow);
  const brownPaths = magic === MAGIC ? r.u32s(r.u32()) : new Uint32Array(0);
  const liveRows = r.u32();
  const count = r.u32();
  const live = r.u32s(Math.ceil((1 << rowsLog2) / 32));
  const counts = r.u8s(liveRows);
  r.pad();
  const weights = liveRowWeights(live, counts, r.u8s(count), r.i8s(count));
  r.pad();
  if (!r.done) throw new RangeError('model file: trailing bytes');
  return { parts: { rowsLog2, weights, scale, transitions, lexicon, clusters, brownPaths }, meta };
}

function checkHeader(rowsLog2: number, T: number): void {
  if (T !== TAG_COUNT) throw new RangeError(`model file: ${T} tags, this code expects ${TAG_COUNT}`);
  if (rowsLog2 < 8 || rowsLog2 > 24) throw new RangeError(`model file: bad row count 2^${rowsLog2}`);
}

/** Returns the full rows × TAG_COUNT table of live-row weights (for tests and tools). */
export function denseWeights(weights: LiveRowWeights, rowsLog2: number): Int8Array {
  const T = TAG_COUNT;
  const out = new Int8Array((1 << rowsLog2) * T);
  for (let r = 0, i = 0; r < 1 << rowsLog2; r++)
    if (weights.live[r >>> 5] & (1 << (r & 31))) out.set(weights.rows.subarray(i * T, ++i * T), r * T);
  return out;
}

/**
 * KNR1: "KNR1" | u8 rowsLog2 | u8 tagCount | f32 scale | f32[(T+1)·T] transitions | varint tables
 * (count, hash deltas, masks) for lexicon and clusters | varint row count, per row: varint row
 * delta, u32 tag bitmask, i8 per set bit.
 */
function decodeLegacy(buf: Uint8Array): TaggerModelParts {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let pos = 4;
  const need = (n: number) => {
    if (pos + n > buf.length) throw new RangeError(`model file truncated at byte ${pos}`);
  };
  const varint = (): number => {
    let v = 0;
    for (let shift = 0; shift < 36; shift += 7) {
      need(1);
      const b = buf[pos++];
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
    }
    throw new RangeError('model file: bad varint');
  };
  need(6);
  const rowsLog2 = buf[pos++];
  const T = buf[pos++];
  checkHeader(rowsLog2, T);
  need(4 * (1 + (T + 1) * T));
  const scale = view.getFloat32(pos, true);
  pos += 4;
  const transitions = new Float32Array((T + 1) * T);
  for (let i = 0; i < transitions.length; i++, pos += 4) transitions[i] = view.getFloat32(pos, true);
  const table = (): Lexicon => {
    const n = varint();
    const hashes = new Uint32Array(n);
    for (let i = 0, prev = 0; i < n; i++) hashes[i] = prev += varint();
    const masks = new Uint16Array(n);
    for (let i = 0; i < n; i++) masks[i] = varint();
    return new Lexicon(hashes, masks);
  };
  const lexicon = table();
  const clusters = table();
  const rows = 1 << rowsLog2;
  const liveRows = varint();
  const live = new Uint32Array(Math.ceil(rows / 32));
  const counts = new Uint8Array(liveRows);
  const tags = new Uint8Array(buf.length - pos);
  const values = new Int8Array(buf.length - pos);
  let n = 0;
  for (let i = 0, row = -1; i < liveRows; i++) {
    const delta = varint();
    if (i > 0 && delta === 0) throw new RangeError('model file: weight row repeated');
    row = i === 0 ? delta : row + delta;
    if (row >= rows) throw new RangeError('model file: weight row out of range');
    need(4);
    const bits = view.getUint32(pos, true);
    pos += 4;
    for (let t = 0; t < T; t++) {
      if ((bits & (1 << t)) === 0) continue;
      need(1);
      tags[n] = t;
      values[n++] = (buf[pos++] << 24) >> 24;
      counts[i]++;
    }
    live[row >>> 5] |= 1 << (row & 31);
  }
  if (pos !== buf.length) throw new RangeError('model file: trailing bytes');
  const weights = liveRowWeights(live, counts, tags.subarray(0, n), values.subarray(0, n));
  return { rowsLog2, weights, scale, transitions, lexicon, clusters };
}
