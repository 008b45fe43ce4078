/** Pure helpers behind the Timeline sparkline: month series and SVG path geometry. */

/** Returns the month after "YYYY-MM". */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Largest number of months a sparkline draws; older months are dropped (keeps the SVG small). */
export const MAX_MONTHS = 120;

/**
 * Returns one value per calendar month from the first to the last month given, zero where a
 * month is missing (the dataset lists only months with mentions). Throws on malformed months.
 */
export function fillMonths(perMonth: readonly { month: string; count: number }[]): {
  month: string;
  count: number;
}[] {
  if (perMonth.length === 0) return [];
  for (const p of perMonth) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(p.month)) throw new RangeError(`Ungültiger Monat: ${p.month}`);
  }
  const sorted = [...perMonth].sort((a, b) => a.month.localeCompare(b.month));
  const counts = new Map<string, number>();
  for (const p of sorted) counts.set(p.month, (counts.get(p.month) ?? 0) + p.count);
  const out: { month: string; count: number }[] = [];
  const last = sorted[sorted.length - 1].month;
  for (let month = sorted[0].month; ; month = nextMonth(month)) {
    out.push({ month, count: counts.get(month) ?? 0 });
    if (month === last) break;
  }
  return out.slice(-MAX_MONTHS);
}

/** A point of the sparkline in SVG user units. */
export interface Point {
  x: number;
  y: number;
}

/** Returns the points of `values` scaled into a width × height box with `pad` units of margin. */
export function sparklinePoints(values: readonly number[], width: number, height: number, pad = 2): Point[] {
  if (values.length === 0) return [];
  const max = Math.max(...values, 1);
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  const step = values.length > 1 ? innerW / (values.length - 1) : 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return values.map((v, i) => ({
    x: round(values.length > 1 ? pad + i * step : width / 2),
    y: round(pad + innerH - (Math.max(0, v) / max) * innerH),
  }));
}

/** Returns the SVG path ("M x y L …") through the points, or "" for none. */
export function sparklinePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
}

/** Returns the closed SVG path of the area under the line, down to the baseline y. */
export function sparklineArea(points: readonly Point[], baseline: number): string {
  if (points.length < 2) return '';
  const first = points[0];
  const last = points[points.length - 1];
  return `${sparklinePath(points)} L${last.x} ${baseline} L${first.x} ${baseline} Z`;
}
