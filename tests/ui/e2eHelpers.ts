/**
 * Helpers for the popup and options e2e tests (tests/e2e/popup|options.e2e.test.ts): axe-core
 * runs, colour-scheme emulation, element screenshots and form input in both browsers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatMessage, type MessageKey } from '../../src/ui/i18n.ts';
import type { BrowserName, HPage } from '../e2e/harness/index.ts';
import { REPO_ROOT } from '../e2e/harness/index.ts';

/** Unpacked extension to test: KONTEXT_UI_DIST/<chrome|firefox> when set (a private build), else the harness default (dist/). */
export function extensionDirFor(name: BrowserName): string | undefined {
  const base = process.env.KONTEXT_UI_DIST;
  return base ? resolve(base, name === 'chromium' ? 'chrome' : 'firefox') : undefined;
}

export const SCREENSHOT_DIR = resolve(REPO_ROOT, 'docs/screenshots');

/** An axe violation reduced to what a failing test message needs. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Injects axe-core into the page (via the devtools protocol, so the page's CSP does not apply) and returns serious and critical violations. */
export async function seriousAxeViolations(page: HPage): Promise<AxeFinding[]> {
  const source = readFileSync(resolve(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.raw.evaluate(`${source};true`);
  const all: AxeFinding[] = await page.evaluate(() =>
    // biome-ignore lint/suspicious/noExplicitAny: axe is a page global
    (window as any).axe.run(document, { resultTypes: ['violations'] }).then((r: any) =>
      // biome-ignore lint/suspicious/noExplicitAny: axe result shape
      r.violations.map((v: any) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        // biome-ignore lint/suspicious/noExplicitAny: axe node shape
        targets: v.nodes.slice(0, 5).map((n: any) => String(n.target)),
      })),
    ),
  );
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Emulates prefers-color-scheme; returns false when the browser driver cannot (then the caller skips dark shots). */
export async function setColorScheme(page: HPage, scheme: 'light' | 'dark'): Promise<boolean> {
  // biome-ignore lint/suspicious/noExplicitAny: Playwright and Puppeteer pages differ here
  const raw = page.raw as any;
  try {
    if (typeof raw.emulateMedia === 'function') await raw.emulateMedia({ colorScheme: scheme });
    else await raw.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  } catch {
    return false;
  }
  return page.evaluate((s: string) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme);
}

/** Saves a PNG of the element matching `selector` (whole element, also below the fold). */
export async function elementShot(page: HPage, selector: string, file: string): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: Playwright and Puppeteer pages differ here
  const raw = page.raw as any;
  const path = resolve(SCREENSHOT_DIR, file);
  // Playwright pages have setInputFiles; Puppeteer's locator API is different, so use $ there.
  if (typeof raw.setInputFiles === 'function') await raw.locator(selector).first().screenshot({ path });
  else await (await raw.$(selector)).screenshot({ path });
}

/** Sets an input's value as typing would and fires input and change. */
export async function setValue(page: HPage, selector: string, value: string): Promise<void> {
  await page.evaluate(
    (a: { selector: string; value: string }) => {
      const el = document.querySelector(a.selector) as HTMLInputElement | null;
      if (!el) throw new Error(`no ${a.selector}`);
      el.focus();
      el.value = a.value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, value },
  );
}

/** Puts a file on a file input (Playwright setInputFiles / Puppeteer uploadFile). */
export async function setFile(page: HPage, selector: string, file: string): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: Playwright and Puppeteer pages differ here
  const raw = page.raw as any;
  if (typeof raw.setInputFiles === 'function') await raw.setInputFiles(selector, file);
  else await (await raw.$(selector)).uploadFile(file);
}

/** Returns how many Kontext highlight ranges the page paints (CSS Custom Highlight registry), focus ring excluded. */
export function paintedRanges(page: HPage): Promise<number> {
  return page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: CSS.highlights typing
    const reg = (CSS as any).highlights as Map<string, { size: number }> | undefined;
    if (!reg) return 0;
    let n = 0;
    for (const [name, h] of reg) if (name.startsWith('kontext-') && name !== 'kontext-focus') n += h.size;
    return n;
  });
}

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Returns a `t` for the language the extension page shows (the browser's UI language decides: en or de). */
export async function pageTexts(
  page: HPage,
): Promise<(key: MessageKey, ...subs: (string | number)[]) => string> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  const file = resolve(REPO_ROOT, `public/_locales/${lang === 'en' ? 'en' : 'de'}/messages.json`);
  const catalogue = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
  const numbers = new Intl.NumberFormat(lang === 'en' ? 'en' : 'de');
  return (key, ...subs) =>
    formatMessage(
      catalogue,
      key,
      subs.map((s) => (typeof s === 'number' ? numbers.format(s) : s)),
    );
}

/**
 * Chromium only: makes extension pages opened from now on use the bundled German messages (the
 * Debian build ships only the en-US locale, so `i18n.getMessage` answers in English). The
 * bundled catalogue is `_locales/de/messages.json` itself, so the screenshots show the real German UI.
 */
export async function forceBundledGerman(page: HPage): Promise<boolean> {
  // biome-ignore lint/suspicious/noExplicitAny: Playwright-only API
  const raw = page.raw as any;
  if (typeof raw.context !== 'function') return false;
  await raw.context().addInitScript(() => {
    // biome-ignore lint/suspicious/noExplicitAny: chrome global
    const c = (globalThis as any).chrome;
    if (c?.i18n && location.protocol === 'chrome-extension:') c.i18n.getMessage = () => '';
  });
  return true;
}

/** Returns how many CSS pixels the page overflows horizontally in a viewport `width` px wide (200 % zoom of a 2×width window). */
export async function horizontalOverflowAt(page: HPage, width: number): Promise<number> {
  // biome-ignore lint/suspicious/noExplicitAny: Playwright and Puppeteer pages differ here
  const raw = page.raw as any;
  if (typeof raw.setViewportSize === 'function') await raw.setViewportSize({ width, height: 700 });
  else await raw.setViewport({ width, height: 700 });
  await new Promise((r) => setTimeout(r, 200));
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Resolves once `check` returns true (polled every 100 ms); throws after `timeoutMs`. */
export async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
