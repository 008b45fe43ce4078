/** The reader's settings, their defaults and their validation. */
import * as v from 'valibot';
import { CLAIM_KINDS, ENTITY_TYPES } from '../nlp/types.ts';

export const SettingsSchema = v.object({
  /** Master switch. */
  enabled: v.boolean(),
  /** Hosts or match patterns where Kontext stays off ("*.example.de", "https://x.de/*"). */
  disabledSites: v.array(v.pipe(v.string(), v.maxLength(500))),
  entityTypes: v.array(v.picklist(ENTITY_TYPES)),
  claimKinds: v.array(v.picklist(CLAIM_KINDS)),
  /** Delay before a hover opens a card. */
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5000)),
  /** Learn from what the reader reads (stored locally only). */
  learn: v.boolean(),
  /** Seconds an article must stay open before it is learned. */
  learnAfterSeconds: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3600)),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  entityTypes: [...ENTITY_TYPES],
  claimKinds: [...CLAIM_KINDS],
  hoverDelayMs: 300,
  learn: true,
  learnAfterSeconds: 30,
};

export const SettingsPatchSchema = v.partial(SettingsSchema);
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;
