/** One shape for a claim found on the page (nlp `Claim`) and a claim from the dataset (`ClaimRecord`). */
import type { ClaimRecord } from '../dataset/types.ts';
import type { Claim, ClaimKind } from '../nlp/types.ts';

export interface ClaimView {
  text: string;
  kind: ClaimKind;
  speaker?: string;
  cue?: string;
  via: string[];
  date?: string;
  source?: string;
  title?: string;
  url?: string;
  read?: boolean;
  checkworthy?: number;
}

/** Returns true when the claim comes from the dataset (it has an id), false for a page claim. */
export function isClaimRecord(claim: Claim | ClaimRecord): claim is ClaimRecord {
  return typeof (claim as ClaimRecord).id === 'string';
}

/** Returns the display fields of a page claim or a dataset claim. */
export function toClaimView(claim: Claim | ClaimRecord): ClaimView {
  if (isClaimRecord(claim)) {
    return {
      text: claim.text,
      kind: claim.kind,
      speaker: claim.speaker?.name,
      cue: claim.cue,
      via: claim.via ?? [],
      date: claim.date,
      source: claim.source,
      title: claim.title,
      url: claim.url,
      read: claim.read,
    };
  }
  return {
    text: claim.text,
    kind: claim.kind,
    speaker: claim.speaker ? claim.speaker.canonical || claim.speaker.text : undefined,
    cue: claim.cue,
    via: claim.via ?? [],
    checkworthy: claim.checkworthy?.score,
  };
}
