/**
 * Content script entry: marks the start for the page budget, loads settings, starts the app
 * and listens for settings changes and for the background's / popup's `content:*` messages.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { ask } from '../protocol/client.ts';
import { ContentRequestSchema, type Reply } from '../protocol/messages.ts';
import { ContentApp } from './app.ts';
import { loadSettings, watchSettings } from './settings-watch.ts';

performance.mark('kontext:start');

const log = (level: 'warn' | 'error', message: string) => console[level](`[Kontext] ${message}`);

const app = new ContentApp(document, {
  analyze: (text, url, title, part) => ask({ type: 'analyze', text, url, title, part }),
  loadCard: (id) => ask({ type: 'card', id }),
  loadRelated: (text, speaker) => ask({ type: 'related', text, speaker, limit: 5 }),
  learn: (text, url, title) => ask({ type: 'learn', text, url, title }),
  log,
});

browser.runtime.onMessage.addListener((message: unknown): Promise<Reply> | undefined => {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !type.startsWith('content:')) return undefined;
  const parsed = v.safeParse(ContentRequestSchema, message);
  if (!parsed.success) {
    return Promise.resolve({
      ok: false,
      error: `Ungültige Nachricht an die Seite: ${parsed.issues[0].message}`,
    });
  }
  return app.handle(parsed.output).then(
    (data): Reply => ({ ok: true, data }),
    (err: unknown): Reply => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
});

watchSettings(
  (settings) => void app.applySettings(settings),
  (err) => log('error', `Einstellungen: ${err instanceof Error ? err.message : String(err)}`),
);

loadSettings().then(
  (settings) => app.applySettings(settings),
  (err: unknown) =>
    log('error', `Einstellungen nicht geladen: ${err instanceof Error ? err.message : String(err)}`),
);
