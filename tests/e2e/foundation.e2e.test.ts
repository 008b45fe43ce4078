/**
 * Foundation: in each browser the built extension loads, its content script reaches the
 * background from the demo page, popup and options render, and nothing goes to the network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import type { ChromiumHarness } from './harness/chromium.ts';
import { BROWSERS, type Harness, launch } from './harness/index.ts';

describe.each(BROWSERS)('foundation in %s', (name) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(name);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('loads the extension with the source manifest', async () => {
    const page = await h.openExtensionPage('src/options/index.html');
    const loaded = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: browser/chrome global
      const g = globalThis as any;
      const m = (g.browser ?? g.chrome).runtime.getManifest();
      return { version: m.version, permissions: m.permissions, hosts: m.host_permissions ?? [] };
    });
    expect(loaded.version).toBe(manifest.version);
    expect(loaded.permissions).toEqual(['storage']);
    expect(loaded.hosts).toEqual([]);
    await page.close();
  });

  it('runs the content script on the demo page (the background hears from its tab)', async () => {
    const page = await h.openPage('demo/');
    const tabId = await h.tabIdOf(page, 30_000);
    const state = await h.ask({ type: 'page:get', tabId });
    expect(state?.url.split('#')[0]).toBe(h.fixtureUrl('demo/'));
    expect(state?.status).toBe('analyzed');
    expect(state?.result?.analysis.sentences.length).toBeGreaterThan(0);
  });

  it('renders the popup and the options page', async () => {
    for (const page of [await h.openPopup(), await h.openOptions()]) {
      // biome-ignore lint/performance/useDomNodeTextContent: rendered text, not hidden template text
      const text = await page.waitForFunction(() => document.body.innerText.trim(), undefined, 15_000);
      expect(text.length).toBeGreaterThan(0);
      await page.close();
    }
  });

  it('answers a malformed message with a clear error instead of throwing', async () => {
    const reply = await h.send({ type: 'no-such-message' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/Ungültige Nachricht/);
  });

  it('the recorder sees a request from an extension page (self-check), then nothing else', async () => {
    const page = await h.openExtensionPage('src/options/index.html');
    await page
      .evaluate(
        (url: string) =>
          fetch(url).then(
            () => 'ok',
            () => 'failed',
          ),
        'http://example.invalid/probe',
      )
      .catch(() => 'failed');
    const seen = h.networkViolations();
    expect(seen.some((v) => v.includes('example.invalid'))).toBe(true);
    h.resetRecords();
    await page.close();
  });

  // Chromium only: Firefox's background is an event page, covered by the extension-page self-check above.
  (name === 'chromium' ? it : () => {})(
    'the recorder sees a request from the service worker (self-check)',
    async () => {
      const worker = await (h as ChromiumHarness).worker();
      await worker.evaluate(() =>
        fetch('http://worker-probe.invalid/x').then(
          () => 'ok',
          () => 'failed',
        ),
      );
      expect(h.networkViolations().some((v) => v.includes('worker-probe.invalid'))).toBe(true);
      h.resetRecords();
    },
  );

  it('made no network request of its own and logged no errors', async () => {
    const page = await h.openPage('demo/');
    await h.tabIdOf(page, 30_000);
    await (await h.openPopup()).close();
    expect(h.networkViolations()).toEqual([]);
    expect(h.consoleErrors()).toEqual([]);
  });
});
