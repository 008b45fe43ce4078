/**
 * The reader's settings as the content script sees them: fetched from the background
 * (`settings:get`, the single source of truth) and fetched again whenever the stored settings
 * change (`storage.onChanged`), so switching a site off or changing the hover delay applies
 * to open tabs at once.
 */
import browser from 'webextension-polyfill';
import { ask } from '../protocol/client.ts';
import type { Settings } from '../protocol/settings.ts';
import { touchesSettings } from '../protocol/storage-keys.ts';

/** Returns the current settings from the background worker. */
export function loadSettings(): Promise<Settings> {
  return ask({ type: 'settings:get' });
}

/** Calls `onChange` with fresh settings after every stored settings change; returns an unsubscribe function. */
export function watchSettings(
  onChange: (settings: Settings) => void,
  onError: (err: unknown) => void,
): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (!touchesSettings(Object.keys(changes))) return;
    loadSettings().then(onChange, onError);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
