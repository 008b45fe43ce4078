/** The popup's controls for the current site: on/off switch and "remember this article". */
import type { JSX } from 'preact';
import { t } from '../ui/i18n.ts';

/** Returns the per-site switch ("Auf dieser Website: an/aus"); a native checkbox with role switch. */
export function SiteSwitch({
  host,
  on,
  busy,
  onChange,
}: {
  host: string;
  on: boolean;
  busy: boolean;
  onChange: (on: boolean) => void;
}): JSX.Element {
  return (
    <label class="pp-switch">
      <input
        type="checkbox"
        role="switch"
        checked={on}
        aria-checked={on}
        disabled={busy}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>{t('popupSiteSwitch', host)}:</span>
      <strong class="pp-switch-state">{on ? t('switchOn') : t('switchOff')}</strong>
    </label>
  );
}

/** Returns the "Diesen Artikel merken" button, or the result once remembered. */
export function LearnButton({
  learned,
  busy,
  message,
  onLearn,
}: {
  learned: boolean;
  busy: boolean;
  message: string | null;
  onLearn: () => void;
}): JSX.Element {
  return (
    <div class="pp-learn">
      <button type="button" class="kx-button" disabled={learned || busy} onClick={onLearn}>
        {learned ? t('popupLearned') : t('popupLearn')}
      </button>
      <span class="kx-small" role="status">
        {message ?? ''}
      </span>
    </div>
  );
}
