/** Layout of the options page (cards and buttons come from src/ui/styles.ts). */
export const OPTIONS_CSS = `
html, body { margin: 0; padding: 0; }
body { background: Canvas; }
.op-root { min-height: 100vh; padding: 1rem 1.25rem 3rem; font-size: 15px; }
.op-header, .op-main { max-width: 46rem; margin: 0 auto; }
.op-header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.5rem 1rem; }
.op-header h1 { margin: 0 0 0.5rem; font-size: 1.5rem; }
.op-saved { margin: 0; min-height: 1.4em; }
.op-main { display: flex; flex-direction: column; gap: 1.25rem; }
.op-section { display: flex; flex-direction: column; gap: 0.6rem; padding: 1rem; border: 1px solid var(--kx-border); border-radius: 0.6rem; }
.op-section h2 { margin: 0; font-size: 1.15rem; }
.op-section h3 { margin: 0; font-size: 1rem; }
.op-section p { margin: 0; }
.op-subsection { display: flex; flex-direction: column; gap: 0.4rem; padding-top: 0.6rem; border-top: 1px solid var(--kx-border); }
.op-fieldset { border: 1px solid var(--kx-border); border-radius: 0.4rem; padding: 0.5rem 0.75rem; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; margin: 0; }
.op-fieldset legend { padding: 0 0.3rem; font-weight: 600; }
.op-check { display: inline-flex; align-items: center; gap: 0.45em; cursor: pointer; }
.op-check input { width: 1.1em; height: 1.1em; margin: 0; accent-color: var(--kx-accent); }
.op-field { display: flex; flex-direction: column; gap: 0.25rem; align-items: flex-start; }
.op-field input[type=number] { width: 8em; }
.op-theme-input, .op-field input, .op-field select, .op-inline input { font: inherit; padding: 0.3em 0.5em; border-radius: 0.35em; border: 1px solid var(--kx-border); background: var(--kx-bg); color: var(--kx-fg); max-width: 100%; }
.op-inline { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 0.6rem; }
.op-inline input { flex: 1 1 14em; }
.op-sites { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.3rem; }
.op-sites li { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem; padding: 0.25rem 0.5rem; background: var(--kx-bg-soft); border-radius: 0.35rem; }
.op-sites code { overflow-wrap: anywhere; }
.op-error { color: var(--kx-danger); }
.op-ok { color: var(--kx-ok); }
.op-errors { margin: 0; padding-left: 1.2rem; color: var(--kx-danger); font-size: 0.9em; }
.op-progress { display: flex; flex-direction: column; gap: 0.2rem; }
.op-progress progress { width: 100%; max-width: 24rem; }
.op-confirm { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; padding: 0.6rem; border: 2px solid var(--kx-danger); border-radius: 0.4rem; }
.op-confirm p { flex-basis: 100%; }
.op-shortcuts { margin: 0; display: flex; flex-direction: column; gap: 0.3rem; }
.op-shortcuts div { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; }
.op-shortcuts dt { flex: 1 1 16em; }
.op-shortcuts dd { margin: 0; }
kbd { font-family: ui-monospace, monospace; border: 1px solid var(--kx-border); border-bottom-width: 2px; border-radius: 0.3em; padding: 0 0.35em; background: var(--kx-bg-soft); }
.op-table-wrap { overflow-x: auto; }
.op-table { border-collapse: collapse; width: 100%; }
.op-table th, .op-table td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--kx-border); vertical-align: top; }
.op-table .op-num { text-align: right; font-variant-numeric: tabular-nums; }
`;
