/**
 * What the reference dataset answers: card and search shapes shared by the dataset queries,
 * the background worker, the protocol and the UI. The dataset's own storage schema lives
 * beside the builder; these are the query results.
 */
import type { ClaimKind, EntityType } from '../nlp/types.ts';

/** A role phrase an article used for an entity, with where and when. */
export interface DescriptorRecord {
  text: string;
  /** ISO date (YYYY-MM or YYYY-MM-DD) of the article, absent when the corpus has none. */
  date?: string;
  /** Publisher or corpus ("Wikinews", "derStandard", a site host). */
  source?: string;
  /** Article title, when known. */
  title?: string;
  url?: string;
  /** true when the article comes from the reader's own reading. */
  read?: boolean;
}

/** A claim as the dataset keeps it. */
export interface ClaimRecord {
  id: string;
  text: string;
  kind: ClaimKind;
  speaker?: { name: string; entityId?: string };
  cue?: string;
  via: string[];
  /** Entity ids named in the claim. */
  about: string[];
  date?: string;
  source?: string;
  title?: string;
  url?: string;
  read?: boolean;
}

/** Short entity info attached to each mention of an analysed page (enough for a first paint). */
export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  category?: string;
  /** Most recent or most frequent descriptor. */
  descriptor?: string;
  articleCount: number;
  /** Of those, articles the reader read. */
  readCount: number;
}

/** The full context card of an entity. */
export interface EntityCard extends EntitySummary {
  aliases: string[];
  descriptors: DescriptorRecord[];
  mentionCount: number;
  firstSeen?: string;
  lastSeen?: string;
  /** Mentions per month, "YYYY-MM" ascending. */
  perMonth: { month: string; count: number }[];
  /** Entities most often named in the same articles. */
  related: { id: string; name: string; type: EntityType; count: number }[];
  claimsBy: ClaimRecord[];
  claimsAbout: ClaimRecord[];
  /** What the dataset covers, so the card can say what it knows and from when. */
  coverage: { articles: number; from?: string; to?: string };
}

/** A search hit over entities and claims. */
export type SearchHit =
  | { kind: 'entity'; score: number; entity: EntitySummary }
  | { kind: 'claim'; score: number; claim: ClaimRecord };

/** Size and provenance of a loaded dataset. */
export interface DatasetStats {
  version: number;
  articles: number;
  entities: number;
  claims: number;
  from?: string;
  to?: string;
  sources: { name: string; licence: string; articles: number }[];
}
