/** Search hits over the whole dataset: entities as rows that open their card, claims as claim cards. */
import type { JSX } from 'preact';
import type { ClaimRecord, EntitySummary, SearchHit } from '../dataset/types.ts';
import { ClaimCard } from '../ui/ClaimCard.tsx';
import { articleCountText } from '../ui/EntityCard.tsx';
import { t } from '../ui/i18n.ts';
import { TypeBadge } from '../ui/primitives.tsx';
import type { AsyncState } from '../ui/useAsync.ts';

/** Returns the result list for `query` in its current loading state. */
export function SearchResults({
  query,
  state,
  onOpenEntity,
  onOpenClaim,
}: {
  query: string;
  state: AsyncState<SearchHit[]>;
  onOpenEntity: (entity: EntitySummary) => void;
  onOpenClaim: (claim: ClaimRecord) => void;
}): JSX.Element {
  if (state.status === 'loading') return <p role="status">{t('popupSearching')}</p>;
  if (state.status === 'error') return <p role="alert">{t('popupError', state.error)}</p>;
  const hits = state.value;
  return (
    <section class="pp-section" aria-labelledby="pp-search-results">
      <h2 id="pp-search-results" class="pp-h2" aria-live="polite">
        {hits.length === 0 ? t('popupSearchNone', query) : t('popupSearchCount', hits.length, query)}
      </h2>
      <ul class="pp-rows">
        {hits.map((hit) =>
          hit.kind === 'entity' ? (
            <li key={`e:${hit.entity.id}`}>
              <button
                type="button"
                class="pp-row"
                data-entity={hit.entity.name}
                onClick={() => onOpenEntity(hit.entity)}
              >
                <span class="pp-row-main">
                  <span class="pp-row-name">{hit.entity.name}</span>
                  {hit.entity.descriptor && <span class="pp-row-sub">{hit.entity.descriptor}</span>}
                  <span class="pp-row-sub">
                    {articleCountText(hit.entity.articleCount, hit.entity.readCount)}
                  </span>
                </span>
                <TypeBadge type={hit.entity.type} category={hit.entity.category} />
              </button>
            </li>
          ) : (
            <li key={`c:${hit.claim.id}`}>
              <ClaimCard claim={hit.claim} compact onSelect={() => onOpenClaim(hit.claim)} />
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
