/** Options: the keyboard shortcuts, what they do, and how to change them in this browser. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { canOpenShortcutSettings, getCommands, isFirefox, openShortcutSettings } from '../ui/ext.ts';
import { t } from '../ui/i18n.ts';
import { errorText, useAsync } from '../ui/useAsync.ts';

/** Our own text for the manifest's commands (the browser reports the manifest description in its UI language). */
function commandLabel(name: string | undefined, description: string | undefined): string {
  if (name === 'next-mention') return t('commandNext');
  if (name === 'previous-mention') return t('commandPrev');
  return description || name || '';
}

/** Returns the "Tastenkürzel" section. */
export function ShortcutsSection(): JSX.Element {
  const commands = useAsync(getCommands, []);
  const [error, setError] = useState<string | null>(null);
  // Chrome: open chrome://extensions/shortcuts in a tab. Firefox: its own API where it exists, else instructions.
  const canOpen = !isFirefox() || canOpenShortcutSettings();
  return (
    <section class="op-section" aria-labelledby="op-shortcuts">
      <h2 id="op-shortcuts">{t('optShortcuts')}</h2>
      <p>{t('optShortcutsHint')}</p>
      {commands.status === 'done' && (
        <dl class="op-shortcuts">
          {commands.value
            .filter((c) => c.name && c.name !== '_execute_action')
            .map((c) => (
              <div key={c.name}>
                <dt>{commandLabel(c.name, c.description)}</dt>
                <dd>
                  {c.shortcut ? (
                    <kbd>{c.shortcut}</kbd>
                  ) : (
                    <span class="kx-muted">{t('optShortcutUnset')}</span>
                  )}
                </dd>
              </div>
            ))}
        </dl>
      )}
      {commands.status === 'error' && <p class="op-error">{commands.error}</p>}
      {canOpen ? (
        <div>
          <button
            type="button"
            class="kx-button"
            id="op-shortcuts-open"
            onClick={() => openShortcutSettings().catch((err) => setError(errorText(err)))}
          >
            {t('optShortcutsChange')}
          </button>
        </div>
      ) : (
        <p>{t('optShortcutsFirefox')}</p>
      )}
      {error && (
        <p class="op-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
