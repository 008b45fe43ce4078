/** Speech quotes of a document: which paired quotations hold speech, and which words they cover. */
import { attributeQuote, isSpeechQuote, type QuoteAttribution } from './direct.ts';
import { namingFrame } from './naming.ts';
import type { QuoteSpan } from './quotes.ts';
import { type ClaimView, wordAt } from './view.ts';

/** A quotation that holds speech, with its attribution when one was found. */
export interface SpeechQuote {
  q: QuoteSpan;
  attribution: QuoteAttribution | null;
  /** Framed by a verb of naming ("nannte X „…“"): the verb's clause still holds its own claim. */
  naming?: boolean;
}

/** Returns the speech quotes with their attributions; scare quotes and titles are dropped. */
export function speechQuotes(view: ClaimView, quotes: QuoteSpan[]): SpeechQuote[] {
  const out: SpeechQuote[] = [];
  const none = () => false;
  for (const q of quotes) {
    const attribution = attributeQuote(view, q, none);
    if (isSpeechQuote(view.text, q, attribution)) {
      out.push({ q, attribution });
      continue;
    }
    const frame = namingFrame(view, wordAt(view, q.start));
    if (frame) out.push({ q, attribution: { ...frame, via: [], strength: 1 }, naming: true });
  }
  return out;
}

/** Returns a per-word flag: 1 when the word lies inside a speech quote. */
export function quoteMask(view: ClaimView, qs: QuoteSpan[]): Uint8Array {
  const mask = new Uint8Array(view.words.length);
  for (const q of qs) {
    for (let i = wordAt(view, q.start); i < view.words.length && view.words[i].end <= q.end; i++) mask[i] = 1;
  }
  return mask;
}

/** Returns true when fewer than three words of the sentence lie outside speech quotes. */
export function allQuoted(view: ClaimView, w0: number, w1: number, inQuote: (i: number) => boolean): boolean {
  let outside = 0;
  for (let i = w0; i < w1; i++) if (!inQuote(i) && /[\p{L}\p{N}]/u.test(view.words[i].text)) outside++;
  return outside < 3;
}
