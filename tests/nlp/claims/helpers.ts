/** Test helpers for the claims component: analyse a text through the real pipeline. */
import { createDoc } from '../../../src/nlp/analyze.ts';
import { findClaims } from '../../../src/nlp/claims/index.ts';
import type { Claim } from '../../../src/nlp/types.ts';

/** Returns the claims of `text` via createDoc + findClaims (what analyze() does). */
export function claimsOf(text: string): Claim[] {
  return findClaims(createDoc(text));
}

/** Returns the claim whose text contains `needle`, or throws with the claims found. */
export function claimWith(claims: Claim[], needle: string): Claim {
  const c = claims.find((x) => x.text.includes(needle));
  if (!c)
    throw new Error(
      `no claim contains "${needle}"; claims: ${JSON.stringify(claims.map((x) => [x.kind, x.text]))}`,
    );
  return c;
}
