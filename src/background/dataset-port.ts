/**
 * What the background needs from the reference dataset (src/dataset/index.ts `Dataset`), as an
 * interface so handlers can be tested with the real class or a small fake alike.
 */
import type { ArticleMeta } from '../dataset/index.ts';
import type { ClaimRecord, DatasetStats, EntityCard, EntitySummary, SearchHit } from '../dataset/types.ts';
import type { Analysis } from '../nlp/types.ts';

export type { ArticleMeta };

export interface ReferenceDataset {
  addArticle(meta: ArticleMeta, analysis: Analysis, options: { read: boolean }): unknown;
  removeRead(): unknown;
  merge(other: ReferenceDataset): unknown;
  resolve(analysis: Analysis): { entityIds: (string | null)[]; summaries: Record<string, EntitySummary> };
  card(id: string): EntityCard | null | undefined;
  cardByName(name: string): EntityCard | null | undefined;
  related(text: string, options: { speaker?: string; limit?: number }): ClaimRecord[];
  search(query: string, limit?: number): SearchHit[];
  stats(): DatasetStats;
  /** Decodes what loading left compressed, for at most `budgetMs`; true once all is in memory. */
  warm?(budgetMs?: number): boolean;
}
