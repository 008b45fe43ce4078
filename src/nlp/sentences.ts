/**
 * Sentence splitter over tokenizer output. A sentence ends
 *  - after final punctuation (. ! ? … and runs of them) plus any closing quotes or brackets,
 *    unless the next token starts in lower case or is a comma ("„Wir kommen!“, sagte er"),
 *  - after a sentence-final abbreviation ("usw.") followed by a capitalised word,
 *  - at a blank line, or at a line break after a line without final punctuation (headlines,
 *    datelines), unless the next line continues in lower case (hard-wrapped text).
 * Abbreviations and ordinals keep their period inside the token (tokenize.ts), so they never end
 * a sentence here.
 */
import { SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations.ts';
import type { Sentence, Token } from './types.ts';

const FINAL = /^(?:[.!?…]+|[!?]+[.…]*)$/u;
const CLOSING = new Set(['“', '”', '»', '«', '‹', '›', '‘', '’', '"', "'", ')', ']', '}']);
const CONTINUATION = new Set([',', ';', ':', '–', '-', '—']);

function startsLower(tok: Token): boolean {
  const c = tok.text[0];
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Kind of line break in text[from, to): 0 none, 1 single newline, 2 blank line. */
function lineBreak(text: string, from: number, to: number): 0 | 1 | 2 {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n' || c === '\u2028' || c === '\u2029' || (c === '\r' && text[i + 1] !== '\n')) {
      newlines++;
      if (newlines >= 2 || c === '\u2029') return 2;
    }
  }
  return newlines === 1 ? 1 : 0;
}

/** Returns the sentences of `text` as spans with their token ranges. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  const n = tokens.length;
  let first = 0;
  const close = (endExclusive: number): void => {
    if (endExclusive <= first) return;
    sentences.push({
      start: tokens[first].start,
      end: tokens[endExclusive - 1].end,
      tokenStart: first,
      tokenEnd: endExclusive,
    });
    first = endExclusive;
  };
  let k = 0;
  while (k < n) {
    const tok = tokens[k];
    if (k > first) {
      const prev = tokens[k - 1];
      const br = lineBreak(text, prev.end, tok.start);
      if (br === 2 || (br === 1 && !CONTINUATION.has(prev.text) && !startsLower(tok))) {
        close(k);
      }
    }
    const lower = tok.text.endsWith('.') ? tok.text.slice(0, -1).toLowerCase() : '';
    const terminal = FINAL.test(tok.text) || (lower !== '' && SENTENCE_FINAL_ABBREVIATIONS.has(lower));
    k++;
    if (!terminal) continue;
    // Closing quotes and brackets right after the punctuation belong to this sentence.
    while (
      k < n &&
      CLOSING.has(tokens[k].text) &&
      (tokens[k].start === tokens[k - 1].end || tokens[k].text !== '"')
    ) {
      if (tokens[k].start !== tokens[k - 1].end && lineBreak(text, tokens[k - 1].end, tokens[k].start) > 0)
        break;
      k++;
    }
    const next = tokens[k];
    if (next === undefined) break;
    if (startsLower(next) || next.text === ',' || next.text === ';') continue;
    if (lower !== '' && !FINAL.test(tok.text) && !/^\p{Lu}/u.test(next.text)) continue;
    close(k);
  }
  close(n);
  return sentences;
}
