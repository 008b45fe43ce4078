/**
 * The content script's conductor: applies the reader's settings, runs one PageSession per
 * page (article → analyse → paint), wires hover, keyboard stepping, late content, SPA
 * navigation and learning, and tears everything down when Kontext is switched off here.
 */
import { findArticleSliced } from '../article/find-article.ts';
import type { ClaimRecord, EntityCard } from '../dataset/types.ts';
import type { AnalyzeResult, ContentRequest, Part } from '../protocol/messages.ts';
import type { Settings } from '../protocol/settings.ts';
import { siteStatus } from '../protocol/sites.ts';
import { type CardController, createCardController } from './card-controller.ts';
import { watchArticle, watchUrl } from './dynamic.ts';
import { markAtPoint } from './hit-test.ts';
import { createHost, HOST_TAG, type Host, isInHost } from './host.ts';
import { type HoverHandle, installHover } from './hover.ts';
import { type LearnTimer, startLearnTimer } from './learn-timer.ts';
import { createNavigator, type Navigator } from './navigator.ts';
import { injectPageStyle, type PageStyle } from './page-style.ts';
import { createHighlightPainter, hasHighlightApi, type Painter } from './paint-highlights.ts';
import { createOverlayPainter } from './paint-overlay.ts';
import { SLICE_MS, yieldToPage } from './schedule.ts';
import { PageSession } from './session.ts';
import { highlightCss, isLightText } from './styles.ts';

/** What the app needs from the outside world (the background worker, mostly). */
export interface AppDeps {
  /** `part`: where the text starts in the article text, and whether it starts a new page (see PageSession). */
  analyze: (text: string, url: string, title: string | undefined, part: Part) => Promise<AnalyzeResult>;
  loadCard: (id: string) => Promise<EntityCard | null>;
  loadRelated: (text: string, speaker?: string) => Promise<ClaimRecord[]>;
  learn: (text: string, url: string, title?: string) => Promise<unknown>;
  log: (level: 'warn' | 'error', message: string) => void;
}

/** Longest url/title the protocol accepts (its `Short` fields). */
const MAX_SHORT = 2_000;

/** Returns the string cut to the protocol's limit (tracking-laden URLs can be longer). */
export function clipShort(value: string): string {
  return value.length <= MAX_SHORT ? value : value.slice(0, MAX_SHORT);
}

/** Longest wait for the frame that shows the first highlights (hidden tabs get no frames). */
const PAINT_WAIT_MS = 100;

/** Pause after an SPA URL change before the new page is read (its content is still arriving). */
export const NAVIGATION_SETTLE_MS = 600;

export type AppState = 'idle' | 'off' | 'no-article' | 'analyzing' | 'painted' | 'error';

