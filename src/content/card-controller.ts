/**
 * Opens, positions and closes the card. The card lives in the top layer (popover="manual"),
 * is a labelled dialog, takes focus when opened from the keyboard and gives it back on close
 * (WCAG 1.4.13: dismissible with Esc, hoverable, persistent until dismissed or left).
 */
import { h, render } from 'preact';
import { Card, type CardData, cardLabel } from './card/Card.tsx';
import { isInViewport, placeCard } from './card/position.ts';
import type { Host } from './host.ts';
import type { Mark } from './marks.ts';

export interface OpenOptions {
  /** Opened by keyboard: move focus into the card and return it on close. */
  keyboard: boolean;
  /** Pointer position, to anchor the card at the hovered line of a multi-line mark. */
  point?: { x: number; y: number };
}

export interface CardController {
  readonly current: Mark | null;
  open(mark: Mark, anchor: Range, options: OpenOptions): void;
  close(): void;
  /** Re-places the card at its anchor; closes it and returns false when the anchor left the viewport. */
  reposition(): boolean;
  /** Whether a node (from an event's composed path) is inside the open card. */
  contains(node: EventTarget | null): boolean;
}

/** Returns the anchor line box: the one under the point, else the first. */
function anchorRect(range: Range, point?: { x: number; y: number }): DOMRect | null {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  if (rects.length === 0) return null;
  if (point) {
    const hit = rects.find((r) => point.y >= r.top - 1 && point.y <= r.bottom + 1);
    if (hit) return hit;
  }
  return rects[0];
}

/** Returns a card controller rendering into the host's popover. */
export function createCardController(host: Host, data: CardData): CardController {
  let current: Mark | null = null;
  let anchor: Range | null = null;
  let point: { x: number; y: number } | undefined;
  let returnFocus: HTMLElement | null = null;
  const win = host.element.ownerDocument.defaultView!;

  const show = () => {
    if (host.topLayer) {
      if (!host.popover.matches(':popover-open')) host.popover.showPopover();
    } else host.popover.classList.add('open');
  };
  const hide = () => {
    if (host.topLayer) {
      if (host.popover.matches(':popover-open')) host.popover.hidePopover();
    } else host.popover.classList.remove('open');
  };

  const place = (): boolean => {
    if (!anchor) return false;
    const rect = anchorRect(anchor, point);
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    if (!rect || !isInViewport(rect, viewport)) return false;
    const box = host.popover.getBoundingClientRect();
    const at = placeCard(rect, { width: box.width, height: box.height }, viewport);
    host.popover.style.setProperty('--kontext-max-h', `${at.maxHeight}px`);
    host.popover.style.left = `${at.left}px`;
    host.popover.style.top = `${at.top}px`;
    host.popover.dataset.side = at.side;
    return true;
  };

  // The body grows when the background's card arrives: place the card again so it stays in view.
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(() => {
      if (current) place();
    }).observe(host.popover);
  }

  const controller: CardController = {
    get current() {
      return current;
    },
    open(mark, range, options) {
      const wasOpen = current !== null;
      current = mark;
      anchor = range;
      point = options.point;
      host.popover.setAttribute('aria-label', cardLabel(mark));
      host.popover.dataset.kind = mark.kind;
      render(h(Card, { mark, onClose: () => controller.close(), ...data }), host.popover);
      show();
      if (!place()) {
        controller.close();
        return;
      }
      if (options.keyboard) {
        if (!wasOpen || !returnFocus) {
          const active = host.element.ownerDocument.activeElement;
          returnFocus =
            active && typeof (active as HTMLElement).focus === 'function' ? (active as HTMLElement) : null;
        }
        const card = host.popover.querySelector<HTMLElement>('.card');
        if (card) {
          card.tabIndex = -1;
          card.focus({ preventScroll: true });
        }
      }
    },
    close() {
      if (!current) return;
      const hadFocus = host.shadow.activeElement !== null;
      current = null;
      anchor = null;
      hide();
      render(null, host.popover);
      if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
    },
    reposition() {
      if (!current) return false;
      if (place()) return true;
      controller.close();
      return false;
    },
    contains(node) {
      // Duck-typed: composedPath() also holds the Window, and instanceof fails across worlds.
      if (!node || typeof (node as Node).nodeType !== 'number') return false;
      return node === host.popover || host.popover.contains(node as Node);
    },
  };
  return controller;
}
