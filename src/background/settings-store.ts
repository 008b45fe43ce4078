/** The reader's settings in storage.local: validated on read and write, defaults filled in. */
import * as v from 'valibot';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch, SettingsSchema } from '../protocol/settings.ts';
import type { StorageArea } from './storage-area.ts';

export const SETTINGS_KEY = 'settings';

export class SettingsStore {
  constructor(private readonly area: StorageArea) {}

  /** Returns the stored settings merged over the defaults; fields that fail validation fall back to their default. */
  async get(): Promise<Settings> {
    const stored = (await this.area.get(SETTINGS_KEY))[SETTINGS_KEY];
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    if (stored && typeof stored === 'object') {
      for (const [key, value] of Object.entries(stored)) {
        if (!(key in DEFAULT_SETTINGS)) continue;
        const entry = SettingsSchema.entries[key as keyof Settings];
        // A field from an older or damaged store is dropped alone; the rest of the settings survive.
        if (v.safeParse(entry, value).success) merged[key] = value;
      }
    }
    return merged as Settings;
  }

  /** Applies a validated patch and returns the new settings (throws on an invalid result). */
  async set(patch: SettingsPatch): Promise<Settings> {
    const next = v.parse(SettingsSchema, { ...(await this.get()), ...patch });
    await this.area.set({ [SETTINGS_KEY]: next });
    return next;
  }
}
