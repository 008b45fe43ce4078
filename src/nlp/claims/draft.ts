/** The working form of a claim inside the component: the public Claim plus evidence for benchmarks. */
import type { Claim, Span } from '../types.ts';

/** A claim with the character spans of its cue words, its sentence and the rule that found it. */
export interface ClaimDraft extends Claim {
  cueSpans: Span[];
  sentence: number;
  /** The rule that found it (for benchmarks and debugging). */
  rule: string;
}

/** Returns the public Claim of a draft (evidence fields dropped). */
export function toClaim(d: ClaimDraft): Claim {
  const c: Claim = { start: d.start, end: d.end, text: d.text, kind: d.kind, via: d.via };
  if (d.speaker) c.speaker = d.speaker;
  if (d.cue) c.cue = d.cue;
  if (d.checkworthy) c.checkworthy = d.checkworthy;
  return c;
}