/** The content script's state machine for one tab: settings in, highlights and cards out. */
export class ContentApp {
  state: AppState = 'idle';
  private settings: Settings | null = null;
  private host: Host | null = null;
  private style: PageStyle | null = null;
  private painter: Painter | null = null;
  private session: PageSession | null = null;
  private card: CardController | null = null;
  private hover: HoverHandle | null = null;
  private nav: Navigator | null = null;
  private stopArticleWatch: (() => void) | null = null;
  private learnTimer: LearnTimer | null = null;
  private readonly learned = new Set<string>();
  private run = 0;
  private readonly stopUrlWatch: () => void;
  private navTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly deps: AppDeps,
  ) {
    const win = doc.defaultView!;
    this.stopUrlWatch = watchUrl(win, () => {
      this.stop();
      if (this.navTimer !== undefined) clearTimeout(this.navTimer);
      this.navTimer = setTimeout(() => void this.applySettings(this.settings), NAVIGATION_SETTLE_MS);
    });
  }

  /** Returns whether Kontext should run on this page under these settings. */
  wanted(settings: Settings): boolean {
    if (!settings.enabled) return false;
    const { disabled, invalid } = siteStatus(settings.disabledSites, this.doc.location.href);
    if (invalid.length > 0) this.deps.log('warn', `Ungültige Site-Muster ignoriert: ${invalid.join(', ')}`);
    return !disabled;
  }

  /** Applies (new) settings: starts, stops or repaints; resolves when a started run is painted. */
  async applySettings(settings: Settings | null): Promise<void> {
    if (!settings) return;
    const before = this.settings;
    this.settings = settings;
    if (!this.wanted(settings)) {
      this.stop();
      this.state = 'off';
      return;
    }
    if (this.session) {
      const filterChanged =
        before?.entityTypes.join() !== settings.entityTypes.join() ||
        before?.claimKinds.join() !== settings.claimKinds.join();
      if (filterChanged) {
        this.card?.close();
        this.nav?.clearFocus();
        this.session.repaint();
      }
      if (before?.learn !== settings.learn || before?.learnAfterSeconds !== settings.learnAfterSeconds) {
        this.restartLearnTimer();
      }
      return;
    }
    if (this.state === 'analyzing') return;
    await this.start();
  }

  /** Handles a validated message from the background or popup; resolves with the reply data. */
  async handle(request: ContentRequest): Promise<unknown> {
    switch (request.type) {
      case 'content:next': {
        const mark = this.nav?.step(request.direction ?? 'next') ?? null;
        // index: as content:reveal counts (the popup's page-state lists).
        const index = mark ? this.session?.pageIndexOf(mark) : undefined;
        return { moved: mark !== null, kind: mark?.kind, index: index === -1 ? undefined : index };
      }
      case 'content:reveal':
        return { revealed: this.nav?.reveal(request.kind, request.index) ?? false };
      case 'content:refresh':
        this.stop();
        await this.applySettings(this.settings);
        return { state: this.state };
    }
  }

  /** Removes everything Kontext added to the page. */
  stop(): void {
    this.run++;
    this.stopArticleWatch?.();
    this.stopArticleWatch = null;
    this.learnTimer?.stop();
    this.learnTimer = null;
    this.hover?.destroy();
    this.hover = null;
    this.nav = null;
    this.card?.close();
    this.card = null;
    this.session?.destroy();
    this.session = null;
    this.painter?.destroy();
    this.painter = null;
    this.style?.remove();
    this.style = null;
    this.host?.remove();
    this.host = null;
    if (this.state !== 'off') this.state = 'idle';
  }

  /** Stops for good (extension unloaded). */
  dispose(): void {
    this.stop();
    this.stopUrlWatch();
    if (this.navTimer !== undefined) clearTimeout(this.navTimer);
  }

  private async start(): Promise<void> {
    const run = ++this.run;
    const live = () => run === this.run;
    this.state = 'analyzing';
    const article = await findArticleSliced(this.doc, yieldToPage, SLICE_MS);
    if (!live()) return;
    if (!article) {
      this.state = 'no-article';
      performance.mark('kontext:no-article');
      return;
    }
    // A previous instance of this script (extension reloaded) may have left its host behind.
    for (const old of Array.from(this.doc.documentElement.querySelectorAll(`:scope > ${HOST_TAG}`)))
      old.remove();
    const dark = isLightText(getComputedStyle(article.root).color) ?? false;
    const host = createHost(this.doc);
    host.setDark(dark);
    this.host = host;
    this.style = injectPageStyle(this.doc, highlightCss(dark));
    const painter = hasHighlightApi() ? createHighlightPainter() : createOverlayPainter(host, () => dark);
    this.painter = painter;
    const url = clipShort(this.doc.location.href);
    const title = article.title === undefined ? undefined : clipShort(article.title);
    const session = new PageSession({
      analyze: async (text, part) => {
        const result = await this.deps.analyze(text, url, title, part);
        // For the page budget: start→mapped and replied→painted are ours, mapped→replied the worker's.
        if (this.state === 'analyzing') performance.mark('kontext:replied');
        return result;
      },
      painter,
      filter: () => this.settings!,
      isHidden: (el) => typeof el.checkVisibility === 'function' && !el.checkVisibility(),
      warn: (m) => this.deps.log('warn', m),
      onAnalyzeError: (err, span) => {
        performance.mark('kontext:error');
        this.deps.log(
          'error',
          `Analyse fehlgeschlagen (Text ${span.start}–${span.end}): ${err instanceof Error ? err.message : String(err)}`,
        );
      },
    });
    this.session = session;
    // Watch from now on: text arriving while the article is analysed is queued behind it.
    const styleEl = this.style?.element ?? null;
    this.stopArticleWatch = watchArticle({
      root: article.root,
      map: () => session.map,
      isOwn: (node) =>
        isInHost(node, host) || (styleEl !== null && (node === styleEl || styleEl.contains(node))),
      onBlocks: (blocks) => {
        session.extend(blocks).catch((err: unknown) => {
          this.deps.log('error', `Nachgeladener Text: ${err instanceof Error ? err.message : String(err)}`);
        });
      },
      onChanged: (blocks, widgets) => {
        session
          .update(blocks, widgets)
          .then(() => performance.mark('kontext:updated'))
          .catch((err: unknown) => {
            this.deps.log('error', `Geänderter Text: ${err instanceof Error ? err.message : String(err)}`);
          });
      },
    });
    try {
      await session.mapBlocks(article.blocks);
      if (!live()) return;
      performance.mark('kontext:mapped');
      await session.analyzeAll();
    } catch (err) {
      if (!live()) return;
      this.state = 'error';
      performance.mark('kontext:error');
      this.deps.log('error', `Analyse fehlgeschlagen: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    if (!live()) return;
    // The highlights show with the next frame; a background tab has no frames, so do not wait long.
    await new Promise<void>((ok) => {
      requestAnimationFrame(() => ok());
      setTimeout(ok, PAINT_WAIT_MS);
    });
    if (!live()) return;
    performance.mark('kontext:painted');
    this.state = 'painted';
    this.installInteraction(host, session);
    this.restartLearnTimer();
  }

  private installInteraction(host: Host, session: PageSession): void {
    const card = createCardController(host, {
      loadCard: this.deps.loadCard,
      loadRelated: this.deps.loadRelated,
    });
    this.card = card;
    const hover = installHover({
      doc: this.doc,
      host,
      card,
      hitTest: (x, y) => markAtPoint(this.doc, session.map, session.shown(), (m) => session.rangeOf(m), x, y),
      rangeOf: (m) => session.rangeOf(m),
      delayMs: () => this.settings?.hoverDelayMs ?? 300,
      onDismiss: () => this.nav?.clearFocus(),
    });
    this.hover = hover;
    this.nav = createNavigator({
      session: () => this.session,
      painter: () => this.painter,
      card,
      host,
      setKeyboardOpen: (open) => {
        hover.keyboardOpen = open;
      },
    });
  }

  private restartLearnTimer(): void {
    this.learnTimer?.stop();
    this.learnTimer = null;
    const settings = this.settings;
    const session = this.session;
    if (!settings?.learn || !session) return;
    const url = clipShort(this.doc.location.href);
    if (this.learned.has(url)) return;
    this.learnTimer = startLearnTimer(this.doc, settings.learnAfterSeconds, () => {
      if (this.learned.has(url) || this.session !== session) return;
      this.learned.add(url);
      this.deps
        .learn(session.text, url, this.doc.title ? clipShort(this.doc.title) : undefined)
        .catch((err: unknown) => {
          this.deps.log('warn', `Lernen fehlgeschlagen: ${err instanceof Error ? err.message : String(err)}`);
        });
    });
  }
}
