// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DB_VERSION,
  ReaderStore,
  type StoredArticle,
  StoreFullError,
} from '../../src/background/reader-store.ts';
import { fakeAnalyze } from './helpers.ts';

const fixture = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/learn/store-v1.json'), 'utf8'),
);
let n = 0;
const freshName = () => `reader-store-test-${++n}`;

function article(url: string, text = 'Lukaschenko besucht China.'): StoredArticle {
  return { key: url, meta: { id: url, url }, analysis: fakeAnalyze(text), addedAt: 1 };
}

afterEach(() => vi.restoreAllMocks());

describe('ReaderStore', () => {
  it('adds an article once and reports a duplicate key as not added', async () => {
    const store = await ReaderStore.open(freshName());
    expect(await store.add(article('https://a.de/1'))).toBe(true);
    expect(await store.add(article('https://a.de/1'))).toBe(false);
    expect(await store.has('https://a.de/1')).toBe(true);
    expect(await store.stats()).toEqual({ articles: 1, entities: 2, claims: 0 });
    store.close();
  });

  it('writes a batch in one transaction: a failure in the middle leaves the store unchanged', async () => {
    const store = await ReaderStore.open(freshName());
    await store.add(article('https://a.de/old'));
    const batch = [article('https://a.de/1'), article('https://a.de/2'), article('https://a.de/3')];
    const realAdd = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 2) throw new DOMException('voll', 'QuotaExceededError');
      return realAdd.apply(this, args as Parameters<typeof realAdd>);
    });
    await expect(store.addMany(batch)).rejects.toBeInstanceOf(StoreFullError);
    vi.restoreAllMocks();
    expect((await store.all()).map((a) => a.key)).toEqual(['https://a.de/old']);
    store.close();
  });

  it('maps a quota error on a single add to StoreFullError with a readable message', async () => {
    const store = await ReaderStore.open(freshName());
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const error = await store.add(article('https://a.de/1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreFullError);
    expect((error as Error).message).toMatch(/Speicher .* voll/);
    vi.restoreAllMocks();
    expect(await store.all()).toEqual([]);
    store.close();
  });

  it('skips keys already present (and duplicates inside the batch) in addMany', async () => {
    const store = await ReaderStore.open(freshName());
    await store.add(article('https://a.de/1'));
    const result = await store.addMany([
      article('https://a.de/1'),
      article('https://a.de/2'),
      article('https://a.de/2'),
    ]);
    expect(result.added.map((a) => a.key)).toEqual(['https://a.de/2']);
    expect(result.skipped).toBe(2);
    store.close();
  });

  it('clears articles and imported datasets together', async () => {
    const store = await ReaderStore.open(freshName());
    await store.add(article('https://a.de/1'));
    await store.addDataset({ id: 'd1', bytes: new Uint8Array([1, 2, 3]), importedAt: 1 });
    expect((await store.datasets())[0].bytes).toEqual(new Uint8Array([1, 2, 3]));
    await store.clear();
    expect(await store.all()).toEqual([]);
    expect(await store.datasets()).toEqual([]);
    store.close();
  });

  it('migrates a version-1 store to the current schema without losing readable articles', async () => {
    const name = freshName();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('pages', { keyPath: 'url' });
      },
    });
    for (const page of fixture.pages) await v1.put('pages', page);
    v1.close();

    const store = await ReaderStore.open(name);
    const articles = (await store.all()).sort((a, b) => a.key.localeCompare(b.key));
    expect(articles.map((a) => a.key)).toEqual([
      'https://beispiel-zeitung.de/politik/minsk-besuch',
      'https://example.org/nato',
    ]);
    expect(articles[0].meta).toMatchObject({
      title: 'Lukaschenko in Peking',
      date: '2023-08-10',
      source: 'beispiel-zeitung.de',
    });
    expect(articles[0].analysis.entities.map((e) => e.canonical)).toEqual(['Lukaschenko', 'Peking']);
    expect(articles[1].analysis.claims[0].speaker?.canonical).toBe('Jens Stoltenberg');
    expect(articles[0].addedAt).toBe(1691660000000);
    store.close();

    const raw = await openDB(name, DB_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['articles', 'datasets']);
    raw.close();
  });
});
