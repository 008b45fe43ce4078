/** Small, fast 32-bit hashes for feature hashing (FNV-1a over UTF-16 units, murmur-style mixing). */

/** FNV-1a offset basis: the hash of the empty string. */
export const HASH_START = 0x811c9dc5;

/** Returns the FNV-1a hash of a string (unsigned 32-bit). */
export function hashString(s: string): number {
  return hashMore(HASH_START, s);
}

/**
 * Returns the hash of (the string hashed to `h`) + `s`: FNV-1a is a stream, so a joined string
 * ("Deutsche Bank") can be hashed word by word without building it.
 */
export function hashMore(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return x >>> 0;
}

/** Returns a well-mixed unsigned 32-bit combination of two hashes. */
export function mix2(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Returns a well-mixed unsigned 32-bit combination of three hashes. */
export function mix3(a: number, b: number, c: number): number {
  return mix2(mix2(a, b), c);
}
