import { describe, expect, it } from 'vitest';
import { PageStates } from '../../src/background/page-states.ts';
import { SETTINGS_KEY, SettingsStore } from '../../src/background/settings-store.ts';
import { memoryArea } from '../../src/background/storage-area.ts';
import { DEFAULT_SETTINGS } from '../../src/protocol/settings.ts';

describe('SettingsStore', () => {
  it('keeps valid stored fields and replaces damaged or unknown ones with defaults', async () => {
    const area = memoryArea();
    await area.set({ [SETTINGS_KEY]: { learn: false, hoverDelayMs: 'schnell', legacy: 1 } });
    const settings = await new SettingsStore(area).get();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, learn: false });
  });

  it('refuses an invalid patch and leaves the stored settings alone', async () => {
    const area = memoryArea();
    const store = new SettingsStore(area);
    await store.set({ disabledSites: ['*.example.de'] });
    // biome-ignore lint/suspicious/noExplicitAny: deliberately invalid input
    await expect(store.set({ learnAfterSeconds: 99999 } as any)).rejects.toThrow();
    expect((await store.get()).disabledSites).toEqual(['*.example.de']);
    expect((await store.get()).learnAfterSeconds).toBe(DEFAULT_SETTINGS.learnAfterSeconds);
  });
});

describe('PageStates', () => {
  it('stores per tab, marks learned only for the same URL, forgets closed tabs', async () => {
    const pages = new PageStates(memoryArea());
    await pages.set(1, { url: 'https://a.de/x', status: 'analyzed', learned: false });
    await pages.markLearned(1, 'https://a.de/other');
    expect((await pages.get(1))?.learned).toBe(false);
    await pages.markLearned(1, 'https://a.de/x');
    expect((await pages.get(1))?.learned).toBe(true);
    await pages.remove(1);
    expect(await pages.get(1)).toBeNull();
  });
});
