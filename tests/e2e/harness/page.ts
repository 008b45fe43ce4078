/**
 * One page API over Playwright (Chromium) and Puppeteer (Firefox) pages, so a test reads the same
 * in both browsers. Selectors are CSS and pierce open shadow roots (our card mounts in one).
 * The underlying page stays reachable as `raw` for anything browser-specific.
 */

/** The part of a Playwright or Puppeteer page the harness uses. */
export interface RawPage {
  // biome-ignore lint/suspicious/noExplicitAny: both libraries type evaluate differently
  evaluate(fn: any, arg?: any): Promise<any>;
  mouse: { move(x: number, y: number): Promise<void>; click(x: number, y: number): Promise<void> };
  keyboard: { down(key: string): Promise<void>; up(key: string): Promise<void> };
  // biome-ignore lint/suspicious/noExplicitAny: both libraries type options differently
  screenshot(options: any): Promise<unknown>;
  close(): Promise<void>;
  url(): string;
  bringToFront(): Promise<void>;
}

/** What `inspect` reports about one element matching a selector. */
export interface ElementInfo {
  text: string;
  visible: boolean;
  rect: { x: number; y: number; width: number; height: number };
  attributes: Record<string, string>;
}

/** Every element matching `selector` in the document and all open shadow roots (runs in the page). */
function inspectInPage(arg: { selector: string; scroll: boolean }): ElementInfo[] {
  // No named inner functions: tsx/esbuild would wrap them in a `__name` helper the page lacks.
  const found: Element[] = [];
  const roots: (Document | ShadowRoot)[] = [document];
  while (roots.length > 0) {
    const root = roots.shift()!;
    found.push(...Array.from(root.querySelectorAll(arg.selector)));
    for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  if (arg.scroll && found[0]) found[0].scrollIntoView({ block: 'center', inline: 'center' });
  return found.map((el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const attributes: Record<string, string> = {};
    for (const a of Array.from(el.attributes)) attributes[a.name] = a.value;
    return {
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
      text: (el as HTMLElement).innerText ?? el.textContent ?? '',
      visible: r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      attributes,
    };
  });
}

/** Scrolls to the first occurrence of `text` in the page's text and returns its box (runs in the page). */
function textBoxInPage(arg: { text: string; occurrence: number }): ElementInfo['rect'] | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    let at = value.indexOf(arg.text);
    while (at >= 0) {
      if (seen === arg.occurrence) {
        node.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + arg.text.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      seen++;
      at = value.indexOf(arg.text, at + 1);
    }
  }
  return null;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** A browser page (fixture page, popup or options) with browser-neutral helpers. */
export class HPage {
  constructor(
    readonly raw: RawPage,
    readonly browser: 'chromium' | 'firefox',
  ) {}

  /** Current URL of the page. */
  url(): string {
    return this.raw.url();
  }

  /** Runs fn(arg) in the page and returns its (serialisable) result. fn must be self-contained. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.raw.evaluate(fn, arg);
  }

  /** Every element matching the selector (open shadow roots included). */
  inspect(selector: string, scroll = false): Promise<ElementInfo[]> {
    return this.raw.evaluate(inspectInPage, { selector, scroll });
  }

  /** Number of elements matching the selector. */
  async count(selector: string): Promise<number> {
    return (await this.inspect(selector)).length;
  }

  /** Waits until a visible element matches; returns its info. Throws with the selector on timeout. */
  async waitFor(
    selector: string,
    options: { timeout?: number; visible?: boolean } = {},
  ): Promise<ElementInfo> {
    const deadline = Date.now() + (options.timeout ?? 15_000);
    const wantVisible = options.visible ?? true;
    for (;;) {
      const all = await this.inspect(selector).catch(() => [] as ElementInfo[]);
      const hit = all.find((e) => !wantVisible || e.visible);
      if (hit) return hit;
      if (Date.now() > deadline)
        throw new Error(`waitFor: no ${wantVisible ? 'visible ' : ''}"${selector}" on ${this.url()}`);
      await sleep(100);
    }
  }

  /** Polls fn in the page until it returns a truthy value; returns that value. */
  async waitForFunction<R, A = undefined>(fn: (arg: A) => R, arg?: A, timeout = 15_000): Promise<R> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.raw.evaluate(fn, arg).catch(() => undefined);
      if (value) return value as R;
      if (Date.now() > deadline) throw new Error(`waitForFunction timed out on ${this.url()}`);
      await sleep(100);
    }
  }

  /** Text of the first element matching the selector (throws when none). */
  async text(selector: string): Promise<string> {
    return (await this.waitFor(selector, { visible: false })).text;
  }

  /** Moves the mouse onto the centre of the first visible match (scrolled into view). */
  async hover(selector: string): Promise<void> {
    await this.waitFor(selector);
    const [el] = (await this.inspect(selector, true)).filter((e) => e.visible);
    await this.raw.mouse.move(el.rect.x + el.rect.width / 2, el.rect.y + el.rect.height / 2);
  }

  /** Moves the mouse onto the n-th occurrence (0-based) of a text in the page. */
  async hoverText(text: string, occurrence = 0): Promise<void> {
    const box = await this.raw.evaluate(textBoxInPage, { text, occurrence });
    if (!box) throw new Error(`hoverText: "${text}" (#${occurrence}) not found on ${this.url()}`);
    await this.raw.mouse.move(box.x + Math.min(box.width / 2, 3), box.y + box.height / 2);
  }

  /** Moves the mouse to a neutral corner (closes hover cards). */
  async unhover(): Promise<void> {
    await this.raw.mouse.move(1, 1);
  }

  /** Clicks the centre of the first visible match. */
  async click(selector: string): Promise<void> {
    await this.waitFor(selector);
    const [el] = (await this.inspect(selector, true)).filter((e) => e.visible);
    await this.raw.mouse.click(el.rect.x + el.rect.width / 2, el.rect.y + el.rect.height / 2);
  }

  /** Presses a key or a chord like "Alt+Shift+K" (same names in both browsers). */
  async press(chord: string): Promise<void> {
    const keys = chord.split('+');
    for (const k of keys) await this.raw.keyboard.down(k);
    for (const k of keys.reverse()) await this.raw.keyboard.up(k);
  }

  /** Saves a PNG screenshot of the viewport (or the full page). */
  async screenshot(path: string, fullPage = false): Promise<void> {
    await this.raw.screenshot({ path, fullPage });
  }

  /** Brings the tab to the front (the active tab of its window). */
  bringToFront(): Promise<void> {
    return this.raw.bringToFront();
  }

  close(): Promise<void> {
    return this.raw.close();
  }
}
