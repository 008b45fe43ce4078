/** Conversions between mentions and GermEval 2014 BIO tags (B-PER, I-LOCderiv, B-ORGpart, O). */
import type { Mention, Token } from './types.ts';

/** Returns the GermEval label of a mention: type plus "deriv"/"part" suffix ("LOCderiv"). */
export function mentionLabel(m: Pick<Mention, 'type' | 'form'>): string {
  return m.form ? `${m.type}${m.form}` : m.type;
}

/** Returns one BIO tag per token for non-overlapping mentions (a token belongs to the mention covering its start). */
export function mentionsToBio(tokens: Token[], mentions: Mention[]): string[] {
  const tags = new Array<string>(tokens.length).fill('O');
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const m of sorted) {
    while (k < tokens.length && tokens[k].end <= m.start) k++;
    let first = true;
    for (let j = k; j < tokens.length && tokens[j].start < m.end; j++) {
      if (tags[j] !== 'O') continue;
      tags[j] = `${first ? 'B' : 'I'}-${mentionLabel(m)}`;
      first = false;
    }
  }
  return tags;
}

/** Returns tokens with offsets for a pre-tokenized sentence joined by single spaces, and that text. */
export function tokensFromWords(words: string[]): { text: string; tokens: Token[] } {
  const tokens: Token[] = [];
  let pos = 0;
  for (const w of words) {
    tokens.push({ text: w, start: pos, end: pos + w.length });
    pos += w.length + 1;
  }
  return { text: words.join(' '), tokens };
}
