/**
 * The card's stylesheet inside Kontext's shadow root: `:host { all: initial }` keeps page CSS
 * out, the shared UI styles (src/ui/styles.ts) style the cards, and a few rules here frame the
 * popover (size, scroll, shadow, close button, focus ring).
 */
import { UI_CSS } from '../../ui/styles.ts';

export const CARD_CSS = `
:host { all: initial; }
${UI_CSS}
.popover {
  position: fixed; margin: 0; inset: auto; padding: 0; border: 0; background: transparent;
  overflow: visible; max-width: min(26rem, calc(100vw - 16px));
}
.popover:not(:popover-open):not(.open) { display: none; }
.card {
  box-sizing: border-box; width: min(26rem, calc(100vw - 16px)); max-height: min(30rem, var(--kontext-max-h, calc(100vh - 16px)));
  overflow: auto; padding: 12px 14px; position: relative;
  background: var(--kx-bg); color: var(--kx-fg); border: 1px solid var(--kx-border); border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.22); text-align: left; white-space: normal;
}
.card:focus { outline: none; }
.card:focus-visible, .close:focus-visible { outline: 2px solid var(--kx-focus); outline-offset: 2px; }
.card > .kx-card { padding-right: 28px; }
.kontext-error { color: var(--kx-danger); }
.kontext-section { font-size: 0.9em; margin: 0.6em 0 0.3em; }
.kontext-related { padding: 0; margin: 0; list-style: none; display: flex; flex-direction: column; gap: 0.4em; }
.close {
  position: absolute; top: 6px; right: 6px; width: 26px; height: 26px; border: 0; border-radius: 4px; z-index: 1;
  background: transparent; color: inherit; font: 20px/1 system-ui, sans-serif; cursor: pointer;
}
.close:hover { background: var(--kx-bg-soft); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.overlay { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.overlay > div { position: absolute; pointer-events: none; }
`;
