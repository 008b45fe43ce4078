/** The two painters and the page stylesheet: what they add to the page, and that they take it away again. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHost } from '../../src/content/host.ts';
import type { Mark } from '../../src/content/marks.ts';
import { injectPageStyle, STYLE_ATTR } from '../../src/content/page-style.ts';
import { createOverlayPainter } from '../../src/content/paint-overlay.ts';

const ENTITY = { kind: 'entity', mention: { type: 'PER' } } as unknown as Mark;
const CLAIM = { kind: 'claim', claim: { kind: 'direct' } } as unknown as Mark;

function rangeWithRects(rects: DOMRect[]): Range {
  const r = document.createRange();
  vi.spyOn(r, 'getClientRects').mockReturnValue(rects as unknown as DOMRectList);
  return r;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('overlay painter (browsers without CSS.highlights)', () => {
  it('draws one underline box per line box into the shadow overlay, page untouched', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>Text</p>';
    const before = document.body.innerHTML;
    const host = createHost(document);
    const painter = createOverlayPainter(host, () => false);
    painter.add([
      { mark: ENTITY, range: rangeWithRects([new DOMRect(10, 20, 50, 18), new DOMRect(0, 40, 30, 18)]) },
      { mark: CLAIM, range: rangeWithRects([new DOMRect(5, 60, 200, 18)]) },
    ]);
    await vi.advanceTimersByTimeAsync(150);
    const boxes = Array.from(host.overlay.children) as HTMLElement[];
    expect(boxes).toHaveLength(3);
    expect(boxes[0].style.left).toBe('10px');
    expect(boxes[0].style.top).toBe('20px');
    expect(boxes[0].style.borderBottom).toContain('solid');
    expect(boxes[2].style.borderBottom).toContain('dotted');
    expect(document.body.innerHTML).toBe(before);
    painter.setFocus(rangeWithRects([new DOMRect(10, 20, 50, 18)]));
    await vi.advanceTimersByTimeAsync(150);
    expect(host.overlay.children).toHaveLength(4);
    // Removing the entity (its text was edited) leaves the claim's box and the focus.
    painter.remove([{ mark: ENTITY, range: document.createRange() }]);
    await vi.advanceTimersByTimeAsync(150);
    expect(host.overlay.children).toHaveLength(2);
    painter.destroy();
    expect(host.overlay.children).toHaveLength(0);
    host.remove();
  });
});

describe('page stylesheet', () => {
  it('adds the ::highlight rules once and removes them without a trace', () => {
    const style = injectPageStyle(document, '::highlight(kontext-per) { color: red; }');
    if (style.via === 'element') {
      expect(document.head.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(1);
      expect(style.element?.textContent).toContain('kontext-per');
    } else {
      expect(document.adoptedStyleSheets).toHaveLength(1);
    }
    style.update('::highlight(kontext-org) { color: blue; }');
    style.remove();
    expect(document.head.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(0);
    expect(document.adoptedStyleSheets ?? []).toHaveLength(0);
  });
});
