/** The one site matcher of popup, options page and content script. */
import { describe, expect, it } from 'vitest';
import {
  isSiteDisabled,
  siteMatches,
  siteStatus,
  toggleSite,
  validateSite,
} from '../../src/protocol/sites.ts';

describe('validateSite', () => {
  it('accepts hosts, host wildcards and match patterns (normalised to lower case)', () => {
    for (const ok of [
      'zeit.de',
      ' WWW.Spiegel.DE ',
      '*.faz.net',
      'https://www.example.de/*',
      '*://*.example.de/politik/*',
      'localhost',
      'zeit.de/politik/*',
    ]) {
      expect(validateSite(ok).ok, ok).toBe(true);
    }
    expect(validateSite(' WWW.Spiegel.DE ')).toEqual({ ok: true, site: 'www.spiegel.de' });
  });

  it('explains what is wrong', () => {
    expect(validateSite('   ')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(validateSite('ftp://x.de/*')).toEqual({ ok: false, error: { code: 'scheme' } });
    expect(validateSite('https://x.de')).toEqual({ ok: false, error: { code: 'path' } });
    expect(validateSite('www.*.de')).toEqual({ ok: false, error: { code: 'wildcard' } });
    expect(validateSite('exa mple.de')).toEqual({ ok: false, error: { code: 'host', host: 'exa mple.de' } });
    expect(validateSite('-bad-.de')).toMatchObject({ ok: false });
  });
});

describe('siteMatches', () => {
  it('treats a bare host as the host and its subdomains', () => {
    expect(siteMatches('spiegel.de', 'https://www.spiegel.de/politik/a.html')).toBe(true);
    expect(siteMatches('spiegel.de', 'https://spiegel.de/')).toBe(true);
    expect(siteMatches('spiegel.de', 'https://notspiegel.de/')).toBe(false);
    expect(siteMatches('spiegel.de', 'https://spiegel.de.evil.com/')).toBe(false);
    expect(siteMatches('*.zeit.de', 'https://www.zeit.de/x')).toBe(true);
  });

  it('is case-insensitive and matches IP hosts with ports (the e2e fixture server)', () => {
    expect(siteMatches('WWW.Tagesschau.DE', 'https://www.tagesschau.de/')).toBe(true);
    expect(siteMatches('127.0.0.1', 'http://127.0.0.1:4173/demo/')).toBe(true);
  });

  it('honours scheme and path of match patterns', () => {
    expect(siteMatches('https://www.zeit.de/politik/*', 'https://www.zeit.de/politik/x')).toBe(true);
    expect(siteMatches('https://www.zeit.de/politik/*', 'https://www.zeit.de/sport/x')).toBe(false);
    expect(siteMatches('https://www.zeit.de/*', 'http://www.zeit.de/x')).toBe(false);
    expect(siteMatches('*://*.zeit.de/*', 'http://blog.zeit.de/x')).toBe(true);
    expect(siteMatches('*://*.faz.net/aktuell/*', 'http://blogs.faz.net/aktuell/a')).toBe(true);
    expect(siteMatches('*://*.faz.net/aktuell/*', 'http://blogs.faz.net/sport/a')).toBe(false);
  });

  it('never matches invalid entries or non-web URLs', () => {
    expect(siteMatches('exa mple.de', 'https://exa mple.de/')).toBe(false);
    expect(siteMatches('*', 'chrome://extensions/')).toBe(false);
    expect(siteMatches('zeit.de', 'not a url')).toBe(false);
  });
});

describe('toggleSite', () => {
  const url = 'https://www.zeit.de/politik/artikel';
  it('switches a site off by adding its host, once', () => {
    expect(toggleSite([], url, false)).toEqual(['www.zeit.de']);
    expect(toggleSite(['zeit.de'], url, false)).toEqual(['zeit.de']);
  });

  it('switches a site on by removing every entry that covers it, keeping the others', () => {
    const list = ['zeit.de', 'https://www.zeit.de/politik/*', 'faz.net'];
    expect(isSiteDisabled(list, url)).toBe(true);
    const on = toggleSite(list, url, true);
    expect(on).toEqual(['faz.net']);
    expect(isSiteDisabled(on, url)).toBe(false);
  });
});

describe('siteStatus (the content script: is Kontext off on this page?)', () => {
  it('reports entries it cannot understand but still applies the valid ones', () => {
    expect(siteStatus(['sp*gel.de', 'bild.de'], 'https://www.bild.de/a')).toEqual({
      disabled: true,
      invalid: ['sp*gel.de'],
    });
    expect(siteStatus(['ftp://taz.de/*'], 'https://taz.de/')).toEqual({
      disabled: false,
      invalid: ['ftp://taz.de/*'],
    });
    expect(siteStatus([], 'https://taz.de/')).toEqual({ disabled: false, invalid: [] });
  });

  it('agrees with isSiteDisabled', () => {
    const list = ['spiegel.de', 'https://www.faz.net/*'];
    for (const url of [
      'https://www.spiegel.de/',
      'http://www.faz.net/a',
      'https://www.faz.net/a',
      'https://taz.de/',
    ])
      expect(siteStatus(list, url).disabled, url).toBe(isSiteDisabled(list, url));
  });

  it('refuses a page URL that is not a URL', () => {
    expect(() => siteStatus([], 'not a url')).toThrow(TypeError);
  });
});
