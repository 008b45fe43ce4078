/**
 * Painting with the CSS Custom Highlight API: ranges go into named `Highlight` objects in
 * `CSS.highlights`, and one stylesheet gives them their look. The page's DOM and layout stay
 * untouched (no wrapper elements), so page scripts and layout never see Kontext.
 */
import type { Mark } from './marks.ts';
import { ALL_HIGHLIGHTS, CLAIM_HIGHLIGHT, ENTITY_HIGHLIGHT, FOCUS_HIGHLIGHT } from './styles.ts';

/** What every painter can do; the overlay fallback implements the same interface. */
export interface Painter {
  readonly kind: 'highlight-api' | 'overlay';
  /** Adds marks (with their live DOM ranges) to the painting. */
  add(items: readonly { mark: Mark; range: Range }[]): void;
  /** Removes marks (text the page has changed); the others and the focus stay. */
  remove(items: readonly { mark: Mark; range: Range }[]): void;
  /** Marks one range as focused (keyboard stepping, reveal); null removes the focus. */
  setFocus(range: Range | null): void;
  /** Removes every painted mark (the focus included). */
  clear(): void;
  /** Removes all traces from the page (highlights and their registry entries). */
  destroy(): void;
}

/** Returns the highlight name a mark is painted with. */
export function highlightName(mark: Mark): string {
  return mark.kind === 'entity' ? ENTITY_HIGHLIGHT[mark.mention.type] : CLAIM_HIGHLIGHT[mark.claim.kind];
}

/** Returns whether this browser has the CSS Custom Highlight API. */
export function hasHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof globalThis.Highlight === 'function';
}

/** Returns a painter backed by CSS.highlights; throws when the API is missing. */
export function createHighlightPainter(): Painter {
  if (!hasHighlightApi()) throw new Error('CSS Custom Highlight API fehlt');
  const registry = CSS.highlights;
  const byName = new Map<string, Highlight>();
  for (const name of ALL_HIGHLIGHTS) {
    const h = new Highlight();
    // Entities draw over claims so a name inside a quote keeps its own colour; focus on top.
    h.priority = name === FOCUS_HIGHLIGHT ? 3 : name.startsWith('kontext-claim') ? 1 : 2;
    registry.set(name, h);
    byName.set(name, h);
  }
  return {
    kind: 'highlight-api',
    add(items) {
      for (const { mark, range } of items) byName.get(highlightName(mark))!.add(range);
    },
    remove(items) {
      for (const { mark, range } of items) byName.get(highlightName(mark))?.delete(range);
    },
    setFocus(range) {
      const h = byName.get(FOCUS_HIGHLIGHT)!;
      h.clear();
      if (range) h.add(range);
    },
    clear() {
      for (const h of byName.values()) h.clear();
    },
    destroy() {
      for (const [name, h] of byName) {
        h.clear();
        if (registry.get(name) === h) registry.delete(name);
      }
      byName.clear();
    },
  };
}
