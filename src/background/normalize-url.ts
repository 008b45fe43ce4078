/** The identity of a read article: its URL without hash, tracking parameters or trailing noise. */

/** Query parameters that only track the reader and never change the article. */
const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|wt_mc|wt_zmc|ref|ref_src|xtor|cmpid|icid|ns_source|ns_mchannel|ns_campaign|at_[a-z_]+|s_cid|itm_[a-z_]+)$/i;

/** Returns the normalised URL used as key of a read article; throws a TypeError on a non-http(s) URL. */
export function normalizeUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new TypeError(`Keine gültige Adresse: ${input.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`Nur http(s)-Adressen können gelernt werden: ${url.protocol}`);
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !TRACKING.test(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  // http and https serve the same article; the default port and "www." add nothing either.
  url.protocol = 'https:';
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
  let href = url.toString();
  if (url.pathname.length > 1 && href.endsWith('/') && !url.search) href = href.slice(0, -1);
  return href;
}

/** Returns the site (host without "www.") of a URL, or undefined when it does not parse. */
export function siteOf(input: string): string | undefined {
  try {
    return new URL(input).hostname.toLowerCase().replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** Returns the article meta of a read page: normalised key as id, the site as source. */
export function readMeta(input: { url: string; title?: string; date?: string; source?: string }) {
  const key = normalizeUrl(input.url);
  return {
    key,
    meta: {
      id: key,
      url: input.url,
      title: input.title,
      date: input.date,
      source: input.source ?? siteOf(input.url),
    },
  };
}
