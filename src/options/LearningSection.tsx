/** Options: learning from reading on/off and after how many seconds. */
import type { JSX } from 'preact';
import type { Settings, SettingsPatch } from '../protocol/settings.ts';
import { t } from '../ui/i18n.ts';
import { Checkbox } from './Checkbox.tsx';
import { NumberField } from './NumberField.tsx';

/** Returns the "Lernen aus dem Lesen" section. */
export function LearningSection({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: SettingsPatch) => void;
}): JSX.Element {
  return (
    <section class="op-section" aria-labelledby="op-learning">
      <h2 id="op-learning">{t('optLearning')}</h2>
      <Checkbox id="op-learn" checked={settings.learn} onToggle={(learn) => save({ learn })}>
        {t('optLearn')}
      </Checkbox>
      <NumberField
        id="op-learn-after"
        label={t('optLearnAfter')}
        value={settings.learnAfterSeconds}
        min={0}
        max={3600}
        disabled={!settings.learn}
        onSave={(learnAfterSeconds) => save({ learnAfterSeconds })}
      />
      <p class="kx-muted kx-small">{t('optLearnHint')}</p>
    </section>
  );
}
