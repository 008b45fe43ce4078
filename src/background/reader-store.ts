/**
 * The reader's own store in IndexedDB (through idb): the articles they read, as {meta, analysis}
 * (never the page text), and dataset files they imported. Versioned schema with migrations:
 *   v1 (Kontext 0.0.x): store "pages" keyed by url: {url, title?, date?, site?, entities, claims, readAt}
 *   v2: store "articles" keyed by normalised URL: {key, meta, analysis, addedAt}; store "datasets".
 * Writes of several records run in one transaction, so a failing import changes nothing.
 */
import { type IDBPDatabase, openDB } from 'idb';
import type { Analysis, Claim, Mention } from '../nlp/types.ts';
import type { StoreStats } from '../protocol/messages.ts';
import type { ArticleMeta } from './dataset-port.ts';
import { readMeta } from './normalize-url.ts';

export const DB_NAME = 'kontext-reader';
export const DB_VERSION = 2;

/** One article the reader read. */
export interface StoredArticle {
  /** Normalised URL (normalizeUrl). */
  key: string;
  meta: ArticleMeta;
  analysis: Analysis;
  /** Epoch ms when it was learned. */
  addedAt: number;
}

/** A dataset file the reader imported (bytes as built by `kontext dataset build`). */
export interface StoredDataset {
  id: string;
  bytes: Uint8Array;
  importedAt: number;
}

/** The v1 record, kept only to migrate it. */
interface V1Page {
  url: string;
  title?: string;
  date?: string;
  site?: string;
  entities?: Mention[];
  claims?: Claim[];
  readAt?: number;
}

/** Thrown when the browser refuses to store more (quota) — the store stays as it was. */
export class StoreFullError extends Error {
  constructor(cause: unknown) {
    super(
      'Der Speicher für gelesene Artikel ist voll; der Artikel wurde nicht gespeichert. Löschen Sie alte Daten in den Einstellungen.',
    );
    this.name = 'StoreFullError';
    this.cause = cause;
  }
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Converts a v1 page record to a v2 article (its entities/claims become the analysis). */
export function migrateV1Page(page: V1Page): StoredArticle {
  const { key, meta } = readMeta({ url: page.url, title: page.title, date: page.date, source: page.site });
  return {
    key,
    meta,
    analysis: { sentences: [], entities: page.entities ?? [], claims: page.claims ?? [] },
    addedAt: page.readAt ?? 0,
  };
}

export class ReaderStore {
  private constructor(private readonly db: IDBPDatabase) {}

  /** Opens (and if needed creates or migrates) the reader's database. */
  static async open(name = DB_NAME): Promise<ReaderStore> {
    const db = await openDB(name, DB_VERSION, {
      async upgrade(database, oldVersion, _newVersion, tx) {
        if (oldVersion < 2) {
          const articles = database.createObjectStore('articles', { keyPath: 'key' });
          database.createObjectStore('datasets', { keyPath: 'id' });
          if (oldVersion === 1 && database.objectStoreNames.contains('pages')) {
            // biome-ignore lint/suspicious/noExplicitAny: the v1 store is not in the typed schema
            const pages = (await (tx as any).objectStore('pages').getAll()) as V1Page[];
            for (const page of pages) {
              // A v1 record with an unusable URL cannot get a key; it is dropped, not guessed.
              try {
                await articles.put(migrateV1Page(page));
              } catch (error) {
                if (!(error instanceof TypeError)) throw error;
              }
            }
            database.deleteObjectStore('pages');
          }
        }
      },
      blocked() {
        // Another context holds an older version open; it closes on its versionchange.
      },
    });
    db.addEventListener('versionchange', () => db.close());
    return new ReaderStore(db);
  }

  /** Returns true when an article with this key is stored. */
  async has(key: string): Promise<boolean> {
    return (await this.db.getKey('articles', key)) !== undefined;
  }

  /** Stores a new article; returns false when the key was already there (nothing changes then). */
  async add(article: StoredArticle): Promise<boolean> {
    try {
      await this.db.add('articles', article);
      return true;
    } catch (error) {
      if ((error as { name?: string }).name === 'ConstraintError') return false;
      if (isQuotaError(error)) throw new StoreFullError(error);
      throw error;
    }
  }

  /** Stores several articles in one transaction, skipping keys already present; returns how many were added. */
  async addMany(articles: StoredArticle[]): Promise<{ added: StoredArticle[]; skipped: number }> {
    const tx = this.db.transaction('articles', 'readwrite');
    // Observed below; without this an aborted transaction is also reported as an unhandled rejection.
    tx.done.catch(() => {});
    const added: StoredArticle[] = [];
    let skipped = 0;
    try {
      for (const article of articles) {
        if ((await tx.store.getKey(article.key)) !== undefined || added.some((a) => a.key === article.key)) {
          skipped++;
          continue;
        }
        await tx.store.add(article);
        added.push(article);
      }
      await tx.done;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by the failing request itself.
      }
      if (isQuotaError(error)) throw new StoreFullError(error);
      throw error;
    }
    return { added, skipped };
  }

  /** Returns every stored article. */
  all(): Promise<StoredArticle[]> {
    return this.db.getAll('articles');
  }

  /** Stores an imported dataset file. */
  async addDataset(dataset: StoredDataset): Promise<void> {
    try {
      await this.db.put('datasets', dataset);
    } catch (error) {
      if (isQuotaError(error)) throw new StoreFullError(error);
      throw error;
    }
  }

  /** Returns every imported dataset file. */
  datasets(): Promise<StoredDataset[]> {
    return this.db.getAll('datasets');
  }

  /** Counts articles, distinct entities (by canonical name and type) and claims. */
  async stats(): Promise<StoreStats> {
    const articles = await this.all();
    const entities = new Set<string>();
    let claims = 0;
    for (const a of articles) {
      for (const m of a.analysis.entities) entities.add(`${m.type}:${m.canonical}`);
      claims += a.analysis.claims.length;
    }
    return { articles: articles.length, entities: entities.size, claims };
  }

  /** Deletes everything the reader stored (articles and imported datasets), in one transaction. */
  async clear(): Promise<void> {
    const tx = this.db.transaction(['articles', 'datasets'], 'readwrite');
    await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('datasets').clear(), tx.done]);
  }

  close(): void {
    this.db.close();
  }
}
