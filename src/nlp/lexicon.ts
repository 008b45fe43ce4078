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
} as const;

export const LEX_BITS = 16;

/** An immutable word → mask table. */
export class Lexicon {
  constructor(
    private readonly hashes: Uint32Array,
    private readonly masks: Uint16Array,
  ) {
    if (hashes.length !== masks.length) throw new RangeError('Lexicon: hashes and masks differ in length');
  }

  /** Returns the class mask of a word form (0 if unknown). */
  mask(word: string): number {
    const h = hashString(word);
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
  arrays(): { hashes: Uint32Array; masks: Uint16Array } {
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
    const masks = Uint16Array.from(keys.map((k) => map.get(k) ?? 0));
    return new Lexicon(hashes, masks);
  }
}
