/**
 * Background worker end to end, in each browser: analysis survives a worker restart, learning a
 * read article shows up on another page's card, and the worker makes no network request.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '../../src/protocol/messages.ts';
import { BROWSERS, FIXTURES_DIR, type Harness, launch } from './harness/index.ts';

const DEMO_TEXT = readFileSync(resolve(FIXTURES_DIR, 'demo/expected-article.txt'), 'utf8');

/** Dataset id of the first mention whose canonical name contains `name`, or undefined. */
function entityIdFor(result: AnalyzeResult, name: string): string | undefined {
  const i = result.analysis.entities.findIndex((m) => m.canonical.includes(name));
  return i >= 0 ? (result.entityIds[i] ?? undefined) : undefined;
}

describe.each(BROWSERS)('background worker in %s', (name) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(name);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers the same analysis after the worker was stopped', async () => {
    const url = h.fixtureUrl('demo/');
    const page = await h.openPage('demo/');
    const tabId = await h.tabIdOf(page, 30_000);
    const before = await h.ask({ type: 'analyze', text: DEMO_TEXT, url });
    expect(before.analysis.sentences.length).toBeGreaterThan(5);
    const pageBefore = await h.ask({ type: 'page:get', tabId });

    await h.restartWorker();

    const after = await h.ask({ type: 'analyze', text: DEMO_TEXT, url });
    expect(after).toEqual(before);
    if (name === 'chromium') {
      // storage.session survives a stopped service worker; Firefox's reload starts a new session.
      expect(await h.ask({ type: 'page:get', tabId })).toEqual(pageBefore);
    } else {
      // After the add-on reload the content script analyses the page again.
      expect((await h.tabIdOf(page, 30_000)) > 0).toBe(true);
    }
  });

  it('answers two tabs asking at once', async () => {
    const texts = [DEMO_TEXT, DEMO_TEXT.slice(0, 2000)];
    const replies = await Promise.all(texts.map((text) => h.send<AnalyzeResult>({ type: 'analyze', text })));
    for (const reply of replies) expect(reply.ok).toBe(true);
  });

  it('learns the demo article and shows it on the card from a second page', async () => {
    const demo = await h.openPage('demo/');
    const tabId = await h.tabIdOf(demo, 30_000);
    const learned = await h.ask({ type: 'learn:tab', tabId });
    expect(learned.added).toBe(true);
    expect((await h.ask({ type: 'learn:tab', tabId })).added).toBe(false);
    expect((await h.ask({ type: 'page:get', tabId }))?.learned).toBe(true);
    const stats = await h.ask({ type: 'stats' });
    expect(stats.store.articles).toBe(1);
    expect(stats.storeError).toBeUndefined();

    expect(
      existsSync(resolve(FIXTURES_DIR, 'second/index.html')),
      'fixture tests/fixtures/second/ is missing',
    ).toBe(true);
    const second = await h.openPage('second/');
    const secondTab = await h.tabIdOf(second, 30_000);
    const state = await h.ask({ type: 'page:get', tabId: secondTab });
    expect(state?.result).toBeDefined();
    const id = entityIdFor(state!.result!, 'Lukaschenko');
    expect(id, 'the second page names Lukaschenko and the dataset knows him').toBeDefined();
    const card = await h.ask({ type: 'card', id: id! });
    expect(card?.readCount).toBeGreaterThanOrEqual(1);
    const demoUrl = h.fixtureUrl('demo/');
    const records = [...(card?.descriptors ?? []), ...(card?.claimsBy ?? []), ...(card?.claimsAbout ?? [])];
    const fromDemo = records.filter((r) => r.read);
    for (const r of fromDemo) expect(r.url).toBe(demoUrl);
    const byName = await h.ask({ type: 'cardByName', name: 'Lukaschenko' });
    expect(byName?.id).toBe(id);
  });

  it('keeps what it learned across a restart, and clears it on request', async () => {
    await h.restartWorker();
    expect((await h.ask({ type: 'stats' })).store.articles).toBe(1);
    const { json } = await h.ask({ type: 'store:export' });
    expect(JSON.parse(json).articles).toHaveLength(1);
    await h.ask({ type: 'store:clear' });
    expect((await h.ask({ type: 'stats' })).store.articles).toBe(0);
    const restored = await h.ask({ type: 'store:import', format: 'store', data: json });
    expect(restored).toEqual({ imported: 1, skipped: 0, errors: [] });
  });

  it('learns an article by itself after the reader kept it open for learnAfterSeconds', async () => {
    await h.ask({ type: 'store:clear' });
    await h.ask({ type: 'settings:set', patch: { learnAfterSeconds: 1 } });
    try {
      const page = await h.openPage('second/');
      const tabId = await h.tabIdOf(page, 30_000);
      // The reading timer only runs while the tab is visible (the harness's messenger tab may be in front).
      await page.bringToFront();
      const deadline = Date.now() + 20_000;
      while (!(await h.ask({ type: 'page:get', tabId }))?.learned) {
        if (Date.now() > deadline) {
          const visibility = await page.evaluate(() => document.visibilityState);
          const settings = await h.ask({ type: 'settings:get' });
          const store = (await h.ask({ type: 'stats' })).store;
          throw new Error(
            `the open page was not learned within 20 s (tab ${visibility}, learnAfterSeconds ${settings.learnAfterSeconds}, store ${JSON.stringify(store)})`,
          );
        }
        await new Promise((ok) => setTimeout(ok, 250));
      }
      // Other tabs still open from earlier tests may have been learned too: look for this one.
      const { json } = await h.ask({ type: 'store:export' });
      const articles: { meta: { url: string; title?: string } }[] = JSON.parse(json).articles;
      const stored = articles.find((a) => a.meta.url.split('#')[0] === h.fixtureUrl('second/'));
      expect(stored, 'the second page is in the store').toBeDefined();
      expect(stored?.meta.title).toBeTruthy();
    } finally {
      await h.ask({ type: 'settings:set', patch: { learnAfterSeconds: 30 } });
    }
  });

  it('made no network request and logged no errors', () => {
    expect(h.networkViolations()).toEqual([]);
    expect(h.consoleErrors()).toEqual([]);
  });
});
