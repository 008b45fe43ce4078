/** Small, fast 32-bit hashes for feature hashing (FNV-1a over UTF-16 units, murmur-style mixing). */

/** Returns the FNV-1a hash of a string (unsigned 32-bit). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
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
