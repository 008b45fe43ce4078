/**
 * German news tokenizer. One linear pass over the text: whitespace and invisible format
 * characters (zero-width, bidi controls) separate tokens; a "chunk" between separators is either a
 * URL / e-mail / domain (one token, trailing punctuation split off) or is scanned character by
 * character into words, numbers and punctuation. No backtracking regular expressions, so the cost
 * is linear in the input. Offsets are exact: `token.text === text.slice(token.start, token.end)`.
 *
 * Conventions (those of GermEval 2014 / TIGER): hyphenated compounds stay one token
 * ("Iskander-Raketen", "CDU-Chef"), truncated compounds keep their hyphen ("Ein-"), numbers keep
 * their separators ("1.000,5"), an abbreviation or ordinal keeps its period ("Dr.", "z.", "1."),
 * every quotation mark and other punctuation is its own token.
 */
import { ABBREVIATIONS, MONTHS, ORDINAL_NOUNS } from './abbreviations.ts';
import type { Token } from './types.ts';

/** Longest token the tokenizer emits; longer runs (no spaces for pages) are cut into pieces. */
export const MAX_TOKEN_LENGTH = 256;

const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const APOSTROPHES = new Set(["'", '\u2019']);
const URL_PREFIX = /^(?:https?:\/\/|ftp:\/\/|www\.)/i;
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
const DOMAIN =
  /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:de|at|ch|com|org|net|eu|info|io|fr|uk|ru|ua|by|cn|gov|edu)$/iu;
const TRAILING_PUNCT = /[.,;:!?)\]}"'»«“”„›‹’‘]+$/u;
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
const MARK = /\p{M}/u;
const SEPARATOR = /[\s\p{Cf}\p{Cc}\p{Zl}\p{Zp}]/u;

/** True for letters, digits and combining marks (ASCII and Latin-1 fast path first). */
export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return WORDISH.test(ch);
}

/** True for characters that separate tokens and are never part of one. */
function isSeparator(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c === 32 || c === 10 || c === 9 || c === 13) return true;
  if (c < 128) return c < 32 || c === 127;
  if (c >= 0xc0 && c <= 0x24f) return false;
  return SEPARATOR.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The code point at `i` as a string (one or two UTF-16 units). */
function charAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i];
}

/** Returns the tokens of `text` with exact offsets. */
export function tokenize(text: string): Token[] {
  if (typeof text !== 'string') throw new TypeError('tokenize: text must be a string');
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = charAt(text, i);
    if (isSeparator(ch)) {
      i += ch.length;
      continue;
    }
    let end = i;
    while (end < n) {
      const c = charAt(text, end);
      if (isSeparator(c)) break;
      end += c.length;
    }
    scanChunk(text, i, end, tokens);
    i = end;
  }
  return tokens;
}

function push(tokens: Token[], text: string, start: number, end: number): void {
  // Cut over-long runs so per-token work stays bounded; never split a surrogate pair.
  while (end - start > MAX_TOKEN_LENGTH) {
    let cut = start + MAX_TOKEN_LENGTH;
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut -= 1;
    tokens.push({ text: text.slice(start, cut), start, end: cut });
    start = cut;
  }
  if (end > start) tokens.push({ text: text.slice(start, end), start, end });
}

/** Tokenizes one whitespace-free chunk [start, end). */
function scanChunk(text: string, start: number, end: number, tokens: Token[]): void {
  if (end - start <= 2048) {
    const chunk = text.slice(start, end);
    if (URL_PREFIX.test(chunk) || chunk.includes('@') || chunk.includes('.')) {
      // Leading quotes/brackets come off first, then trailing punctuation.
      let s = 0;
      while (s < chunk.length && !isWordChar(chunk[s])) s++;
      const core = chunk.slice(s);
      const trail = TRAILING_PUNCT.exec(core);
      const body = trail ? core.slice(0, core.length - trail[0].length) : core;
      if (body.length > 3 && (URL_PREFIX.test(body) || EMAIL.test(body) || DOMAIN.test(body))) {
        scanWords(text, start, start + s, tokens);
        push(tokens, text, start + s, start + s + body.length);
        scanWords(text, start + s + body.length, end, tokens);
        return;
      }
    }
  }
  scanWords(text, start, end, tokens);
}

