/**
 * Quotation-mark pairing in one linear pass over the text.
 *
 * German news uses „…“ (and „…”), »…«, Swiss «…», ‚…‘, and straight "…" or English “…”. The marks are
 * ambiguous: “ closes „ but opens an English quote; " opens or closes depending on its neighbours.
 * A small stack keeps nested quotes; only outermost quotes are returned (nested ones lie inside them).
 * Unbalanced marks never throw: an opening mark that is still open at a paragraph break or after
 * MAX_QUOTE_CHARS characters is dropped, and a closing mark with no opener is ignored.
 */

/** A paired outermost quotation: [start, end) includes both marks. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/** Longest quotation we accept; longer "quotes" are almost always a missing closing mark. */
export const MAX_QUOTE_CHARS = 6000;
/** Deepest nesting we track; deeper opening marks are treated as plain characters. */
const MAX_DEPTH = 4;

/** Closing marks each opening mark accepts. */
const CLOSERS: Record<string, string> = {
  '„': '“”"',
  '»': '«',
  '«': '»',
  '‚': '‘’',
  '"': '"',
  '“': '”"',
};

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isOpenContext = (c: string | undefined) => c === undefined || /[\s([{\-–—/:;,]/.test(c);

/** Returns the outermost paired quotations of `text`, in text order. */
export function findQuotations(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: { mark: string; pos: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      // A blank line ends a paragraph: quotes do not run across paragraphs in news text.
      if (stack.length && /^\n[ \t\r]*\n/.test(text.slice(i, i + 8))) stack.length = 0;
      continue;
    }
    if (stack.length && i - stack[0].pos > MAX_QUOTE_CHARS) stack.length = 0;
    if (!(c in CLOSERS) && c !== '“' && c !== '”' && c !== '‘' && c !== '’') continue;
    const top = stack[stack.length - 1];
    // Closing: the innermost open quote that accepts this mark.
    let closed = false;
    for (let d = stack.length - 1; d >= 0; d--) {
      if (!CLOSERS[stack[d].mark].includes(c)) continue;
      // An apostrophe (’) or a straight quote followed by a letter does not close.
      if ((c === '’' || c === '"') && /\p{L}/u.test(text[i + 1] ?? '')) break;
      if (d === 0) out.push({ start: stack[0].pos, end: i + 1 });
      stack.length = d;
      closed = true;
      break;
    }
    if (closed) continue;
    if (!(c in CLOSERS) || stack.length >= MAX_DEPTH) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (isSpace(next)) continue; // an opening mark hugs the quoted text
    if (c === '"' || c === '“' || c === '‚') {
      if (!isOpenContext(prev)) continue;
    }
    if (top?.mark === c && (c === '»' || c === '«')) continue;
    stack.push({ mark: c, pos: i });
  }
  return out;
}
