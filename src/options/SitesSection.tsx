/** Options: the list of sites where Kontext stays off, with validated adding and removing. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '../protocol/settings.ts';
import { type SiteError, validateSite } from '../protocol/sites.ts';
import { t } from '../ui/i18n.ts';

/** Returns the UI text explaining a site validation error. */
export function siteErrorText(error: SiteError): string {
  switch (error.code) {
    case 'empty':
      return t('siteErrEmpty');
    case 'scheme':
      return t('siteErrScheme');
    case 'path':
      return t('siteErrPath');
    case 'wildcard':
      return t('siteErrWildcard');
    case 'host':
      return t('siteErrHost', error.host);
  }
}

/** Returns the "Websites" section. */
export function SitesSection({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: SettingsPatch) => void;
}): JSX.Element {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (e: Event) => {
    e.preventDefault();
    const result = validateSite(input);
    if (!result.ok) return setError(siteErrorText(result.error));
    if (settings.disabledSites.includes(result.site)) return setError(t('optSiteDuplicate', result.site));
    setError(null);
    setInput('');
    save({ disabledSites: [...settings.disabledSites, result.site] });
  };
  return (
    <section class="op-section" aria-labelledby="op-sites">
      <h2 id="op-sites">{t('optSites')}</h2>
      <p class="kx-muted" id="op-sites-hint">
        {t('optSitesHint')}
      </p>
      {settings.disabledSites.length === 0 ? (
        <p>{t('optSitesEmpty')}</p>
      ) : (
        <ul class="op-sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <code>{site}</code>
              <SiteProblem site={site} />
              <button
                type="button"
                class="kx-button"
                onClick={() => save({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
              >
                {t('optSiteRemove', site)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="op-inline" onSubmit={add} noValidate>
        <label for="op-site-input">{t('optSiteInput')}</label>
        <input
          id="op-site-input"
          type="text"
          value={input}
          autocomplete="off"
          spellcheck={false}
          aria-describedby={error ? 'op-site-error op-sites-hint' : 'op-sites-hint'}
          aria-invalid={error !== null}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="kx-button">
          {t('optSiteAdd')}
        </button>
      </form>
      {error && (
        <p id="op-site-error" class="op-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** Returns a warning for a stored entry that is not valid (e.g. written by an older version), else nothing. */
function SiteProblem({ site }: { site: string }): JSX.Element | null {
  const result = validateSite(site);
  return result.ok ? null : <span class="op-error kx-small">{siteErrorText(result.error)}</span>;
}
