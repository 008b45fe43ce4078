/** Learning from reading: one read article → the reader's store and the in-memory dataset. */
import type { Analysis } from '../nlp/types.ts';
import type { Deps } from './deps.ts';
import { readMeta } from './normalize-url.ts';
import { StoreFullError } from './reader-store.ts';

export const ALREADY = 'Dieser Artikel ist schon gelernt.';

/**
 * Stores {meta, analysis} of a read article under its normalised URL and adds it to the dataset;
 * returns {added: false, reason} when it was already learned. `analysis` is only computed when needed.
 */
export async function learnArticle(
  page: { url: string; title?: string; date?: string },
  analysis: () => Analysis | Promise<Analysis>,
  deps: Deps,
): Promise<{ added: boolean; reason?: string }> {
  const { key, meta } = readMeta(page);
  const store = await deps.store();
  if (await store.has(key)) return { added: false, reason: ALREADY };
  const record = { key, meta, analysis: await analysis(), addedAt: deps.now() };
  let added: boolean;
  try {
    added = await store.add(record);
  } catch (error) {
    if (error instanceof StoreFullError) deps.storeError = error.message;
    throw error;
  }
  if (!added) return { added: false, reason: ALREADY };
  deps.storeError = undefined;
  // Only after the store accepted it, so memory and disk never disagree.
  (await deps.dataset.get()).addArticle(record.meta, record.analysis, { read: true });
  return { added: true };
}
