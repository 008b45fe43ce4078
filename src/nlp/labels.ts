/** The GermEval 2014 tag set: O plus B-/I- for PER/LOC/ORG/OTH and their -deriv/-part forms. */

export const ENTITY_LABELS = [
  'PER',
  'LOC',
  'ORG',
  'OTH',
  'PERderiv',
  'LOCderiv',
  'ORGderiv',
  'OTHderiv',
  'PERpart',
  'LOCpart',
  'ORGpart',
  'OTHpart',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** All BIO tags; index 0 is O, then B-x at 1 + 2k and I-x at 2 + 2k. */
export const TAGS: readonly string[] = ['O', ...ENTITY_LABELS.flatMap((l) => [`B-${l}`, `I-${l}`])];
export const TAG_COUNT = TAGS.length;
const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

/** Returns the index of a BIO tag; throws on an unknown tag. */
export function tagIndex(tag: string): number {
  const i = TAG_INDEX.get(tag);
  if (i === undefined) throw new RangeError(`unknown tag "${tag}"`);
  return i;
}

/** Returns whether tag `to` may follow tag `from` (-1 = sentence start) in BIO: I-x only after B-x/I-x. */
export function allowedTransition(from: number, to: number): boolean {
  if (to === 0 || to % 2 === 1) return true;
  return from > 0 && Math.ceil(from / 2) === to / 2;
}
