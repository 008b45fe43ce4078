import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Request } from '../../src/protocol/messages.ts';
import type { Settings } from '../../src/protocol/settings.ts';
import { HOSTILE, makeCard, makePage, makeRecord, makeSettings, makeStats } from './fixtures.ts';
import { mockBackground } from './mockBackground.ts';
import { byText, cleanup, click, key, mount, type, waitFor } from './render.ts';

const bg = vi.hoisted(() => ({ ask: null as unknown as (r: unknown) => Promise<unknown> }));
const ext = vi.hoisted(() => ({
  tab: { id: 7, url: 'https://news.example/artikel' } as { id: number; url?: string } | null,
  sent: [] as unknown[],
  storageListeners: [] as ((keys: string[]) => void)[],
}));
vi.mock('../../src/protocol/client.ts', () => ({ ask: (r: unknown) => bg.ask(r) }));
vi.mock('../../src/ui/ext.ts', () => ({
  targetTab: async () => ext.tab,
  sendToTab: async (_id: number, msg: unknown) => {
    ext.sent.push(msg);
  },
  openOptions: async () => {},
  onStorageChanged: (listener: (keys: string[]) => void) => {
    ext.storageListeners.push(listener);
    return () => {
      ext.storageListeners = ext.storageListeners.filter((l) => l !== listener);
    };
  },
}));

const { App } = await import('../../src/popup/App.tsx');

let settings: Settings;
function setup(pageState = makePage() as ReturnType<typeof makePage> | null) {
  settings = makeSettings();
  const mock = mockBackground({
    'settings:get': () => settings,
    'settings:set': (r) => {
      settings = { ...settings, ...(r as Extract<Request, { type: 'settings:set' }>).patch };
      return settings;
    },
    'page:get': () => pageState,
    stats: () => makeStats(),
    card: (r) =>
      (r as { id: string }).id === 'e1'
        ? makeCard()
        : makeCard({ id: 'e2', name: 'Musterstadt', type: 'LOC' }),
    cardByName: () => null,
    related: () => [makeRecord({ id: 'r1', text: 'Ein ähnlicher Satz.' })],
    search: (r) => [
      {
        kind: 'entity',
        score: 2,
        entity: { id: 'e1', name: 'Erika Beispiel', type: 'PER', articleCount: 12, readCount: 0 },
      },
      {
        kind: 'claim',
        score: 1,
        claim: makeRecord({ id: 's1', text: `Treffer zu ${(r as { query: string }).query}` }),
      },
    ],
    'learn:tab': () => ({ added: true }),
  });
  bg.ask = mock.ask as never;
  return mock;
}

beforeEach(() => {
  ext.tab = { id: 7, url: 'https://news.example/artikel' };
  ext.sent = [];
  ext.storageListeners = [];
});
afterEach(cleanup);

