/**
 * The toolbar popup: what the current article contains (entities by type, claims), context
 * cards for each, a search over the whole dataset, the per-site switch, "remember this
 * article" and a status line. `?tabId=N` in the page URL targets that tab (e2e tests open the
 * popup as a tab); otherwise the active tab of the current window.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimRecord, EntitySummary } from '../dataset/types.ts';
import type { Claim } from '../nlp/types.ts';
import { ask } from '../protocol/client.ts';
import type { PageState } from '../protocol/messages.ts';
import type { Settings } from '../protocol/settings.ts';
import { isSiteDisabled, toggleSite } from '../protocol/sites.ts';
import { pageStateKey, touchesSettings } from '../protocol/storage-keys.ts';
import { onStorageChanged, openOptions, sendToTab, targetTab } from '../ui/ext.ts';
import { t } from '../ui/i18n.ts';
import { isWebUrl } from '../ui/primitives.tsx';
import { errorText, useAsync } from '../ui/useAsync.ts';
import { ClaimList } from './ClaimList.tsx';
import { ClaimView } from './ClaimView.tsx';
import { EntityList } from './EntityList.tsx';
import { type EntityTarget, EntityView } from './EntityView.tsx';
import { type EntityRow, groupEntities, visibleClaims } from './pageModel.ts';
import { SearchResults } from './SearchResults.tsx';
import { StatusLine } from './StatusLine.tsx';
import { LearnButton, SiteSwitch } from './Toolbar.tsx';

/** How often and how long the popup asks again while the page has not been analysed yet. */
export const POLL = { intervalMs: 1000, attempts: 15 } as const;
/** Pause after typing before the search runs. */
export const SEARCH_DEBOUNCE_MS = 250;
/** Pause after the tab's page state changed before the popup reads it again (parts come in bursts). */
const PAGE_REFRESH_MS = 250;
const SEARCH_LIMIT = 30;

type ViewSpec =
  | { kind: 'entity'; target: EntityTarget }
  | { kind: 'claim'; claim: Claim | ClaimRecord; pageIndex?: number };
/** A view on the popup's stack, with the element to give focus back to when it closes. */
type View = ViewSpec & { returnFocus: Element | null };

interface Tab {
  id: number;
  url?: string;
}

