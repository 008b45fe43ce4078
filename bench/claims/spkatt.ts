/**
 * SpkAtt-2023 (Bundestag speeches), token-level cue and source F1: a token is a predicted cue when
 * it overlaps a cue span of one of our non-factual claims, a predicted source when it overlaps a
 * speaker mention. (The official SpkAtt scorer matches whole events; ours is the simpler token view.)
 */
import type { SpkAttDoc } from '../../scripts/claims/read-corpora.ts';
import { createDoc } from '../../src/nlp/analyze.ts';
import { findClaimDrafts } from '../../src/nlp/claims/index.ts';
import type { Span } from '../../src/nlp/types.ts';
import { detokenize } from './detokenize.ts';

/** Token-level counts for cues and sources. */
export interface SpkAttCounts {
  cue: { tp: number; pred: number; gold: number };
  source: { tp: number; pred: number; gold: number };
  sentences: number;
}

/** Returns the text of a speech (detokenized, sentences on new lines) and each token's span by id. */
export function speechText(doc: SpkAttDoc): { text: string; spans: Map<string, Span> } {
  const ids: string[] = [];
  const toks: string[] = [];
  const breaks: boolean[] = [];
  for (const s of doc.Sentences) {
    s.Tokens.forEach((t, i) => {
      ids.push(`${s.SentenceId}:${i}`);
      toks.push(t);
      breaks.push(i === 0);
    });
  }
  const { text, spans: list } = detokenize(toks, breaks);
  const spans = new Map<string, Span>();
  ids.forEach((id, i) => {
    spans.set(id, { start: list[i][0], end: list[i][1] });
  });
  return { text, spans };
}

/** Adds one speech's comparison to the counts. */
export function scoreSpeech(doc: SpkAttDoc, c: SpkAttCounts): void {
  const { text, spans } = speechText(doc);
  const drafts = findClaimDrafts(createDoc(text)).filter((d) => d.kind !== 'factual');
  const cueMask = new Uint8Array(text.length);
  const srcMask = new Uint8Array(text.length);
  for (const d of drafts) {
    for (const s of d.cueSpans) cueMask.fill(1, s.start, s.end);
    if (d.speaker?.start !== undefined && d.speaker.end !== undefined)
      srcMask.fill(1, d.speaker.start, d.speaker.end);
  }
  const goldCue = new Set<string>();
  const goldSrc = new Set<string>();
  for (const a of doc.Annotations) {
    for (const id of a.Cue) goldCue.add(id);
    for (const id of a.Source) goldSrc.add(id);
  }
  for (const [id, sp] of spans) {
    const pc = cueMask.subarray(sp.start, sp.end).includes(1);
    const ps = srcMask.subarray(sp.start, sp.end).includes(1);
    if (pc) c.cue.pred++;
    if (goldCue.has(id)) c.cue.gold++;
    if (pc && goldCue.has(id)) c.cue.tp++;
    if (ps) c.source.pred++;
    if (goldSrc.has(id)) c.source.gold++;
    if (ps && goldSrc.has(id)) c.source.tp++;
  }
  c.sentences += doc.Sentences.length;
}