describe('popup on an analysed article', () => {
  it('lists entities by type with mention counts and the claims', async () => {
    setup();
    const el = mount(<App search="" />);
    await waitFor(() => expect(el.textContent).toContain('Im Artikel genannt'));
    expect([...el.querySelectorAll('.pp-h3')].map((h) => h.textContent)).toEqual([
      'Personen',
      'Organisationen',
      'Orte',
    ]);
    const erika = byText(el, 'button.pp-row', 'Erika Beispiel')!;
    expect(erika.textContent).toContain('2×');
    expect(erika.textContent).toContain('2 Erwähnungen');
    expect(erika.textContent).toContain('in 12 Artikeln, davon 2 gelesen');
    expect(el.querySelectorAll('.pp-claims .kx-claim')).toHaveLength(2);
    expect(byText(el, '.pp-claims .kx-claim', 'Erika Beispiel')?.textContent).toContain(
      'über Lokalradio → Agentur Y',
    );
    expect(el.textContent).toContain('Datenbestand: 1.234 Artikel, 5.678 Namen · Gelesen: 3 Artikel');
  });

  it("follows the page while open: a change of this tab's page state reloads the lists, other keys do not", async () => {
    const page = makePage();
    let asks = 0;
    const mock = setup(page);
    const pageGet = mock.ask;
    bg.ask = ((r: { type: string }) => {
      if (r.type === 'page:get') asks++;
      // A message reply is a fresh object each time.
      return r.type === 'page:get' ? Promise.resolve(structuredClone(page)) : pageGet(r as never);
    }) as never;
    const el = mount(<App search="" />);
    await waitFor(() => expect(byText(el, 'button.pp-row', 'Musterstadt')).not.toBeNull());
    const before = asks;
    // The ticker rewrote a paragraph: Musterstadt is gone from the page state, Neustadt is new.
    const entities = page.result!.analysis.entities;
    entities[1] = { start: 20, end: 28, text: 'Neustadt', type: 'LOC', canonical: 'Neustadt' };
    page.result!.entityIds[1] = null; // a name the dataset does not know
    delete page.result!.summaries.e2;
    for (const l of ext.storageListeners) l(['page:8', 'reader']);
    await new Promise((ok) => setTimeout(ok, 400));
    expect(asks).toBe(before);
    for (const l of ext.storageListeners) l(['page:7']);
    await waitFor(() => expect(byText(el, 'button.pp-row', 'Neustadt')).not.toBeNull());
    expect(byText(el, 'button.pp-row', 'Musterstadt')).toBeNull();
    expect(asks).toBe(before + 1);
  });

  it('reveals the first mention and opens the card; Esc goes back', async () => {
    const mock = setup();
    const el = mount(<App search="" />);
    await waitFor(() => expect(byText(el, 'button.pp-row', 'Erika Beispiel')).not.toBeNull());
    click(byText(el, 'button.pp-row', 'Erika Beispiel'));
    expect(ext.sent).toEqual([{ type: 'content:reveal', kind: 'entity', index: 0 }]);
    await waitFor(() => expect(el.querySelector('.kx-entity h2')?.textContent).toBe('Erika Beispiel'));
    expect(mock.requests).toContainEqual({ type: 'card', id: 'e1' });
    expect(el.textContent).toContain('2× in diesem Artikel');
    // The popup's footer already states the dataset size: the card does not repeat it.
    expect(el.textContent?.split('Datenbestand:').length).toBe(2);
    click(byText(el, 'button', 'Im Artikel zeigen (1 von 2)'));
    expect(ext.sent.at(-1)).toEqual({ type: 'content:reveal', kind: 'entity', index: 0 });
    click(byText(el, 'button', 'Im Artikel zeigen (2 von 2)'));
    expect(ext.sent.at(-1)).toEqual({ type: 'content:reveal', kind: 'entity', index: 2 });
    // A related entity opens on top; Esc returns to the first card, then to the list.
    click(byText(el, 'button.kx-chip', 'Musterstadt'));
    await waitFor(() => expect(el.querySelector('.kx-entity h2')?.textContent).toBe('Musterstadt'));
    key(document, 'Escape');
    await waitFor(() => expect(el.querySelector('.kx-entity h2')?.textContent).toBe('Erika Beispiel'));
    key(document, 'Escape');
    await waitFor(() => expect(el.querySelector('.kx-entity')).toBeNull());
    expect(el.textContent).toContain('Im Artikel genannt');
  });

  it('shows a page-only card for a name the dataset does not know', async () => {
    setup();
    const el = mount(<App search="" />);
    await waitFor(() => expect(byText(el, 'button.pp-row', 'Verein Süd')).not.toBeNull());
    click(byText(el, 'button.pp-row', 'Verein Süd'));
    await waitFor(() => expect(el.textContent).toContain('Nicht im Datenbestand'));
    expect(el.textContent).toContain('1× in diesem Artikel');
  });

  it('opens a claim: reveal in page, related claims from the dataset', async () => {
    const mock = setup();
    const el = mount(<App search="" />);
    await waitFor(() => expect(el.querySelector('.pp-claims button.kx-claim')).not.toBeNull());
    click(el.querySelector('.pp-claims button.kx-claim'));
    expect(ext.sent).toEqual([{ type: 'content:reveal', kind: 'claim', index: 0 }]);
    await waitFor(() => expect(el.textContent).toContain('Ein ähnlicher Satz.'));
    expect(mock.requests).toContainEqual({
      type: 'related',
      text: 'Die Brücke wird im Herbst fertig',
      speaker: 'Erika Beispiel',
      limit: 8,
    });
  });

  it('searches the dataset after typing and shows entity and claim hits', async () => {
    const mock = setup();
    const el = mount(<App search="" />);
    await waitFor(() => expect(el.textContent).toContain('Im Artikel genannt'));
    type(el.querySelector('input[type=search]'), 'Brücke');
    await waitFor(() => expect(el.textContent).toContain('2 Treffer für „Brücke“'));
    expect(mock.requests).toContainEqual({ type: 'search', query: 'Brücke', limit: 30 });
    expect(el.textContent).toContain('Treffer zu Brücke');
    click(byText(el, 'button.pp-row', 'Erika Beispiel'));
    await waitFor(() => expect(el.querySelector('.kx-entity h2')?.textContent).toBe('Erika Beispiel'));
  });

  it('switches the site off through settings.disabledSites', async () => {
    const mock = setup();
    const el = mount(<App search="" />);
    await waitFor(() => expect(el.querySelector('input[role=switch]')).not.toBeNull());
    const sw = el.querySelector<HTMLInputElement>('input[role=switch]')!;
    expect(sw.checked).toBe(true);
    expect(el.textContent).toContain('Auf dieser Website (news.example):an');
    sw.checked = false;
    type(sw, 'on');
    await waitFor(() =>
      expect(mock.requests).toContainEqual({
        type: 'settings:set',
        patch: { disabledSites: ['news.example'] },
      }),
    );
    await waitFor(() => expect(el.textContent).toContain('Kontext ist auf dieser Website ausgeschaltet.'));
  });

  it('switching the site on keeps asking until the page is analysed again', async () => {
    const mock = setup(makePage({ status: 'off', result: undefined }));
    settings = makeSettings({ disabledSites: ['news.example'] });
    const el = mount(<App search="" />);
    await waitFor(() => expect(el.textContent).toContain('Kontext ist auf dieser Website ausgeschaltet.'));
    let calls = 0;
    mock.handlers['page:get'] = () =>
      ++calls < 2 ? makePage({ status: 'off', result: undefined }) : makePage();
    const sw = el.querySelector<HTMLInputElement>('input[role=switch]')!;
    sw.checked = true;
    type(sw, 'on');
    await waitFor(() =>
      expect(mock.requests).toContainEqual({ type: 'settings:set', patch: { disabledSites: [] } }),
    );
    await waitFor(() => expect(el.textContent).toContain('Im Artikel genannt'), 4000);
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it('remembers the article with learn:tab', async () => {
    const mock = setup();
    const el = mount(<App search="" />);
    await waitFor(() => expect(byText(el, 'button', 'Diesen Artikel merken')).not.toBeNull());
    click(byText(el, 'button', 'Diesen Artikel merken'));
    await waitFor(() => expect(byText(el, 'button', 'Artikel gemerkt')).not.toBeNull());
    expect(mock.requests).toContainEqual({ type: 'learn:tab', tabId: 7 });
  });

  it('renders hostile page text as text', async () => {
    const page = makePage();
    page.result!.analysis.entities[3] = { ...page.result!.analysis.entities[3], canonical: HOSTILE };
    setup(page);
    const el = mount(<App search="" />);
    await waitFor(() => expect(el.textContent).toContain(HOSTILE));
    expect(el.querySelector('img')).toBeNull();
  });
});

describe('popup empty states', () => {
  it('a browser page', async () => {
    ext.tab = { id: 3, url: 'chrome://extensions/' };
    setup(null);
    const el = mount(<App search="" />);
    await waitFor(() => expect(el.textContent).toContain('Auf dieser Seite kann Kontext nicht arbeiten'));
    expect(el.querySelector('input[role=switch]')).toBeNull();
  });

  it('a page without an article', async () => {
    setup(makePage({ status: 'none', result: undefined }));
    const el = mount(<App search="" />);
    await waitFor(() => expect(el.textContent).toContain('kein Nachrichtenartikel gefunden'));
  });

  it('a page still loading', async () => {
    setup(null);
    const el = mount(<App search="" />);
    await waitFor(() => expect(el.textContent).toContain('wird noch geladen oder analysiert'));
  });

  it('the extension switched off, with a button to switch it on', async () => {
    const mock = setup(makePage({ status: 'off', result: undefined }));
    settings = makeSettings({ enabled: false });
    const el = mount(<App search="" />);
    await waitFor(() => expect(el.textContent).toContain('Kontext ist ausgeschaltet.'));
    click(byText(el, 'button', 'Einschalten'));
    await waitFor(() =>
      expect(mock.requests).toContainEqual({ type: 'settings:set', patch: { enabled: true } }),
    );
  });

  it('a store error in the status line', async () => {
    const mock = setup();
    mock.handlers.stats = () => makeStats({ storeError: 'IndexedDB gesperrt' });
    const el = mount(<App search="" />);
    await waitFor(() => expect(el.textContent).toContain('Lesespeicher nicht verfügbar: IndexedDB gesperrt'));
  });
});
