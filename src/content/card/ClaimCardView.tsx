/** The card body for a claim: the shared ClaimCard (kind, speaker, cue, via chain) and related claims. */
import type { ClaimRecord } from '../../dataset/types.ts';
import { ClaimCard } from '../../ui/ClaimCard.tsx';
import { t } from '../../ui/i18n.ts';
import { useAsync } from '../../ui/useAsync.ts';
import type { ClaimMark } from '../marks.ts';

const MAX_RELATED = 3;

export interface ClaimCardViewProps {
  mark: ClaimMark;
  loadRelated: (text: string, speaker?: string) => Promise<ClaimRecord[]>;
}

/** Returns the claim card content (all text rendered as text nodes). */
export function ClaimCardView({ mark, loadRelated }: ClaimCardViewProps) {
  const { claim } = mark;
  const state = useAsync(
    () => loadRelated(claim.text, claim.speaker?.canonical),
    [mark.start, mark.end, claim.text],
  );
  return (
    <div class="kx-card kontext-claim">
      <h2 class="kx-card-title">{t(`kind_${claim.kind}`)}</h2>
      <ClaimCard claim={claim} />
      <section>
        <h3 class="kontext-section">{t('content_relatedClaims')}</h3>
        {state.status === 'loading' ? <p class="kx-muted kx-small">{t('content_loading')}</p> : null}
        {state.status === 'error' ? <p class="kontext-error">{t('content_error', state.error)}</p> : null}
        {state.status === 'done' && state.value.length === 0 ? (
          <p class="kx-muted kx-small">{t('content_noRelatedClaims')}</p>
        ) : null}
        {state.status === 'done' && state.value.length > 0 ? (
          <ul class="kx-list kontext-related">
            {state.value.slice(0, MAX_RELATED).map((r) => (
              <li key={r.id}>
                <ClaimCard claim={r} compact />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
