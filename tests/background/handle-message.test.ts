// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handle-message.ts';
import type { Reply } from '../../src/protocol/messages.ts';
import { DEFAULT_SETTINGS } from '../../src/protocol/settings.ts';
import { ARTICLE_1, ARTICLE_2, makeDeps, SELF } from './helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: replies are inspected loosely in tests
const data = (reply: Reply): any => {
  if (!reply.ok) throw new Error(`expected ok reply, got: ${reply.error}`);
  return reply.data;
};

describe('handleMessage: boundary', () => {
  it('refuses messages from another sender and changes nothing', async () => {
    const { deps } = await makeDeps();
    const reply = await handleMessage({ type: 'store:clear' }, { id: 'evil' }, deps);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/fremden Absender/) });
    const noId = await handleMessage({ type: 'stats' }, {}, deps);
    expect(noId.ok).toBe(false);
  });

  it('answers malformed messages with a readable error naming the field', async () => {
    const { deps } = await makeDeps();
    for (const bad of [
      null,
      42,
      'analyze',
      {},
      { type: 'nope' },
      { type: 'card' },
      { type: 'analyze', text: 5 },
    ]) {
      const reply = await handleMessage(bad, SELF, deps);
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error).toMatch(/^Ungültige Nachricht/);
    }
    const reply = await handleMessage({ type: 'page:get', tabId: 'x' }, SELF, deps);
    expect(reply.ok || reply.error).toMatch(/tabId/);
  });

  it('turns a handler failure into an error reply instead of throwing', async () => {
    const { deps } = await makeDeps();
    deps.analyze = () => {
      throw new Error('Modell kaputt');
    };
    const reply = await handleMessage({ type: 'analyze', text: 'x' }, SELF, deps);
    expect(reply).toEqual({ ok: false, error: 'analyze: Modell kaputt' });
  });
});

describe('handleMessage: analyze and page state', () => {
  it('loads the dataset while the analysis waits for the NER model (cold worker)', async () => {
    const { deps, counters } = await makeDeps();
    let modelLoaded!: () => void;
    const model = new Promise<void>((ok) => {
      modelLoaded = ok;
    });
    const analyze = deps.analyze;
    deps.analyze = async (text) => {
      await model;
      return analyze(text);
    };
    const reply = handleMessage({ type: 'analyze', text: ARTICLE_1 }, SELF, deps);
    await new Promise((ok) => setTimeout(ok, 0));
    expect(counters.loads).toBe(1);
    expect(counters.analyze).toBe(0);
    modelLoaded();
    expect(data(await reply).entityIds).toHaveLength(4);
  });

  it('returns the analysis with dataset ids and remembers it for the tab', async () => {
    const { deps } = await makeDeps();
    const result = data(
      await handleMessage(
        { type: 'analyze', text: ARTICLE_1, url: 'https://news.de/a', title: 'A' },
        SELF,
        deps,
      ),
    );
    expect(result.analysis.entities.map((m: { text: string }) => m.text)).toEqual([
      'Alexander Lukaschenko',
      'China',
      'Lukaschenko',
      'Belarus',
    ]);
    expect(result.entityIds).toHaveLength(4);
    for (const id of result.entityIds) if (id !== null) expect(result.summaries[id].id).toBe(id);
    const page = data(await handleMessage({ type: 'page:get', tabId: 7 }, SELF, deps));
    expect(page).toMatchObject({ url: 'https://news.de/a', title: 'A', status: 'analyzed', learned: false });
    expect(page.result).toEqual(result);
    expect(data(await handleMessage({ type: 'page:get', tabId: 8 }, SELF, deps))).toBeNull();
  });

  it('loads the dataset once for concurrent first messages', async () => {
    const { deps, counters } = await makeDeps();
    await Promise.all([
      handleMessage({ type: 'analyze', text: ARTICLE_1 }, SELF, deps),
      handleMessage({ type: 'analyze', text: ARTICLE_2 }, { ...SELF, tab: { id: 9 } }, deps),
      handleMessage({ type: 'stats' }, SELF, deps),
    ]);
    expect(counters.loads).toBe(1);
  });
});

