/**
 * What the background knows about each tab's page (for the popup's `page:get`). Kept in
 * storage.session where the browser has it, so a restarted worker still knows; else in memory.
 */
import type { PageState } from '../protocol/messages.ts';
import type { StorageArea } from './storage-area.ts';

const keyOf = (tabId: number) => `page:${tabId}`;

export class PageStates {
  constructor(private readonly area: StorageArea) {}

  /** Returns the page state of a tab, or null when the tab has not been analysed. */
  async get(tabId: number): Promise<PageState | null> {
    const value = (await this.area.get(keyOf(tabId)))[keyOf(tabId)];
    return (value as PageState | undefined) ?? null;
  }

  /** Stores the page state of a tab (replacing the previous page of that tab). */
  async set(tabId: number, state: PageState): Promise<void> {
    await this.area.set({ [keyOf(tabId)]: state });
  }

  /** Marks the tab's page as learned, if it is still the same URL. */
  async markLearned(tabId: number, url: string): Promise<void> {
    const state = await this.get(tabId);
    if (state && state.url === url) await this.set(tabId, { ...state, learned: true });
  }

  /** Forgets a closed tab. */
  async remove(tabId: number): Promise<void> {
    await this.area.remove(keyOf(tabId));
  }
}
