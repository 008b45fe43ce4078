/**
 * The few browser APIs the popup and options page call directly (everything else goes through
 * the background via `ask`). One module so unit tests can replace it with `vi.mock`.
 */
import browser from 'webextension-polyfill';
import type { ContentRequest } from '../protocol/messages.ts';

/** Returns the tab the popup is about: `?tabId=N` in the page URL (tests), else the active tab. */
export async function targetTab(
  search: string = location.search,
): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) {
    const id = Number(param);
    if (!Number.isInteger(id) || id < 0) throw new Error(`tabId ${param}`);
    const tab = await browser.tabs.get(id).catch(() => null);
    return { id, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** Sends a message to the content script of a tab; resolves with its answer. */
export async function sendToTab(tabId: number, message: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/** Opens the options page in a tab. */
export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** Returns the extension's keyboard commands with their current shortcuts. */
export async function getCommands(): Promise<{ name?: string; shortcut?: string; description?: string }[]> {
  return browser.commands?.getAll ? browser.commands.getAll() : [];
}

/** Returns true when the browser can open its shortcut settings page itself (Firefox ≥ 137). */
export function canOpenShortcutSettings(): boolean {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> } | undefined;
  return typeof commands?.openShortcutSettings === 'function';
}

/** Returns true when running in Firefox (moz-extension:// pages). */
export function isFirefox(): boolean {
  return location.protocol === 'moz-extension:';
}

/** Opens the browser's page for changing extension shortcuts; throws when there is no way to. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> } | undefined;
  if (commands?.openShortcutSettings) return commands.openShortcutSettings();
  if (isFirefox()) throw new Error('commands.openShortcutSettings fehlt');
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/**
 * Subscribes to changes of extension storage (settings written by another page, a tab's page
 * state); the listener gets the changed keys. Returns the unsubscribe.
 */
export function onStorageChanged(listener: (keys: string[]) => void): () => void {
  const handler = (changes: Record<string, unknown>) => listener(Object.keys(changes));
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** Import progress the background broadcasts as a runtime message (see src/background/deps.ts). */
export interface ImportProgress {
  done: number;
  total: number;
}

/** Subscribes to the background's import progress broadcasts; returns the unsubscribe. */
export function onImportProgress(listener: (p: ImportProgress) => void): () => void {
  const handler = (message: unknown): undefined => {
    const m = message as { type?: unknown; operation?: unknown; done?: unknown; total?: unknown } | null;
    if (
      m?.type === 'progress' &&
      m.operation === 'import' &&
      typeof m.done === 'number' &&
      typeof m.total === 'number'
    ) {
      listener({ done: m.done, total: m.total });
    }
    // No reply: other listeners (and the sender's promise) are unaffected.
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