/** Splits a chunk into words, numbers and punctuation tokens. */
function scanWords(text: string, start: number, end: number, tokens: Token[]): void {
  let i = start;
  while (i < end) {
    const ch = charAt(text, i);
    if (!isWordChar(ch) || (ch.charCodeAt(0) >= 0x300 && MARK.test(ch))) {
      i = scanPunct(text, i, end, tokens);
      continue;
    }
    let j = i + ch.length;
    while (j < end) {
      const c = charAt(text, j);
      if (isWordChar(c)) {
        j += c.length;
        continue;
      }
      const next = j + 1 < end ? charAt(text, j + 1) : undefined;
      const prev = text[j - 1];
      // Hyphen or apostrophe inside a word ("CDU-Chef", "geht's") and "&" in "AT&T".
      if ((HYPHENS.has(c) || APOSTROPHES.has(c) || c === '&') && next !== undefined && isWordChar(next)) {
        j += 1;
        continue;
      }
      // Number separators: "1.000,5", "2,5", "10:30".
      if ((c === '.' || c === ',' || c === ':') && isDigit(prev) && isDigit(next)) {
        j += 1;
        continue;
      }
      // Dotted abbreviations without spaces: "z.B.", "U.S.A.", "d.h." (short segments only).
      if (
        c === '.' &&
        next !== undefined &&
        isWordChar(next) &&
        !isDigit(next) &&
        j - segmentStart(text, i, j) <= 3
      ) {
        j += 1;
        continue;
      }
      break;
    }
    // Truncated compound: "Ein- und Ausfuhr", "Bundes-, Landes- und Kommunalwahlen".
    if (j < end && HYPHENS.has(text[j]) && (j + 1 === end || text[j + 1] === ',' || text[j + 1] === '/')) {
      j += 1;
    } else if (j < end && text[j] === '.' && keepsPeriod(text, i, j, end)) {
      j += 1;
    }
    push(tokens, text, i, j);
    i = j;
  }
}

/** Start of the last dot-separated segment of the word [wordStart, j). */
function segmentStart(text: string, wordStart: number, j: number): number {
  for (let k = j - 1; k >= wordStart; k--) if (text[k] === '.') return k + 1;
  return wordStart;
}

/** Whether the period after the word [start, dot) belongs to it (abbreviation, initial, ordinal). */
function keepsPeriod(text: string, start: number, dot: number, chunkEnd: number): boolean {
  const word = text.slice(start, dot);
  // A period followed by more non-space characters ("Ende.Das") is punctuation.
  if (dot + 1 < chunkEnd && isWordChar(text[dot + 1])) return false;
  if (word.includes('.') && !/\d/.test(word)) return true; // "z.B." style chain inside the word
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // A single capital letter is an initial ("Alexander G. Lukaschenko", "z. B.").
  if (word.length === 1 && !isDigit(word)) return true;
  if (/^\d{1,3}$/.test(word)) return isOrdinalContext(text, dot + 1);
  return false;
}

/** Whether the word after position `from` makes a preceding "N." an ordinal ("1. August"). */
function isOrdinalContext(text: string, from: number): boolean {
  let k = from;
  const limit = Math.min(text.length, from + 64);
  while (k < limit && (text[k] === ' ' || text[k] === '\u00a0')) k++;
  if (k === from || k >= limit) return false;
  let e = k;
  while (e < limit && isWordChar(text[e])) e++;
  const next = text.slice(k, e);
  if (next === '') return false;
  if (isDigit(next[0])) return true; // "1. 8. 2023"
  if (isLower(next[0])) return true; // "am 3. bis 5. Mai", "der 2. deutsche …"
  const lower = next.toLowerCase();
  return MONTHS.has(lower) || ORDINAL_NOUNS.has(lower);
}

/** Emits one punctuation or symbol token at `i` and returns the index after it. */
function scanPunct(text: string, i: number, end: number, tokens: Token[]): number {
  const ch = charAt(text, i);
  let j = i + ch.length;
  if (ch === '.' || ch === '-' || ch === '!' || ch === '?') {
    // Runs: "...", "--", "!!", "?!"
    while (j < end && (text[j] === ch || (ch !== '.' && ch !== '-' && (text[j] === '!' || text[j] === '?'))))
      j++;
  }
  // Combining marks and variation selectors stay with the symbol they modify.
  while (j < end) {
    const c = charAt(text, j);
    if (c.charCodeAt(0) < 0x300 || !MARK.test(c)) break;
    j += c.length;
  }
  push(tokens, text, i, j);
  return j;
}
