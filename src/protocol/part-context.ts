/**
 * Context for a part of the article text. A late paragraph, an edited one or the second chunk of a
 * long article is analysed on its own, so "Er sagte …" there cannot reach the speaker named in the
 * paragraph before, "Scholz" cannot become "Olaf Scholz", and the article's "(dpa)" byline does not
 * reach its claims. The content script therefore sends the text that precedes the part in reading
 * order (a few paragraphs, `CONTEXT_CHARS`); the background analyses context and part together and
 * keeps only what starts in the part (`withoutContext`), with offsets into the part. Pure.
 */
import type { Analysis, Claim, Span } from '../nlp/types.ts';

/** How much preceding text the content script sends with a part (characters, whole paragraphs). */
export const CONTEXT_CHARS = 1_500;
/** Longest context the background accepts. */
export const MAX_CONTEXT = 4_000;
/** Between context and part, as between two blocks of the article text (text-map's BLOCK_SEPARATOR). */
export const CONTEXT_SEPARATOR = '\n\n';

/** Returns the text to analyse for a part with its context, and where the part starts in it. */
export function joinContext(context: string | undefined, text: string): { input: string; cut: number } {
  if (!context) return { input: text, cut: 0 };
  const prefix = context + CONTEXT_SEPARATOR;
  return { input: prefix + text, cut: prefix.length };
}

/**
 * Returns the analysis of `input` (as `joinContext` built it) restricted to what starts at or after
 * `cut`, offsets moved back by `cut`. Whatever starts in the context is left out — it belongs to an
 * earlier part — also a claim that runs from the context into the part. A speaker found in the
 * context keeps its text and canonical name but loses its offsets, which would point outside the part.
 */
export function withoutContext(analysis: Analysis, cut: number): Analysis {
  if (cut === 0) return analysis;
  const inPart = (s: Span) => s.start >= cut;
  const back = <T extends Span>(s: T): T => ({ ...s, start: s.start - cut, end: s.end - cut });
  const claim = (c: Claim): Claim => {
    const moved = back(c);
    const speaker = c.speaker;
    const at = speaker?.start ?? speaker?.end;
    if (speaker && at !== undefined) {
      moved.speaker = { text: speaker.text, canonical: speaker.canonical };
      if (at >= cut) {
        if (speaker.start !== undefined) moved.speaker.start = speaker.start - cut;
        if (speaker.end !== undefined) moved.speaker.end = speaker.end - cut;
      }
    }
    return moved;
  };
  const out: Analysis = {
    sentences: analysis.sentences.filter(inPart).map(back),
    entities: analysis.entities.filter(inPart).map(back),
    claims: analysis.claims.filter(inPart).map(claim),
  };
  if (analysis.tokens) out.tokens = analysis.tokens.filter(inPart).map(back);
  return out;
}
