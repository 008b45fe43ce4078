/** Timeline: an SVG sparkline of an entity's mentions per month, with a text summary for screen readers. */
import type { JSX } from 'preact';
import { formatMonth } from './format.ts';
import { t } from './i18n.ts';
import { fillMonths, sparklineArea, sparklinePath, sparklinePoints } from './timelineMath.ts';

export interface TimelineProps {
  /** Mentions per month ("YYYY-MM"), as in EntityCard.perMonth; gaps count as zero. */
  perMonth: readonly { month: string; count: number }[];
  width?: number;
  height?: number;
}

/** Returns the sparkline, or a short note when the mentions fall in one month or none is dated. */
export function Timeline({ perMonth, width = 240, height = 40 }: TimelineProps): JSX.Element {
  const series = fillMonths(perMonth);
  if (series.length === 0) return <p class="kx-muted kx-small">{t('timelineEmpty')}</p>;
  // One month is no curve: a lone dot in an empty box says less than a sentence.
  if (series.length === 1)
    return <p class="kx-small">{t('timelineSingleMonth', formatMonth(series[0].month), series[0].count)}</p>;
  const points = sparklinePoints(
    series.map((s) => s.count),
    width,
    height,
  );
  const peak = series.reduce((best, s) => (s.count > best.count ? s : best), series[0]);
  const total = series.reduce((sum, s) => sum + s.count, 0);
  const first = formatMonth(series[0].month);
  const last = formatMonth(series[series.length - 1].month);
  const range = first === last ? first : t('dateRange', first, last);
  const label = t('timelineLabel', range, total, formatMonth(peak.month), peak.count);
  const end = points[points.length - 1];
  return (
    <figure class="kx-timeline" style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} focusable="false">
        <title>{label}</title>
        {points.length > 1 && <path class="kx-timeline-area" d={sparklineArea(points, height - 2)} />}
        {points.length > 1 && <path class="kx-timeline-line" d={sparklinePath(points)} />}
        <circle class="kx-timeline-dot" cx={end.x} cy={end.y} r={2.5} />
      </svg>
      <div class="kx-timeline-axis" aria-hidden="true">
        <span>{first}</span>
        {first !== last && <span>{last}</span>}
      </div>
    </figure>
  );
}
