/** One claim inside the popup: the full claim card, "show in article" and related claims from the dataset. */
import type { JSX } from 'preact';
import type { ClaimRecord } from '../dataset/types.ts';
import type { Claim } from '../nlp/types.ts';
import { ask } from '../protocol/client.ts';
import { ClaimCard } from '../ui/ClaimCard.tsx';
import { toClaimView } from '../ui/claimView.ts';
import { t } from '../ui/i18n.ts';
import { useAsync } from '../ui/useAsync.ts';

/** How many related claims the popup asks for. */
const RELATED_LIMIT = 8;

/** Returns the claim with its related claims; `pageIndex` is set for claims of the current page. */
export function ClaimView({
  claim,
  pageIndex,
  onReveal,
  onOpenClaim,
  onClose,
}: {
  claim: Claim | ClaimRecord;
  pageIndex?: number;
  onReveal: (index: number) => void;
  onOpenClaim: (claim: ClaimRecord) => void;
  onClose: () => void;
}): JSX.Element {
  const view = toClaimView(claim);
  const related = useAsync(
    () => ask({ type: 'related', text: view.text, speaker: view.speaker, limit: RELATED_LIMIT }),
    [view.text, view.speaker],
  );
  const ownId = 'id' in claim ? claim.id : undefined;
  return (
    // Esc is handled by the popup for every view (App.tsx).
    <div class="pp-claim-view">
      <div class="kx-card-head">
        <h2 class="pp-h2" id="pp-claim-title">
          {t(`kind_${view.kind}`)}
        </h2>
        <button type="button" class="kx-button kx-close" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <ClaimCard claim={claim} />
      {pageIndex !== undefined && (
        <div>
          <button type="button" class="kx-button" onClick={() => onReveal(pageIndex)}>
            {t('popupShowClaim')}
          </button>
        </div>
      )}
      <section class="kx-section" aria-labelledby="pp-related">
        <h3 id="pp-related" class="kx-section-title">
          {t('popupRelatedClaims')}
        </h3>
        {related.status === 'loading' && <p role="status">{t('popupLoading')}</p>}
        {related.status === 'error' && <p role="alert">{t('popupError', related.error)}</p>}
        {related.status === 'done' && (
          <RelatedList items={related.value.filter((r) => r.id !== ownId)} onOpen={onOpenClaim} />
        )}
      </section>
    </div>
  );
}

function RelatedList({
  items,
  onOpen,
}: {
  items: ClaimRecord[];
  onOpen: (c: ClaimRecord) => void;
}): JSX.Element {
  if (items.length === 0) return <p class="kx-muted">{t('popupNoRelated')}</p>;
  return (
    <ul class="kx-list">
      {items.map((c) => (
        <li key={c.id}>
          <ClaimCard claim={c} compact onSelect={() => onOpen(c)} />
        </li>
      ))}
    </ul>
  );
}
