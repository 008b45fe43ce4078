/** The card frame: a close button around the entity or claim body (the popover is the labelled dialog). */
import type { ClaimRecord, EntityCard } from '../../dataset/types.ts';
import { t } from '../../ui/i18n.ts';
import type { Mark } from '../marks.ts';
import { ClaimCardView } from './ClaimCardView.tsx';
import { EntityCardView } from './EntityCardView.tsx';

export interface CardData {
  loadCard: (id: string) => Promise<EntityCard | null>;
  loadRelated: (text: string, speaker?: string) => Promise<ClaimRecord[]>;
}

export interface CardProps extends CardData {
  mark: Mark;
  onClose: () => void;
}

/** Returns the card for one mark. */
export function Card({ mark, onClose, loadCard, loadRelated }: CardProps) {
  return (
    <div class={`card kx-theme kind-${mark.kind}`} data-kontext-card={mark.kind}>
      <button type="button" class="close" aria-label={t('close')} title={t('close')} onClick={onClose}>
        ×
      </button>
      {mark.kind === 'entity' ? (
        <EntityCardView key={`${mark.start}:${mark.entityId}`} mark={mark} loadCard={loadCard} />
      ) : (
        <ClaimCardView mark={mark} loadRelated={loadRelated} />
      )}
    </div>
  );
}

/** Returns the accessible name of the card dialog for a mark. */
export function cardLabel(mark: Mark): string {
  return mark.kind === 'entity'
    ? t('content_cardLabel', mark.summary?.name ?? mark.mention.canonical)
    : t('content_claimLabel');
}
