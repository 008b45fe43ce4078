/** Export, import and clearing of the reader's store, keeping the in-memory dataset in step. */
import type { Responses } from '../protocol/messages.ts';
import type { Deps } from './deps.ts';
import { readMeta } from './normalize-url.ts';
import { type StoredArticle, StoreFullError } from './reader-store.ts';
import { decodeBase64, exportStore, parseJsonl, parseStoreExport } from './transfer.ts';

type ImportResult = Responses['store:import'];

/** Returns the JSON export of the reader's articles. */
export async function exportReaderStore(deps: Deps): Promise<string> {
  return exportStore(await (await deps.store()).all(), new Date(deps.now()));
}

/** Writes validated articles in one transaction and adds the new ones to the dataset. */
async function addArticles(
  articles: StoredArticle[],
  deps: Deps,
): Promise<{ added: number; skipped: number }> {
  const store = await deps.store();
  let result: Awaited<ReturnType<typeof store.addMany>>;
  try {
    result = await store.addMany(articles);
  } catch (error) {
    if (error instanceof StoreFullError) deps.storeError = error.message;
    throw error;
  }
  deps.storeError = undefined;
  if (deps.dataset.started) {
    const dataset = await deps.dataset.get();
    for (const a of result.added) dataset.addArticle(a.meta, a.analysis, { read: true });
  }
  return { added: result.added.length, skipped: result.skipped };
}

/**
 * Imports a store export (JSON), a dataset file (base64) or articles as JSON Lines; returns counts.
 * Input is validated completely before anything is written; on any error nothing changes.
 */
export async function importIntoStore(
  format: 'store' | 'dataset' | 'jsonl',
  data: string,
  deps: Deps,
): Promise<ImportResult> {
  if (format === 'store') {
    const articles = parseStoreExport(data);
    deps.progress({ type: 'progress', operation: 'import', done: 0, total: articles.length });
    const { added, skipped } = await addArticles(articles, deps);
    deps.progress({ type: 'progress', operation: 'import', done: articles.length, total: articles.length });
    return { imported: added, skipped, errors: [] };
  }
  if (format === 'dataset') {
    const bytes = decodeBase64(data);
    const dataset = deps.decodeDataset(bytes); // throws on a damaged or foreign file
    const articles = dataset.stats().articles;
    await (await deps.store()).addDataset({ id: `import-${deps.now()}`, bytes, importedAt: deps.now() });
    // Reload lazily so bundled + imported + read articles are merged in one defined order.
    deps.dataset.invalidate();
    return { imported: articles, skipped: 0, errors: [] };
  }
  const { articles, errors } = parseJsonl(data);
  if (errors.length > 0) return { imported: 0, skipped: 0, errors };
  const records: StoredArticle[] = [];
  for (const [i, article] of articles.entries()) {
    const { key, meta } = readMeta(article);
    records.push({ key, meta, analysis: await deps.analyze(article.text), addedAt: deps.now() });
    deps.progress({ type: 'progress', operation: 'import', done: i + 1, total: articles.length });
    // Let other messages (a tab's analyze) in between articles of a long import.
    await new Promise((ok) => setTimeout(ok, 0));
  }
  const { added, skipped } = await addArticles(records, deps);
  return { imported: added, skipped, errors: [] };
}

/** Deletes the reader's store and drops read articles and imported datasets from memory. */
export async function clearStore(deps: Deps): Promise<void> {
  await (await deps.store()).clear();
  deps.storeError = undefined;
  deps.dataset.invalidate();
}
