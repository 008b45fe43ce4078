import { describe, expect, it } from 'vitest';
import { normalizeUrl, siteOf } from '../../src/background/normalize-url.ts';

describe('normalizeUrl', () => {
  it('drops hash, tracking parameters, www., scheme and trailing slash differences', () => {
    const same = [
      'https://www.zeit.de/politik/artikel?utm_source=twitter&utm_medium=social#comments',
      'http://zeit.de/politik/artikel',
      'https://ZEIT.de/politik/artikel/',
      'https://zeit.de/politik/artikel?fbclid=abc',
    ];
    expect(new Set(same.map(normalizeUrl))).toEqual(new Set(['https://zeit.de/politik/artikel']));
  });

  it('keeps parameters that select content, in a stable order', () => {
    expect(normalizeUrl('https://x.de/a?page=2&id=5')).toBe('https://x.de/a?id=5&page=2');
    expect(normalizeUrl('https://x.de/a?id=5')).not.toBe(normalizeUrl('https://x.de/a?id=6'));
  });

  it('throws a TypeError on non-http URLs and garbage', () => {
    expect(() => normalizeUrl('file:///etc/passwd')).toThrow(TypeError);
    expect(() => normalizeUrl('nicht einmal eine Adresse')).toThrow(/Keine gültige Adresse/);
  });

  it('names the site of a URL', () => {
    expect(siteOf('https://www.tagesschau.de/x')).toBe('tagesschau.de');
    expect(siteOf('::')).toBeUndefined();
  });
});
