/**
 * What the background knows about each tab's page (for the popup's `page:get`). Kept in
 * storage.session where the browser has it, so a restarted worker still knows; else in memory.
 */
import type { PageState } from '../protocol/messages.ts';
import { pageStateKey as keyOf } from '../protocol/storage-keys.ts';
import type { StorageArea } from './storage-area.ts';

export class PageStates {
  /** The last pending update per tab: updates of one tab run one after the other. */
  private readonly pending = new Map<number, Promise<unknown>>();

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

  /**
   * Reads, changes and writes a tab's state; updates of one tab are serialised (parts of a page
   * arriving back to back must not overwrite each other). `change` returns the new state, or
   * null to leave it as it is. Resolves with the state now stored.
   */
  update(tabId: number, change: (state: PageState | null) => PageState | null): Promise<PageState | null> {
    const before = this.pending.get(tabId) ?? Promise.resolve();
    const run = before.then(async () => {
      const state = await this.get(tabId);
      const next = change(state);
      if (next === null || next === state) return state;
      await this.set(tabId, next);
      return next;
    });
    const settled = run.catch(() => undefined);
    this.pending.set(tabId, settled);
    void settled.then(() => {
      if (this.pending.get(tabId) === settled) this.pending.delete(tabId);
    });
    return run;
  }

  /** Marks the tab's page as learned, if it is still the same URL. */
  async markLearned(tabId: number, url: string): Promise<void> {
    await this.update(tabId, (state) => (state && state.url === url ? { ...state, learned: true } : null));
  }

  /** Forgets a closed tab. */
  async remove(tabId: number): Promise<void> {
    await this.area.remove(keyOf(tabId));
  }
}
