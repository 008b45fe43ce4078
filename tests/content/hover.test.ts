/** Hover timing (WCAG 1.4.13): delay before opening, grace after leaving, hoverable card, Esc. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardController } from '../../src/content/card-controller.ts';
import { createHost } from '../../src/content/host.ts';
import { CLOSE_GRACE_MS, installHover } from '../../src/content/hover.ts';
import type { Mark } from '../../src/content/marks.ts';

const MARK = { kind: 'entity', index: 0, start: 0, end: 5 } as unknown as Mark;
const OTHER = { kind: 'claim', index: 0, start: 0, end: 20 } as unknown as Mark;

function fakeCard(popover: HTMLElement): CardController & { opened: Mark[]; closed: number } {
  let current: Mark | null = null;
  const card = {
    opened: [] as Mark[],
    closed: 0,
    get current() {
      return current;
    },
    open(mark: Mark) {
      current = mark;
      card.opened.push(mark);
    },
    close() {
      if (current) card.closed++;
      current = null;
    },
    reposition: () => true,
    contains: (node: EventTarget | null) => !!node && (node === popover || popover.contains(node as Node)),
  };
  return card;
}

function move(x: number, y: number, target: EventTarget = document.body) {
  const e = new PointerEvent('pointermove', {
    clientX: x,
    clientY: y,
    bubbles: true,
    composed: true,
    pointerType: 'mouse',
  });
  target.dispatchEvent(e);
  vi.advanceTimersByTime(20); // one animation frame
}

describe('installHover', () => {
  let under: Mark | null;
  let delay: number;
  let setup: ReturnType<typeof make>;
  function make() {
    const host = createHost(document);
    const card = fakeCard(host.popover);
    const dismissed = vi.fn();
    const handle = installHover({
      doc: document,
      host,
      card,
      hitTest: () => under,
      rangeOf: () => document.createRange(),
      delayMs: () => delay,
      onDismiss: dismissed,
    });
    return { host, card, handle, dismissed };
  }
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    under = null;
    delay = 300;
    setup = make();
  });
  afterEach(() => {
    setup.handle.destroy();
    setup.host.remove();
    vi.useRealTimers();
  });

  it('opens after the configured delay, not before', () => {
    under = MARK;
    move(10, 10);
    vi.advanceTimersByTime(250);
    expect(setup.card.opened).toEqual([]);
    vi.advanceTimersByTime(60);
    expect(setup.card.opened).toEqual([MARK]);
  });

  it('reads the delay at every hover (a settings change applies at once)', () => {
    delay = 1000;
    under = MARK;
    move(10, 10);
    vi.advanceTimersByTime(900);
    expect(setup.card.opened).toEqual([]);
    vi.advanceTimersByTime(120);
    expect(setup.card.opened).toEqual([MARK]);
  });

  it('does not open when the pointer only passes over the mark', () => {
    under = MARK;
    move(10, 10);
    vi.advanceTimersByTime(100);
    under = null;
    move(50, 50);
    vi.advanceTimersByTime(1000);
    expect(setup.card.opened).toEqual([]);
  });

  it('stays open while the pointer moves from the mark onto the card, closes after leaving both', () => {
    under = MARK;
    move(10, 10);
    vi.advanceTimersByTime(310);
    under = null;
    move(12, 40); // gap between mark and card
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 100);
    move(12, 60, setup.host.popover); // on the card
    vi.advanceTimersByTime(2000);
    expect(setup.card.closed).toBe(0);
    move(300, 300); // away from both
    vi.advanceTimersByTime(CLOSE_GRACE_MS + 10);
    expect(setup.card.closed).toBe(1);
  });

  it('switches to another mark after the delay', () => {
    under = MARK;
    move(10, 10);
    vi.advanceTimersByTime(310);
    under = OTHER;
    move(10, 100);
    vi.advanceTimersByTime(310);
    expect(setup.card.opened).toEqual([MARK, OTHER]);
  });

  it('closes on Escape and keeps the key from the page', () => {
    under = MARK;
    move(10, 10);
    vi.advanceTimersByTime(310);
    const pageHandler = vi.fn();
    document.body.addEventListener('keydown', pageHandler);
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
    );
    expect(setup.card.closed).toBe(1);
    expect(setup.dismissed).toHaveBeenCalled();
    expect(pageHandler).not.toHaveBeenCalled();
    // Without an open card, Escape is the page's.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(pageHandler).toHaveBeenCalledTimes(1);
    document.body.removeEventListener('keydown', pageHandler);
  });

  it('leaves a keyboard-opened card alone when the pointer moves elsewhere', () => {
    setup.card.open(MARK, document.createRange(), { keyboard: true });
    setup.handle.keyboardOpen = true;
    move(300, 300);
    vi.advanceTimersByTime(2000);
    expect(setup.card.closed).toBe(0);
  });

  it('a tap on a mark opens its card at once; a tap elsewhere closes it; a swipe does nothing', () => {
    const tap = (x: number, y: number, dx = 0) => {
      const opts = { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: 'touch' };
      document.body.dispatchEvent(new PointerEvent('pointerdown', opts));
      document.body.dispatchEvent(new PointerEvent('pointerup', { ...opts, clientX: x + dx }));
    };
    under = MARK;
    tap(10, 10, 40); // a swipe
    expect(setup.card.opened).toEqual([]);
    tap(10, 10);
    expect(setup.card.opened).toEqual([MARK]);
    under = null;
    tap(300, 300);
    expect(setup.card.closed).toBe(1);
  });
});
