/**
 * ClaimCard: one claim with its kind, speaker, cue, media chain and source. Works for a claim
 * found on the page and for a dataset claim. All text is rendered as text nodes.
 */
import type { JSX } from 'preact';
import type { ClaimRecord } from '../dataset/types.ts';
import type { Claim } from '../nlp/types.ts';
import { toClaimView } from './claimView.ts';
import { formatDate } from './format.ts';
import { t } from './i18n.ts';
import { KindBadge, SourceLink } from './primitives.tsx';

export interface ClaimCardProps {
  claim: Claim | ClaimRecord;
  /** Clamp the text to three lines (lists). */
  compact?: boolean;
  /** Makes the whole card one button (lists); such a card holds no links. */
  onSelect?: () => void;
}

/** Returns the card of one claim: a button when `onSelect` is given, else an article. */
export function ClaimCard({ claim, compact = false, onSelect }: ClaimCardProps): JSX.Element {
  const c = toClaimView(claim);
  const speaker = c.speaker ?? (c.kind === 'factual' ? undefined : t('claimNoSpeaker'));
  // The claim text carries its own quotation marks where the article had them.
  const quoteClass = 'kx-claim-text';
  const head = (
    <span class="kx-claim-head">
      <KindBadge kind={c.kind} />
      {speaker && <span class="kx-claim-speaker">{speaker}</span>}
      {c.via.length > 0 && <span class="kx-meta">{t('claimVia', c.via.join(' → '))}</span>}
    </span>
  );
  const metaParts = [c.date ? formatDate(c.date) : '', c.source ?? ''].filter(Boolean);
  const classes = `kx-theme kx-claim${compact ? ' kx-claim-compact' : ''}`;
  if (onSelect) {
    // A <button> may hold phrasing content only: spans, no links or blockquotes.
    return (
      <button type="button" class={classes} onClick={onSelect}>
        {head}
        <span class={quoteClass}>{c.text}</span>
        {(metaParts.length > 0 || c.read || c.checkworthy !== undefined) && (
          <span class="kx-meta">
            {c.checkworthy !== undefined && (
              <span>{t('claimCheckworthy', Math.round(c.checkworthy * 100))}</span>
            )}
            {metaParts.map((p) => (
              <span key={p}>{p}</span>
            ))}
            {c.read && <span class="kx-read">{t('readMark')}</span>}
          </span>
        )}
      </button>
    );
  }
  return (
    <article class={classes}>
      {head}
      <blockquote class={quoteClass} style={{ margin: 0 }}>
        {c.text}
      </blockquote>
      <div class="kx-meta">
        {c.cue && <span>{t('claimCue', c.cue)}</span>}
        {c.checkworthy !== undefined && <span>{t('claimCheckworthy', Math.round(c.checkworthy * 100))}</span>}
        {metaParts.map((p) => (
          <span key={p}>{p}</span>
        ))}
        {c.title && <SourceLink url={c.url}>{c.title}</SourceLink>}
        {!c.title && c.url && <SourceLink url={c.url}>{c.url}</SourceLink>}
        {c.read && <span class="kx-read">{t('readMark')}</span>}
      </div>
    </article>
  );
}
