/**
 * Draws the Kontext toolbar icons (a speech bubble with a "K"-like mark) and writes them as PNGs
 * to public/icons/. Pure Node: a minimal PNG encoder over node:zlib, so no image library is needed.
 * Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128] as const;
const OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../public/icons');

/** Colours as [r, g, b]. */
const BLUE: [number, number, number] = [0x1f, 0x4e, 0x8c];
const WHITE: [number, number, number] = [0xff, 0xff, 0xff];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** Returns the CRC-32 of the bytes (as PNG chunks need it). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/** Returns the PNG file bytes of an RGBA image (width × height × 4 bytes, row-major). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new RangeError('encodePng: pixel buffer has the wrong size');
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Coverage (0..1) of pixel (x, y) by the icon shape at unit scale, supersampled 4×4. */
function coverage(size: number, x: number, y: number, inside: (u: number, v: number) => boolean): number {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++)
      if (inside((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

/** Rounded speech bubble with a tail at the lower left, in unit coordinates. */
function inBubble(u: number, v: number): boolean {
  const [x0, y0, x1, y1, r] = [0.04, 0.06, 0.96, 0.78, 0.18];
  const cx = Math.min(Math.max(u, x0 + r), x1 - r);
  const cy = Math.min(Math.max(v, y0 + r), y1 - r);
  if (u >= x0 && u <= x1 && v >= y0 && v <= y1 && (u - cx) ** 2 + (v - cy) ** 2 <= r * r) return true;
  // Tail: triangle (0.2,0.74) (0.42,0.74) (0.16,0.96).
  const inTail =
    v >= 0.74 && v <= 0.96 && u >= 0.2 - ((v - 0.74) / 0.22) * 0.04 && u <= 0.42 - ((v - 0.74) / 0.22) * 0.26;
  return inTail;
}

/** The "K": a vertical stem and two diagonal arms, in unit coordinates. */
function inLetter(u: number, v: number): boolean {
  if (v < 0.2 || v > 0.64) return false;
  const stem = u >= 0.3 && u <= 0.42;
  const mid = 0.42;
  const t = Math.abs(v - mid) / 0.22; // 0 at the joint, 1 at the ends
  const armX = 0.42 + t * 0.3;
  const arm = u >= armX - 0.07 && u <= armX + 0.07;
  return stem || arm;
}

/** Returns the RGBA pixels of the icon at the given size. */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const bubble = coverage(size, x, y, inBubble);
      const letter = coverage(size, x, y, (u, v) => inBubble(u, v) && inLetter(u, v));
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++)
        px[i + c] = Math.round(
          BLUE[c] * (1 - letter / Math.max(bubble, 1e-9)) + WHITE[c] * (letter / Math.max(bubble, 1e-9)),
        );
      px[i + 3] = Math.round(bubble * 255);
    }
  }
  return px;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = resolve(OUT_DIR, `icon-${size}.png`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}
