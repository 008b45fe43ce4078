/**
 * The options page in Chromium and Firefox: settings are saved through the background and take
 * effect in the page (hover delay measured on the demo article), sites are validated, import
 * reports progress and errors, clearing needs confirmation, the bundled dataset's sources and
 * licences are listed; axe-core, and screenshots (light and dark) for docs/.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  elementShot,
  extensionDirFor,
  forceBundledGerman,
  horizontalOverflowAt,
  pageTexts,
  seriousAxeViolations,
  setColorScheme,
  setFile,
  setValue,
} from '../ui/e2eHelpers.ts';
import { BROWSERS, type Harness, type HPage, launch } from './harness/index.ts';

const painted = (page: HPage) =>
  page.waitForFunction(() => performance.getEntriesByName('kontext:painted').length > 0, undefined, 30_000);

/** Milliseconds from hovering `text` until the content script's card is visible (or null after `limit`). */
async function hoverToCardMs(page: HPage, text: string, limit: number): Promise<number | null> {
  await page.unhover();
  await page.waitForFunction(
    () => !document.querySelector('kontext-root')?.shadowRoot?.querySelector('[data-kontext-card]'),
    undefined,
    10_000,
  );
  const start = Date.now();
  await page.hoverText(text);
  while (Date.now() - start < limit) {
    if ((await page.inspect('[data-kontext-card]')).some((c) => c.visible)) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

describe.each(BROWSERS)('options in %s', (name) => {
  let h: Harness;
  let options: HPage;
  let tx: Awaited<ReturnType<typeof pageTexts>>;
  const tmp = mkdtempSync(join(tmpdir(), 'kontext-options-'));

  beforeAll(async () => {
    h = await launch(name, { extensionDir: extensionDirFor(name) });
    options = await h.openOptions();
    await options.waitFor('#op-hover-delay', { timeout: 20_000 });
    tx = await pageTexts(options);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a changed hover delay is saved and the page waits that long before showing a card', async () => {
    const original = await h.ask({ type: 'settings:get' });
    const demo = await h.openPage('demo/');
    await painted(demo);
    try {
      await setValue(options, '#op-hover-delay', '2500');
      await options.waitForFunction(
        (saved: string) => document.querySelector('.op-saved')?.textContent === saved,
        tx('optSaved'),
      );
      expect((await h.ask({ type: 'settings:get' })).hoverDelayMs).toBe(2500);
      await demo.bringToFront();
      const slow = await hoverToCardMs(demo, 'Belarus', 8_000);
      expect(slow).not.toBeNull();
      expect(slow!).toBeGreaterThanOrEqual(2400);

      await setValue(options, '#op-hover-delay', '0');
      await options.waitForFunction(
        () => (document.querySelector('#op-hover-delay') as HTMLInputElement).value === '0',
      );
      // The options page saves after input settles: poll the background until it has the new value.
      const deadline = Date.now() + 10_000;
      while ((await h.ask({ type: 'settings:get' })).hoverDelayMs !== 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await h.ask({ type: 'settings:get' })).hoverDelayMs).toBe(0);
      await demo.bringToFront();
      const fast = await hoverToCardMs(demo, 'Belarus', 8_000);
      expect(fast).not.toBeNull();
      expect(fast!).toBeLessThan(2000);
    } finally {
      await h.ask({ type: 'settings:set', patch: { hoverDelayMs: original.hoverDelayMs } });
      await demo.close();
    }
  });

  it('refuses an out-of-range delay with a message and keeps the stored value', async () => {
    const before = (await h.ask({ type: 'settings:get' })).hoverDelayMs;
    await setValue(options, '#op-hover-delay', '99999');
    const error = await options.waitFor('#op-hover-delay-error');
    expect(error.text).toBe(tx('optNumberInvalid', 0, 5000));
    expect((await h.ask({ type: 'settings:get' })).hoverDelayMs).toBe(before);
    await setValue(options, '#op-hover-delay', String(before));
  });

  it('validates site patterns, stores valid ones, removes them', async () => {
    await setValue(options, '#op-site-input', 'ftp://example.invalid/*');
    await options.click('.op-inline button[type=submit]');
    expect((await options.waitFor('#op-site-error')).text).toBe(tx('siteErrScheme'));
    await setValue(options, '#op-site-input', '*.Example.invalid');
    await options.click('.op-inline button[type=submit]');
    await options.waitForFunction(
      () => document.querySelector('.op-sites code')?.textContent === '*.example.invalid',
    );
    expect((await h.ask({ type: 'settings:get' })).disabledSites).toContain('*.example.invalid');
    await options.click('.op-sites button');
    await options.waitForFunction(() => !document.querySelector('.op-sites'));
    expect((await h.ask({ type: 'settings:get' })).disabledSites).not.toContain('*.example.invalid');
  });

  it('lists the bundled dataset sources with their licences and the shortcuts', async () => {
    const stats = await h.ask({ type: 'stats' });
    await options.waitFor('.op-table, #op-sources ~ p', { timeout: 10_000 });
    expect(await options.count('.op-table tbody tr')).toBe(stats.dataset.sources.length);
    const table = stats.dataset.sources.length ? await options.text('.op-table') : '';
    for (const s of stats.dataset.sources) expect(table).toContain(s.licence);
    const shortcuts = await options.text('.op-shortcuts');
    expect(shortcuts).toContain(tx('commandNext'));
    expect(shortcuts).toContain(tx('commandPrev'));
  });

  it('imports JSON Lines articles, rejects a broken file clearly, clears after confirmation', async () => {
    const bad = join(tmp, 'kaputt.jsonl');
    writeFileSync(bad, '{"url":"https://a.example/1","text":"Eins."}\n{kaputt\n');
    await setFile(options, '#op-import-file', bad);
    await options.click('form[aria-labelledby=op-import] button[type=submit]');
    const failed = await options.waitFor('.op-result .op-error', { timeout: 10_000 });
    expect(failed.text).toContain(tx('optImportBadJsonl', 2, '').replace(/:\s*$/, ''));

    const good = join(tmp, 'artikel.jsonl');
    const article = {
      url: 'https://news.example/e2e-import',
      title: 'Testartikel',
      date: '2024-03-01',
      text: 'Die Bürgermeisterin von Musterstadt, Erika Beispiel, kündigte am Montag einen Neubau an. „Wir bauen die Brücke neu“, sagte Beispiel.',
    };
    writeFileSync(good, `${JSON.stringify(article)}\n`);
    const before = (await h.ask({ type: 'stats' })).store.articles;
    await setFile(options, '#op-import-file', good);
    await options.click('form[aria-labelledby=op-import] button[type=submit]');
    expect((await options.waitFor('.op-result .op-ok', { timeout: 30_000 })).text).toBe(
      tx('optImportDone', 1, 0),
    );
    expect((await h.ask({ type: 'stats' })).store.articles).toBe(before + 1);

    await options.click('#op-clear');
    await options.waitFor('#op-clear-yes');
    await options.click('#op-clear-yes');
    await options.waitForFunction(
      (text: string) => document.body.textContent?.includes(text),
      tx('optCleared'),
    );
    expect((await h.ask({ type: 'stats' })).store.articles).toBe(0);
  });

  it('has no serious or critical axe violations (light and dark)', async () => {
    const findings = [...(await seriousAxeViolations(options))];
    if (await setColorScheme(options, 'dark')) findings.push(...(await seriousAxeViolations(options)));
    await setColorScheme(options, 'light');
    expect(findings).toEqual([]);
  });

  it('stays readable at 200 % zoom: no horizontal scrolling in a 640 CSS px viewport', async () => {
    const page = await h.openOptions();
    await page.waitFor('#op-hover-delay', { timeout: 20_000 });
    expect(await horizontalOverflowAt(page, 640)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('takes screenshots for the docs (German; English too where the browser speaks it)', async () => {
    const prefix = name === 'chromium' ? 'options' : `options-${name}`;
    const shoot = async (page: HPage, suffix: string) => {
      await setColorScheme(page, 'light');
      await elementShot(page, '.op-root', `${prefix}-light${suffix}.png`);
      if (await setColorScheme(page, 'dark'))
        await elementShot(page, '.op-root', `${prefix}-dark${suffix}.png`);
      await setColorScheme(page, 'light');
    };
    const lang = await options.evaluate(() => document.documentElement.lang);
    await shoot(options, lang === 'en' ? '-en' : '');
    // Debian Chromium ships only en-US: the German shots come from the bundled catalogue (= _locales/de).
    if (lang === 'en' && (await forceBundledGerman(options))) {
      const german = await h.openOptions();
      await german.waitFor('.op-table, #op-sources ~ p', { timeout: 20_000 });
      await shoot(german, '');
      await german.close();
    }
  });
});
