/**
 * Which verbs report speech when they head a main clause without a complement ("X kritisierte Y",
 * "X kündigte … an") rather than an action ("X bestätigte den Tod", "X stellte … vor"): the share of
 * such claims that were right on the Wikinews TRAIN split, per verb stem and particle
 * (data/main-cues.json, built by scripts/claims/extract-main-cues.ts).
 */
import data from './data/main-cues.json' with { type: 'json' };
import { cueStem } from './stem.ts';

interface MainCueFile {
  version: number;
  /** Share of right main-clause claims over all cues: the estimate for an unseen cue. */
  prior: number;
  counts: Record<string, [number, number]>;
}

function validate(raw: unknown): MainCueFile {
  const d = raw as MainCueFile;
  if (d?.version !== 1 || typeof d.prior !== 'number' || typeof d.counts !== 'object')
    throw new Error('claims: data/main-cues.json is not a version-1 main-cue table');
  return d;
}

const TABLE = validate(data);
/** Weight of the prior in the smoothed estimate (one pseudo-observation). */
const PRIOR_WEIGHT = 1;
/** A main-clause cue must have been right at least this often (tuned on Wikinews dev). */
export const MAIN_CUE_MIN_PRECISION = 0.3;

/** Returns the table key of a cue verb and its separable particle ("kündigte", "an" → "kündig…an"). */
export function mainCueKey(verb: string, particle?: string): string {
  return particle ? `${cueStem(verb)}…${cueStem(particle)}` : cueStem(verb);
}

/** Returns the smoothed share of right main-clause claims for a cue key. */
export function mainCuePrecision(key: string): number {
  const [right, seen] = TABLE.counts[key] ?? [0, 0];
  return (right + PRIOR_WEIGHT * TABLE.prior) / (seen + PRIOR_WEIGHT);
}
