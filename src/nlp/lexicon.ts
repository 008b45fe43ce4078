/**
 * Word lists as one hash → class-bitmask table (first names, surnames, towns, countries,
 * nationality adjectives, common nouns, organisation and weapon cue words). Stored in the model
 * file as sorted hashes plus masks; lookups are a binary search (no strings kept in memory).
 */
import { hashString } from './hash.ts';

/** Bits of a lexicon mask: what kinds of names a word form is known as. */
export const LEX = {
  FIRST_NAME: 1,
  SURNAME: 2,
  TOWN: 4,
  COUNTRY: 8,
  NATIONALITY_ADJ: 16,
  COMMON_NOUN: 32,
  ORG_CUE: 64,
  COMMON_WORD: 128,
  WEAPON_CUE: 256,
  MEDIA: 512,
  PARTY: 1024,
  ORG_NAME: 2048,
  PER_TITLE: 4096,
  LOC_CUE: 8192,
  DEMONYM: 16384,
  REGION: 32768,
  /** Other named things: currencies, indices, events, works, products, laws, languages. */
  OTH_NAME: 65536,
} as const;

export const LEX_BITS = 17;

/** Returns the word with its first letter in upper case, as a noun is looked up ("sprecher" → "Sprecher"). */
export function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * Returns the lexicon mask of a compound's last part: the part after the last hyphen
 * ("Hochdosis-Impfungen" → "Impfungen"), else the longest tail, starting at least `minHead` letters
 * in and at least `minTail` long, whose mask has one of `bits` ("Regierungs|sprecher"); 0 if none.
 */
export function compoundTailMask(
  lexicon: Lexicon,
  word: string,
  bits: number,
  minHead = 2,
  minTail = 4,
): number {
  const dash = word.lastIndexOf('-');
  if (dash > 0) return lexicon.mask(capitalise(word.slice(dash + 1)));
  for (let k = minHead; k <= word.length - minTail; k++) {
    const m = lexicon.mask(capitalise(word.slice(k)));
    if (m & bits) return m;
  }
  return 0;
}

/** Lookups served by binary search before a table builds its hash index. */
const INDEX_AFTER_LOOKUPS = 20_000;

/** An immutable word → mask table. */
export class Lexicon {
  /** Open-addressing index over `hashes` (entry index + 1; 0 = empty slot), built lazily:
   * one or two probes per lookup instead of a ~18-step binary search over the sorted table. */
  private slots: Int32Array | undefined;
  private slotMask = 0;
  private sorted = false;
  private lookups = 0;

  constructor(
    private readonly hashes: Uint32Array,
    private readonly masks: Uint16Array | Uint32Array,
  ) {
    if (hashes.length !== masks.length) throw new RangeError('Lexicon: hashes and masks differ in length');
  }

  private buildSlots(): Int32Array {
    const n = this.hashes.length;
    let size = 16;
    while (size < n * 1.5) size *= 2; // load factor ≤ 2/3
    // Only a strictly increasing table (what fromEntries and the codec produce) is indexed; any
    // other keeps the binary search, whose answer on duplicates or unsorted input an index would not match.
    this.sorted = true;
    for (let i = 1; i < n; i++) if (this.hashes[i - 1] >= this.hashes[i]) this.sorted = false;
    const slots = new Int32Array(this.sorted ? size : 1);
    const m = size - 1;
    for (let i = 0; this.sorted && i < n; i++) {
      const h = this.hashes[i];
      let s = Math.imul(h ^ (h >>> 16), 0x45d9f3b) & m;
      while (slots[s] !== 0) s = (s + 1) & m;
      slots[s] = i + 1;
    }
    this.slotMask = m;
    this.slots = slots;
    return slots;
  }

  /** Returns the class mask of a word form (0 if unknown). */
  mask(word: string): number {
    return this.maskOfHash(hashString(word));
  }

  /** Returns the class mask of the word form with this `hashString` hash (0 if unknown). */
  maskOfHash(h: number): number {
    // The index pays off only over many lookups: a cold worker analysing one article keeps the search.
    if (this.slots === undefined && ++this.lookups < INDEX_AFTER_LOOKUPS) return this.search(h);
    const slots = this.slots ?? this.buildSlots();
    if (!this.sorted) return this.search(h);
    const m = this.slotMask;
    let s = Math.imul(h ^ (h >>> 16), 0x45d9f3b) & m;
    for (;;) {
      const e = slots[s];
      if (e === 0) return 0;
      if (this.hashes[e - 1] === h) return this.masks[e - 1];
      s = (s + 1) & m;
    }
  }

  /** Binary search of the sorted table (the fallback for a table that is not strictly increasing). */
  private search(h: number): number {
    let lo = 0;
    let hi = this.hashes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.hashes[mid];
      if (v === h) return this.masks[mid];
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** Returns the number of entries. */
  get size(): number {
    return this.hashes.length;
  }

  /** Returns the table's arrays (for encoding into a model file). */
  arrays(): { hashes: Uint32Array; masks: Uint16Array | Uint32Array } {
    return { hashes: this.hashes, masks: this.masks };
  }

  /** Returns a Lexicon built from word → mask entries (masks of equal hashes are OR-ed). */
  static fromEntries(entries: Iterable<[string, number]>): Lexicon {
    const map = new Map<number, number>();
    for (const [w, m] of entries) {
      const h = hashString(w);
      map.set(h, (map.get(h) ?? 0) | m);
    }
    const keys = [...map.keys()].sort((a, b) => a - b);
    const hashes = Uint32Array.from(keys);
    const masks = Uint32Array.from(keys.map((k) => map.get(k) ?? 0));
    return new Lexicon(hashes, masks);
  }
}
