// Placeholder until the claims component lands (issue 4): the pipeline calls findClaims(doc).
import type { Claim, Doc } from '../types.ts';

/** Returns the claims of a document (placeholder: none yet). */
export function findClaims(_doc: Doc): Claim[] {
  return [];
}