describe('handleMessage: learning', () => {
  it('learns a read article once (URL normalised) and shows it on the card', async () => {
    const { deps } = await makeDeps();
    const first = data(
      await handleMessage(
        { type: 'learn', text: ARTICLE_1, url: 'https://www.news.de/a?utm_source=x#top', title: 'Besuch' },
        SELF,
        deps,
      ),
    );
    expect(first).toEqual({ added: true });
    const again = data(
      await handleMessage(
        { type: 'learn', text: ARTICLE_1, url: 'http://news.de/a', title: 'Besuch' },
        SELF,
        deps,
      ),
    );
    expect(again.added).toBe(false);
    expect(again.reason).toMatch(/schon gelernt/);
    const card = data(await handleMessage({ type: 'cardByName', name: 'Lukaschenko' }, SELF, deps));
    expect(card.readCount).toBe(1);
    expect(card.articleCount).toBe(1);
    const stats = data(await handleMessage({ type: 'stats' }, SELF, deps));
    expect(stats.store).toEqual({ articles: 1, entities: 3, claims: 0 });
  });

  it('does not learn when learning is switched off, but learn:tab still works on request', async () => {
    const { deps } = await makeDeps();
    data(await handleMessage({ type: 'settings:set', patch: { learn: false } }, SELF, deps));
    const off = data(
      await handleMessage({ type: 'learn', text: ARTICLE_1, url: 'https://news.de/a' }, SELF, deps),
    );
    expect(off).toEqual({ added: false, reason: 'Lernen ist ausgeschaltet.' });
    expect(data(await handleMessage({ type: 'learn:tab', tabId: 7 }, SELF, deps)).added).toBe(false);
    data(
      await handleMessage(
        { type: 'analyze', text: ARTICLE_1, url: 'https://news.de/a', title: 'A' },
        SELF,
        deps,
      ),
    );
    expect(data(await handleMessage({ type: 'learn:tab', tabId: 7 }, SELF, deps))).toEqual({ added: true });
    expect(data(await handleMessage({ type: 'page:get', tabId: 7 }, SELF, deps)).learned).toBe(true);
    expect(data(await handleMessage({ type: 'stats' }, SELF, deps)).store.articles).toBe(1);
  });

  it('marks a revisited page as learned when it is analysed again', async () => {
    const { deps } = await makeDeps();
    data(await handleMessage({ type: 'learn', text: ARTICLE_1, url: 'https://news.de/a' }, SELF, deps));
    data(
      await handleMessage(
        { type: 'analyze', text: ARTICLE_1, url: 'https://news.de/a#kommentare' },
        SELF,
        deps,
      ),
    );
    expect(data(await handleMessage({ type: 'page:get', tabId: 7 }, SELF, deps)).learned).toBe(true);
  });

  it('refuses a non-http URL with a clear error', async () => {
    const { deps } = await makeDeps();
    const reply = await handleMessage(
      { type: 'learn', text: ARTICLE_1, url: 'file:///tmp/a.html' },
      SELF,
      deps,
    );
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^learn: Nur http\(s\)/) });
  });
});

describe('handleMessage: settings', () => {
  it('returns defaults, applies valid patches and rejects invalid ones without change', async () => {
    const { deps } = await makeDeps();
    expect(data(await handleMessage({ type: 'settings:get' }, SELF, deps))).toEqual(DEFAULT_SETTINGS);
    const next = data(
      await handleMessage({ type: 'settings:set', patch: { hoverDelayMs: 500 } }, SELF, deps),
    );
    expect(next.hoverDelayMs).toBe(500);
    const bad = await handleMessage({ type: 'settings:set', patch: { hoverDelayMs: -1 } }, SELF, deps);
    expect(bad.ok).toBe(false);
    expect(data(await handleMessage({ type: 'settings:get' }, SELF, deps)).hoverDelayMs).toBe(500);
  });
});

describe('handleMessage: queries', () => {
  it('answers card, cardByName, search and related from the dataset', async () => {
    const { deps } = await makeDeps();
    data(
      await handleMessage(
        { type: 'learn', text: ARTICLE_1, url: 'https://news.de/a', title: 'Besuch' },
        SELF,
        deps,
      ),
    );
    const byName = data(await handleMessage({ type: 'cardByName', name: 'Belarus' }, SELF, deps));
    expect(byName.name).toBe('Belarus');
    expect(data(await handleMessage({ type: 'card', id: byName.id }, SELF, deps)).id).toBe(byName.id);
    expect(data(await handleMessage({ type: 'card', id: 'gibt-es-nicht' }, SELF, deps))).toBeNull();
    const hits = data(await handleMessage({ type: 'search', query: 'Belarus', limit: 5 }, SELF, deps));
    expect(Array.isArray(hits)).toBe(true);
    expect(
      Array.isArray(
        data(await handleMessage({ type: 'related', text: 'Lukaschenko sagte', limit: 3 }, SELF, deps)),
      ),
    ).toBe(true);
  });
});

describe('handleMessage: page state failures', () => {
  it('still answers analyze when the per-tab state cannot be stored', async () => {
    const { deps } = await makeDeps();
    deps.pages.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const reply = await handleMessage(
        { type: 'analyze', text: ARTICLE_1, url: 'https://news.de/a' },
        SELF,
        deps,
      );
      expect(reply.ok).toBe(true);
      expect(warnings).toHaveLength(1);
    } finally {
      console.warn = warn;
    }
  });
});

describe('handleMessage: page:get learned flag', () => {
  it('reports learned from the store even when a racing analyze saved a stale flag', async () => {
    const { deps } = await makeDeps();
    const url = 'https://news.de/a';
    // analyze and learn of the same tab at once, as the content script may send them.
    await Promise.all([
      handleMessage({ type: 'analyze', text: ARTICLE_1, url }, SELF, deps),
      handleMessage({ type: 'learn', text: ARTICLE_1, url }, SELF, deps),
    ]);
    await deps.pages.set(7, { ...(await deps.pages.get(7))!, learned: false });
    expect(data(await handleMessage({ type: 'page:get', tabId: 7 }, SELF, deps)).learned).toBe(true);
  });
});
