/**
 * Entity component of the pipeline: tags each sentence with the trained tagger, applies the
 * rule corrections and document-level consistency, turns BIO chunks into mentions with exact
 * offsets, then links them (canonical names, categories) and attaches appositive descriptors.
 */
import { chunkSpans } from './chunks.ts';
import { enforceConsistency } from './consistency.ts';
import { findDescriptor } from './descriptors.ts';
import { ENTITY_LABELS } from './labels.ts';
import { linkMentions } from './link.ts';
import { postprocessTags } from './postprocess.ts';
import { getTagger } from './tagger.ts';
import type { EntityType, Mention, Sentence, Token } from './types.ts';

/** Longest sentence (in tokens) tagged as one unit; longer runs are tagged in windows. */
const MAX_TAGGED_SENTENCE = 400;

function labelParts(label: string): { type: EntityType; form?: 'deriv' | 'part' } {
  if (!(ENTITY_LABELS as readonly string[]).includes(label))
    throw new RangeError(`unknown entity label ${label}`);
  const type = label.slice(0, 3) as EntityType;
  const rest = label.slice(3);
  return rest === 'deriv' || rest === 'part' ? { type, form: rest } : { type };
}

/** Returns the mentions found in the tokens of `text` (sorted by offset, non-overlapping). */
export function findEntities(text: string, tokens: Token[], sentences: Sentence[]): Mention[] {
  const tagger = getTagger();
  const lexicon = tagger.parts.lexicon;
  // Split over-long sentences into windows so per-sentence work and memory stay bounded.
  const units: { start: number; end: number }[] = [];
  for (const s of sentences) {
    for (let a = s.tokenStart; a < s.tokenEnd; a += MAX_TAGGED_SENTENCE) {
      units.push({ start: a, end: Math.min(s.tokenEnd, a + MAX_TAGGED_SENTENCE) });
    }
  }
  const words = units.map((u) => tokens.slice(u.start, u.end).map((t) => t.text));
  const tags = words.map((w) => postprocessTags(w, tagger.tag(w), lexicon));
  enforceConsistency(words, tags, lexicon);

  const inMention = new Uint8Array(tokens.length);
  const found: { m: Mention; unit: number; a: number; b: number }[] = [];
  units.forEach((u, ui) => {
    for (const c of chunkSpans(tags[ui])) {
      const a = u.start + c.start;
      const b = u.start + c.end;
      const start = tokens[a].start;
      const end = tokens[b - 1].end;
      const m: Mention = { start, end, text: text.slice(start, end), ...labelParts(c.label), canonical: '' };
      for (let i = a; i < b; i++) inMention[i] = 1;
      found.push({ m, unit: ui, a, b });
    }
  });
  for (const f of found) {
    const u = units[f.unit];
    const d = findDescriptor(tokens, u.start, u.end, f.a, f.b, f.m.type, lexicon, (i) => inMention[i] === 1);
    if (d && !f.m.form) f.m.descriptor = d;
  }
  const mentions = found.map((f) => f.m);
  linkMentions(
    mentions,
    lexicon,
    found.map((f) => ({
      before: [tokens[f.a - 1]?.text ?? '', tokens[f.a - 2]?.text ?? ''],
      after: tokens[f.b]?.text ?? '',
    })),
  );
  return mentions;
}
