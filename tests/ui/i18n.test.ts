import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json' with { type: 'json' };
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import { formatMessage, resetI18nCache, t } from '../../src/ui/i18n.ts';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const g = globalThis as { browser?: unknown; chrome?: unknown };

afterEach(() => {
  delete g.browser;
  delete g.chrome;
  resetI18nCache();
});

describe('t() without a browser i18n API', () => {
  it('falls back to the bundled German messages', () => {
    expect(t('popupLearn')).toBe('Diesen Artikel merken');
    expect(t('langCode')).toBe('de');
  });

  it('fills named placeholders in order and groups numbers the German way', () => {
    expect(t('cardArticlesMany', 12345)).toBe('in 12.345 Artikeln');
    expect(t('optImportDone', 3, 1)).toBe('3 importiert, 1 übersprungen.');
    expect(t('cardCoverage', 5000, 'Jan. 2020 bis Sep. 2023')).toBe(
      'Datenbestand: 5.000 Artikel, Jan. 2020 bis Sep. 2023',
    );
  });

  it('keeps a substitution that itself looks like a placeholder literal', () => {
    expect(t('popupError', '$1 and $NAME$')).toBe('Fehler: $1 and $NAME$');
  });

  it('throws on an unknown key instead of showing nothing', () => {
    expect(() => formatMessage(de as Catalogue, 'noSuchKey', [])).toThrow(/noSuchKey/);
  });
});

describe('t() with the browser i18n API', () => {
  it('uses browser.i18n.getMessage (here: an English browser)', () => {
    g.browser = {
      i18n: { getMessage: (key: string, subs: string[]) => formatMessage(en as Catalogue, key, subs) },
    };
    expect(t('popupLearn')).toBe('Remember this article');
    expect(t('cardArticlesMany', 12345)).toBe('in 12,345 articles');
  });

  it('falls back to German when getMessage has no such message or throws', () => {
    g.chrome = { i18n: { getMessage: () => '' } };
    expect(t('popupLearn')).toBe('Diesen Artikel merken');
    g.chrome = {
      i18n: {
        getMessage: () => {
          throw new Error('Extension context invalidated.');
        },
      },
    };
    expect(t('popupLearn')).toBe('Diesen Artikel merken');
  });
});

describe('the locale catalogues', () => {
  const deCat = de as Catalogue;
  const enCat = en as Catalogue;

  it('have the same keys and the same placeholders in German and English', () => {
    expect(Object.keys(enCat).sort()).toEqual(Object.keys(deCat).sort());
    for (const key of Object.keys(deCat)) {
      const names = (c: Catalogue) => [...c[key].message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]).sort();
      expect(names(enCat), key).toEqual(names(deCat));
      expect(enCat[key].placeholders, key).toEqual(deCat[key].placeholders);
    }
  });

  it('define every placeholder a message uses', () => {
    for (const [key, entry] of Object.entries(deCat)) {
      for (const m of entry.message.matchAll(/\$([A-Za-z_]+)\$/g)) {
        expect(entry.placeholders?.[m[1].toLowerCase()], `${key}: ${m[1]}`).toBeDefined();
      }
    }
  });

  it('hold the manifest keys', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle', 'commandNext', 'commandPrev']) {
      expect(deCat[key]?.message, key).toBeTruthy();
      expect(enCat[key]?.message, key).toBeTruthy();
    }
  });

  it('hold every literal key that popup, options and ui pass to t()', () => {
    const root = resolve(__dirname, '../../src');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(name)) files.push(p);
      }
    };
    for (const dir of ['ui', 'popup', 'options']) walk(join(root, dir));
    const used = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(deCat[key], key).toBeDefined();
  });
});
