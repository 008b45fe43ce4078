/**
 * Pointer handling: pointermove is sampled once per animation frame; the mark under the
 * pointer opens its card after the reader's hover delay; leaving the mark closes the card
 * after a short grace period unless the pointer reached the card; Esc, a click elsewhere
 * and scrolling the mark out of view close it too. On touch screens a tap opens the card.
 */
import type { CardController } from './card-controller.ts';
import type { Host } from './host.ts';
import type { Mark } from './marks.ts';

/** Time (ms) the pointer may spend between mark and card before the card closes. */
export const CLOSE_GRACE_MS = 300;
/** A touch that moves less than this (px) and lasts less than TAP_MS is a tap, not a scroll. */
const TAP_SLOP_PX = 10;
const TAP_MS = 500;

export interface HoverDeps {
  doc: Document;
  host: Host;
  card: CardController;
  /** The mark under a viewport point, or null. */
  hitTest: (x: number, y: number) => Mark | null;
  rangeOf: (mark: Mark) => Range | null;
  delayMs: () => number;
  /** Called when a card closes by Esc / click outside (the keyboard focus ring goes too). */
  onDismiss: () => void;
}

export interface HoverHandle {
  /** Whether the open card was opened by keyboard (hover logic leaves it alone). */
  keyboardOpen: boolean;
  destroy(): void;
}

/** Returns a handle after installing the pointer, key and scroll listeners. */
export function installHover(deps: HoverDeps): HoverHandle {
  const { doc, card } = deps;
  const win = doc.defaultView!;
  let frame = 0;
  let last: { x: number; y: number; onCard: boolean } | null = null;
  let pending: Mark | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let scrollFrame = 0;

  const handle: HoverHandle = { keyboardOpen: false, destroy };

  const clearOpen = () => {
    if (openTimer !== undefined) clearTimeout(openTimer);
    openTimer = undefined;
    pending = null;
  };
  const clearClose = () => {
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const scheduleClose = () => {
    if (closeTimer !== undefined || !card.current || handle.keyboardOpen) return;
    closeTimer = setTimeout(() => {
      closeTimer = undefined;
      card.close();
    }, CLOSE_GRACE_MS);
  };

  const evaluate = () => {
    frame = 0;
    if (!last) return;
    if (last.onCard) {
      clearClose();
      return;
    }
    const hit = deps.hitTest(last.x, last.y);
    if (hit && hit === card.current) {
      clearClose();
      clearOpen();
      return;
    }
    if (!hit) {
      clearOpen();
      scheduleClose();
      return;
    }
    if (hit === pending) return;
    clearOpen();
    pending = hit;
    const point = { x: last.x, y: last.y };
    openTimer = setTimeout(() => {
      openTimer = undefined;
      const mark = pending;
      pending = null;
      const range = mark ? deps.rangeOf(mark) : null;
      if (!mark || !range) return;
      clearClose();
      handle.keyboardOpen = false;
      card.open(mark, range, { keyboard: false, point });
    }, deps.delayMs());
  };

  const onMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    const onCard = e.composedPath().some((t) => card.contains(t));
    last = { x: e.clientX, y: e.clientY, onCard };
    if (!frame) frame = win.requestAnimationFrame(evaluate);
  };
  const onLeave = (e: PointerEvent) => {
    if (e.relatedTarget === null) {
      last = null;
      clearOpen();
      scheduleClose();
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !card.current) return;
    // Our card, our Escape: keep the page from also acting on it (e.g. closing its own dialog).
    e.stopPropagation();
    e.preventDefault();
    clearOpen();
    clearClose();
    card.close();
    handle.keyboardOpen = false;
    deps.onDismiss();
  };
  const onDown = (e: PointerEvent) => {
    if (!card.current || e.composedPath().some((t) => card.contains(t))) return;
    clearClose();
    card.close();
    handle.keyboardOpen = false;
    deps.onDismiss();
  };
  // Touch has no hover: a tap on a mark opens its card at once; a tap elsewhere closes it (onDown).
  let touchStart: { x: number; y: number; t: number } | null = null;
  const onTouchDown = (e: PointerEvent) => {
    touchStart = e.pointerType === 'touch' ? { x: e.clientX, y: e.clientY, t: e.timeStamp } : null;
  };
  const onUp = (e: PointerEvent) => {
    const start = touchStart;
    touchStart = null;
    if (e.pointerType !== 'touch' || !start) return;
    const isTap =
      Math.hypot(e.clientX - start.x, e.clientY - start.y) < TAP_SLOP_PX && e.timeStamp - start.t < TAP_MS;
    if (!isTap || e.composedPath().some((t) => card.contains(t))) return;
    const hit = deps.hitTest(e.clientX, e.clientY);
    const range = hit ? deps.rangeOf(hit) : null;
    if (!hit || !range) return;
    clearOpen();
    clearClose();
    handle.keyboardOpen = true; // stays until dismissed, like a keyboard-opened card
    card.open(hit, range, { keyboard: false, point: { x: e.clientX, y: e.clientY } });
  };
  const onScroll = () => {
    if (scrollFrame || !card.current) return;
    scrollFrame = win.requestAnimationFrame(() => {
      scrollFrame = 0;
      if (card.current && !card.reposition()) handle.keyboardOpen = false;
    });
  };

  doc.addEventListener('pointermove', onMove, { passive: true, capture: true });
  doc.documentElement.addEventListener('pointerleave', onLeave, { passive: true });
  doc.addEventListener('keydown', onKey, { capture: true });
  doc.addEventListener('pointerdown', onDown, { passive: true, capture: true });
  doc.addEventListener('pointerdown', onTouchDown, { passive: true, capture: true });
  doc.addEventListener('pointerup', onUp, { passive: true, capture: true });
  win.addEventListener('scroll', onScroll, { passive: true, capture: true });
  win.addEventListener('resize', onScroll, { passive: true });

  function destroy() {
    clearOpen();
    clearClose();
    if (frame) win.cancelAnimationFrame(frame);
    if (scrollFrame) win.cancelAnimationFrame(scrollFrame);
    doc.removeEventListener('pointermove', onMove, { capture: true });
    doc.documentElement.removeEventListener('pointerleave', onLeave);
    doc.removeEventListener('keydown', onKey, { capture: true });
    doc.removeEventListener('pointerdown', onDown, { capture: true });
    doc.removeEventListener('pointerdown', onTouchDown, { capture: true });
    doc.removeEventListener('pointerup', onUp, { capture: true });
    win.removeEventListener('scroll', onScroll, { capture: true });
    win.removeEventListener('resize', onScroll);
    card.close();
  }
  return handle;
}
