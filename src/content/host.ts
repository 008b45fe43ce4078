/**
 * Kontext's own corner of the page: one `<kontext-root>` element whose open shadow root holds
 * the card popover, the screen-reader status line and (in the fallback painter) the overlay.
 * The host is a zero-size absolutely positioned box, so it never moves page content.
 */
import { CARD_CSS } from './card/card-css.ts';

export const HOST_TAG = 'kontext-root';

export interface Host {
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  /** The popover container the card is rendered into. */
  readonly popover: HTMLElement;
  /** Polite live region announcing keyboard steps. */
  readonly status: HTMLElement;
  /** Container for fallback underline boxes. */
  readonly overlay: HTMLElement;
  /** Whether the top layer (Popover API) is available. */
  readonly topLayer: boolean;
  setDark(dark: boolean): void;
  remove(): void;
}

/** Returns whether a node belongs to Kontext's host (mutation observers and hit tests skip it). */
export function isInHost(node: Node | null, host: Host | null): boolean {
  if (!node || !host) return false;
  // contains() stops at the shadow boundary: nodes inside our shadow root have it as their root.
  return node === host.element || host.element.contains(node) || node.getRootNode() === host.shadow;
}

/** Returns a new host appended to the document's root element. */
export function createHost(doc: Document): Host {
  const element = doc.createElement(HOST_TAG);
  // Inline + !important: the page's stylesheets must not hide or move the host.
  element.setAttribute(
    'style',
    'all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important; ' +
      'width: 0 !important; height: 0 !important; overflow: visible !important; display: block !important; ' +
      'z-index: 2147483647 !important; pointer-events: none !important;',
  );
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const overlay = doc.createElement('div');
  overlay.className = 'overlay';
  const status = doc.createElement('div');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const popover = doc.createElement('div');
  popover.className = 'popover';
  popover.setAttribute('role', 'dialog');
  popover.style.pointerEvents = 'auto';
  const topLayer = typeof popover.showPopover === 'function';
  if (topLayer) popover.setAttribute('popover', 'manual');
  else popover.style.zIndex = '2147483647';
  shadow.append(style, overlay, status, popover);
  doc.documentElement.append(element);
  return {
    element,
    shadow,
    popover,
    status,
    overlay,
    topLayer,
    setDark: (dark) => element.classList.toggle('dark', dark),
    remove: () => element.remove(),
  };
}
