/** Options: size, period, sources and licences of the bundled dataset, and the reading store's size. */
import type { JSX } from 'preact';
import type { Responses } from '../protocol/messages.ts';
import { formatRange } from '../ui/format.ts';
import { t } from '../ui/i18n.ts';
import type { AsyncState } from '../ui/useAsync.ts';

/** Returns the "Datenquellen und Lizenzen" section for the stats reply. */
export function SourcesSection({ stats }: { stats: AsyncState<Responses['stats']> }): JSX.Element {
  return (
    <section class="op-section" aria-labelledby="op-sources">
      <h2 id="op-sources">{t('optSources')}</h2>
      {stats.status === 'loading' && <p role="status">{t('popupLoading')}</p>}
      {stats.status === 'error' && (
        <p class="op-error" role="alert">
          {t('optStatsFailed', stats.error)}
        </p>
      )}
      {stats.status === 'done' && <SourcesBody stats={stats.value} />}
    </section>
  );
}

function SourcesBody({ stats }: { stats: Responses['stats'] }): JSX.Element {
  const { dataset, store, storeError } = stats;
  const range = formatRange(dataset.from, dataset.to);
  return (
    <>
      <p>{t('optSourcesIntro', dataset.articles, dataset.entities, dataset.claims)}</p>
      {range && <p>{t('optSourcesRange', range)}</p>}
      {dataset.sources.length === 0 ? (
        <p class="kx-muted">{t('optSourcesNone')}</p>
      ) : (
        <div class="op-table-wrap">
          <table class="op-table">
            <thead>
              <tr>
                <th scope="col">{t('optSourceName')}</th>
                <th scope="col">{t('optSourceLicence')}</th>
                <th scope="col" class="op-num">
                  {t('optSourceArticles')}
                </th>
              </tr>
            </thead>
            <tbody>
              {dataset.sources.map((s) => (
                <tr key={s.name}>
                  <th scope="row">{s.name}</th>
                  <td>{s.licence}</td>
                  <td class="op-num">{s.articles.toLocaleString(t('langCode'))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{t('optStoreSummary', store.articles, store.entities, store.claims)}</p>
      {storeError && (
        <p class="op-error" role="alert">
          {t('popupStoreError', storeError)}
        </p>
      )}
    </>
  );
}
