/** Site switching as the content script applies it (matcher shared with popup and options). */
import { describe, expect, it } from 'vitest';
import { isSiteDisabled } from '../../src/content/sites.ts';

const off = (pattern: string, url: string) => isSiteDisabled(url, [pattern]).disabled;

describe('isSiteDisabled', () => {
  it('a bare host covers the host and its subdomains, not look-alikes', () => {
    expect(off('spiegel.de', 'https://www.spiegel.de/politik/')).toBe(true);
    expect(off('spiegel.de', 'https://spiegel.de/')).toBe(true);
    expect(off('spiegel.de', 'https://notspiegel.de/')).toBe(false);
    expect(off('spiegel.de', 'https://spiegel.de.evil.com/')).toBe(false);
  });
  it('wildcard hosts and match patterns check scheme, host and path', () => {
    expect(off('*.zeit.de', 'https://www.zeit.de/x')).toBe(true);
    expect(off('https://www.faz.net/*', 'https://www.faz.net/aktuell/')).toBe(true);
    expect(off('https://www.faz.net/*', 'http://www.faz.net/aktuell/')).toBe(false);
    expect(off('*://*.faz.net/aktuell/*', 'http://blogs.faz.net/aktuell/a')).toBe(true);
    expect(off('*://*.faz.net/aktuell/*', 'http://blogs.faz.net/sport/a')).toBe(false);
  });
  it('is case-insensitive and matches IP hosts with ports (the e2e fixture server)', () => {
    expect(off('WWW.Tagesschau.DE', 'https://www.tagesschau.de/')).toBe(true);
    expect(off('127.0.0.1', 'http://127.0.0.1:4173/demo/')).toBe(true);
  });
  it('reports entries it cannot understand but still applies the valid ones', () => {
    expect(isSiteDisabled('https://www.bild.de/a', ['sp*gel.de', 'bild.de'])).toEqual({
      disabled: true,
      invalid: ['sp*gel.de'],
    });
    expect(isSiteDisabled('https://taz.de/', ['ftp://taz.de/*'])).toEqual({
      disabled: false,
      invalid: ['ftp://taz.de/*'],
    });
    expect(isSiteDisabled('https://taz.de/', [])).toEqual({ disabled: false, invalid: [] });
  });
  it('refuses a page URL that is not a URL', () => {
    expect(() => isSiteDisabled('not a url', [])).toThrow(TypeError);
  });
});
