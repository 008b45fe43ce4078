/**
 * The popup in Chromium and Firefox, opened as a tab on the demo article (`?tabId=`): the
 * article's entities and claims, a context card, search, the per-site switch removing the
 * page's highlights, keyboard use, axe-core, and screenshots (light and dark) for docs/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupEntities, visibleClaims } from '../../src/popup/pageModel.ts';
import type { PageState } from '../../src/protocol/messages.ts';
import {
  elementShot,
  extensionDirFor,
  forceBundledGerman,
  horizontalOverflowAt,
  pageTexts,
  paintedRanges,
  seriousAxeViolations,
  setColorScheme,
  setValue,
  until,
} from '../ui/e2eHelpers.ts';
import { BROWSERS, type Harness, type HPage, launch } from './harness/index.ts';

const painted = (page: HPage) =>
  page.waitForFunction(() => performance.getEntriesByName('kontext:painted').length > 0, undefined, 30_000);

describe.each(BROWSERS)('popup in %s', (name) => {
  let h: Harness;
  let demo: HPage;
  let tabId: number;
  let state: PageState;

  beforeAll(async () => {
    h = await launch(name, { extensionDir: extensionDirFor(name) });
    demo = await h.openPage('demo/');
    await painted(demo);
    tabId = await h.tabIdOf(demo, 30_000);
    const s = await h.ask({ type: 'page:get', tabId });
    if (s?.status !== 'analyzed' || !s.result)
      throw new Error(`demo page not analysed: ${JSON.stringify(s)?.slice(0, 200)}`);
    state = s;
  });
  afterAll(async () => {
    await h?.close();
  });

  const openPopup = async () => {
    const popup = await h.openPopup({ tabId });
    await popup.waitFor('.pp-row', { timeout: 20_000 });
    return popup;
  };

  it("lists the demo article's entities by type with counts, and its claims", async () => {
    const settings = await h.ask({ type: 'settings:get' });
    const expected = groupEntities(state.result!, settings.entityTypes);
    const claims = visibleClaims(state.result!, settings.claimKinds);
    // The seed article's headline names China and Belarus: whatever else the analysis finds, these must be there.
    const names = expected.groups.flatMap((g) => g.rows.map((r) => r.name));
    expect(names).toContain('Belarus');
    expect(names).toContain('China');
    expect(claims.rows.length).toBeGreaterThan(0);

    const popup = await openPopup();
    const shown = await popup.inspect('.pp-row[data-entity]');
    expect(shown.map((r) => r.attributes['data-entity'])).toEqual(names);
    const first = expected.groups[0].rows[0];
    expect(shown[0].text).toContain(`${first.indices.length}×`);
    const headings = (await popup.inspect('.pp-h3')).map((e) => e.text.trim());
    expect(headings.length).toBe(expected.groups.length);
    expect(await popup.count('.pp-claims .kx-claim')).toBe(claims.rows.length);
    const claimTexts = (await popup.inspect('.pp-claims .kx-claim')).map((c) => c.text).join('\n');
    const withSpeaker = claims.rows.find((r) => r.claim.speaker);
    if (withSpeaker) expect(claimTexts).toContain(withSpeaker.claim.speaker!.canonical);
    const stats = await h.ask({ type: 'stats' });
    const tx = await pageTexts(popup);
    expect(await popup.text('.pp-status')).toContain(
      tx('popupStatus', stats.dataset.articles, stats.dataset.entities, stats.store.articles),
    );
    await popup.close();
  });

  it('clicking an entity flashes it in the page and opens its card; Esc goes back', async () => {
    const popup = await openPopup();
    const tx = await pageTexts(popup);
    const rows = await popup.inspect('.pp-row[data-entity]');
    // A person when the analysis found one (the seed article's Lukaschenko), else the most mentioned entity.
    const target = rows.find((r) => /Lukaschenko/.test(r.attributes['data-entity'])) ?? rows[0];
    const entity = target.attributes['data-entity'];
    await popup.click(`.pp-row[data-entity="${entity}"]`);
    await demo.waitForFunction(
      // biome-ignore lint/suspicious/noExplicitAny: CSS.highlights typing
      () => ((CSS as any).highlights.get('kontext-focus')?.size ?? 0) > 0,
      undefined,
      5_000,
    );
    const card = await popup.waitFor('.kx-card h2', { timeout: 10_000 });
    expect(card.text).toContain(entity);
    const body = await popup.text('.pp-view');
    const count = Number(/(\d+)×/.exec(target.text)?.[1]);
    expect(body).toContain(tx('cardInThisArticle', count));
    await popup.click('.pp-here button');
    await popup.waitForFunction(
      (label: string) => document.querySelector('.pp-here button')?.textContent === label,
      tx('cardShowInArticle', Math.min(2, count), count),
    );
    await popup.press('Escape');
    await popup.waitForFunction(
      () => !document.querySelector('.pp-view') && !!document.querySelector('.pp-row'),
    );
    // Keyboard: focus returns to the row; Enter opens the card again.
    await popup.waitForFunction(
      (e: string) => document.activeElement?.getAttribute('data-entity') === e,
      entity,
    );
    await popup.press('Enter');
    await popup.waitFor('.kx-card h2', { timeout: 10_000 });
    await popup.close();
  });

  it('searches the whole dataset', async () => {
    const stats = await h.ask({ type: 'stats' });
    const popup = await openPopup();
    await setValue(popup, '#pp-query', 'Belarus');
    const tx = await pageTexts(popup);
    const heading = await popup.waitFor('#pp-search-results', { timeout: 10_000 });
    const hits = await h.ask({ type: 'search', query: 'Belarus', limit: 30 });
    if (stats.dataset.entities > 0) expect(hits.length).toBeGreaterThan(0);
    expect(heading.text).toBe(
      hits.length === 0 ? tx('popupSearchNone', 'Belarus') : tx('popupSearchCount', hits.length, 'Belarus'),
    );
    expect(await popup.count('#pp-search-results ~ ul > li')).toBe(hits.length);
    await popup.press('Escape');
    await popup.waitFor('.pp-row', { timeout: 10_000 });
    await popup.close();
  });

  it('the site switch turns the page highlights off and on again', async () => {
    const original = await h.ask({ type: 'settings:get' });
    const popup = await openPopup();
    try {
      expect(await paintedRanges(demo)).toBeGreaterThan(0);
      await popup.click('input[role=switch]');
      await until(async () => (await paintedRanges(demo)) === 0, 10_000);
      const off = await h.ask({ type: 'settings:get' });
      expect(off.disabledSites).toContain('127.0.0.1');
      const tx = await pageTexts(popup);
      await popup.waitForFunction(
        (text: string) => document.body.textContent?.includes(text),
        tx('popupSiteOff'),
      );
      await popup.click('input[role=switch]');
      await until(async () => (await paintedRanges(demo)) > 0, 20_000);
      await popup.waitFor('.pp-row', { timeout: 20_000 });
    } finally {
      await h.ask({ type: 'settings:set', patch: { disabledSites: original.disabledSites } });
      await popup.close();
    }
  });

  it('follows a live page while open: a ticker entry rewritten in the page changes the list', async () => {
    const ticker = await h.openPage('dynamic/edited.html');
    try {
      await painted(ticker);
      const tickerTab = await h.tabIdOf(ticker, 30_000);
      const popup = await h.openPopup({ tabId: tickerTab });
      try {
        await popup.waitFor('.pp-row[data-entity="Olaf Scholz"]', { timeout: 20_000 });
        await ticker.evaluate(() => {
          (document.getElementById('edited')!.firstChild as Text).data =
            'Frankreichs Präsident Emmanuel Macron will über die Hilfen für die Ukraine sprechen, hieß es aus Paris.';
        });
        await popup.waitFor('.pp-row[data-entity="Emmanuel Macron"]', { timeout: 20_000 });
        expect(await popup.count('.pp-row[data-entity="Olaf Scholz"]')).toBe(0);
      } finally {
        await popup.close();
      }
    } finally {
      await ticker.close();
    }
  });

  it('has no serious or critical axe violations (list and card, light and dark)', async () => {
    const popup = await openPopup();
    const findings = [...(await seriousAxeViolations(popup))];
    await popup.click('.pp-row');
    await popup.waitFor('.kx-card h2', { timeout: 10_000 });
    findings.push(...(await seriousAxeViolations(popup)));
    if (await setColorScheme(popup, 'dark')) findings.push(...(await seriousAxeViolations(popup)));
    expect(findings).toEqual([]);
    await popup.close();
  });

  it('without ?tabId it is about the active tab: here its own extension page, where Kontext cannot run', async () => {
    const popup = await h.openPopup();
    const tx = await pageTexts(popup);
    const text = await popup.waitForFunction(
      (expected: string) => (document.body.textContent?.includes(expected) ? document.body.textContent : ''),
      tx('popupBrowserPage'),
      10_000,
    );
    expect(text).toContain(tx('popupNoArticleHint'));
    expect(await popup.count('input[role=switch]')).toBe(0);
    expect(await popup.evaluate(() => document.documentElement.classList.contains('pp-popup'))).toBe(true);
    await popup.close();
  });

  it('stays readable at 200 % zoom: no horizontal scrolling in 400 CSS px (an 800 px popup)', async () => {
    const popup = await openPopup();
    expect(await horizontalOverflowAt(popup, 400)).toBeLessThanOrEqual(0);
    await popup.click('.pp-row');
    await popup.waitFor('.kx-card h2', { timeout: 10_000 });
    expect(await horizontalOverflowAt(popup, 400)).toBeLessThanOrEqual(0);
    await popup.close();
  });

  it('takes screenshots for the docs (German; English too where the browser speaks it)', async () => {
    const prefix = name === 'chromium' ? 'popup' : `popup-${name}`;
    const shoot = async () => {
      const popup = await openPopup();
      const suffix = (await popup.evaluate(() => document.documentElement.lang)) === 'en' ? '-en' : '';
      await setColorScheme(popup, 'light');
      await elementShot(popup, '.pp-root', `${prefix}-light${suffix}.png`);
      if (await setColorScheme(popup, 'dark'))
        await elementShot(popup, '.pp-root', `${prefix}-dark${suffix}.png`);
      await setColorScheme(popup, 'light');
      const rows = await popup.inspect('.pp-row[data-entity]');
      const target = rows.find((r) => /Lukaschenko/.test(r.attributes['data-entity'])) ?? rows[0];
      await popup.click(`.pp-row[data-entity="${target.attributes['data-entity']}"]`);
      await popup.waitFor('.kx-card h2', { timeout: 10_000 });
      await elementShot(popup, '.pp-root', `${prefix}-card-light${suffix}.png`);
      if (await setColorScheme(popup, 'dark'))
        await elementShot(popup, '.pp-root', `${prefix}-card-dark${suffix}.png`);
      const lang = await popup.evaluate(() => document.documentElement.lang);
      await popup.close();
      return lang;
    };
    const lang = await shoot();
    // Debian Chromium ships only en-US: the German shots come from the bundled catalogue (= _locales/de).
    if (lang === 'en' && (await forceBundledGerman(demo))) await shoot();
  });
});
