/** Layout of the popup page (the cards bring their own styles, see src/ui/styles.ts). */
export const POPUP_CSS = `
html, body { margin: 0; padding: 0; }
body { background: Canvas; }
/* As a toolbar popup the browser sizes the window to the content, so the width is fixed: 24rem
   stays under the 800 px popup limit at 200 % zoom with room for a scrollbar. As a tab it is fluid. */
html.pp-popup .pp-root { width: 24rem; max-width: none; }
.pp-root { box-sizing: border-box; width: 100%; max-width: 25rem; min-height: 12rem; padding: 0.75rem; display: flex; flex-direction: column; gap: 0.6rem; }
@media (min-width: 40rem) { .pp-root { margin: 0 auto; } }
.pp-header { display: flex; align-items: baseline; justify-content: space-between; gap: 0.5rem; }
.pp-title { margin: 0; font-size: 1.2rem; }
.pp-search input { width: 100%; font: inherit; padding: 0.4em 0.6em; border-radius: 0.4em; border: 1px solid var(--kx-border); background: var(--kx-bg); color: var(--kx-fg); }
.pp-toolbar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.4rem 0.8rem; padding: 0.4rem 0; border-block: 1px solid var(--kx-border); }
.pp-switch { display: inline-flex; align-items: center; gap: 0.4em; cursor: pointer; }
.pp-switch input { width: 1.1em; height: 1.1em; margin: 0; accent-color: var(--kx-accent); }
.pp-learn { display: inline-flex; align-items: center; gap: 0.5em; flex-wrap: wrap; }
.pp-notice { margin: 0; min-height: 0; font-size: 0.9em; }
.pp-notice:empty { display: none; }
.pp-main, .pp-lists { display: flex; flex-direction: column; gap: 0.8rem; }
.pp-lists[hidden] { display: none; }
.pp-section { display: flex; flex-direction: column; gap: 0.4rem; }
.pp-h2 { margin: 0; font-size: 1rem; }
.pp-h3 { margin: 0.3rem 0 0; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--kx-muted); }
.pp-rows { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.25rem; }
.pp-row { display: flex; align-items: center; gap: 0.5em; width: 100%; text-align: left; font: inherit; color: var(--kx-fg); background: var(--kx-bg); border: 1px solid var(--kx-border); border-radius: 0.4em; padding: 0.35em 0.6em; cursor: pointer; }
.pp-row:hover { background: var(--kx-bg-soft); }
.pp-row-main { display: flex; flex-direction: column; flex: 1; min-width: 0; }
.pp-row-name { font-weight: 600; overflow-wrap: anywhere; }
.pp-row-sub { font-size: 0.85em; color: var(--kx-muted); overflow-wrap: anywhere; }
.pp-count { font-variant-numeric: tabular-nums; font-weight: 700; color: var(--kx-muted); }
.pp-view { display: flex; flex-direction: column; gap: 0.5rem; outline: none; }
.pp-back { align-self: flex-start; }
.pp-here { padding: 0.5em; border-radius: 0.4em; background: var(--kx-bg-soft); }
.pp-claim-view { display: flex; flex-direction: column; gap: 0.6rem; }
.pp-page-title { margin: 0; font-weight: 600; }
.pp-empty { padding: 1rem 0.25rem; display: flex; flex-direction: column; gap: 0.5rem; align-items: flex-start; }
.pp-footer { border-top: 1px solid var(--kx-border); padding-top: 0.4rem; font-size: 0.85rem; }
.pp-status p { margin: 0; }
.pp-error { color: var(--kx-danger); }
`;
