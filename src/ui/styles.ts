/**
 * The components' CSS as strings, so the same styles go into an extension page (a <style>
 * element) and into the content script's shadow root (adoptedStyleSheets or <style>). Every
 * rule hangs off `.kx-theme` / `.kx-*` classes: nothing assumes a global stylesheet, and the
 * colours follow the system's light or dark mode.
 */

/** Colour tokens for light and dark mode, scoped to `.kx-theme` (and :host in a shadow root). */
export const THEME_CSS = `
:host, .kx-theme {
  color-scheme: light dark;
  --kx-bg: #ffffff;
  --kx-bg-soft: #f4f4f7;
  --kx-fg: #1b1b1f;
  --kx-muted: #55555f;
  --kx-border: #c9c9d3;
  --kx-accent: #0b57d0;
  --kx-accent-fg: #ffffff;
  --kx-focus: #0b57d0;
  --kx-danger: #b3261e;
  --kx-ok: #146c2e;
  --kx-per-bg: #e3ecfd; --kx-per-fg: #0b3d91;
  --kx-org-bg: #fde9d7; --kx-org-fg: #6e3400;
  --kx-loc-bg: #def2e4; --kx-loc-fg: #0d5223;
  --kx-oth-bg: #f0e4fb; --kx-oth-fg: #5b2a86;
  --kx-line: #0b57d0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size: 14px;
  line-height: 1.45;
  color: var(--kx-fg);
  background: var(--kx-bg);
}
@media (prefers-color-scheme: dark) {
  :host, .kx-theme {
    --kx-bg: #1e1f24;
    --kx-bg-soft: #2a2b31;
    --kx-fg: #ececf1;
    --kx-muted: #b4b4c0;
    --kx-border: #4a4b55;
    --kx-accent: #8ab4f8;
    --kx-accent-fg: #0b1a33;
    --kx-focus: #a8c7fa;
    --kx-danger: #f2b8b5;
    --kx-ok: #8fd6a2;
    --kx-per-bg: #1f3a63; --kx-per-fg: #d6e4fd;
    --kx-org-bg: #4a2c10; --kx-org-fg: #fcdcbd;
    --kx-loc-bg: #173b26; --kx-loc-fg: #c6efd2;
    --kx-oth-bg: #3b2552; --kx-oth-fg: #ecdcfc;
    --kx-line: #8ab4f8;
  }
}
`;

/** Styles of EntityCard, ClaimCard, Timeline and the small primitives. */
export const COMPONENT_CSS = `
.kx-theme *, .kx-theme *::before, .kx-theme *::after { box-sizing: border-box; }
.kx-card { display: flex; flex-direction: column; gap: 0.6em; color: var(--kx-fg); background: var(--kx-bg); }
.kx-card h2, .kx-card h3, .kx-card h4 { margin: 0; line-height: 1.25; }
.kx-card-title { font-size: 1.25em; font-weight: 700; }
.kx-card-head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em 0.6em; }
.kx-card-head .kx-close { margin-left: auto; }
.kx-section { display: flex; flex-direction: column; gap: 0.3em; }
.kx-section-title { font-size: 0.85em; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; color: var(--kx-muted); }
.kx-muted { color: var(--kx-muted); }
.kx-small { font-size: 0.9em; }
.kx-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.35em; }
.kx-descriptor { display: flex; flex-direction: column; }
.kx-descriptor-text { font-weight: 600; }
.kx-meta { font-size: 0.88em; color: var(--kx-muted); display: flex; flex-wrap: wrap; gap: 0 0.5em; }
.kx-badge { display: inline-block; border-radius: 0.3em; padding: 0 0.45em; font-size: 0.8em; font-weight: 700; white-space: nowrap; background: var(--kx-bg-soft); color: var(--kx-fg); border: 1px solid var(--kx-border); }
.kx-type-PER { background: var(--kx-per-bg); color: var(--kx-per-fg); border-color: transparent; }
.kx-type-ORG { background: var(--kx-org-bg); color: var(--kx-org-fg); border-color: transparent; }
.kx-type-LOC { background: var(--kx-loc-bg); color: var(--kx-loc-fg); border-color: transparent; }
.kx-type-OTH { background: var(--kx-oth-bg); color: var(--kx-oth-fg); border-color: transparent; }
.kx-read { color: var(--kx-ok); font-weight: 600; }
.kx-chips { display: flex; flex-wrap: wrap; gap: 0.35em; margin: 0; padding: 0; list-style: none; }
.kx-chip { display: inline-flex; align-items: center; gap: 0.35em; border: 1px solid var(--kx-border); border-radius: 1em; padding: 0.1em 0.6em; background: var(--kx-bg); color: var(--kx-fg); font: inherit; font-size: 0.9em; }
button.kx-chip { cursor: pointer; }
button.kx-chip:hover { background: var(--kx-bg-soft); }
.kx-button { font: inherit; cursor: pointer; border-radius: 0.4em; padding: 0.3em 0.8em; border: 1px solid var(--kx-border); background: var(--kx-bg-soft); color: var(--kx-fg); }
.kx-button:hover { border-color: var(--kx-accent); }
.kx-button[disabled] { cursor: default; opacity: 0.7; }
.kx-button-primary { background: var(--kx-accent); color: var(--kx-accent-fg); border-color: var(--kx-accent); }
.kx-button-danger { color: var(--kx-danger); border-color: var(--kx-danger); }
.kx-link { color: var(--kx-accent); text-decoration: underline; background: none; border: 0; padding: 0; font: inherit; cursor: pointer; }
.kx-theme :focus-visible { outline: 3px solid var(--kx-focus); outline-offset: 2px; border-radius: 0.3em; }
.kx-claim { display: flex; flex-direction: column; gap: 0.25em; text-align: left; width: 100%; font: inherit; color: var(--kx-fg); background: var(--kx-bg); border: 1px solid var(--kx-border); border-left: 4px solid var(--kx-accent); border-radius: 0.4em; padding: 0.45em 0.6em; }
button.kx-claim { cursor: pointer; }
button.kx-claim:hover { background: var(--kx-bg-soft); }
.kx-claim-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.2em 0.5em; }
.kx-claim-speaker { font-weight: 700; }
.kx-claim-compact .kx-claim-text { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.kx-timeline { display: flex; flex-direction: column; gap: 0.15em; }
.kx-timeline svg { display: block; width: 100%; height: auto; max-width: 24em; }
.kx-timeline-line { fill: none; stroke: var(--kx-line); stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
.kx-timeline-area { fill: var(--kx-line); opacity: 0.15; stroke: none; }
.kx-timeline-dot { fill: var(--kx-line); }
.kx-timeline-axis { display: flex; justify-content: space-between; max-width: 24em; font-size: 0.8em; color: var(--kx-muted); }
.kx-sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;

/** Theme plus component styles: what a shadow root needs to show the cards. */
export const UI_CSS = THEME_CSS + COMPONENT_CSS;
