// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/background/handle-message.ts';
import { Dataset } from '../../src/dataset/index.ts';
import type { Reply } from '../../src/protocol/messages.ts';
import { ARTICLE_1, ARTICLE_2, fakeAnalyze, makeDeps, SELF } from './helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: replies are inspected loosely in tests
const data = (reply: Reply): any => {
  if (!reply.ok) throw new Error(`expected ok reply, got: ${reply.error}`);
  return reply.data;
};

afterEach(() => vi.restoreAllMocks());

async function learnTwo(deps: Awaited<ReturnType<typeof makeDeps>>['deps']) {
  data(
    await handleMessage(
      { type: 'learn', text: ARTICLE_1, url: 'https://news.de/a', title: 'A', date: '2023-08-10' },
      SELF,
      deps,
    ),
  );
  data(
    await handleMessage({ type: 'learn', text: ARTICLE_2, url: 'https://news.de/b', title: 'B' }, SELF, deps),
  );
}

describe('store export and import', () => {
  it('round-trips the reader store through its JSON export into a fresh store', async () => {
    const a = await makeDeps();
    await learnTwo(a.deps);
    const { json } = data(await handleMessage({ type: 'store:export' }, SELF, a.deps));
    expect(JSON.parse(json)).toMatchObject({ format: 'kontext-reader-store', version: 2 });
    expect(json).not.toContain('Kritik zurück'); // the page text itself is never stored

    const b = await makeDeps();
    const result = data(
      await handleMessage({ type: 'store:import', format: 'store', data: json }, SELF, b.deps),
    );
    expect(result).toEqual({ imported: 2, skipped: 0, errors: [] });
    expect(
      data(await handleMessage({ type: 'cardByName', name: 'Lukaschenko' }, SELF, b.deps)).readCount,
    ).toBe(2);
    const again = data(
      await handleMessage({ type: 'store:import', format: 'store', data: json }, SELF, b.deps),
    );
    expect(again).toEqual({ imported: 0, skipped: 2, errors: [] });
    expect(b.progress.at(-1)).toEqual({ type: 'progress', operation: 'import', done: 2, total: 2 });
  });

  it('rejects a damaged export with a clear error and keeps the store as it was', async () => {
    const { deps } = await makeDeps();
    await learnTwo(deps);
    const { json } = data(await handleMessage({ type: 'store:export' }, SELF, deps));
    const broken = JSON.parse(json);
    broken.articles[1].analysis.entities[0].type = 'XYZ';
    const reply = await handleMessage(
      { type: 'store:import', format: 'store', data: JSON.stringify(broken) },
      SELF,
      deps,
    );
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(/Keine Kontext-Sicherung.*articles\.1\.analysis\.entities\.0\.type/),
    });
    const notJson = await handleMessage(
      { type: 'store:import', format: 'store', data: '{"format":' },
      SELF,
      deps,
    );
    expect(notJson.ok).toBe(false);
    expect(data(await handleMessage({ type: 'stats' }, SELF, deps)).store.articles).toBe(2);
  });

  it('imports JSON Lines articles (analysed and learned), all or nothing', async () => {
    const { deps, progress } = await makeDeps();
    const lines = [
      JSON.stringify({ text: ARTICLE_1, url: 'https://news.de/a', title: 'A' }),
      '',
      JSON.stringify({ text: ARTICLE_2, url: 'https://news.de/b' }),
    ].join('\n');
    const bad = `${lines}\n{"text": "x"}\nkein json`;
    const refused = data(
      await handleMessage({ type: 'store:import', format: 'jsonl', data: bad }, SELF, deps),
    );
    expect(refused.imported).toBe(0);
    expect(refused.errors).toEqual([
      expect.stringMatching(/^Zeile 4: url/),
      expect.stringMatching(/^Zeile 5: kein gültiges JSON/),
    ]);
    expect(data(await handleMessage({ type: 'stats' }, SELF, deps)).store.articles).toBe(0);

    const ok = data(await handleMessage({ type: 'store:import', format: 'jsonl', data: lines }, SELF, deps));
    expect(ok).toEqual({ imported: 2, skipped: 0, errors: [] });
    expect(progress.map((p) => p.done)).toEqual([1, 2]);
    expect(data(await handleMessage({ type: 'cardByName', name: 'Belarus' }, SELF, deps)).readCount).toBe(2);
  });

  it('imports a dataset file (base64) built elsewhere, keeps it across a restart, and refuses garbage', async () => {
    const built = Dataset.empty();
    built.addArticle(
      { id: 'w1', title: 'Nato tagt', source: 'Wikinews', licence: 'CC BY 2.5', date: '2024-01-05' },
      fakeAnalyze('Die Nato tagt in Belarus.'),
      { read: false },
    );
    const base64 = Buffer.from(built.encode()).toString('base64');

    const a = await makeDeps();
    expect(
      data(await handleMessage({ type: 'store:import', format: 'dataset', data: base64 }, SELF, a.deps)),
    ).toEqual({ imported: 1, skipped: 0, errors: [] });
    expect(data(await handleMessage({ type: 'cardByName', name: 'Nato' }, SELF, a.deps)).articleCount).toBe(
      1,
    );

    // A restarted worker: new Deps over the same database.
    const b = await makeDeps({ dbName: a.dbName });
    expect(data(await handleMessage({ type: 'cardByName', name: 'Nato' }, SELF, b.deps)).articleCount).toBe(
      1,
    );

    const garbage = await handleMessage(
      { type: 'store:import', format: 'dataset', data: 'bm9ub25zZW5zZQ==' },
      SELF,
      b.deps,
    );
    expect(garbage.ok).toBe(false);
    const notBase64 = await handleMessage(
      { type: 'store:import', format: 'dataset', data: '%%%' },
      SELF,
      b.deps,
    );
    expect(notBase64).toEqual({
      ok: false,
      error: 'store:import: Die Datensatzdatei ist nicht base64-kodiert.',
    });
  });

  it('store:clear removes read articles and imported datasets from disk and memory', async () => {
    const { deps } = await makeDeps({
      bundled: () => {
        const d = Dataset.empty();
        d.addArticle(
          { id: 'bundled-1', source: 'Wikinews', licence: 'CC BY 2.5' },
          fakeAnalyze('Lukaschenko regiert Belarus.'),
          { read: false },
        );
        return d;
      },
    });
    await learnTwo(deps);
    expect(data(await handleMessage({ type: 'cardByName', name: 'Lukaschenko' }, SELF, deps))).toMatchObject({
      articleCount: 3,
      readCount: 2,
    });
    expect(data(await handleMessage({ type: 'store:clear' }, SELF, deps))).toEqual({ cleared: true });
    expect(data(await handleMessage({ type: 'cardByName', name: 'Lukaschenko' }, SELF, deps))).toMatchObject({
      articleCount: 1,
      readCount: 0,
    });
    expect(data(await handleMessage({ type: 'stats' }, SELF, deps)).store).toEqual({
      articles: 0,
      entities: 0,
      claims: 0,
    });
  });

  it('reports a full store in stats.storeError, keeps the store intact, and clears the error after success', async () => {
    const { deps } = await makeDeps();
    await learnTwo(deps);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const reply = await handleMessage(
      { type: 'learn', text: ARTICLE_1, url: 'https://news.de/c' },
      SELF,
      deps,
    );
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^learn: Der Speicher .* voll/) });
    const stats = data(await handleMessage({ type: 'stats' }, SELF, deps));
    expect(stats.storeError).toMatch(/voll/);
    expect(stats.store.articles).toBe(2);
    expect(data(await handleMessage({ type: 'cardByName', name: 'Lukaschenko' }, SELF, deps)).readCount).toBe(
      2,
    );
    vi.restoreAllMocks();
    data(await handleMessage({ type: 'learn', text: ARTICLE_1, url: 'https://news.de/c' }, SELF, deps));
    expect(data(await handleMessage({ type: 'stats' }, SELF, deps)).storeError).toBeUndefined();
  });
});
