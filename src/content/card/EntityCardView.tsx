/**
 * The card body for an entity mention: the shared EntityCard (src/ui) once the background sent
 * the dataset card; before that (and for names the dataset does not know) a short header from
 * what the analysis and the summary already say. Related entities open their card in place.
 */
import { useState } from 'preact/hooks';
import type { EntityCard as EntityCardData } from '../../dataset/types.ts';
import { articleCountText, EntityCard } from '../../ui/EntityCard.tsx';
import { t } from '../../ui/i18n.ts';
import { TypeBadge } from '../../ui/primitives.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import type { EntityMark } from '../marks.ts';

export interface EntityCardViewProps {
  mark: EntityMark;
  loadCard: (id: string) => Promise<EntityCardData | null>;
}

/** Returns the entity card content (all text rendered as text nodes). */
export function EntityCardView({ mark, loadCard }: EntityCardViewProps) {
  const { mention, summary } = mark;
  const [openId, setOpenId] = useState<string | null>(mark.entityId);
  const state = useAsync(() => (openId ? loadCard(openId) : Promise.resolve(null)), [openId]);
  const here = mention.descriptor && openId === mark.entityId ? mention.descriptor : null;
  if (state.status === 'done' && state.value) {
    return (
      <EntityCard card={state.value} onOpenEntity={(id) => setOpenId(id)}>
        {here ? <p class="kx-small kontext-here">{t('content_inThisText', here)}</p> : null}
      </EntityCard>
    );
  }
  const name = summary?.name ?? mention.canonical;
  return (
    <article class="kx-card kx-entity">
      <header class="kx-card-head">
        <h2 class="kx-card-title">{name}</h2>
        <TypeBadge type={summary?.type ?? mention.type} category={summary?.category ?? mention.category} />
      </header>
      {summary?.descriptor ? <p class="kontext-descriptor">{summary.descriptor}</p> : null}
      {here ? <p class="kx-small kontext-here">{t('content_inThisText', here)}</p> : null}
      {summary ? (
        <p class="kx-small">
          <strong>{articleCountText(summary.articleCount, summary.readCount)}</strong>
        </p>
      ) : null}
      {state.status === 'loading' && openId ? <p class="kx-muted kx-small">{t('content_loading')}</p> : null}
      {state.status === 'error' ? <p class="kontext-error">{t('content_error', state.error)}</p> : null}
      {!openId || (state.status === 'done' && !state.value) ? (
        <p class="kx-muted kx-small">{t('content_notInDataset')}</p>
      ) : null}
    </article>
  );
}
