/**
 * Name keys for matching entity names across articles: case, hyphen and spacing variants fold
 * to one key ("NATO", "Nato" → "nato"; "Robert-Koch-Institut", "Robert Koch-Institut" →
 * "robert koch institut"), and inflected forms produce candidate base keys
 * ("Lukaschenkos" → "lukaschenko", "belarussischen" → "belarussisch").
 * Diacritics are kept: "Müller" and "Muller" are different names.
 */

const COMBINING = /[\u0300-\u036f]/;

/** Returns the match key of a name: NFC, lower case, every run of non-letters/digits as one space. */
export function nameKey(name: string): string {
  // Combining marks only occur in decomposed input; skipping normalize() otherwise is much faster.
  return (COMBINING.test(name) ? name.normalize('NFC') : name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Returns the tokens of a name key (words of the name). */
export function keyTokens(key: string): string[] {
  return key ? key.split(' ') : [];
}

/**
 * Returns candidate base keys of an inflected name key, most likely first (genitive -s/-es,
 * weak -n/-en as in "des Präsidenten"); the caller keeps only candidates it knows.
 */
export function inflectionBases(key: string): string[] {
  const out: string[] = [];
  // Only the last word inflects in German names ("Alexander Lukaschenkos").
  if (key.length < 4) return out;
  if (key.endsWith('s')) out.push(key.slice(0, -1));
  if (key.endsWith('es') && key.length > 5) out.push(key.slice(0, -2));
  if (key.endsWith('n') && key.length > 5) out.push(key.slice(0, -1));
  if (key.endsWith('en') && key.length > 6) out.push(key.slice(0, -2));
  return out;
}

const ADJECTIVE_ENDING = /(isch|esisch|nisch)(e|en|er|es|em)?$/u;
const PLACE_ADJECTIVE_ENDING = /er(n|s)?$/u;

/**
 * Returns the stem key of a derived adjective ("belarussischen" → "belarussisch",
 * "Moskauer" → "moskau"), or null when the word does not look like one.
 */
export function adjectiveStem(key: string): string | null {
  if (key.includes(' ')) return null;
  const m = ADJECTIVE_ENDING.exec(key);
  if (m) return key.slice(0, m.index) + m[1];
  const p = PLACE_ADJECTIVE_ENDING.exec(key);
  if (p && key.length - p[0].length >= 3) return key.slice(0, p.index);
  return null;
}

/** Returns true when `short` can be an initial or abbreviation of the first name `full` ("A." → "Alexander"). */
export function firstNameCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}

/**
 * Returns true when `acronym` abbreviates `name`: each capitalised word gives its initial and may
 * give more letters from inside it, in order ("Bundesamt für Migration und Flüchtlinge" → "BAMF",
 * "Robert Koch-Institut" → "RKI").
 */
export function isAcronymOf(acronym: string, name: string): boolean {
  const words = name
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.toLowerCase());
  const acr = acronym.toLowerCase();
  if (words.length === 0 || acr.length < 2) return false;
  const match = (wi: number, ai: number): boolean => {
    if (wi === words.length) return ai === acr.length;
    const w = words[wi];
    if (ai >= acr.length || w[0] !== acr[ai]) return false;
    // Take the initial, then 0..n further letters found later inside the same word.
    let pos = 1;
    let k = ai + 1;
    for (;;) {
      if (match(wi + 1, k)) return true;
      if (k >= acr.length) return false;
      const next = w.indexOf(acr[k], pos);
      if (next < 0) return false;
      pos = next + 1;
      k++;
    }
  };
  return match(0, 0);
}

/** Returns true when `text` looks like an acronym (2–6 letters, mostly upper case: "EZB", "WHO", "NATO"). */
export function isAcronym(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{Ll}]{0,4}\p{Lu}$/u.test(text) || /^\p{Lu}{2,6}$/u.test(text);
}

/** Returns a URL-safe slug of a name for readable entity ids ("Alexander Lukaschenko" → "alexander-lukaschenko"). */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s.slice(0, 60) || 'x';
}

/** Returns a 32-bit FNV-1a hash of a string as base-36 text (stable short ids). */
export function hash36(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
