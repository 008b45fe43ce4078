/** The card dialog: label, placement next to the mark, focus in on keyboard open and back on close. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCardController } from '../../src/content/card-controller.ts';
import { createHost, HOST_TAG, isInHost } from '../../src/content/host.ts';
import type { EntityMark } from '../../src/content/marks.ts';

const MARK: EntityMark = {
  kind: 'entity',
  index: 0,
  start: 0,
  end: 5,
  mention: { start: 0, end: 5, text: 'Minsk', type: 'LOC', canonical: 'Minsk' },
  entityId: null,
};

function anchor(rect: DOMRect): Range {
  document.body.innerHTML = '<p id="p">Minsk ist die Hauptstadt.</p><button id="b">vorher</button>';
  const range = document.createRange();
  range.setStart(document.getElementById('p')!.firstChild!, 0);
  range.setEnd(document.getElementById('p')!.firstChild!, 5);
  vi.spyOn(range, 'getClientRects').mockReturnValue([rect] as unknown as DOMRectList);
  return range;
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const el of Array.from(document.querySelectorAll(HOST_TAG))) el.remove();
});

describe('card controller', () => {
  const data = { loadCard: async () => null, loadRelated: async () => [] };

  it('opens a labelled dialog below the mark and closes it', () => {
    const host = createHost(document);
    const card = createCardController(host, data);
    card.open(MARK, anchor(new DOMRect(100, 100, 40, 18)), { keyboard: false });
    expect(card.current).toBe(MARK);
    expect(host.popover.getAttribute('role')).toBe('dialog');
    expect(host.popover.getAttribute('aria-label')).toBe('Kontext zu Minsk');
    expect(host.popover.querySelector('[data-kontext-card="entity"]')?.textContent).toContain('Minsk');
    expect(Number.parseFloat(host.popover.style.top)).toBeGreaterThanOrEqual(118);
    expect(host.popover.style.left).toBe('100px');
    card.close();
    expect(card.current).toBeNull();
    expect(host.popover.querySelector('[data-kontext-card]')).toBeNull();
  });

  it('moves focus into the card on keyboard open and returns it on close', () => {
    const range = anchor(new DOMRect(100, 100, 40, 18));
    const before = document.getElementById('b')!;
    before.focus();
    const host = createHost(document);
    const card = createCardController(host, data);
    card.open(MARK, range, { keyboard: true });
    expect(host.shadow.activeElement?.hasAttribute('data-kontext-card')).toBe(true);
    card.close();
    expect(document.activeElement).toBe(before);
  });

  it('does not open for a mark outside the viewport; reposition closes a card that scrolled away', () => {
    const host = createHost(document);
    const card = createCardController(host, data);
    card.open(MARK, anchor(new DOMRect(100, -400, 40, 18)), { keyboard: false });
    expect(card.current).toBeNull();
    const range = anchor(new DOMRect(100, 100, 40, 18));
    card.open(MARK, range, { keyboard: false });
    expect(card.reposition()).toBe(true);
    vi.spyOn(range, 'getClientRects').mockReturnValue([
      new DOMRect(100, -400, 40, 18),
    ] as unknown as DOMRectList);
    expect(card.reposition()).toBe(false);
    expect(card.current).toBeNull();
  });

  it('the host is one zero-size element with an open shadow root, recognised as ours', () => {
    const host = createHost(document);
    expect(host.element.shadowRoot).toBe(host.shadow);
    expect(host.element.getAttribute('style')).toContain('width: 0 !important');
    expect(isInHost(host.popover, host)).toBe(true);
    expect(isInHost(document.body, host)).toBe(false);
    host.remove();
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });
});
