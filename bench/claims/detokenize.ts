/**
 * Rebuilds plausible running text from a token list (corpora that ship tokens, not text): no space
 * before closing punctuation and closing quotes, none after opening quotes and brackets. Returns the
 * text and each token's span, so gold token labels can be compared with character-based claims.
 */

/** Returns the text of the tokens and the span of each token in it. */
export function detokenize(
  tokens: string[],
  breaks?: boolean[],
): { text: string; spans: [number, number][] } {
  let text = '';
  const spans: [number, number][] = [];
  // German »…« (the corpora here are German; Swiss «…» would need the other direction).
  const guillemetOpen = '»';
  let guillemetDepth = 0;
  let straightOpen = false;
  let lowOpen = 0;
  let glueNext = true;
  tokens.forEach((t, i) => {
    let opening = false;
    let closing = false;
    if (t === '„' || t === '‚') {
      opening = true;
      lowOpen++;
    } else if (t === '“' || t === '‘') {
      if (lowOpen > 0) {
        closing = true;
        lowOpen--;
      } else opening = true;
    } else if (t === '”') closing = true;
    else if (t === '"') {
      straightOpen = !straightOpen;
      opening = straightOpen;
      closing = !straightOpen;
    } else if (t === '»' || t === '«') {
      if (t === guillemetOpen) {
        opening = true;
        guillemetDepth++;
      } else if (guillemetDepth > 0) {
        closing = true;
        guillemetDepth--;
      } else opening = true;
    }
    const punct = /^[.,;:!?)\]}…]$/.test(t) || /^'s$/.test(t);
    const lineBreak = breaks?.[i] && i > 0;
    if (i > 0) {
      if (lineBreak) text += '\n';
      else if (!(glueNext || closing || punct)) text += ' ';
    }
    spans.push([text.length, text.length + t.length]);
    text += t;
    glueNext = opening || /^[([{]$/.test(t);
  });
  return { text, spans };
}
