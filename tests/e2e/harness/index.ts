/**
 * Kontext end-to-end harness: the built extension (dist/chrome, dist/firefox) in real Chromium
 * (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi), one API for both.
 * Run `npm run build` first; run the tests with `npm run test:e2e` (vitest.e2e.config.ts).
 *
 * ## API (stable — other e2e tests build on it)
 * ```ts
 * import { BROWSERS, launch, type Harness } from './harness/index.ts';
 * describe.each(BROWSERS)('%s', (name) => {
 *   let h: Harness;
 *   beforeAll(async () => { h = await launch(name); });
 *   afterAll(async () => { await h?.close(); });
 *   it('…', async () => {
 *     const page = await h.openPage('demo/');          // fixture page from tests/fixtures/, over http://127.0.0.1:<port>
 *     await page.waitFor('[data-kontext-mark]');       // CSS, pierces open shadow roots
 *     await page.hoverText('Lukaschenko');             // mouse onto the first occurrence of a text
 *     const reply = await h.send({ type: 'stats' });   // raw Reply from the background (from an extension page)
 *     const stats = await h.ask({ type: 'stats' });    // typed data, throws on an error Reply
 *     const tabId = await h.tabIdOf(page);             // tab id of an analysed page (via page:get)
 *     const popup = await h.openPopup({ tabId });      // src/popup/index.html?tabId=<id> in a tab
 *     expect(h.networkViolations()).toEqual([]);       // every request not to the extension itself
 *     expect(h.consoleErrors()).toEqual([]);
 *   });
 * });
 * ```
 * Harness members:
 * - `browser`: 'chromium' | 'firefox'; `extensionOrigin`: chrome-extension://<id> | moz-extension://<uuid>
 * - `fixtureUrl(path)`, `extensionUrl(path)`: absolute URLs
 * - `openPage(path)`, `openUrl(url)`, `openExtensionPage(path)`, `openPopup({tabId?})`, `openOptions()` → `HPage`
 * - `send(message)` → `Reply` (any message, also malformed ones); `ask(request)` → reply data
 * - `tabIdOf(page)`: the tab id the background saw for that page; `sendToTab(tabId, message)`: content messages
 * - `restartWorker()`: Chromium stops the service worker (CDP, like idle shutdown); Firefox reloads
 *   the add-on (runtime.reload — storage.local/IndexedDB persist, storage.session does not)
 * - `networkViolations()`: requests by extension pages/worker not to the extension, requests to the
 *   fixture server with an extension Origin/Referer, and any request to a non-loopback host
 *   (both browsers go through a recording proxy). The fixture page's own 127.0.0.1 requests are fine.
 * - `browserTraffic()`: what the browsers sent to their vendors' own services (not counted above)
 * - `consoleErrors()`: console.error + uncaught errors of all pages (and the Chromium worker)
 * - `resetRecords()`, `artifact(page, name)` (screenshot to tests/e2e/.artifacts/), `close()`
 * HPage (page.ts): `url()`, `evaluate(fn, arg)`, `inspect(sel)`, `count(sel)`, `waitFor(sel, {timeout, visible})`,
 * `waitForFunction(fn, arg)`, `text(sel)`, `hover(sel)`, `hoverText(text, n)`, `unhover()`, `click(sel)`,
 * `press('Alt+Shift+K')`, `screenshot(path)`, `bringToFront()`, `close()`, `raw` (the Playwright/Puppeteer page).
 * Popup contract: when opened as a tab, the popup must use `?tabId=` if present instead of the active tab.
 * Environment: KONTEXT_E2E_BROWSERS=chromium,firefox (default both); KONTEXT_CHROMIUM / KONTEXT_FIREFOX
 * override the executables (/usr/bin/chromium, /usr/bin/firefox-esr).
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BaseHarness, BrowserName } from './base.ts';
import { ChromiumHarness } from './chromium.ts';
import { FirefoxHarness } from './firefox.ts';
import { distDir, FIXTURES_DIR } from './paths.ts';
import { startExternalRecorder, startFixtureServer } from './server.ts';

export type { BrowserName } from './base.ts';
export type { ElementInfo } from './page.ts';
export { HPage } from './page.ts';
export { FIXTURES_DIR, REPO_ROOT } from './paths.ts';
export type Harness = BaseHarness;

/** Browsers the e2e suite runs in (KONTEXT_E2E_BROWSERS, default both). */
export const BROWSERS: BrowserName[] = (process.env.KONTEXT_E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((b) => b.trim())
  .filter((b): b is BrowserName => b === 'chromium' || b === 'firefox');

export interface LaunchOptions {
  /** Default true; the demo passes false when a display is available. */
  headless?: boolean;
  /** Unpacked extension to load (default dist/chrome or dist/firefox). */
  extensionDir?: string;
  /** Browser UI language, e.g. "de" (needs Debian's chromium-l10n / firefox-esr-l10n-de); default the browser's. */
  lang?: string;
}

/** Starts the fixture server, the recording proxy and a browser with the extension; returns the harness. */
export async function launch(browser: BrowserName, options: LaunchOptions = {}): Promise<Harness> {
  const dir = options.extensionDir ?? distDir(browser);
  if (!existsSync(resolve(dir, 'manifest.json')))
    throw new Error(`no build in ${dir}: run "npm run build" first`);
  // Load a snapshot: a concurrent `npm run build` empties dist/ and would unload the extension mid-test.
  const snapshot = mkdtempSync(join(tmpdir(), `kontext-ext-${browser}-`));
  cpSync(dir, snapshot, { recursive: true });
  const server = await startFixtureServer(FIXTURES_DIR);
  const recorder = await startExternalRecorder();
  const harness =
    browser === 'chromium' ? new ChromiumHarness(server, recorder) : new FirefoxHarness(server, recorder);
  try {
    harness.onClose(() => rmSync(snapshot, { recursive: true, force: true }));
    return await harness.start({
      headless: options.headless ?? true,
      extensionDir: snapshot,
      lang: options.lang,
    });
  } catch (error) {
    await harness.close().catch(() => {});
    throw error;
  }
}
