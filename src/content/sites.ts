/**
 * Is Kontext switched off for this page? The content script uses the very matcher the popup
 * and options page use (src/ui/sites.ts), so "off on this site" means the same everywhere;
 * it adds the report of entries that cannot be understood (they are ignored, and said so).
 */
import { siteMatches, validateSite } from '../ui/sites.ts';

/** Returns whether any valid entry covers the URL, plus the entries that are not valid. */
export function isSiteDisabled(
  url: string,
  patterns: readonly string[],
): { disabled: boolean; invalid: string[] } {
  try {
    new URL(url);
  } catch {
    throw new TypeError(`Keine gültige URL: ${url}`);
  }
  const invalid = patterns.filter((p) => !validateSite(p).ok);
  const disabled = patterns.some((p) => siteMatches(p, url));
  return { disabled, invalid };
}
