/** Options: master switch, which entity types and claim kinds to highlight, hover delay. */
import type { JSX } from 'preact';
import { CLAIM_KINDS, type ClaimKind, ENTITY_TYPES, type EntityType } from '../nlp/types.ts';
import type { Settings, SettingsPatch } from '../protocol/settings.ts';
import { t } from '../ui/i18n.ts';
import { NumberField } from './NumberField.tsx';

/** Returns the list with `item` added or removed, keeping the canonical order of `all`. */
export function toggled<T>(all: readonly T[], list: readonly T[], item: T, on: boolean): T[] {
  return all.filter((x) => (x === item ? on : list.includes(x)));
}

/** Returns the "Anzeige" section. */
export function DisplaySection({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: SettingsPatch) => void;
}): JSX.Element {
  return (
    <section class="op-section" aria-labelledby="op-display">
      <h2 id="op-display">{t('optDisplay')}</h2>
      <label class="op-check">
        <input
          type="checkbox"
          id="op-enabled"
          checked={settings.enabled}
          onChange={(e) => save({ enabled: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('optEnabled')}
      </label>
      <fieldset class="op-fieldset">
        <legend>{t('optEntityTypes')}</legend>
        {ENTITY_TYPES.map((type: EntityType) => (
          <label class="op-check" key={type}>
            <input
              type="checkbox"
              name="entityTypes"
              value={type}
              checked={settings.entityTypes.includes(type)}
              onChange={(e) =>
                save({
                  entityTypes: toggled(
                    ENTITY_TYPES,
                    settings.entityTypes,
                    type,
                    (e.currentTarget as HTMLInputElement).checked,
                  ),
                })
              }
            />
            {t(`group${type}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="op-fieldset">
        <legend>{t('optClaimKinds')}</legend>
        {CLAIM_KINDS.map((kind: ClaimKind) => (
          <label class="op-check" key={kind}>
            <input
              type="checkbox"
              name="claimKinds"
              value={kind}
              checked={settings.claimKinds.includes(kind)}
              onChange={(e) =>
                save({
                  claimKinds: toggled(
                    CLAIM_KINDS,
                    settings.claimKinds,
                    kind,
                    (e.currentTarget as HTMLInputElement).checked,
                  ),
                })
              }
            />
            {t(`kind_${kind}`)}
          </label>
        ))}
      </fieldset>
      <NumberField
        id="op-hover-delay"
        label={t('optHoverDelay')}
        value={settings.hoverDelayMs}
        min={0}
        max={5000}
        step={50}
        onSave={(hoverDelayMs) => save({ hoverDelayMs })}
      />
    </section>
  );
}
