/** Dates and months as the UI shows them, in the UI language. */
import { t, uiLanguage } from './i18n.ts';

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Returns "Aug. 2023" for "2023-08" (or the input unchanged when it is no YYYY-MM). */
export function formatMonth(month: string): string {
  const m = MONTH.exec(month);
  if (!m) return month;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(uiLanguage(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** Returns a readable date for an ISO date, month or year ("15.08.2023", "Aug. 2023", "2023"). */
export function formatDate(iso: string): string {
  const d = DAY.exec(iso);
  if (d) {
    const date = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])));
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }
  return formatMonth(iso);
}

/** Returns "from to to" in the UI language, or the one date that is known, or "". */
export function formatRange(from?: string, to?: string): string {
  if (from && to) return from === to ? formatDate(from) : t('dateRange', formatDate(from), formatDate(to));
  return from ? formatDate(from) : to ? formatDate(to) : '';
}
