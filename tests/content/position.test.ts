import { describe, expect, it } from 'vitest';
import { EDGE, GAP, isInViewport, placeCard } from '../../src/content/card/position.ts';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };

describe('placeCard', () => {
  it('goes below the mention, left-aligned with it', () => {
    const at = placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport);
    expect(at).toMatchObject({ left: 100, top: 120 + GAP, side: 'below' });
    expect(at.maxHeight).toBe(800 - 120 - GAP - EDGE);
  });
  it('flips above when there is no room below', () => {
    const at = placeCard({ left: 100, top: 700, width: 80, height: 20 }, card, viewport);
    expect(at.side).toBe('above');
    expect(at.top).toBe(700 - GAP - 200);
  });
  it('never covers the mention when neither side has room: it takes the larger side and shrinks', () => {
    const anchor = { left: 100, top: 450, width: 80, height: 18 };
    const at = placeCard(anchor, { width: 300, height: 600 }, viewport);
    expect(at.side).toBe('above');
    expect(at.maxHeight).toBe(450 - GAP - EDGE);
    expect(at.top + Math.min(600, at.maxHeight)).toBeLessThanOrEqual(anchor.top);
    const low = placeCard(
      { left: 100, top: 300, width: 80, height: 18 },
      { width: 300, height: 600 },
      viewport,
    );
    expect(low.side).toBe('below');
    expect(low.top).toBeGreaterThanOrEqual(318);
  });

  it('stays inside the viewport horizontally and vertically', () => {
    const right = placeCard({ left: 950, top: 100, width: 40, height: 20 }, card, viewport);
    expect(right.left).toBe(1000 - EDGE - 300);
    const tiny = placeCard(
      { left: 10, top: 10, width: 40, height: 20 },
      { width: 300, height: 900 },
      viewport,
    );
    expect(tiny.top).toBeGreaterThanOrEqual(EDGE);
    expect(tiny.left).toBeGreaterThanOrEqual(EDGE);
  });
  it('knows when the mention left the viewport', () => {
    expect(isInViewport({ left: 10, top: -50, width: 40, height: 20 }, viewport)).toBe(false);
    expect(isInViewport({ left: 10, top: 790, width: 40, height: 20 }, viewport)).toBe(true);
  });
});
