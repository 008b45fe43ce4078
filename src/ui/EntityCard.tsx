/**
 * EntityCard: the context card of a dataset entity — type, descriptors with date and source,
 * "in N Artikeln" (bundled and read), a monthly timeline, co-mentioned entities and claims by
 * and about it. Props in, events out; no data fetching, no global CSS (see styles.ts), all
 * dataset text rendered as text. Esc inside the card calls `onClose`.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ClaimRecord, DescriptorRecord, EntityCard as EntityCardData } from '../dataset/types.ts';
import { ClaimCard } from './ClaimCard.tsx';
import { formatDate, formatRange } from './format.ts';
import { t } from './i18n.ts';
import { Heading, MoreButton, Section, SourceLink, TypeBadge } from './primitives.tsx';
import { Timeline } from './Timeline.tsx';

/** How many descriptors, related entities and claims show before "Alle N anzeigen". */
export const COLLAPSED = { descriptors: 5, related: 8, claims: 3 } as const;

export interface EntityCardProps {
  card: EntityCardData;
  /** Heading level of the card title; sections use the next level. */
  headingLevel?: 2 | 3;
  /** Makes co-mentioned entities buttons that open their card. */
  onOpenEntity?: (id: string, name: string) => void;
  /** Makes claims buttons (e.g. to show related claims). */
  onOpenClaim?: (claim: ClaimRecord) => void;
  /** Shows a close button; Esc inside the card calls it too. */
  onClose?: () => void;
  /** Extra content under the header (the popup puts "in diesem Artikel" there). */
  children?: ComponentChildren;
  /** The "Datenbestand: N Artikel" footer; off where the page already shows the dataset size (popup). */
  showCoverage?: boolean;
}

/** Returns the "in N Artikeln, davon M gelesen" line. */
export function articleCountText(articleCount: number, readCount: number): string {
  const base = articleCount === 1 ? t('cardArticlesOne') : t('cardArticlesMany', articleCount);
  return readCount > 0 ? `${base}, ${t('cardReadCount', readCount)}` : base;
}

