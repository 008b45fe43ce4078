/** The page's claims in text order; each reveals the claim in the page and opens its view. */
import type { JSX } from 'preact';
import { ClaimCard } from '../ui/ClaimCard.tsx';
import { t } from '../ui/i18n.ts';
import type { ClaimRow } from './pageModel.ts';

/** Returns the claim list (or the "no claims" note). */
export function ClaimList({
  rows,
  hidden,
  onOpen,
}: {
  rows: ClaimRow[];
  hidden: number;
  onOpen: (row: ClaimRow) => void;
}): JSX.Element {
  return (
    <section class="pp-section" aria-labelledby="pp-claims">
      <h2 id="pp-claims" class="pp-h2">
        {t('popupClaims')}
      </h2>
      {rows.length === 0 && <p class="kx-muted">{t('popupNoClaims')}</p>}
      <ul class="pp-rows pp-claims">
        {rows.map((row) => (
          <li key={row.index}>
            <ClaimCard claim={row.claim} compact onSelect={() => onOpen(row)} />
          </li>
        ))}
      </ul>
      {hidden > 0 && <p class="kx-muted kx-small">{t('popupHidden', hidden)}</p>}
    </section>
  );
}
