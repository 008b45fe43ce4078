/** Browser-neutral part of the harness: fixture server, messaging via an extension page, records. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Reply, Request, RequestType, Responses } from '../../../src/protocol/messages.ts';
import { HPage, type RawPage } from './page.ts';
import { ARTIFACTS_DIR } from './paths.ts';
import type { ExternalRecorder, FixtureServer } from './server.ts';

export type BrowserName = 'chromium' | 'firefox';

export const POPUP_PATH = 'src/popup/index.html';
export const OPTIONS_PATH = 'src/options/index.html';
/**
 * The quiet extension page the harness sends messages from: an extension-origin document with the
 * runtime API but no script of its own, so it never wakes the worker by itself.
 */
export const MESSENGER_PATH = 'icons/icon-16.png';

/** Sends a message to the background from an extension page (runs in that page). */
function sendFromExtensionPage(message: unknown): Promise<unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: `browser` (Firefox) or `chrome` (Chromium) global
  const g = globalThis as any;
  const api = g.browser ?? g.chrome;
  return api.runtime.sendMessage(message);
}

/** Ids of all open tabs (runs in an extension page; works without the "tabs" permission). */
async function tabIdsInPage(): Promise<number[]> {
  // biome-ignore lint/suspicious/noExplicitAny: browser/chrome global
  const g = globalThis as any;
  const api = g.browser ?? g.chrome;
  const tabs: { id?: number }[] = await api.tabs.query({});
  return tabs.map((t) => t.id).filter((id): id is number => typeof id === 'number');
}

/** Sends a message to a tab's content script (runs in an extension page). */
function sendToTabInPage(arg: { tabId: number; message: unknown }): Promise<unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: browser/chrome global
  const g = globalThis as any;
  const api = g.browser ?? g.chrome;
  return api.tabs.sendMessage(arg.tabId, arg.message);
}

/**
 * Hosts the browsers themselves contact in the background even with their background-networking
 * switches off (Firefox remote settings, Chromium update/sign-in services). The extension has no
 * business with them, and their requests come from the browser, not from our pages or worker.
 */
const BROWSER_HOSTS =
  /^(CONNECT |[A-Z]+ https?:\/\/)([a-z0-9-]+\.)*(mozilla\.(com|net|org)|firefox\.com|googleapis\.com|google\.com|gvt1\.com|gstatic\.com)(:\d+)?(\/|$)/;