/** Returns the context card of one entity. */
export function EntityCard({
  card,
  headingLevel = 2,
  onOpenEntity,
  onOpenClaim,
  onClose,
  children,
  showCoverage = true,
}: EntityCardProps): JSX.Element {
  const sub = (headingLevel + 1) as 3 | 4;
  const titleId = `kx-card-title-${card.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const aliases = card.aliases.filter((a) => a !== card.name);
  const first = card.firstSeen ? formatDate(card.firstSeen) : '';
  const last = card.lastSeen ? formatDate(card.lastSeen) : '';
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && onClose) {
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <article class="kx-theme kx-card kx-entity" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <header class="kx-card-head">
        <Heading level={headingLevel} class="kx-card-title" id={titleId}>
          {card.name}
        </Heading>
        <TypeBadge type={card.type} category={card.category} />
        {onClose && (
          <button type="button" class="kx-button kx-close" onClick={onClose}>
            {t('close')}
          </button>
        )}
      </header>
      {card.descriptor && <p style={{ margin: 0 }}>{card.descriptor}</p>}
      <p class="kx-small" style={{ margin: 0 }}>
        <strong>{articleCountText(card.articleCount, card.readCount)}</strong>
        {first && last && (
          <span class="kx-muted">
            {' '}
            · {first === last ? t('cardSeenOnce', first) : t('cardSeen', first, last)}
          </span>
        )}
      </p>
      {aliases.length > 0 && (
        <p class="kx-small kx-muted" style={{ margin: 0 }}>
          {t('cardAliases', aliases.join(', '))}
        </p>
      )}
      {children}
      <Section title={t('cardTimeline')} level={sub}>
        <Timeline perMonth={card.perMonth} />
      </Section>
      <Section title={t('cardDescriptors')} level={sub}>
        <Descriptors items={card.descriptors} />
      </Section>
      {card.related.length > 0 && (
        <Section title={t('cardRelated')} level={sub}>
          <Related items={card.related} onOpen={onOpenEntity} />
        </Section>
      )}
      {card.claimsBy.length > 0 && (
        <Section title={t('cardClaimsBy', card.name)} level={sub}>
          <Claims items={card.claimsBy} onOpen={onOpenClaim} />
        </Section>
      )}
      {card.claimsAbout.length > 0 && (
        <Section title={t('cardClaimsAbout', card.name)} level={sub}>
          <Claims items={card.claimsAbout} onOpen={onOpenClaim} />
        </Section>
      )}
      {showCoverage && (
        <p class="kx-small kx-muted" style={{ margin: 0 }}>
          {card.coverage.from || card.coverage.to
            ? t('cardCoverage', card.coverage.articles, formatRange(card.coverage.from, card.coverage.to))
            : t('cardCoverageNoDates', card.coverage.articles)}
        </p>
      )}
    </article>
  );
}

/** Returns the descriptor list: role phrase, then date · source · article link. */
function Descriptors({ items }: { items: DescriptorRecord[] }): JSX.Element {
  const [expanded, setExpanded] = useState(false);
  if (items.length === 0) return <p class="kx-muted kx-small">{t('cardNoDescriptors')}</p>;
  const shown = expanded ? items : items.slice(0, COLLAPSED.descriptors);
  return (
    <>
      <ul class="kx-list">
        {shown.map((d, i) => (
          <li class="kx-descriptor" key={`${d.text}-${i}`}>
            <span class="kx-descriptor-text">{d.text}</span>
            <span class="kx-meta">
              {d.date && <time dateTime={d.date}>{formatDate(d.date)}</time>}
              {d.source && <span>{d.source}</span>}
              {d.title && <SourceLink url={d.url}>{d.title}</SourceLink>}
              {d.read && <span class="kx-read">{t('readMark')}</span>}
            </span>
          </li>
        ))}
      </ul>
      {items.length > COLLAPSED.descriptors && (
        <MoreButton expanded={expanded} total={items.length} onToggle={() => setExpanded(!expanded)} />
      )}
    </>
  );
}

/** Returns the co-mentioned entities as chips (buttons when they can be opened). */
function Related({
  items,
  onOpen,
}: {
  items: EntityCardData['related'];
  onOpen?: (id: string, name: string) => void;
}): JSX.Element {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, COLLAPSED.related);
  return (
    <>
      <ul class="kx-chips">
        {shown.map((r) => {
          const content = (
            <>
              <span>{r.name}</span>
              <span class={`kx-badge kx-type-${r.type}`} aria-hidden="true">
                {r.count}
              </span>
              <span class="kx-sr-only">{t('cardRelatedCount', r.count)}</span>
            </>
          );
          return (
            <li key={r.id}>
              {onOpen ? (
                <button
                  type="button"
                  class="kx-chip"
                  title={t('cardOpenEntity', r.name)}
                  onClick={() => onOpen(r.id, r.name)}
                >
                  {content}
                </button>
              ) : (
                <span class="kx-chip">{content}</span>
              )}
            </li>
          );
        })}
      </ul>
      {items.length > COLLAPSED.related && (
        <MoreButton expanded={expanded} total={items.length} onToggle={() => setExpanded(!expanded)} />
      )}
    </>
  );
}

/** Returns a list of claim cards, collapsed to the first few. */
function Claims({ items, onOpen }: { items: ClaimRecord[]; onOpen?: (c: ClaimRecord) => void }): JSX.Element {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, COLLAPSED.claims);
  return (
    <>
      <ul class="kx-list">
        {shown.map((c) => (
          <li key={c.id}>
            <ClaimCard claim={c} compact onSelect={onOpen ? () => onOpen(c) : undefined} />
          </li>
        ))}
      </ul>
      {items.length > COLLAPSED.claims && (
        <MoreButton expanded={expanded} total={items.length} onToggle={() => setExpanded(!expanded)} />
      )}
    </>
  );
}
