/** Where the card goes: next to the mention, flipped and clamped to stay inside the viewport. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Height the card may take on that side without covering the mention (it scrolls inside). */
  maxHeight: number;
}

/** Gap between the mention and the card, and the minimum distance kept from viewport edges. */
export const GAP = 6;
export const EDGE = 8;
/** Below this the card would be useless: it then may cover the mention rather than shrink further. */
export const MIN_HEIGHT = 120;

/**
 * Returns the card's viewport position for an anchor box (the mention's rect): below it when
 * it fits, else on the side with more room, never covering the mention (the card gets a
 * `maxHeight` and scrolls), horizontally aligned with the anchor and clamped to the viewport.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const spaceBelow = viewport.height - (anchor.top + anchor.height) - GAP - EDGE;
  const spaceAbove = anchor.top - GAP - EDGE;
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const maxHeight = Math.max(MIN_HEIGHT, Math.floor(side === 'below' ? spaceBelow : spaceAbove));
  const height = Math.min(card.height, maxHeight);
  let top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  top = Math.max(EDGE, Math.min(top, viewport.height - EDGE - height));
  let left = anchor.left;
  left = Math.min(left, viewport.width - EDGE - card.width);
  left = Math.max(EDGE, left);
  return { left: Math.round(left), top: Math.round(top), side, maxHeight };
}

/** Returns whether a box is at least partly inside the viewport. */
export function isInViewport(box: Box, viewport: { width: number; height: number }): boolean {
  return (
    box.top + box.height > 0 &&
    box.top < viewport.height &&
    box.left + box.width > 0 &&
    box.left < viewport.width
  );
}
