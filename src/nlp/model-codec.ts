/**
 * Binary format of the tagger model (little-endian), so it ships as one base64 string:
 *   "KNR1" | u8 rowsLog2 | u8 tagCount | f32 scale | f32[(T+1)·T] transitions
 *   | table lexicon | table clusters | sparse weights
 * table = varint count, varint hash deltas (sorted), varint values
 * sparse weights = varint rowCount, per row: varint row delta, u32 tag bitmask, i8 per set bit
 * Only int8-quantised weights are stored; all-zero rows are left out.
 */
import { TAG_COUNT } from './labels.ts';
import { Lexicon } from './lexicon.ts';
import type { TaggerModelParts } from './tagger-model.ts';

const MAGIC = 'KNR1';

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
  varint(v: number): void {
    let x = v >>> 0;
    while (x >= 0x80) {
      this.u8((x & 0x7f) | 0x80);
      x >>>= 7;
    }
    this.u8(x);
  }
  bytes(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

class Reader {
  private pos = 0;
  private readonly view: DataView;
  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  private need(n: number): void {
    if (this.pos + n > this.buf.length) throw new RangeError(`model file truncated at byte ${this.pos}`);
  }
  u8(): number {
    this.need(1);
    return this.buf[this.pos++];
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  f32(): number {
    this.need(4);
    const v = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return v;
  }
  varint(): number {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = this.u8();
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
      shift += 7;
      if (shift > 35) throw new RangeError('model file: bad varint');
    }
  }
  /** Reads `n` varints into `out` (fast path: no per-byte method calls). */
  varints(out: Uint32Array | Uint16Array, n: number, delta: boolean): void {
    const buf = this.buf;
    let pos = this.pos;
    let prev = 0;
    for (let i = 0; i < n; i++) {
      let v = 0;
      let shift = 0;
      let b: number;
      do {
        if (pos >= buf.length) throw new RangeError(`model file truncated at byte ${pos}`);
        b = buf[pos++];
        v += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b >= 0x80 && shift < 36);
      if (b >= 0x80) throw new RangeError('model file: bad varint');
      prev = delta ? prev + v : v;
      out[i] = prev;
    }
    this.pos = pos;
  }
  /** Reads the sparse weight rows into `weights` (fast path). */
  sparseRows(weights: Int8Array, rows: number, T: number, live: number, liveBits: Uint8Array): void {
    const buf = this.buf;
    let pos = this.pos;
    let row = 0;
    const tagBits = T >= 32 ? -1 : (1 << T) - 1;
    for (let i = 0; i < live; i++) {
      let v = 0;
      let shift = 0;
      let b: number;
      do {
        if (pos >= buf.length) throw new RangeError(`model file truncated at byte ${pos}`);
        b = buf[pos++];
        v += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b >= 0x80 && shift < 36);
      row += v;
      if (row >= rows) throw new RangeError('model file: weight row out of range');
      if (pos + 4 > buf.length) throw new RangeError(`model file truncated at byte ${pos}`);
      // Bits at or above T name no tag and consume no byte.
      let bits = (buf[pos] | (buf[pos + 1] << 8) | (buf[pos + 2] << 16) | (buf[pos + 3] << 24)) & tagBits;
      pos += 4;
      const base = row * T;
      // Set bits in ascending tag order, lowest first (same bytes, same order as a loop over t).
      while (bits !== 0) {
        const low = bits & -bits;
        const t = 31 - Math.clz32(low);
        bits ^= low;
        if (pos >= buf.length) throw new RangeError(`model file truncated at byte ${pos}`);
        const v = (buf[pos++] << 24) >> 24;
        weights[base + t] = v;
        // A superset of the rows with a non-zero weight is enough for TaggerModel (zero rows add 0).
        if (v !== 0) liveBits[row >>> 3] |= 1 << (row & 7);
      }
    }
    this.pos = pos;
  }
  get done(): boolean {
    return this.pos === this.buf.length;
  }
}

function writeTable(w: Writer, table: Lexicon): void {
  const { hashes, masks } = table.arrays();
  w.varint(hashes.length);
  let prev = 0;
  for (let i = 0; i < hashes.length; i++) {
    w.varint(hashes[i] - prev);
    prev = hashes[i];
  }
  for (let i = 0; i < masks.length; i++) w.varint(masks[i]);
}

function readTable(r: Reader): Lexicon {
  const n = r.varint();
  const hashes = new Uint32Array(n);
  r.varints(hashes, n, true);
  const masks = new Uint16Array(n);
  r.varints(masks, n, false);
  return new Lexicon(hashes, masks);
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

/** Returns the binary encoding of a model whose weights are already int8-quantised. */
export function encodeModel(parts: TaggerModelParts): Uint8Array {
  if (!(parts.weights instanceof Int8Array)) throw new TypeError('encodeModel: quantise the weights first');
  const T = TAG_COUNT;
  const w = new Writer();
  for (const c of MAGIC) w.u8(c.charCodeAt(0));
  w.u8(parts.rowsLog2);
  w.u8(T);
  w.f32(parts.scale);
  for (const v of parts.transitions) w.f32(v);
  writeTable(w, parts.lexicon);
  writeTable(w, parts.clusters);
  const rows = 1 << parts.rowsLog2;
  const live: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let t = 0; t < T; t++) {
      if (parts.weights[r * T + t] !== 0) {
        live.push(r);
        break;
      }
    }
  }
  w.varint(live.length);
  let prev = 0;
  for (const r of live) {
    w.varint(r - prev);
    prev = r;
    let bits = 0;
    for (let t = 0; t < T; t++) if (parts.weights[r * T + t] !== 0) bits |= 1 << t;
    w.u32(bits);
    for (let t = 0; t < T; t++) if (bits & (1 << t)) w.u8(parts.weights[r * T + t]);
  }
  return w.bytes();
}

/** Returns the model parts decoded from bytes; throws RangeError on a malformed file. */
export function decodeModel(bytes: Uint8Array): TaggerModelParts {
  return decodeModelWithLiveRows(bytes).parts;
}

/**
 * Returns the model parts and a bitmap of the weight rows that hold a non-zero weight (one bit per
 * row; what TaggerModel would otherwise compute by scanning the whole 26 MB table).
 */
export function decodeModelWithLiveRows(bytes: Uint8Array): { parts: TaggerModelParts; live: Uint8Array } {
  const r = new Reader(bytes);
  const magic = String.fromCharCode(r.u8(), r.u8(), r.u8(), r.u8());
  if (magic !== MAGIC) throw new RangeError(`model file: bad magic "${magic}"`);
  const rowsLog2 = r.u8();
  const T = r.u8();
  if (T !== TAG_COUNT) throw new RangeError(`model file: ${T} tags, this code expects ${TAG_COUNT}`);
  if (rowsLog2 < 8 || rowsLog2 > 24) throw new RangeError(`model file: bad row count 2^${rowsLog2}`);
  const scale = r.f32();
  const transitions = new Float32Array((T + 1) * T);
  for (let i = 0; i < transitions.length; i++) transitions[i] = r.f32();
  const lexicon = readTable(r);
  const clusters = readTable(r);
  const rows = 1 << rowsLog2;
  const weights = new Int8Array(rows * T);
  const live = new Uint8Array(Math.ceil(rows / 8));
  r.sparseRows(weights, rows, T, r.varint(), live);
  if (!r.done) throw new RangeError('model file: trailing bytes');
  return { parts: { rowsLog2, weights, scale, transitions, lexicon, clusters }, live };
}
