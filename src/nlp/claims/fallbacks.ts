/** Fallbacks and small helpers of the claims pass: speaker back-offs, via lists, span trimming. */
import type { Speaker } from '../types.ts';
import type { Attribution } from './attribution.ts';
import type { ClaimDraft } from './draft.ts';
import { mediaIn } from './media.ts';
import type { SpeakerPhrase } from './speaker.ts';
import { type ClaimView, mentionsIn } from './view.ts';

/** Returns true when the sentence opens with "Das"/"Dies" right before the cue ("Das berichtete die Zeitung"). */
export function isAnaphoric(view: ClaimView, w0: number, cueSpans: { start: number }[]): boolean {
  const first = view.words[w0]?.lower;
  return (first === 'das' || first === 'dies') && cueSpans[0]?.start === view.words[w0 + 1]?.start;
}

/** Returns the end offset of words [.., w1) without the final punctuation. */
export function trimEnd(view: ClaimView, w1: number): number {
  let b = w1;
  while (b > 1 && /^[.!?,;:]$/.test(view.words[b - 1].text)) b--;
  return view.words[b - 1].end;
}

/** Returns the media named in attribution phrases of a sentence. */
export function viaOf(view: ClaimView, ats: Attribution[]): string[] {
  const out: string[] = [];
  for (const a of ats) if (a.source) for (const m of mediaIn(view, a.source.w0, a.source.w1)) out.push(m);
  return out;
}

/** Returns the speaker named by the first attribution phrase with a source. */
export function sourceSpeaker(
  ats: Attribution[],
  resolve: (p: SpeakerPhrase | null) => Speaker | undefined,
): Speaker | undefined {
  for (const a of ats) if (a.source) return resolve(a.source);
  return undefined;
}

/** Returns the last person or organisation mention in [from, to), as a speaker. */
export function nearestActor(view: ClaimView, from: number, to: number): Speaker | undefined {
  const ms = mentionsIn(view, from, to).filter((m) => (m.type === 'PER' || m.type === 'ORG') && m.end <= to);
  const m = ms[ms.length - 1];
  return m ? { text: m.text, canonical: m.canonical, start: m.start, end: m.end } : undefined;
}

/** Gives an unattributed direct quote right before an attributed one ("„A.“ „B“, sagte X") its speaker. */
export function inheritForward(drafts: ClaimDraft[]): void {
  for (let i = drafts.length - 2; i >= 0; i--) {
    const a = drafts[i];
    const b = drafts[i + 1];
    if (
      a.kind === 'direct' &&
      !a.speaker &&
      b.kind === 'direct' &&
      b.speaker &&
      b.sentence - a.sentence <= 1
    ) {
      a.speaker = b.speaker;
      if (!a.via.length) a.via = b.via;
    }
  }
}
