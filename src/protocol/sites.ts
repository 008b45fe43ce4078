/**
 * Site entries of `settings.disabledSites`: validation and matching, the one matcher of popup,
 * options page and content script (so "off on this site" means the same everywhere). Pure. An entry is a host name
 * ("zeit.de": the host and its subdomains), a host wildcard ("*.spiegel.de": the same) or a
 * WebExtension match pattern ("https://www.example.de/*", "*://*.example.de/politik/*").
 */

export type SiteError =
  | { code: 'empty' }
  | { code: 'scheme' }
  | { code: 'path' }
  | { code: 'wildcard' }
  | { code: 'host'; host: string };

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const PATTERN = /^(\*|https?):\/\/([^/]*)(\/.*)?$/;

/** Returns true for a syntactically valid host ("localhost", "www.zeit.de", "xn--bcher-kva.de", "127.0.0.1"). */
function isHost(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  return host.split('.').every((label) => HOST_LABEL.test(label));
}

interface ParsedSite {
  scheme: '*' | 'http' | 'https' | null;
  host: string;
  /** Glob over path + query; null = any path. */
  path: string | null;
}

/** Splits an entry into scheme, host and path glob, or says what is wrong with it. */
function parseSite(site: string): { ok: true; parsed: ParsedSite } | { ok: false; error: SiteError } {
  let scheme: ParsedSite['scheme'] = null;
  let rest = site;
  if (site.includes('://')) {
    const m = PATTERN.exec(site);
    if (!m) return { ok: false, error: { code: 'scheme' } };
    if (!m[3]) return { ok: false, error: { code: 'path' } };
    scheme = m[1] as ParsedSite['scheme'];
    rest = m[2] + m[3];
  }
  const slash = rest.indexOf('/');
  const host = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? null : rest.slice(slash);
  if (host !== '*') {
    const bare = host.startsWith('*.') ? host.slice(2) : host;
    if (bare.includes('*')) return { ok: false, error: { code: 'wildcard' } };
    if (!isHost(bare)) return { ok: false, error: { code: 'host', host: bare } };
  }
  return { ok: true, parsed: { scheme, host, path } };
}

/** Returns the entry trimmed and lower-cased, or an error saying what is wrong with it. */
export function validateSite(raw: string): { ok: true; site: string } | { ok: false; error: SiteError } {
  const site = raw.trim().toLowerCase();
  if (!site) return { ok: false, error: { code: 'empty' } };
  const parsed = parseSite(site);
  return parsed.ok ? { ok: true, site } : parsed;
}

/** Returns true when `host` is `base` or one of its subdomains. */
function hostOrSub(host: string, base: string): boolean {
  return host === base || host.endsWith(`.${base}`);
}

/** Returns true when the entry covers the URL (invalid entries and non-web URLs never match). */
export function siteMatches(entry: string, url: string): boolean {
  const result = parseSite(entry.trim().toLowerCase());
  if (!result.ok) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  const { scheme, host, path } = result.parsed;
  if (scheme && scheme !== '*' && `${scheme}:` !== u.protocol) return false;
  // A bare host also covers its subdomains: readers write "spiegel.de" and mean www.spiegel.de too.
  const hostname = u.hostname.toLowerCase();
  if (host !== '*' && !hostOrSub(hostname, host.startsWith('*.') ? host.slice(2) : host)) return false;
  if (path === null) return true;
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathRe.test(u.pathname + u.search);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Returns true when any entry of the list covers the URL. */
export function isSiteDisabled(disabledSites: readonly string[], url: string): boolean {
  return disabledSites.some((entry) => siteMatches(entry, url));
}

/**
 * Returns whether any valid entry covers the page URL, plus the entries that are not valid (they
 * are ignored; the content script reports them). Throws a TypeError when `url` is not a URL.
 */
export function siteStatus(
  disabledSites: readonly string[],
  url: string,
): { disabled: boolean; invalid: string[] } {
  try {
    new URL(url);
  } catch {
    throw new TypeError(`Keine gültige URL: ${url}`);
  }
  const invalid = disabledSites.filter((entry) => !validateSite(entry).ok);
  return { disabled: isSiteDisabled(disabledSites, url), invalid };
}

/** Returns the list with the URL's site switched on (every covering entry removed) or off (its host added). */
export function toggleSite(disabledSites: readonly string[], url: string, on: boolean): string[] {
  if (on) return disabledSites.filter((entry) => !siteMatches(entry, url));
  const host = new URL(url).hostname.toLowerCase();
  return isSiteDisabled(disabledSites, url) ? [...disabledSites] : [...disabledSites, host];
}
