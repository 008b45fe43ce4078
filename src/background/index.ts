/**
 * The background worker (Chrome service worker / Firefox event page): wires browser events to the
 * pure router in handle-message.ts. Everything heavy is loaded lazily on the first message, so an
 * idle-stopped worker restarts cheaply.
 */
import browser from 'webextension-polyfill';
import type { ContentRequest } from '../protocol/messages.ts';
import { createDeps } from './create-deps.ts';
import { handleMessage, type Sender } from './handle-message.ts';

const deps = createDeps();

browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
  // Progress broadcasts come from this worker itself; they are for the options page.
  if ((message as { type?: unknown } | null)?.type === 'progress') return undefined;
  return handleMessage(message, sender, deps);
});

browser.commands.onCommand.addListener(async (command: string) => {
  if (command !== 'next-mention' && command !== 'previous-mention') return;
  // Works without the "tabs" permission: only the id is needed.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const request: ContentRequest = {
    type: 'content:next',
    direction: command === 'next-mention' ? 'next' : 'prev',
  };
  await browser.tabs.sendMessage(tab.id, request).catch(() => {
    // No content script in that tab (browser page, disabled site): nothing to move through.
  });
});

browser.tabs.onRemoved.addListener((tabId: number) => {
  deps.pages
    .remove(tabId)
    .catch((error: unknown) => console.warn('Kontext: Tabzustand nicht gelöscht', error));
});
