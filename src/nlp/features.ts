/**
 * Feature extraction for the sequence tagger. Every feature is a 32-bit hash of (template,
 * value); the tagger maps it to a weight row with `& (rows - 1)` (feature hashing: no feature
 * dictionary to ship). Word-intrinsic parts (affixes, shape, lexicon classes, cluster) are
 * computed once per word type and cached, so tagging cost is a few integer mixes per feature.
 */
import { hashMore, hashString, mix2, mix3 } from './hash.ts';
import { LEX, LEX_BITS, type Lexicon } from './lexicon.ts';

/** Characters of a word that feature extraction looks at (bounded per-token work). */
export const MAX_FEATURE_WORD = 40;
/** Upper bound on features per token (the buffer stride). */
export const MAX_FEATURES = 128;

export interface FeatureResources {
  lexicon: Lexicon;
  /**
   * Cluster ids of a lower-cased word form: bits 0–15 the k-means ids (fine | coarse << 8, 1-based),
   * bits 16–31 the Brown leaf (1-based index into `brownPaths`); 0 = none.
   */
  cluster: (lower: string) => number;
  /** Bit path of each Brown leaf, with a leading 1 bit marking its length (see brownPathCode). */
  brownPaths?: Uint32Array;
}

/** Prefix lengths of Brown paths used as features (Ratinov & Roth 2009). */
const BROWN_PREFIXES = [4, 6, 10, 20];
/** The prefixes of a word without a Brown cluster: one shared empty list. */
const NO_BROWN: readonly number[] = [];

/** Returns a bit path ("0110") as a number with a leading 1 bit; paths are cut at 30 bits. */
export function brownPathCode(bits: string): number {
  let code = 1;
  for (const b of bits.slice(0, 30)) code = code * 2 + (b === '1' ? 1 : 0);
  return code;
}

/** Returns the first k bits of a coded path (the whole path if shorter), coded the same way. */
export function brownPrefix(code: number, k: number): number {
  const len = 31 - Math.clz32(code);
  return len <= k ? code : code >>> (len - k);
}

interface WordInfo {
  word: number;
  lower: number;
  affixes: number[];
  shape: number;
  lex: number;
  genLex: number;
  cap: boolean;
  firstPart: number;
  lastPart: number;
  firstLex: number;
  lastLex: number;
  /** Lexicon classes of the place a "-er" word may derive from ("Moskauer" → Moskau). */
  erLex: number;
  cluster: number;
  clusterPrefix: number;
  /** Brown path prefixes (BROWN_PREFIXES), empty if the word has no Brown cluster. */
  brown: readonly number[];
  hyphen: boolean;
  /** Capitalised or starting with a digit: can open or close a multi-word name. */
  edge: boolean;
}

/** Longest multi-word lexicon entry looked up, in words. */
const MAX_PHRASE = 5;
/** Lexicon classes that multi-word entries mark (names, not cue words). */
const PHRASE_BITS = LEX.ORG_NAME | LEX.PARTY | LEX.MEDIA | LEX.TOWN | LEX.COUNTRY | LEX.REGION | LEX.OTH_NAME;
const PHRASE_BEGIN = 1 << 30;

const BOS = hashString('<s>');
const EOS = hashString('</s>');
const BOUNDARY_INFO = (h: number): WordInfo => ({
  word: h,
  lower: h,
  affixes: [],
  shape: h,
  lex: 0,
  genLex: 0,
  cap: false,
  firstPart: 0,
  lastPart: 0,
  firstLex: 0,
  lastLex: 0,
  erLex: 0,
  cluster: h,
  clusterPrefix: h,
  brown: NO_BROWN,
  hyphen: false,
  edge: false,
});
const BOS_INFO = BOUNDARY_INFO(BOS);
const EOS_INFO = BOUNDARY_INFO(EOS);