/** True when a proxied request target goes to a browser vendor's own service. */
export function isBrowserOwnTraffic(target: string): boolean {
  return BROWSER_HOSTS.test(target);
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export abstract class BaseHarness {
  abstract readonly browser: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid> (no trailing slash). */
  abstract readonly extensionOrigin: string;
  protected messenger?: HPage;
  protected readonly errors: string[] = [];
  protected readonly extensionRequests: string[] = [];

  constructor(
    readonly server: FixtureServer,
    readonly recorder: ExternalRecorder,
  ) {}

  protected abstract newRawPage(): Promise<RawPage>;
  /** Navigates a raw page; resolves once the document has loaded. */
  protected abstract gotoRaw(page: RawPage, url: string): Promise<void>;
  abstract restartWorker(): Promise<void>;
  protected abstract closeBrowser(): Promise<void>;

  /** URL of a file under tests/fixtures ("demo/" → http://127.0.0.1:<port>/demo/). */
  fixtureUrl(path: string): string {
    return `${this.server.origin}/${path.replace(/^\//, '')}`;
  }

  /** URL of a file inside the extension ("src/popup/index.html"). */
  extensionUrl(path: string): string {
    return `${this.extensionOrigin}/${path.replace(/^\//, '')}`;
  }

  /** Opens a fixture page in a new tab and waits for it to load. */
  async openPage(path: string): Promise<HPage> {
    const raw = await this.newRawPage();
    await this.gotoRaw(raw, this.fixtureUrl(path));
    return new HPage(raw, this.browser);
  }

  /** Opens any http(s) URL in a new tab. */
  async openUrl(url: string): Promise<HPage> {
    const raw = await this.newRawPage();
    await this.gotoRaw(raw, url);
    return new HPage(raw, this.browser);
  }

  /** Opens an extension page in a new tab and waits until its document is complete. */
  async openExtensionPage(path: string): Promise<HPage> {
    const raw = await this.newRawPage();
    await this.gotoRaw(raw, this.extensionUrl(path));
    const page = new HPage(raw, this.browser);
    await page.waitForFunction(() => document.readyState === 'complete');
    return page;
  }

  /**
   * Opens the popup as a tab. A popup in a tab would see itself as the active tab, so pass the
   * tab it is about (`tabIdOf(page)`): the popup gets `?tabId=<id>` and must use it when present.
   */
  openPopup(options: { tabId?: number } = {}): Promise<HPage> {
    const query = options.tabId === undefined ? '' : `?tabId=${options.tabId}`;
    return this.openExtensionPage(`${POPUP_PATH}${query}`);
  }

  /** Opens the options page as a tab. */
  openOptions(): Promise<HPage> {
    return this.openExtensionPage(OPTIONS_PATH);
  }

  /** The extension page used to talk to the background (opened once, reopened when closed). */
  protected async messengerPage(): Promise<HPage> {
    if (this.messenger) {
      const alive = await this.messenger.evaluate(() => true).catch(() => false);
      if (alive) return this.messenger;
    }
    this.messenger = await this.openExtensionPage(MESSENGER_PATH);
    return this.messenger;
  }

  /** Sends a raw message to the background worker from an extension page; returns its Reply (throws after timeoutMs). */
  async send<T = unknown>(message: unknown, timeoutMs = 30_000): Promise<Reply<T>> {
    const page = await this.messengerPage();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const type = (message as { type?: unknown } | null)?.type;
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(
        () => fail(new Error(`send: no reply to ${String(type)} within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      return (await Promise.race([page.evaluate(sendFromExtensionPage, message), timeout])) as Reply<T>;
    } finally {
      clearTimeout(timer);
    }
  }

  private readonly closers: (() => void)[] = [];

  /** Registers cleanup to run after the browser closed. */
  onClose(fn: () => void): void {
    this.closers.push(fn);
  }

  /** Sends a typed request; returns the reply's data or throws the reply's error. */
  async ask<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<Responses[T]> {
    const reply = await this.send<Responses[T]>(request);
    if (!reply) throw new Error(`no reply to ${request.type}`);
    if (!reply.ok) throw new Error(`${request.type}: ${reply.error}`);
    return reply.data;
  }

  /**
   * Tab id of a page that the content script has analysed (matched by URL through `page:get`).
   * Waits up to `timeout` ms for the analysis to arrive.
   */
  async tabIdOf(page: HPage, timeout = 15_000): Promise<number> {
    const deadline = Date.now() + timeout;
    const want = page.url().split('#')[0];
    for (;;) {
      const messenger = await this.messengerPage();
      const ids = (await messenger.evaluate(tabIdsInPage)) as number[];
      for (const tabId of ids) {
        const reply = await this.send<{ url: string } | null>({ type: 'page:get', tabId });
        if (reply?.ok && reply.data && reply.data.url.split('#')[0] === want) return tabId;
      }
      if (Date.now() > deadline) throw new Error(`tabIdOf: the background knows no tab with ${want}`);
      await sleep(200);
    }
  }

  /** Sends a message to a tab's content script (as the background or popup would); returns its answer. */
  async sendToTab(tabId: number, message: unknown): Promise<unknown> {
    const page = await this.messengerPage();
    return page.evaluate(sendToTabInPage, { tabId, message });
  }

  /**
   * Network requests the extension made that are not to the extension itself: from its pages or
   * worker (seen by the browser driver), to the fixture server with an extension Origin/Referer,
   * or to any host outside the machine (seen by the recording proxy).
   */
  networkViolations(): string[] {
    const toFixtures = this.server.requests
      .filter((r) => /^(chrome|moz)-extension:/.test(r.origin ?? r.referer ?? ''))
      .map((r) => `extension → fixture server: ${r.method} ${r.url} (from ${r.origin ?? r.referer})`);
    const external = this.recorder.requests
      .filter((r) => !isBrowserOwnTraffic(r.target))
      .map((r) => `external: ${r.target}`);
    return [...this.extensionRequests, ...toFixtures, ...external];
  }

  /** Requests to the browser vendor's own services (updates, remote settings), not counted as violations. */
  browserTraffic(): string[] {
    return this.recorder.requests.filter((r) => isBrowserOwnTraffic(r.target)).map((r) => r.target);
  }

  /** Console errors and uncaught exceptions from every page and the worker, as "where: message". */
  consoleErrors(): string[] {
    return [...this.errors];
  }

  /** Forgets recorded errors and requests (e.g. after a test that provokes them on purpose). */
  resetRecords(): void {
    this.errors.length = 0;
    this.extensionRequests.length = 0;
    this.server.requests.length = 0;
    this.recorder.requests.length = 0;
  }

  /** Saves a screenshot of a page under tests/e2e/.artifacts/<browser>-<name>.png; returns the path. */
  async artifact(page: HPage, name: string): Promise<string> {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = resolve(ARTIFACTS_DIR, `${this.browser}-${name}.png`);
    await page.screenshot(file);
    return file;
  }

  /** Closes the browser, the fixture server and the proxy. */
  async close(): Promise<void> {
    try {
      await this.closeBrowser();
    } finally {
      await this.server.close();
      await this.recorder.close();
      for (const fn of this.closers) fn();
    }
  }
}
