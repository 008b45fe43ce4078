/** Highlight styles: every type and kind has its rule, and the palette follows the page's darkness. */
import { describe, expect, it } from 'vitest';
import type { Mark } from '../../src/content/marks.ts';
import { highlightName } from '../../src/content/paint-highlights.ts';
import { ALL_HIGHLIGHTS, highlightCss, isLightText } from '../../src/content/styles.ts';

describe('highlight styles', () => {
  it('has one ::highlight rule per registered name, in both palettes', () => {
    for (const dark of [false, true]) {
      const css = highlightCss(dark);
      for (const name of ALL_HIGHLIGHTS) expect(css).toContain(`::highlight(${name})`);
    }
    expect(highlightCss(true)).not.toEqual(highlightCss(false));
  });
  it('tells light text (a dark page) from dark text', () => {
    expect(isLightText('rgb(232, 232, 232)')).toBe(true);
    expect(isLightText('rgb(26, 26, 26)')).toBe(false);
    expect(isLightText('rgba(255, 255, 255, 0.9)')).toBe(true);
    expect(isLightText('color(display-p3 1 1 1)')).toBeNull();
  });
  it('names highlights by entity type and claim kind', () => {
    const entity = { kind: 'entity', mention: { type: 'ORG' } } as unknown as Mark;
    const claim = { kind: 'claim', claim: { kind: 'announcement' } } as unknown as Mark;
    expect(highlightName(entity)).toBe('kontext-org');
    expect(highlightName(claim)).toBe('kontext-claim-announcement');
  });
});