/** Returns the compressed character shape of a word: "Xx", "X-Xx", "d.d", "XX". */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < 8; i++) {
    const c = word[i];
    let k: string;
    if (c >= '0' && c <= '9') k = 'd';
    else if (c !== c.toLowerCase()) k = 'X';
    else if (c !== c.toUpperCase()) k = 'x';
    else k = c === '-' || c === '.' || c === "'" ? c : '#';
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Returns the word with a genitive s/' removed, or '' if it has none. */
function genitiveStem(word: string): string {
  if (word.length > 3 && (word.endsWith('s') || word.endsWith("'"))) return word.slice(0, -1);
  return '';
}

/** Returns the lexicon mask of the places a capitalised "-er" word may derive from (Kölner, Bremer, Dresdner). */
export function erStemMask(word: string, lex: Lexicon): number {
  if (word.length < 5 || !word.endsWith('er') || word[0] === word[0].toLowerCase()) return 0;
  let m = 0;
  for (const stem of erStems(word)) m |= lex.mask(stem);
  return m;
}

/** Returns the candidate place names behind a "-er" derivation, most likely first. */
export function erStems(word: string): string[] {
  const base = word.slice(0, -2);
  const out = [base, `${base}en`, `${base}e`];
  if (word.endsWith('ner')) out.push(`${word.slice(0, -3)}en`);
  if (word.endsWith('aner')) out.push(word.slice(0, -4));
  return out;
}

/** English function words: in German text they mostly belong to titles and foreign names. */
const ENGLISH = new Set(
  'the of and to a for on with at by from is are be it its this that you your my we our'.split(' '),
);

/** Quotation-mark tokens, German and English, as our tokenizer and GermEval's files write them. */
export const QUOTE_TOKENS: ReadonlySet<string> = new Set([
  '"',
  '„',
  '“',
  '”',
  '»',
  '«',
  '‚',
  '‘',
  '’',
  "'",
  '``',
  "''",
]);
/** Longest quoted span (in words) taken as a possible title rather than speech. */
const MAX_TITLE = 8;

/**
 * Marks words inside a short quoted span (titles of works, products, events are often quoted):
 * 1 = first word, 2 = later word; 0 = not in one.
 */
export function shortQuotes(words: readonly string[]): Uint8Array {
  const out = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    if (!QUOTE_TOKENS.has(words[i])) continue;
    let j = i + 1;
    while (j < words.length && j - i <= MAX_TITLE + 1 && !QUOTE_TOKENS.has(words[j])) j++;
    if (j >= words.length || !QUOTE_TOKENS.has(words[j])) continue;
    if (j - i - 1 <= MAX_TITLE && j > i + 1) {
      out[i + 1] = 1;
      for (let x = i + 2; x < j; x++) out[x] = 2;
    }
    i = j;
  }
  return out;
}

/** Marks English function words (1) and the words next to one (2). */
function englishContext(words: readonly string[]): Uint8Array {
  const out = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    if (words[i].length > 5 || !ENGLISH.has(words[i].toLowerCase())) continue;
    out[i] = 1;
    if (i > 0 && out[i - 1] === 0) out[i - 1] = 2;
    if (i + 1 < words.length) out[i + 1] = 2;
  }
  return out;
}

/** Per-word-type feature cache; cleared when it grows large so memory stays bounded. */
export class FeatureExtractor {
  private cache = new Map<string, WordInfo>();
  private scratchFeats = new Uint32Array(0);
  private scratchCounts = new Uint8Array(0);
  private readonly phraseHashes = new Uint32Array(MAX_PHRASE + 1);

  constructor(private readonly res: FeatureResources) {}

  private info(raw: string): WordInfo {
    let info = this.cache.get(raw);
    if (info) return info;
    const word = raw.length > MAX_FEATURE_WORD ? raw.slice(0, MAX_FEATURE_WORD) : raw;
    const lower = word.toLowerCase();
    const affixes: number[] = [];
    for (let k = 1; k <= 5 && k < lower.length; k++)
      affixes.push(mix3(1000 + k, hashString(lower.slice(-k)), 0));
    for (let k = 1; k <= 4 && k < lower.length; k++)
      affixes.push(mix3(2000 + k, hashString(lower.slice(0, k)), 0));
    const lex = this.res.lexicon;
    const gen = genitiveStem(word);
    const dash = word.indexOf('-', 1);
    const hyphen = dash > 0 && dash < word.length - 1;
    const first = hyphen ? word.slice(0, dash) : '';
    const last = hyphen ? word.slice(word.lastIndexOf('-') + 1) : '';
    const cl = this.res.cluster(lower);
    const km = cl & 0xffff;
    const leaf = cl >>> 16;
    const path = leaf > 0 ? (this.res.brownPaths?.[leaf - 1] ?? 0) : 0;
    info = {
      word: hashString(word),
      lower: hashString(lower),
      affixes,
      shape: hashString(wordShape(word)),
      lex: lex.mask(word),
      genLex: gen ? lex.mask(gen) : 0,
      cap: word !== '' && word[0] !== word[0].toLowerCase(),
      firstPart: hyphen ? hashString(first.toLowerCase()) : 0,
      lastPart: hyphen ? hashString(last.toLowerCase()) : 0,
      firstLex: hyphen ? lex.mask(first) : 0,
      lastLex: hyphen ? lex.mask(last.charAt(0).toUpperCase() + last.slice(1)) : 0,
      erLex: erStemMask(word, lex),
      cluster: km,
      clusterPrefix: km >>> 8,
      brown: path ? BROWN_PREFIXES.map((k) => brownPrefix(path, k)) : NO_BROWN,
      hyphen,
      edge: (word !== '' && word[0] !== word[0].toLowerCase()) || /^\d/.test(word),
    };
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(raw, info);
    return info;
  }

  /**
   * Returns, per word, the name classes of the longest multi-word lexicon entry covering it
   * ("Deutsche Bank", "Bundesamt für Migration und Flüchtlinge"); bit 31 marks the first word.
   */
  private phrases(words: readonly string[], infos: readonly WordInfo[]): Int32Array {
    const n = words.length;
    const out = new Int32Array(n);
    const ends = this.phraseHashes;
    for (let i = 0; i < n - 1; i++) {
      if (!infos[i].edge) continue;
      const longest = Math.min(MAX_PHRASE, n - i);
      // Hashes of "w_i … w_j" for every end j, built word by word (no joined strings).
      let h = hashString(words[i]);
      for (let len = 2; len <= longest; len++) {
        h = hashMore(hashMore(h, ' '), words[i + len - 1]);
        ends[len] = h;
      }
      for (let len = longest; len >= 2; len--) {
        if (!infos[i + len - 1].edge) continue;
        const m = this.res.lexicon.maskOfHash(ends[len]) & PHRASE_BITS;
        if (m === 0) continue;
        out[i] = m | PHRASE_BEGIN;
        for (let j = i + 1; j < i + len; j++) out[j] = m;
        i += len - 1;
        break;
      }
    }
    return out;
  }

