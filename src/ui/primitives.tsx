/** Small building blocks shared by the cards, the popup and the options page. */
import type { ComponentChildren, JSX } from 'preact';
import type { ClaimKind, EntityType } from '../nlp/types.ts';
import { t } from './i18n.ts';

/** Finer categories the analysis assigns (src/nlp/link.ts) that have a UI label; "person" adds nothing to PER. */
const CATEGORIES = ['country', 'region', 'city', 'media', 'party', 'company', 'weapon'] as const;
type Category = (typeof CATEGORIES)[number];

/** Returns the UI label of a known category ("Stadt", "Waffensystem"), or null for unknown ones (never a raw internal label). */
export function categoryLabel(category: string | undefined): string | null {
  return category && (CATEGORIES as readonly string[]).includes(category)
    ? t(`cat_${category as Category}`)
    : null;
}

/** Returns the label badge of an entity: its category when known ("Stadt"), else its type ("Ort"). */
export function TypeBadge({ type, category }: { type: EntityType; category?: string }): JSX.Element {
  const label = categoryLabel(category);
  return (
    <span class={`kx-badge kx-type-${type}`} title={label ? t(`type${type}`) : undefined}>
      {label ?? t(`type${type}`)}
    </span>
  );
}

/** Returns the label badge of a claim kind ("Zitat", "Ankündigung", …). */
export function KindBadge({ kind }: { kind: ClaimKind }): JSX.Element {
  return <span class={`kx-badge kx-kind-${kind}`}>{t(`kind_${kind}`)}</span>;
}

/** Returns true for http(s) URLs: the only ones the UI turns into links. */
export function isWebUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Returns a link that opens in a new tab for web URLs, plain text for anything else. */
export function SourceLink({ url, children }: { url?: string; children: ComponentChildren }): JSX.Element {
  if (!isWebUrl(url)) return <span>{children}</span>;
  return (
    <a class="kx-link" href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** Returns a heading of the given level (h2–h4), so cards fit into any page outline. */
export function Heading({
  level,
  class: className,
  id,
  children,
}: {
  level: 2 | 3 | 4;
  class?: string;
  id?: string;
  children: ComponentChildren;
}): JSX.Element {
  const Tag = `h${level}` as 'h2' | 'h3' | 'h4';
  return (
    <Tag class={className} id={id}>
      {children}
    </Tag>
  );
}

/** Returns a titled block of a card. */
export function Section({
  title,
  level,
  children,
}: {
  title: string;
  level: 2 | 3 | 4;
  children: ComponentChildren;
}): JSX.Element {
  return (
    <section class="kx-section">
      <Heading level={level} class="kx-section-title">
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** Returns the "Alle N anzeigen / Weniger anzeigen" toggle button. */
export function MoreButton({
  expanded,
  total,
  onToggle,
}: {
  expanded: boolean;
  total: number;
  onToggle: () => void;
}): JSX.Element {
  return (
    <button type="button" class="kx-link kx-small" aria-expanded={expanded} onClick={onToggle}>
      {expanded ? t('showLess') : t('showMore', total)}
    </button>
  );
}
