/** The popup's footer line: dataset size, articles learned, store error. */
import type { JSX } from 'preact';
import type { Responses } from '../protocol/messages.ts';
import { t } from '../ui/i18n.ts';
import type { AsyncState } from '../ui/useAsync.ts';

/** Returns the status line for the stats reply (or its error). */
export function StatusLine({ stats }: { stats: AsyncState<Responses['stats']> }): JSX.Element {
  if (stats.status === 'loading') return <p class="pp-status kx-muted">{t('popupLoading')}</p>;
  if (stats.status === 'error') return <p class="pp-status pp-error">{t('popupError', stats.error)}</p>;
  const { dataset, store, storeError } = stats.value;
  return (
    <div class="pp-status">
      <p class="kx-muted" style={{ margin: 0 }}>
        {t('popupStatus', dataset.articles, dataset.entities, store.articles)}
      </p>
      {storeError && (
        <p class="pp-error" role="alert" style={{ margin: 0 }}>
          {t('popupStoreError', storeError)}
        </p>
      )}
    </div>
  );
}
