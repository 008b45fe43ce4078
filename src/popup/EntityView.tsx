/** The context card of one entity inside the popup, with "in diesem Artikel" and stepping through its mentions. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ClaimRecord, EntityCard as EntityCardData } from '../dataset/types.ts';
import type { EntityType } from '../nlp/types.ts';
import { ask } from '../protocol/client.ts';
import { EntityCard } from '../ui/EntityCard.tsx';
import { t } from '../ui/i18n.ts';
import { TypeBadge } from '../ui/primitives.tsx';
import { useAsync } from '../ui/useAsync.ts';
import type { EntityRow } from './pageModel.ts';

export interface EntityTarget {
  /** Dataset id when known; else the card is looked up by name. */
  id: string | null;
  name: string;
  type?: EntityType;
  /** The entity's mentions on the current page, when it came from the page list. */
  row?: EntityRow;
}

/** Returns the loaded card (or the page-only card of an unknown name). */
export function EntityView({
  target,
  onReveal,
  onOpenEntity,
  onOpenClaim,
  onClose,
}: {
  target: EntityTarget;
  onReveal: (index: number) => void;
  onOpenEntity: (id: string, name: string) => void;
  onOpenClaim: (claim: ClaimRecord) => void;
  onClose: () => void;
}): JSX.Element {
  const state = useAsync<EntityCardData | null>(
    () => (target.id ? ask({ type: 'card', id: target.id }) : ask({ type: 'cardByName', name: target.name })),
    [target.id, target.name],
  );
  const here = target.row ? <InThisArticle row={target.row} onReveal={onReveal} /> : null;
  if (state.status === 'loading') return <p role="status">{t('popupCardLoading')}</p>;
  if (state.status === 'error') return <p role="alert">{t('popupError', state.error)}</p>;
  const card = state.value;
  if (!card) {
    return (
      <article class="kx-theme kx-card" aria-labelledby="pp-local-title">
        <header class="kx-card-head">
          <h2 class="kx-card-title" id="pp-local-title">
            {target.name}
          </h2>
          {(target.row?.type ?? target.type) && <TypeBadge type={(target.row?.type ?? target.type)!} />}
        </header>
        <p class="kx-muted">{target.row ? t('cardNotInDataset') : t('popupCardMissing')}</p>
        {here}
      </article>
    );
  }
  return (
    <EntityCard
      card={card}
      onOpenEntity={onOpenEntity}
      onOpenClaim={onOpenClaim}
      onClose={onClose}
      showCoverage={false}
    >
      {here}
    </EntityCard>
  );
}

/** Returns "N× in diesem Artikel", the page's descriptors and a button stepping through the mentions. */
function InThisArticle({
  row,
  onReveal,
}: {
  row: EntityRow;
  onReveal: (index: number) => void;
}): JSX.Element {
  const [pos, setPos] = useState(0);
  const total = row.indices.length;
  const step = () => {
    onReveal(row.indices[pos]);
    setPos((pos + 1) % total);
  };
  return (
    <section class="kx-section pp-here">
      <p style={{ margin: 0 }}>
        <strong>{t('cardInThisArticle', total)}</strong>
      </p>
      {row.descriptors.length > 0 && (
        <p class="kx-small" style={{ margin: 0 }}>
          {t('popupDescriptorsHere')}: {row.descriptors.join('; ')}
        </p>
      )}
      <div>
        <button type="button" class="kx-button" onClick={step}>
          {t('cardShowInArticle', pos + 1, total)}
        </button>
      </div>
    </section>
  );
}
