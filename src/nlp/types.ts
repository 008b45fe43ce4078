/**
 * The document model shared by every part of Kontext (see docs/architecture.md).
 * Offsets are JavaScript string indices into the analysed text and always satisfy
 * `text === input.slice(start, end)`; the input is never normalised.
 */

/** A half-open character range [start, end) into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** One token of the tokenizer, with its offsets. */
export interface Token extends Span {
  text: string;
}

/** A sentence: its character span and the half-open range of token indices it covers. */
export interface Sentence extends Span {
  tokenStart: number;
  tokenEnd: number;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'OTH';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'OTH'];

/** A named thing found in the text. */
export interface Mention extends Span {
  text: string;
  /** OTH: weapons systems, events, products, laws, works. */
  type: EntityType;
  /** deriv: "belarussische" (derived from Belarus); part: "Nato-Gipfel" (name inside a compound). */
  form?: 'deriv' | 'part';
  /** Finer label where known: "weapon", "media", "party", "country", "city", … */
  category?: string;
  /** The entity's normal name as far as this text tells ("Alexander Lukaschenko", "Belarus"). */
  canonical: string;
  /** Role phrase attached here: "Chinas neuer Verteidigungsminister". */
  descriptor?: string;
}

export type ClaimKind = 'direct' | 'indirect' | 'announcement' | 'factual';
export const CLAIM_KINDS: readonly ClaimKind[] = ['direct', 'indirect', 'announcement', 'factual'];

/** Who made a claim: the mention (or pronoun) and the entity it resolves to. */
export interface Speaker {
  text: string;
  canonical: string;
  start?: number;
  end?: number;
}

/** A statement found in the text. */
export interface Claim extends Span {
  text: string;
  kind: ClaimKind;
  /** Resolved through pronouns; absent for factual claims. */
  speaker?: Speaker;
  /** Discontinuous cue parts joined by " … ": "kündigte … an". */
  cue?: string;
  /** Media chain the claim came through, nearest first: ["Belta", "dpa"]. */
  via: string[];
  /** For factual claims: how worth checking, in [0, 1], and why. */
  checkworthy?: { score: number; reasons: string[] };
}

/** The result of `analyze(text)`; what `kontext analyze` prints. */
export interface Analysis {
  sentences: Span[];
  tokens?: Span[];
  entities: Mention[];
  claims: Claim[];
}

/**
 * The working document the pipeline components share (spaCy-like): each component reads
 * what earlier ones wrote and adds its own layer.
 */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: Mention[];
  claims: Claim[];
}