  /**
   * Returns the feature hashes of every word of a sentence: a flat Uint32Array with
   * MAX_FEATURES slots per word and the count per word in `counts`.
   */
  extract(words: readonly string[], scratch = false): { feats: Uint32Array; counts: Uint8Array } {
    const n = words.length;
    const infos: WordInfo[] = new Array(n);
    for (let i = 0; i < n; i++) infos[i] = this.info(words[i]);
    const phrase = this.phrases(words, infos);
    const quoted = shortQuotes(words);
    const english = englishContext(words);
    // With `scratch`, the result lives in buffers reused by the next call (no garbage per sentence).
    if (scratch && this.scratchFeats.length < n * MAX_FEATURES) {
      this.scratchFeats = new Uint32Array(n * MAX_FEATURES * 2);
      this.scratchCounts = new Uint8Array(n * 2);
    }
    const feats = scratch ? this.scratchFeats : new Uint32Array(n * MAX_FEATURES);
    const counts = scratch ? this.scratchCounts : new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const w = infos[i];
      const p1 = i > 0 ? infos[i - 1] : BOS_INFO;
      const p2 = i > 1 ? infos[i - 2] : BOS_INFO;
      const n1 = i + 1 < n ? infos[i + 1] : EOS_INFO;
      const n2 = i + 2 < n ? infos[i + 2] : EOS_INFO;
      let k = i * MAX_FEATURES;
      const base = k;
      feats[k++] = 1; // bias
      feats[k++] = mix2(2, w.word);
      feats[k++] = mix2(3, w.lower);
      feats[k++] = mix2(4, p1.lower);
      feats[k++] = mix2(5, n1.lower);
      feats[k++] = mix2(6, p2.lower);
      feats[k++] = mix2(7, n2.lower);
      for (const a of w.affixes) feats[k++] = a;
      feats[k++] = mix2(16, w.shape);
      feats[k++] = mix2(17, p1.shape);
      feats[k++] = mix2(18, n1.shape);
      feats[k++] = mix3(19, mix2(p1.shape, w.shape), n1.shape);
      feats[k++] = mix3(20, p1.lower, w.lower);
      feats[k++] = mix3(21, w.lower, n1.lower);
      feats[k++] = mix3(34, p1.lower, w.shape);
      feats[k++] = mix3(35, w.shape, n1.lower);
      feats[k++] = mix2(30, i === 0 ? mix2(w.shape, 1) : 0);
      for (let b = 0; b < LEX_BITS; b++) {
        const bit = 1 << b;
        if (k - base > MAX_FEATURES - 20) break; // keep room for the fixed features below
        if (w.lex & bit) feats[k++] = mix3(22, b, w.cap ? 1 : 0);
        if (p1.lex & bit) feats[k++] = mix2(23, b);
        if (n1.lex & bit) feats[k++] = mix2(24, b);
        if (w.genLex & bit) feats[k++] = mix2(25, b);
        if (w.firstLex & bit) feats[k++] = mix2(28, b);
        if (w.lastLex & bit) feats[k++] = mix2(29, b);
        if (w.erLex & bit) feats[k++] = mix2(39, b);
      }
      if (w.lex === 0 && w.cap) feats[k++] = mix2(26, i === 0 ? 1 : 0); // unknown capitalised word
      if (quoted[i]) feats[k++] = mix3(41, quoted[i], w.cap ? 1 : 0);
      if (english[i]) feats[k++] = mix3(42, english[i], w.cap ? 1 : 0);
      const ph = phrase[i];
      if (ph !== 0) {
        const begin = ph & PHRASE_BEGIN ? 1 : 2;
        for (let b = 0; b < LEX_BITS; b++) if (ph & (1 << b)) feats[k++] = mix3(40, b, begin);
      }
      if (w.hyphen) {
        feats[k++] = mix2(36, w.firstPart);
        feats[k++] = mix2(37, w.lastPart);
      }
      if (w.cluster) {
        feats[k++] = mix2(31, w.cluster);
        feats[k++] = mix2(38, w.clusterPrefix);
      }
      if (p1.cluster) feats[k++] = mix2(32, p1.cluster);
      if (n1.cluster) feats[k++] = mix2(33, n1.cluster);
      // The neighbours' prefixes too (templates 44/45) cost 18 % speed and scored lower (round six).
      for (let j = 0; j < w.brown.length; j++) feats[k++] = mix3(43, j, w.brown[j]);
      counts[i] = Math.min(k - base, MAX_FEATURES);
    }
    return { feats, counts };
  }
}
