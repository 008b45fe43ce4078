/**
 * The content script in both browsers: highlights on the demo article (read from CSS.highlights
 * in the page), nothing painted outside the article, hover card with data from the background,
 * Esc, keyboard stepping via `content:next`, late paragraphs, hostile text, settings, SPA moves.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type Harness, type HPage, launch, REPO_ROOT } from './harness/index.ts';

interface Painted {
  /** Highlight name → texts of its ranges. */
  byName: Record<string, string[]>;
  /** Texts of ranges that do not lie inside the given container selector. */
  outside: string[];
}

/** Reads Kontext's highlights in the page (runs in the page). */
function readHighlights(container: string): Painted {
  const byName: Record<string, string[]> = {};
  const outside: string[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: HighlightRegistry is map-like
  const registry = (CSS as any).highlights as Map<string, Set<Range>> | undefined;
  if (!registry) return { byName, outside };
  for (const [name, highlight] of registry) {
    if (!name.startsWith('kontext-')) continue;
    byName[name] = [];
    for (const range of highlight) {
      if (range.collapsed) continue;
      const text = range.toString();
      byName[name].push(text);
      const a = range.startContainer.parentElement?.closest(container);
      const b = range.endContainer.parentElement?.closest(container);
      if (!a || a !== b) outside.push(text);
    }
  }
  return { byName, outside };
}

const painted = (page: HPage) =>
  page.waitForFunction(() => performance.getEntriesByName('kontext:painted').length > 0, undefined, 30_000);

const countRanges = (p: Painted, prefix = 'kontext-') =>
  Object.entries(p.byName)
    .filter(([n]) => n.startsWith(prefix) && n !== 'kontext-focus')
    .reduce((sum, [, v]) => sum + v.length, 0);

const TYPE_HIGHLIGHT = {
  PER: 'kontext-per',
  ORG: 'kontext-org',
  LOC: 'kontext-loc',
  OTH: 'kontext-oth',
} as const;

describe.each(BROWSERS)('content script in %s', (name) => {
  let h: Harness;
  beforeAll(async () => {
    // KONTEXT_E2E_DIST_CHROMIUM / _FIREFOX: test a build elsewhere (default dist/chrome, dist/firefox).
    const extensionDir = process.env[`KONTEXT_E2E_DIST_${name.toUpperCase()}`];
    h = await launch(name, extensionDir ? { extensionDir } : {});
  });
  afterAll(async () => {
    await h?.close();
  });
  // Close every tab a test opened, also when it failed: tabIdOf finds tabs by URL.
  const open: HPage[] = [];
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => {});
  });
  const openPage = async (path: string) => {
    const p = await h.openPage(path);
    open.push(p);
    return p;
  };

  it('paints exactly the analysed entities and claims of the demo article, and nothing outside it', async () => {
    const page = await openPage('demo/');
    await painted(page);
    const tabId = await h.tabIdOf(page, 30_000);
    const state = await h.ask({ type: 'page:get', tabId });
    const analysis = state?.result?.analysis;
    expect(analysis).toBeDefined();
    const text = await page.evaluate(() => document.title);
    expect(text).toContain('China und Belarus');
    const got = await page.evaluate(readHighlights, 'article.story');
    // Every highlight range lies inside the article (not in teasers, related links, comments).
    expect(got.outside).toEqual([]);
    // The painted texts per type are exactly the mentions the background found.
    for (const [type, hl] of Object.entries(TYPE_HIGHLIGHT)) {
      const want = analysis!.entities.filter((e) => e.type === type).map((e) => e.text);
      expect(got.byName[hl]?.slice().sort()).toEqual(want.sort());
    }
    for (const kind of ['direct', 'indirect', 'announcement', 'factual'] as const) {
      const want = analysis!.claims.filter((c) => c.kind === kind).map((c) => c.text);
      expect(got.byName[`kontext-claim-${kind}`]?.slice().sort()).toEqual(want.sort());
    }
    // And the seed article's obvious ones are among them.
    const entities = Object.values(TYPE_HIGHLIGHT).flatMap((n) => got.byName[n] ?? []);
    expect(entities).toEqual(expect.arrayContaining(['Belarus', 'China', 'Russland']));
    expect(got.byName['kontext-claim-direct'].some((t) => t.startsWith('„Unsere ganze Zusammenarbeit'))).toBe(
      true,
    );
    // Start-to-painted mark exists and is a real duration.
    const ms = await page.evaluate(() => {
      const s = performance.getEntriesByName('kontext:start')[0].startTime;
      return performance.getEntriesByName('kontext:painted')[0].startTime - s;
    });
    expect(ms).toBeGreaterThan(0);
  });

  it('hovering a name opens its card with data from the background; Esc closes it', async () => {
    const page = await openPage('demo/');
    await painted(page);
    await page.bringToFront();
    await page.hoverText('Belarus');
    const card = await page.waitFor('[data-kontext-card="entity"]', { timeout: 10_000 });
    expect(card.text).toContain('Belarus');
    expect(card.text).toMatch(/Ort|Place|Land|Country/);
    // What the card says must follow the background: an article count when the dataset knows the
    // entity (then the full card came via the `card` request), else that it does not know it.
    const tabId = await h.tabIdOf(page, 30_000);
    const result = (await h.ask({ type: 'page:get', tabId }))?.result;
    const i = result?.analysis.entities.findIndex((e) => e.text === 'Belarus') ?? -1;
    const id = i >= 0 ? result?.entityIds[i] : null;
    if (id) {
      const full = await h.ask({ type: 'card', id });
      await page.waitForFunction(
        (name: string) =>
          document.querySelector('kontext-root')?.shadowRoot?.querySelector('.kx-card-title')?.textContent ===
          name,
        full?.name ?? '',
        10_000,
      );
      expect((await page.inspect('[data-kontext-card]'))[0].text).toMatch(/in [\d.,]+ (Artikel|article)/);
    } else {
      expect(card.text).toMatch(/Nicht im Datensatz|Not in the dataset/);
    }
    const dialog = await page.inspect('[role="dialog"]');
    expect(dialog.some((d) => d.visible && /Belarus/.test(d.attributes['aria-label'] ?? ''))).toBe(true);
    await page.press('Escape');
    await page.waitForFunction(
      () => {
        const host = document.querySelector('kontext-root');
        const c = host?.shadowRoot?.querySelector('[data-kontext-card]');
        return !c;
      },
      undefined,
      5_000,
    );
  });

  it('keeps the card open while the pointer moves onto it, closes it after leaving', async () => {
    const page = await openPage('demo/');
    await painted(page);
    await page.bringToFront();
    await page.hoverText('China');
    const card = await page.waitFor('[data-kontext-card]', { timeout: 10_000 });
    await page.raw.mouse.move(card.rect.x + card.rect.width / 2, card.rect.y + card.rect.height / 2);
    await new Promise((ok) => setTimeout(ok, 700));
    expect((await page.inspect('[data-kontext-card]')).some((c) => c.visible)).toBe(true);
    await page.unhover();
    await page.waitForFunction(
      () => !document.querySelector('kontext-root')?.shadowRoot?.querySelector('[data-kontext-card]'),
      undefined,
      5_000,
    );
  });

  it('steps through the marks with content:next / prev, focus moving into the card', async () => {
    const page = await openPage('demo/');
    await painted(page);
    await page.bringToFront();
    const tabId = await h.tabIdOf(page, 30_000);
    const focusText = () =>
      page.evaluate(() => {
        // biome-ignore lint/suspicious/noExplicitAny: registry
        const hl = (CSS as any).highlights.get('kontext-focus') as Set<Range> | undefined;
        const ranges = hl ? [...hl] : [];
        const host = document.querySelector('kontext-root');
        return {
          focus: ranges.map((r) => r.toString()),
          active: host?.shadowRoot?.activeElement?.hasAttribute('data-kontext-card') ?? false,
          status: host?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '',
        };
      });
    const first = (await h.sendToTab(tabId, { type: 'content:next', direction: 'next' })) as {
      ok: boolean;
      data: { moved: boolean; kind: string };
    };
    expect(first.ok).toBe(true);
    expect(first.data.moved).toBe(true);
    const one = await focusText();
    expect(one.focus).toHaveLength(1);
    expect(one.active).toBe(true);
    expect(one.status).toMatch(/1 von \d+|1 of \d+/);
    await h.sendToTab(tabId, { type: 'content:next', direction: 'next' });
    const two = await focusText();
    expect(two.status).toMatch(/2 von \d+|2 of \d+/);
    await h.sendToTab(tabId, { type: 'content:next', direction: 'prev' });
    const back = await focusText();
    expect(back.focus).toEqual(one.focus);
    expect((await page.inspect('[data-kontext-card]')).some((c) => c.visible)).toBe(true);
    const bad = (await h.sendToTab(tabId, { type: 'content:reveal', kind: 'entity', index: -1 })) as {
      ok: boolean;
    };
    expect(bad.ok).toBe(false);
    const reveal = (await h.sendToTab(tabId, { type: 'content:reveal', kind: 'claim', index: 0 })) as {
      ok: boolean;
      data: { revealed: boolean };
    };
    expect(reveal.data.revealed).toBe(true);
  });

  it('content:refresh reads the page again; an invalid content message gets a clear error', async () => {
    const page = await openPage('demo/');
    await painted(page);
    const tabId = await h.tabIdOf(page, 30_000);
    const reply = (await h.sendToTab(tabId, { type: 'content:refresh' })) as {
      ok: boolean;
      data: { state: string };
    };
    expect(reply).toEqual({ ok: true, data: { state: 'painted' } });
    expect(await page.evaluate(() => performance.getEntriesByName('kontext:painted').length)).toBe(2);
    const bad = (await h.sendToTab(tabId, { type: 'content:next', direction: 'sideways' })) as {
      ok: boolean;
      error: string;
    };
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/Ungültige Nachricht/);
  });

  it('the open card (a dialog in the shadow root) has no serious or critical axe violations', async () => {
    const page = await openPage('demo/');
    await painted(page);
    await page.bringToFront();
    const tabId = await h.tabIdOf(page, 30_000);
    const source = readFileSync(resolve(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    await page.raw.evaluate(`${source};true`);
    for (const kind of ['entity', 'claim'] as const) {
      // Step until a card of this kind is open (entities and claims alternate in text order).
      for (let i = 0; i < 40; i++) {
        const r = (await h.sendToTab(tabId, { type: 'content:next' })) as { data: { kind: string } };
        if (r.data.kind === kind) break;
      }
      await page.waitFor(`[data-kontext-card="${kind}"]`, { timeout: 10_000 });
      await new Promise((ok) => setTimeout(ok, 500)); // let the background's card / related claims arrive
      const violations = await page.evaluate(() =>
        // biome-ignore lint/suspicious/noExplicitAny: axe is a page global
        (window as any).axe
          .run(
            { include: [{ fromShadowDom: ['kontext-root', '.popover'] }] },
            { resultTypes: ['violations'] },
          )
          // biome-ignore lint/suspicious/noExplicitAny: axe result shape
          .then((r: any) =>
            r.violations
              // biome-ignore lint/suspicious/noExplicitAny: axe result shape
              .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
              // biome-ignore lint/suspicious/noExplicitAny: axe result shape
              .map((v: any) => `${v.id}: ${v.help} (${v.nodes.length})`),
          ),
      );
      expect(violations).toEqual([]);
    }
  });

  it('paints a paragraph that arrives later, without repainting the page', async () => {
    const page = await openPage('dynamic/late-paragraph.html');
    await painted(page);
    const before = await page.evaluate(readHighlights, 'article');
    expect(countRanges(before)).toBeGreaterThan(0);
    const late = await page.waitForFunction(
      () => {
        // biome-ignore lint/suspicious/noExplicitAny: registry
        const reg = (CSS as any).highlights as Map<string, Set<Range>>;
        const hits: string[] = [];
        for (const [n, hl] of reg)
          if (n.startsWith('kontext-') && n !== 'kontext-focus')
            for (const r of hl) if (r.startContainer.parentElement?.closest('#late')) hits.push(r.toString());
        return hits.length > 0 ? hits : null;
      },
      undefined,
      20_000,
    );
    expect(late?.length).toBeGreaterThan(0);
    const after = await page.evaluate(readHighlights, 'article');
    expect(after.outside).toEqual([]);
    // The first paragraphs' highlights are still the same ones.
    for (const [n, texts] of Object.entries(before.byName)) {
      if (n !== 'kontext-focus') expect(after.byName[n]).toEqual(expect.arrayContaining(texts));
    }
    // The late paragraph was read with the paragraphs before it (part.context): its short "Merz" is
    // the "Friedrich Merz" named earlier, also as the speaker of its claim.
    const tabId = await h.tabIdOf(page, 30_000);
    const analysis = (await h.ask({ type: 'page:get', tabId }))?.result?.analysis;
    const lateStart = analysis?.entities.find((e) => e.text === 'Katharina Dröge')?.start ?? -1;
    expect(lateStart).toBeGreaterThan(0);
    expect(analysis?.entities.find((e) => e.text === 'Merz' && e.start > lateStart)?.canonical).toBe(
      'Friedrich Merz',
    );
    expect(
      analysis?.claims.find((c) => c.kind === 'direct' && c.text === '„unseriös“')?.speaker?.canonical,
    ).toBe('Friedrich Merz');
  });

  it('paints live-ticker entries that are prepended later', async () => {
    const page = await openPage('dynamic/live-ticker.html');
    await painted(page);
    const late = await page.waitForFunction(
      () => {
        // biome-ignore lint/suspicious/noExplicitAny: registry
        const reg = (CSS as any).highlights as Map<string, Set<Range>>;
        const byTime: Record<string, number> = {};
        for (const [n, hl] of reg) {
          if (!n.startsWith('kontext-')) continue;
          for (const r of hl) {
            const time =
              r.startContainer.parentElement?.closest('li')?.querySelector('time')?.textContent ?? '';
            byTime[time] = (byTime[time] ?? 0) + 1;
          }
        }
        // Both late entries (09:31 and 09:47, prepended after load) carry highlights.
        return byTime['09:31'] && byTime['09:47'] ? byTime : null;
      },
      undefined,
      20_000,
    );
    expect(late?.['09:05'] ?? 0).toBeGreaterThan(0);
    expect((await page.evaluate(readHighlights, 'article')).outside).toEqual([]);
  });

  it('re-analyses a ticker entry edited in place and forgets a removed one, in the page and the popup state', async () => {
    const page = await openPage('dynamic/edited.html');
    await painted(page);
    const tabId = await h.tabIdOf(page, 30_000);
    const names = async () =>
      ((await h.ask({ type: 'page:get', tabId }))?.result?.analysis.entities ?? []).map((e) => e.text);
    expect(await names()).toEqual(expect.arrayContaining(['Olaf Scholz', 'Viktor Orban']));
    await page.evaluate(() => {
      const p = document.getElementById('edited')!;
      (p.firstChild as Text).data =
        'Frankreichs Präsident Emmanuel Macron will über die Hilfen für die Ukraine sprechen, hieß es aus Paris.';
      document.getElementById('e1')!.remove();
      // Text appended to an entry: its old ranges stay valid, so only removing its old marks avoids doubles.
      (document.querySelector('#e3 p')!.firstChild as Text).appendData(
        ' Auch Kanzler Olaf Scholz ist in Brüssel.',
      );
    });
    // The edited entry is painted again with its new names, and so is the one appended to.
    const byEntry = await page.waitForFunction(
      () => {
        // biome-ignore lint/suspicious/noExplicitAny: registry
        const reg = (CSS as any).highlights as Map<string, Set<Range>>;
        const texts: Record<string, string[]> = { edited: [], e3: [] };
        for (const [n, hl] of reg)
          if (n.startsWith('kontext-') && n !== 'kontext-focus')
            for (const r of hl) {
              const entry = r.startContainer.parentElement?.closest('#edited, #e3');
              if (!r.collapsed && entry) texts[entry.id].push(r.toString());
            }
        return texts.edited.includes('Emmanuel Macron') && texts.e3.includes('Olaf Scholz') ? texts : null;
      },
      undefined,
      20_000,
    );
    expect(byEntry?.edited).not.toContain('Olaf Scholz');
    // Each name of the appended-to entry is painted once: its old marks were removed, not painted twice.
    const e3 = byEntry?.e3 ?? [];
    expect(e3.filter((t) => t === 'Brüssel')).toHaveLength(2); // "in Brüssel" before and after the edit
    expect(e3.filter((t) => t === 'Olaf Scholz')).toHaveLength(1);
    const after = await page.evaluate(readHighlights, 'article');
    expect(after.outside).toEqual([]);
    // The popup's page state: the new names in, the edited and removed entries' old names out.
    let list: string[] = [];
    for (let i = 0; i < 50 && !list.includes('Emmanuel Macron'); i++) {
      list = await names();
      if (!list.includes('Emmanuel Macron')) await new Promise((ok) => setTimeout(ok, 200));
    }
    expect(list).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Paris', 'Brüssel']));
    expect(list.filter((n) => n === 'Olaf Scholz')).toHaveLength(1); // the one added to #e3
    expect(list).not.toContain('Viktor Orban');
  });

  it('renders hostile page text as inert text', async () => {
    h.resetRecords();
    const page = await openPage('dynamic/hostile.html');
    await painted(page);
    await page.bringToFront();
    const tabId = await h.tabIdOf(page, 30_000);
    // Open every mark's card once via the keyboard command; none may run page text as markup.
    const state = await h.ask({ type: 'page:get', tabId });
    const total =
      (state?.result?.analysis.entities.length ?? 0) + (state?.result?.analysis.claims.length ?? 0);
    for (let i = 0; i < Math.min(total, 12); i++) await h.sendToTab(tabId, { type: 'content:next' });
    const result = await page.evaluate(() => {
      const root = document.querySelector('kontext-root')?.shadowRoot;
      return {
        // biome-ignore lint/suspicious/noExplicitAny: probe set by the hostile text if it ever ran
        pwned: (window as any).__kontextPwned ?? null,
        // Markup from page text would show up as elements we never render (img, script, iframe),
        // as an SVG outside our own timeline chart, or as any element with an event handler.
        injected: root
          ? [...root.querySelectorAll('*')].filter(
              (el) =>
                el.matches('img, script, iframe, object, embed') ||
                (el.matches('svg') && !el.closest('.kx-timeline')) ||
                [...el.attributes].some((a) => a.name.startsWith('on')),
            ).length
          : -1,
        pageImgs: document.querySelectorAll('img').length,
      };
    });
    expect(result).toEqual({ pwned: null, injected: 0, pageImgs: 0 });
    expect(h.consoleErrors()).toEqual([]);
  });

  it('uses the dark palette on a dark page', async () => {
    const page = await openPage('dynamic/dark.html');
    await painted(page);
    const dark = await page.evaluate(() =>
      document.querySelector('kontext-root')?.classList.contains('dark'),
    );
    expect(dark).toBe(true);
    expect(countRanges(await page.evaluate(readHighlights, 'article'))).toBeGreaterThan(0);
  });

  it('switching the site off removes the highlights; a type filter repaints; switching on paints again', async () => {
    const page = await openPage('demo/');
    await painted(page);
    const original = await h.ask({ type: 'settings:get' });
    try {
      await h.ask({ type: 'settings:set', patch: { entityTypes: ['PER'] } });
      await page.waitForFunction(() => {
        // biome-ignore lint/suspicious/noExplicitAny: registry
        const reg = (CSS as any).highlights;
        return reg.get('kontext-loc')?.size === 0 && reg.get('kontext-claim-direct')?.size > 0;
      });
      await h.ask({ type: 'settings:set', patch: { disabledSites: ['127.0.0.1'] } });
      await page.waitForFunction(() => {
        // biome-ignore lint/suspicious/noExplicitAny: registry
        const reg = (CSS as any).highlights as Map<string, unknown>;
        return (
          ![...reg.keys()].some((k) => k.startsWith('kontext-')) && !document.querySelector('kontext-root')
        );
      });
      await h.ask({ type: 'settings:set', patch: { disabledSites: [], entityTypes: original.entityTypes } });
      await page.waitForFunction(() => {
        // biome-ignore lint/suspicious/noExplicitAny: registry
        return ((CSS as any).highlights.get('kontext-loc')?.size ?? 0) > 0;
      });
    } finally {
      await h.ask({ type: 'settings:set', patch: original });
    }
  });

  it('learns the article once after the configured visible time', async () => {
    const original = await h.ask({ type: 'settings:get' });
    try {
      await h.ask({ type: 'settings:set', patch: { learn: true, learnAfterSeconds: 1 } });
      const page = await openPage('dynamic/dark.html?learn');
      await painted(page);
      await page.bringToFront();
      const tabId = await h.tabIdOf(page, 30_000);
      const state = await page.waitForFunction(() => document.visibilityState, undefined, 5_000);
      expect(state).toBe('visible');
      const learned = await (async () => {
        const deadline = Date.now() + 15_000;
        for (;;) {
          const s = await h.ask({ type: 'page:get', tabId });
          if (s?.learned) return true;
          if (Date.now() > deadline) return false;
          await new Promise((ok) => setTimeout(ok, 250));
        }
      })();
      expect(learned).toBe(true);
    } finally {
      await h.ask({ type: 'settings:set', patch: original });
    }
  });

  it('re-reads the page after a single-page navigation', async () => {
    const page = await openPage('dynamic/spa.html');
    await painted(page);
    await page.bringToFront();
    await page.click('#next');
    const texts = await page.waitForFunction(
      () => {
        // biome-ignore lint/suspicious/noExplicitAny: registry
        const reg = (CSS as any).highlights as Map<string, Set<Range>>;
        const all: string[] = [];
        for (const [n, hl] of reg)
          if (n.startsWith('kontext-')) for (const r of hl) if (!r.collapsed) all.push(r.toString());
        return all.some((t) => /Niedersachsen|Weil|Offenbach/.test(t)) ? all : null;
      },
      undefined,
      20_000,
    );
    expect(texts?.some((t) => /GDL|Weselsky|Bahn/.test(t))).toBe(false);
  });

  it('made no network request and logged no errors', async () => {
    expect(h.networkViolations()).toEqual([]);
    expect(h.consoleErrors()).toEqual([]);
  });
});
