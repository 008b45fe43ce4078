import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Request } from '../../src/protocol/messages.ts';
import type { Settings } from '../../src/protocol/settings.ts';
import { HOSTILE, makeSettings, makeStats } from './fixtures.ts';
import { mockBackground } from './mockBackground.ts';
import { byText, cleanup, click, mount, type, waitFor } from './render.ts';

const bg = vi.hoisted(() => ({ ask: null as unknown as (r: unknown) => Promise<unknown>, opened: 0 }));
vi.mock('../../src/protocol/client.ts', () => ({ ask: (r: unknown) => bg.ask(r) }));
vi.mock('../../src/ui/ext.ts', () => ({
  onStorageChanged: () => () => {},
  onImportProgress: () => () => {},
  getCommands: async () => [
    { name: 'next-mention', shortcut: 'Alt+Shift+K', description: 'Zur nächsten Hervorhebung springen' },
    { name: 'previous-mention', shortcut: '', description: 'Zur vorigen Hervorhebung springen' },
  ],
  isFirefox: () => false,
  canOpenShortcutSettings: () => false,
  openShortcutSettings: async () => {
    bg.opened++;
  },
}));

const { Options } = await import('../../src/options/Options.tsx');

let settings: Settings;
function setup() {
  settings = makeSettings({ disabledSites: ['zeit.de'] });
  const mock = mockBackground({
    'settings:get': () => settings,
    'settings:set': (r) => {
      settings = { ...settings, ...(r as Extract<Request, { type: 'settings:set' }>).patch };
      return settings;
    },
    stats: () => makeStats(),
    'store:import': () => ({ imported: 2, skipped: 1, errors: ['Zeile 3: kein Text'] }),
    'store:export': () => ({ json: '{"articles":[]}' }),
    'store:clear': () => ({ cleared: true }),
  });
  bg.ask = mock.ask as never;
  return mock;
}
afterEach(cleanup);

