/**
 * The options page: display, sites, learning, data (import/export/clear), shortcuts and the
 * bundled dataset's sources and licences. Every change is saved at once through `settings:set`
 * (the background validates it); the content scripts follow via storage.onChanged.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../protocol/client.ts';
import type { Settings, SettingsPatch } from '../protocol/settings.ts';
import { onStorageChanged } from '../ui/ext.ts';
import { t } from '../ui/i18n.ts';
import { errorText, useAsync } from '../ui/useAsync.ts';
import { DataSection } from './DataSection.tsx';
import { DisplaySection } from './DisplaySection.tsx';
import { LearningSection } from './LearningSection.tsx';
import { ShortcutsSection } from './ShortcutsSection.tsx';
import { SitesSection } from './SitesSection.tsx';
import { SourcesSection } from './SourcesSection.tsx';

/** Returns the whole options page. */
export function Options(): JSX.Element {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ ok: boolean; text: string } | null>(null);
  const [statsEpoch, setStatsEpoch] = useState(0);
  const stats = useAsync(() => ask({ type: 'stats' }), [statsEpoch]);

  useEffect(() => {
    const load = () =>
      ask({ type: 'settings:get' }).then(
        (s) => {
          setSettings(s);
          setLoadError(null);
        },
        (err) => setLoadError(errorText(err)),
      );
    load();
    return onStorageChanged(load);
  }, []);

  const save = (patch: SettingsPatch) => {
    // Show the change at once; the background's answer (the stored settings) then wins.
    setSettings((s) => (s ? { ...s, ...patch } : s));
    ask({ type: 'settings:set', patch }).then(
      (s) => {
        setSettings(s);
        setSaved({ ok: true, text: t('optSaved') });
      },
      (err) => {
        setSaved({ ok: false, text: t('optSaveFailed', errorText(err)) });
        ask({ type: 'settings:get' }).then(setSettings, () => {});
      },
    );
  };

  return (
    <div class="kx-theme op-root">
      <header class="op-header">
        <h1>{t('optionsTitle')}</h1>
        <p
          role="status"
          aria-live="polite"
          class={saved?.ok === false ? 'op-error op-saved' : 'op-ok op-saved'}
        >
          {saved?.text ?? ''}
        </p>
      </header>
      <main class="op-main">
        {loadError && (
          <p class="op-error" role="alert">
            {t('optLoadFailed', loadError)}
          </p>
        )}
        {!settings && !loadError && <p role="status">{t('optLoading')}</p>}
        {settings && (
          <>
            <DisplaySection settings={settings} save={save} />
            <SitesSection settings={settings} save={save} />
            <LearningSection settings={settings} save={save} />
          </>
        )}
        <DataSection onChanged={() => setStatsEpoch((n) => n + 1)} />
        <ShortcutsSection />
        <SourcesSection stats={stats} />
      </main>
    </div>
  );
}
