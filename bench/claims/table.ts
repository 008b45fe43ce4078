/** Plain-text/Markdown table formatting for the claims benchmark. */

/** Returns a Markdown table (also readable as plain text on stdout). */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)));
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => String(c ?? '').padEnd(w[i])).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

/** Returns a number with 3 decimals when it is a fraction, else as is. */
export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(3);
}

/** Returns precision, recall and F1 of counts. */
export function prf(tp: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
