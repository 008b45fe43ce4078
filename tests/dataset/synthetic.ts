/**
 * Small synthetic analyses for dataset tests, so they do not depend on the tagger's quality:
 * mentions are found in the text in order, offsets computed, canonical defaults to the surface.
 */
import type { Analysis, Claim, ClaimKind, EntityType, Mention } from '../../src/nlp/types.ts';

export interface M {
  /** Surface text; found in the text after the previous mention. */
  t: string;
  type: EntityType;
  canonical?: string;
  form?: 'deriv' | 'part';
  descriptor?: string;
  category?: string;
}

export interface C {
  t: string;
  kind?: ClaimKind;
  speaker?: string;
  cue?: string;
  via?: string[];
}

/** Returns an Analysis of `text` with the given mentions and claims (offsets computed). */
export function analysis(text: string, mentions: M[], claims: C[] = []): Analysis {
  let from = 0;
  const entities: Mention[] = mentions.map((m) => {
    const start = text.indexOf(m.t, from);
    if (start < 0) throw new Error(`mention "${m.t}" not in text after ${from}`);
    from = start + m.t.length;
    const mention: Mention = {
      start,
      end: start + m.t.length,
      text: m.t,
      type: m.type,
      canonical: m.canonical ?? m.t,
    };
    if (m.form) mention.form = m.form;
    if (m.descriptor) mention.descriptor = m.descriptor;
    if (m.category) mention.category = m.category;
    return mention;
  });
  const out: Claim[] = claims.map((c) => {
    const start = text.indexOf(c.t);
    if (start < 0) throw new Error(`claim "${c.t}" not in text`);
    const claim: Claim = {
      start,
      end: start + c.t.length,
      text: c.t,
      kind: c.kind ?? 'direct',
      via: c.via ?? [],
    };
    if (c.speaker) claim.speaker = { text: c.speaker, canonical: c.speaker };
    if (c.cue) claim.cue = c.cue;
    return claim;
  });
  return { sentences: [{ start: 0, end: text.length }], entities, claims: out };
}