/** Returns the popup UI for the tab named by `search` (?tabId=N) or the active tab. */
export function App({ search = location.search }: { search?: string }): JSX.Element {
  const [tab, setTab] = useState<Tab | null | undefined>(undefined);
  const [fatal, setFatal] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<PageState | null | undefined>(undefined);
  const [waitedOut, setWaitedOut] = useState(false);
  const [pageEpoch, setPageEpoch] = useState(0);
  const [statsEpoch, setStatsEpoch] = useState(0);
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [views, setViews] = useState<View[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const viewRef = useRef<HTMLDivElement>(null);
  const settingsRef = useRef<Settings | null>(null);
  settingsRef.current = settings;

  const stats = useAsync(() => ask({ type: 'stats' }), [statsEpoch]);
  const searchState = useAsync(
    () => (debounced ? ask({ type: 'search', query: debounced, limit: SEARCH_LIMIT }) : Promise.resolve([])),
    [debounced],
  );

  useEffect(() => {
    targetTab(search).then(setTab, (err) => setFatal(errorText(err)));
    const loadSettings = () =>
      ask({ type: 'settings:get' }).then(setSettings, (err) => setFatal(errorText(err)));
    loadSettings();
    return onStorageChanged((keys) => {
      if (touchesSettings(keys)) loadSettings();
    });
  }, [search]);

  // The page goes on changing while the popup is open (late paragraphs, ticker entries, text edited
  // in place): read its state again, through the same poll as after a settings change. A burst of
  // parts is one reload.
  useEffect(() => {
    if (!tab) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onStorageChanged((keys) => {
      if (!keys.includes(pageStateKey(tab.id))) return;
      clearTimeout(timer);
      timer = setTimeout(() => setPageEpoch((n) => n + 1), PAGE_REFRESH_MS);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [tab]);

  // Ask for the page state until the content script has reported (or we give up waiting).
  useEffect(() => {
    if (!tab) return;
    let attempts = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const poll = () => {
      ask({ type: 'page:get', tabId: tab.id }).then(
        (state) => {
          if (!live) return;
          setPage(state);
          const waiting = state === null || disagrees(state, settingsRef.current);
          if (waiting && ++attempts < POLL.attempts) timer = setTimeout(poll, POLL.intervalMs);
          else if (state === null) setWaitedOut(true);
        },
        (err) => live && setFatal(errorText(err)),
      );
    };
    setWaitedOut(false);
    poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tab, pageEpoch]);

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const openView = useCallback((view: ViewSpec) => {
    setViews((vs) => [...vs, { ...view, returnFocus: document.activeElement }]);
  }, []);
  const viewsRef = useRef<View[]>([]);
  viewsRef.current = views;
  const closeView = useCallback(() => {
    const top = viewsRef.current[viewsRef.current.length - 1];
    setViews((vs) => vs.slice(0, -1));
    // Give focus back to the element that opened the view (the lists stay mounted, so it still exists).
    if (top?.returnFocus instanceof HTMLElement) {
      const el = top.returnFocus;
      setTimeout(() => el.isConnected && el.focus(), 0);
    }
  }, []);

  // Move focus into a newly opened view so keyboard and screen reader users land on it.
  const depth = views.length;
  useEffect(() => {
    if (depth > 0) viewRef.current?.focus();
  }, [depth]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      if (views.length > 0) {
        e.preventDefault();
        closeView();
      } else if (query) {
        e.preventDefault();
        setQuery('');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [views.length, query, closeView]);

  const url = tab?.url ?? page?.url;
  const web = isWebUrl(url);
  const host = web ? new URL(url!).hostname : '';
  const siteOff =
    page?.status === 'off' || (web && settings ? isSiteDisabled(settings.disabledSites, url!) : false);

  const reveal = (kind: 'entity' | 'claim', index: number) => {
    if (!tab) return;
    sendToTab(tab.id, { type: 'content:reveal', kind, index }).then(
      // The content script answers { revealed: false } when the mark is not painted (e.g. page changed).
      (reply) =>
        setNotice(
          (reply as { revealed?: boolean } | undefined)?.revealed === false ? t('popupRevealMissing') : null,
        ),
      (err) => setNotice(t('popupRevealFailed', errorText(err))),
    );
  };
  const saveSettings = async (patch: Partial<Settings>) => {
    setBusy(true);
    try {
      setSettings(await ask({ type: 'settings:set', patch }));
      setPage(undefined);
      setPageEpoch((n) => n + 1);
    } catch (err) {
      setNotice(t('popupError', errorText(err)));
    } finally {
      setBusy(false);
    }
  };
  const learn = async () => {
    if (!tab) return;
    setBusy(true);
    try {
      const r = await ask({ type: 'learn:tab', tabId: tab.id });
      if (r.added && page) setPage({ ...page, learned: true });
      setNotice(r.added ? t('popupLearned') : t('popupLearnSkipped', r.reason ?? '?'));
      setStatsEpoch((n) => n + 1);
    } catch (err) {
      setNotice(t('popupError', errorText(err)));
    } finally {
      setBusy(false);
    }
  };

  const openEntityRow = (row: EntityRow) => {
    reveal('entity', row.indices[0]);
    openView({ kind: 'entity', target: { id: row.id, name: row.name, type: row.type, row } });
  };
  const openEntityById = (id: string, name: string) => openView({ kind: 'entity', target: { id, name } });
  const openSummary = (e: EntitySummary) =>
    openView({ kind: 'entity', target: { id: e.id, name: e.name, type: e.type } });
  const openRecord = (claim: ClaimRecord) => openView({ kind: 'claim', claim });

  const top = views[views.length - 1];
  const view = top && (
    <div ref={viewRef} tabIndex={-1} class="pp-view">
      <button type="button" class="kx-link pp-back" onClick={closeView}>
        ← {t('back')}
      </button>
      {top.kind === 'entity' ? (
        <EntityView
          key={`${views.length}:${top.target.id}:${top.target.name}`}
          target={top.target}
          onReveal={(i) => reveal('entity', i)}
          onOpenEntity={openEntityById}
          onOpenClaim={openRecord}
          onClose={closeView}
        />
      ) : (
        <ClaimView
          key={`${views.length}:${'id' in top.claim ? top.claim.id : top.claim.start}`}
          claim={top.claim}
          pageIndex={top.pageIndex}
          onReveal={(i) => reveal('claim', i)}
          onOpenClaim={openRecord}
          onClose={closeView}
        />
      )}
    </div>
  );
  // The lists stay mounted (hidden) under an open view, so focus and scroll position survive "back".
  const lists = debounced ? (
    <SearchResults
      query={debounced}
      state={searchState}
      onOpenEntity={openSummary}
      onOpenClaim={openRecord}
    />
  ) : (
    <PageContent
      fatal={fatal}
      tab={tab}
      url={url}
      settings={settings}
      page={page}
      siteOff={siteOff}
      waitedOut={waitedOut}
      busy={busy}
      onEnable={() => saveSettings({ enabled: true })}
      onOpenEntity={openEntityRow}
      onOpenClaim={(row) => {
        reveal('claim', row.index);
        openView({ kind: 'claim', claim: row.claim, pageIndex: row.index });
      }}
    />
  );

  return (
    <div class="kx-theme pp-root">
      <header class="pp-header">
        <h1 class="pp-title">{t('popupTitle')}</h1>
        <button
          type="button"
          class="kx-link"
          onClick={() => openOptions().catch((e) => setNotice(errorText(e)))}
        >
          {t('popupOptions')}
        </button>
      </header>
      <search class="pp-search">
        <form onSubmit={(e) => e.preventDefault()}>
          <label for="pp-query" class="kx-sr-only">
            {t('popupSearchLabel')}
          </label>
          <input
            id="pp-query"
            type="search"
            value={query}
            placeholder={t('popupSearchPlaceholder')}
            autocomplete="off"
            onInput={(e) => {
              setQuery((e.currentTarget as HTMLInputElement).value);
              if (views.length) setViews([]);
            }}
          />
        </form>
      </search>
      {web && tab && settings?.enabled && (
        <div class="pp-toolbar">
          <SiteSwitch
            host={host}
            on={!siteOff}
            busy={busy}
            onChange={(on) => saveSettings({ disabledSites: toggleSite(settings.disabledSites, url!, on) })}
          />
          {page?.status === 'analyzed' && !siteOff && (
            <LearnButton learned={page.learned} busy={busy} message={null} onLearn={learn} />
          )}
        </div>
      )}
      <p class="pp-notice" role="status" aria-live="polite">
        {notice ?? ''}
      </p>
      <main class="pp-main">
        {view}
        <div class="pp-lists" hidden={Boolean(top)}>
          {lists}
        </div>
      </main>
      <footer class="pp-footer">
        <StatusLine stats={stats} />
      </footer>
    </div>
  );
}

/**
 * Returns true while the page state contradicts the settings (switched on but still "off", or
 * the reverse): right after the site switch the content script has not re-run yet, so keep asking.
 */
function disagrees(state: PageState, settings: Settings | null): boolean {
  if (!settings || !isWebUrl(state.url)) return false;
  const off = !settings.enabled || isSiteDisabled(settings.disabledSites, state.url);
  return off !== (state.status === 'off');
}

/** Returns what the page offers: the entity and claim lists, or the empty state that explains why not. */
function PageContent(props: {
  fatal: string | null;
  tab: Tab | null | undefined;
  url?: string;
  settings: Settings | null;
  page: PageState | null | undefined;
  siteOff: boolean;
  waitedOut: boolean;
  busy: boolean;
  onEnable: () => void;
  onOpenEntity: (row: EntityRow) => void;
  onOpenClaim: (row: { index: number; claim: Claim }) => void;
}): JSX.Element {
  const { fatal, tab, url, settings, page } = props;
  const model = useMemo(() => {
    if (page?.status !== 'analyzed' || !page.result || !settings) return null;
    try {
      return {
        entities: groupEntities(page.result, settings.entityTypes),
        claims: visibleClaims(page.result, settings.claimKinds),
      };
    } catch (err) {
      return { error: errorText(err) };
    }
  }, [page, settings]);
  if (fatal) return <Empty role="alert" text={t('popupError', fatal)} />;
  if (tab === undefined || !settings) return <Empty role="status" text={t('popupLoading')} />;
  if (tab === null) return <Empty text={t('popupNoTab')} />;
  if (url && !isWebUrl(url)) return <Empty text={t('popupBrowserPage')} hint={t('popupNoArticleHint')} />;
  if (!settings.enabled) {
    return (
      <Empty text={t('popupExtensionOff')}>
        <button
          type="button"
          class="kx-button kx-button-primary"
          disabled={props.busy}
          onClick={props.onEnable}
        >
          {t('popupTurnOn')}
        </button>
      </Empty>
    );
  }
  if (props.siteOff) return <Empty text={t('popupSiteOff')} />;
  if (page === undefined || (page === null && !props.waitedOut))
    return <Empty role="status" text={t('popupPageLoading')} />;
  if (page === null) return <Empty text={t('popupNotAnalyzed')} hint={t('popupNoArticleHint')} />;
  if (page.status === 'none' || !model)
    return <Empty text={t('popupNoArticle')} hint={t('popupNoArticleHint')} />;
  if ('error' in model) return <Empty role="alert" text={t('popupError', model.error ?? '')} />;
  return (
    <>
      {page.title && <p class="pp-page-title">{page.title}</p>}
      <EntityList groups={model.entities.groups} hidden={model.entities.hidden} onOpen={props.onOpenEntity} />
      <ClaimList rows={model.claims.rows} hidden={model.claims.hidden} onOpen={props.onOpenClaim} />
    </>
  );
}

function Empty({
  text,
  hint,
  role,
  children,
}: {
  text: string;
  hint?: string;
  role?: 'status' | 'alert';
  children?: JSX.Element;
}): JSX.Element {
  return (
    <div class="pp-empty" data-empty>
      <p role={role} style={{ margin: 0 }}>
        {text}
      </p>
      {hint && <p class="kx-muted kx-small">{hint}</p>}
      {children}
    </div>
  );
}