describe('options page', () => {
  it('saves a new hover delay and refuses values out of range', async () => {
    const mock = setup();
    const el = mount(<Options />);
    await waitFor(() => expect(el.querySelector('#op-hover-delay')).not.toBeNull());
    const input = el.querySelector<HTMLInputElement>('#op-hover-delay')!;
    expect(input.value).toBe('300');
    type(input, '800');
    await waitFor(() =>
      expect(mock.requests).toContainEqual({ type: 'settings:set', patch: { hoverDelayMs: 800 } }),
    );
    await waitFor(() => expect(el.textContent).toContain('Gespeichert.'));
    type(input, '99999');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(el.textContent).toContain('Bitte eine ganze Zahl von 0 bis 5.000 eingeben.');
    expect(mock.requests.filter((r) => r.type === 'settings:set')).toHaveLength(1);
  });

  it('toggles entity types and claim kinds in their canonical order', async () => {
    const mock = setup();
    const el = mount(<Options />);
    await waitFor(() => expect(el.querySelector('input[value=ORG]')).not.toBeNull());
    const org = el.querySelector<HTMLInputElement>('input[value=ORG]')!;
    org.checked = false;
    type(org, 'ORG');
    await waitFor(() =>
      expect(mock.requests).toContainEqual({
        type: 'settings:set',
        patch: { entityTypes: ['PER', 'LOC', 'OTH'] },
      }),
    );
    const factual = el.querySelector<HTMLInputElement>('input[value=factual]')!;
    factual.checked = false;
    type(factual, 'factual');
    await waitFor(() =>
      expect(mock.requests).toContainEqual({
        type: 'settings:set',
        patch: { claimKinds: ['direct', 'indirect', 'announcement'] },
      }),
    );
  });

  it('flags stored entries that are not valid instead of hiding them', async () => {
    setup();
    settings = makeSettings({ disabledSites: ['zeit.de', 'www.*.de'] });
    const el = mount(<Options />);
    await waitFor(() => expect(el.querySelectorAll('.op-sites li')).toHaveLength(2));
    const [ok, bad] = [...el.querySelectorAll('.op-sites li')];
    expect(ok.querySelector('.op-error')).toBeNull();
    expect(bad.querySelector('.op-error')?.textContent).toContain('nur ganz vorn');
  });

  it('adds valid sites, explains invalid ones, removes sites', async () => {
    const mock = setup();
    const el = mount(<Options />);
    await waitFor(() => expect(el.querySelector('#op-site-input')).not.toBeNull());
    type(el.querySelector('#op-site-input'), 'https://x.de');
    click(byText(el, 'button[type=submit]', 'Ausschalten für diese Website'));
    expect(el.querySelector('#op-site-error')?.textContent).toContain('Pfad');
    type(el.querySelector('#op-site-input'), 'zeit.de');
    click(byText(el, 'button[type=submit]', 'Ausschalten'));
    expect(el.querySelector('#op-site-error')?.textContent).toContain('steht schon in der Liste');
    type(el.querySelector('#op-site-input'), '*.Spiegel.de');
    click(byText(el, 'button[type=submit]', 'Ausschalten'));
    await waitFor(() =>
      expect(mock.requests).toContainEqual({
        type: 'settings:set',
        patch: { disabledSites: ['zeit.de', '*.spiegel.de'] },
      }),
    );
    click(byText(el, 'button', 'zeit.de wieder einschalten'));
    await waitFor(() =>
      expect(mock.requests).toContainEqual({
        type: 'settings:set',
        patch: { disabledSites: ['*.spiegel.de'] },
      }),
    );
  });

  it('imports a JSON Lines file and reports imported, skipped and errors', async () => {
    const mock = setup();
    const el = mount(<Options />);
    await waitFor(() => expect(el.querySelector('#op-import-file')).not.toBeNull());
    const input = el.querySelector<HTMLInputElement>('#op-import-file')!;
    const file = new File(['{"url":"https://a.example/1","text":"Eins."}\n'], 'artikel.jsonl');
    Object.defineProperty(input, 'files', { value: [file] });
    click(byText(el, 'button[type=submit]', 'Importieren'));
    await waitFor(() => expect(el.textContent).toContain('2 importiert, 1 übersprungen.'));
    expect(el.textContent).toContain('Zeile 3: kein Text');
    expect(mock.requests).toContainEqual({
      type: 'store:import',
      format: 'jsonl',
      data: '{"url":"https://a.example/1","text":"Eins."}\n',
    });
  });

  it('says clearly when the import file is broken, without sending it', async () => {
    const mock = setup();
    const el = mount(<Options />);
    await waitFor(() => expect(el.querySelector('#op-import-file')).not.toBeNull());
    click(byText(el, 'button[type=submit]', 'Importieren'));
    await waitFor(() => expect(el.textContent).toContain('Bitte zuerst eine Datei wählen.'));
    const input = el.querySelector<HTMLInputElement>('#op-import-file')!;
    Object.defineProperty(input, 'files', { value: [new File(['{"a":1}\nkaputt\n'], 'a.jsonl')] });
    click(byText(el, 'button[type=submit]', 'Importieren'));
    await waitFor(() =>
      expect(el.textContent).toContain('Import fehlgeschlagen: Zeile 2 ist kein gültiges JSON'),
    );
    expect(mock.requests.some((r) => r.type === 'store:import')).toBe(false);
  });

  it('clears the store only after confirmation', async () => {
    const mock = setup();
    const el = mount(<Options />);
    await waitFor(() => expect(el.querySelector('#op-clear')).not.toBeNull());
    click(el.querySelector('#op-clear'));
    expect(el.textContent).toContain('Wirklich alle gemerkten Artikel löschen?');
    click(byText(el, 'button', 'Abbrechen'));
    expect(mock.requests.some((r) => r.type === 'store:clear')).toBe(false);
    click(el.querySelector('#op-clear'));
    click(el.querySelector('#op-clear-yes'));
    await waitFor(() => expect(el.textContent).toContain('Lesespeicher geleert.'));
    expect(mock.requests).toContainEqual({ type: 'store:clear' });
  });

  it('exports the store as a JSON download', async () => {
    setup();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    const el = mount(<Options />);
    await waitFor(() => expect(el.querySelector('#op-export')).not.toBeNull());
    click(el.querySelector('#op-export'));
    await waitFor(() =>
      expect(el.textContent).toMatch(/Gespeichert als kontext-lesespeicher-\d{4}-\d\d-\d\d\.json/),
    );
    expect(await created[0].text()).toBe('{"articles":[]}');
  });

  it('shows shortcuts, the change button, and the sources with licences as text', async () => {
    setup();
    const el = mount(<Options />);
    await waitFor(() => expect(el.querySelector('.op-table')).not.toBeNull());
    expect(el.querySelector('kbd')?.textContent).toBe('Alt+Shift+K');
    expect(el.textContent).toContain('nicht belegt');
    click(el.querySelector('#op-shortcuts-open'));
    expect(bg.opened).toBe(1);
    const rows = [...el.querySelectorAll('.op-table tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toContain('WikinewsCC BY 2.5');
    expect(rows[1]).toContain(HOSTILE);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('umfasst 1.234 Artikel, 5.678 Namen und 910 Aussagen');
  });
});
