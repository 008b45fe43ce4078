/** Options: master switch, which entity types and claim kinds to highlight, hover delay. */
import type { JSX } from 'preact';
import { CLAIM_KINDS, type ClaimKind, ENTITY_TYPES, type EntityType } from '../nlp/types.ts';
import type { Settings, SettingsPatch } from '../protocol/settings.ts';
import { t } from '../ui/i18n.ts';
import { Checkbox } from './Checkbox.tsx';
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
      <Checkbox id="op-enabled" checked={settings.enabled} onToggle={(enabled) => save({ enabled })}>
        {t('optEnabled')}
      </Checkbox>
      <fieldset class="op-fieldset">
        <legend>{t('optEntityTypes')}</legend>
        {ENTITY_TYPES.map((type: EntityType) => (
          <Checkbox
            key={type}
            name="entityTypes"
            value={type}
            checked={settings.entityTypes.includes(type)}
            onToggle={(on) => save({ entityTypes: toggled(ENTITY_TYPES, settings.entityTypes, type, on) })}
          >
            {t(`group${type}`)}
          </Checkbox>
        ))}
      </fieldset>
      <fieldset class="op-fieldset">
        <legend>{t('optClaimKinds')}</legend>
        {CLAIM_KINDS.map((kind: ClaimKind) => (
          <Checkbox
            key={kind}
            name="claimKinds"
            value={kind}
            checked={settings.claimKinds.includes(kind)}
            onToggle={(on) => save({ claimKinds: toggled(CLAIM_KINDS, settings.claimKinds, kind, on) })}
          >
            {t(`kind_${kind}`)}
          </Checkbox>
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
