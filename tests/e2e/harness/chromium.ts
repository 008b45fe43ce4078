/** Chromium with the unpacked extension, driven by playwright-core (recipe: ../shared/TOOLCHAIN.md). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { BaseHarness } from './base.ts';
import type { RawPage } from './page.ts';
import { CHROMIUM_PATH, distDir } from './paths.ts';

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export class ChromiumHarness extends BaseHarness {
  readonly browser = 'chromium' as const;
  extensionOrigin = '';
  context!: BrowserContext;
  private userDir = '';

  /** Starts Chromium with the extension loaded; resolves once its service worker runs. */
  async start(options: { headless: boolean; extensionDir?: string; lang?: string }): Promise<this> {
    const dir = options.extensionDir ?? distDir('chromium');
    this.userDir = mkdtempSync(join(tmpdir(), 'kontext-chromium-'));
    this.context = await chromium.launchPersistentContext(this.userDir, {
      executablePath: CHROMIUM_PATH,
      headless: false,
      viewport: { width: 1280, height: 900 },
      // On Linux Chromium takes its UI language from LANGUAGE, not from --lang.
      ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang } } : {}),
      args: [
        ...(options.lang ? [`--lang=${options.lang}`] : []),
        ...(options.headless ? ['--headless=new'] : []),
        '--no-sandbox',
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        // Chromium's own background traffic (updates, autofill, sign-in), so the proxy log holds only ours.
        '--disable-default-apps',
        '--disable-domain-reliability',
        '--disable-client-side-phishing-detection',
        '--no-pings',
        '--no-default-browser-check',
        '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate,SigninInterceptBubble,ChromeSignin',
        '--extensions-update-frequency=86400',
        '--metrics-recording-only',
        '--password-store=basic',
        `--proxy-server=http://127.0.0.1:${this.recorder.port}`,
      ],
    });
    this.context.on('page', (page) => this.watchPage(page));
    for (const page of this.context.pages()) this.watchPage(page);
    this.context.on('serviceworker', (worker) => this.watchWorker(worker));
    this.context.on('request', (request) => {
      const from = request.serviceWorker()?.url() ?? safeFrameUrl(request);
      if (from.startsWith(this.extensionOrigin) && !request.url().startsWith(this.extensionOrigin))
        this.extensionRequests.push(
          `extension ${request.serviceWorker() ? 'worker' : 'page'}: ${request.method()} ${request.url()}`,
        );
    });
    const worker = await this.worker();
    this.extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    // The page Chromium opens at start is not ours; close it so tabs are only the test's.
    for (const page of this.context.pages())
      if (page.url() === 'about:blank') await page.close().catch(() => {});
    return this;
  }

  /** The extension's running service worker (waits for it to start). */
  async worker(timeout = 15_000): Promise<Worker> {
    const running = this.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (running) return running;
    return this.context.waitForEvent('serviceworker', { timeout });
  }

  private watchPage(page: Page): void {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(`${page.url()}: console.error: ${msg.text()}`);
    });
    page.on('pageerror', (error) => this.errors.push(`${page.url()}: ${error.message}`));
  }

  private watchWorker(worker: Worker): void {
    // biome-ignore lint/suspicious/noExplicitAny: Worker console events exist in recent playwright only
    (worker as any).on?.('console', (msg: { type(): string; text(): string }) => {
      if (msg.type() === 'error') this.errors.push(`worker: console.error: ${msg.text()}`);
    });
  }

  protected async newRawPage(): Promise<RawPage> {
    return (await this.context.newPage()) as unknown as RawPage;
  }

  protected async gotoRaw(page: RawPage, url: string): Promise<void> {
    await (page as unknown as Page).goto(url, { waitUntil: 'load' });
  }

  /**
   * Stops the extension's service worker as the browser does when idle (CDP
   * ServiceWorker.stopAllWorkers); the next message starts it again, cold. Waits for the worker to
   * be activated first: stopped while still installing (right after the browser started), the
   * next message sometimes got no reply at all.
   */
  async restartWorker(): Promise<void> {
    const messenger = await this.messengerPage();
    const cdp = await this.context.newCDPSession(messenger.raw as unknown as Page);
    let activated = false;
    let stopped = false;
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      for (const v of event.versions) {
        if (!v.scriptURL.startsWith(this.extensionOrigin)) continue;
        if (v.status === 'activated') activated = true;
        if (activated && v.runningStatus === 'stopped') stopped = true;
      }
    });
    try {
      await cdp.send('ServiceWorker.enable');
      const activation = Date.now() + 10_000;
      while (!activated) {
        if (Date.now() > activation) throw new Error('restartWorker: the service worker was not activated');
        await sleep(20);
      }
      await cdp.send('ServiceWorker.stopAllWorkers');
      const deadline = Date.now() + 10_000;
      // A 'stopped' event after the command; the next message may start it again at once.
      while (!stopped) {
        if (Date.now() > deadline) throw new Error('restartWorker: the service worker did not stop');
        await sleep(20);
      }
    } finally {
      await cdp.detach().catch(() => {});
    }
  }

  protected async closeBrowser(): Promise<void> {
    await this.context?.close().catch(() => {});
    rmSync(this.userDir, { recursive: true, force: true });
  }
}

function safeFrameUrl(request: { frame(): { url(): string } }): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}
