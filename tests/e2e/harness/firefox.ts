/** Firefox ESR with the extension, driven by puppeteer-core over WebDriver BiDi (recipe: TOOLCHAIN.md). */
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/manifest-firefox.ts';
import { BaseHarness } from './base.ts';
import type { RawPage } from './page.ts';
import { distDir, FIREFOX_PATH } from './paths.ts';

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export class FirefoxHarness extends BaseHarness {
  readonly browser = 'firefox' as const;
  readonly uuid = randomUUID();
  readonly extensionOrigin = `moz-extension://${this.uuid}`;
  instance!: Browser;

  /** Starts Firefox and installs the extension as a temporary add-on with a pinned UUID. */
  async start(options: { headless: boolean; extensionDir?: string; lang?: string }): Promise<this> {
    const proxy = this.recorder.port;
    this.instance = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: options.headless,
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: this.uuid }),
        ...(options.lang
          ? { 'intl.locale.requested': options.lang, 'intl.accept_languages': options.lang }
          : {}),
        // Everything leaving the machine goes to the recording proxy; loopback stays direct.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy,
        'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
        'network.proxy.allow_hijacking_localhost': false,
        // Firefox's own background traffic, so the proxy log holds only what pages/the extension ask for.
        'network.connectivity-service.enabled': false,
        'network.captive-portal-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'browser.safebrowsing.downloads.remote.enabled': false,
        'services.settings.server': 'http://127.0.0.1:9/remote-settings-off',
        'extensions.getAddons.cache.enabled': false,
        'extensions.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'dom.push.connection.enabled': false,
      },
    });
    await this.instance.installExtension(options.extensionDir ?? distDir('firefox'));
    // The extension's pages become reachable once the add-on has started.
    await this.messengerPage();
    return this;
  }

  protected async newRawPage(): Promise<RawPage> {
    const page = await this.instance.newPage();
    const label = () => page.url();
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(`${label()}: console.error: ${msg.text()}`);
    });
    page.on('pageerror', (error) =>
      this.errors.push(`${label()}: ${(error as Error).message ?? String(error)}`),
    );
    page.on('request', (request) => {
      if (page.url().startsWith(this.extensionOrigin) && !/^(moz-extension|data|blob):/.test(request.url()))
        this.extensionRequests.push(`extension page: ${request.method()} ${request.url()}`);
    });
    return page as unknown as RawPage;
  }

  protected async gotoRaw(raw: RawPage, url: string): Promise<void> {
    const page = raw as unknown as Page;
    if (url.startsWith('moz-extension:')) {
      // goto never resolves for moz-extension pages under BiDi (TOOLCHAIN.md): poll instead.
      page.goto(url).catch(() => {});
      const deadline = Date.now() + 15_000;
      for (;;) {
        const ready = await page.evaluate(() => `${location.href}|${document.readyState}`).catch(() => '');
        if (ready.startsWith(url.split('?')[0]) && ready.endsWith('|complete')) return;
        if (Date.now() > deadline) throw new Error(`firefox: ${url} did not load`);
        await sleep(100);
      }
    }
    await page.goto(url, { waitUntil: 'load' });
  }

  /**
   * Restarts the background script: runtime.reload() from an extension page (Firefox has no
   * remote "stop event page"). Storage and IndexedDB persist; storage.session and memory do not.
   */
  async restartWorker(): Promise<void> {
    const messenger = await this.messengerPage();
    await messenger
      .evaluate(() => {
        // biome-ignore lint/suspicious/noExplicitAny: Firefox global
        (globalThis as any).browser.runtime.reload();
      })
      .catch(() => {});
    this.messenger = undefined;
    const deadline = Date.now() + 20_000;
    await sleep(500);
    for (;;) {
      try {
        const reply = await this.send({ type: 'settings:get' });
        if (reply?.ok) return;
      } catch {
        this.messenger = undefined;
      }
      if (Date.now() > deadline) throw new Error('restartWorker: the extension did not come back');
      await sleep(300);
    }
  }

  protected async closeBrowser(): Promise<void> {
    await this.instance?.close().catch(() => {});
  }
}
