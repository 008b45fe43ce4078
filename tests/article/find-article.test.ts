// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentOrder } from '../../src/article/dom-rules.ts';
import { findArticle, findArticleSliced } from '../../src/article/find-article.ts';
import { buildTextMap } from '../../src/article/text-map.ts';
import { REPO_ROOT } from '../helpers/shared.ts';

const fixture = (dir: string, name: string) =>
  readFileSync(resolve(REPO_ROOT, 'tests/fixtures', dir, name), 'utf8');

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const sentence = (i: number) =>
  `Das ist der ${i}. Absatz des Artikels, mit Kommas, Nebensätzen und genug Text, damit er zählt.`;

describe('findArticle on the fixture pages', () => {
  for (const dir of ['demo', 'long', 'second']) {
    it(`${dir}: blocks are in document order, none inside another, and give exactly the article`, () => {
      const doc = load(fixture(dir, 'index.html'));
      const found = findArticle(doc);
      expect(found).not.toBeNull();
      const blocks = found!.blocks;
      for (let i = 1; i < blocks.length; i++) {
        expect(documentOrder(blocks[i - 1], blocks[i])).toBe(-1);
        expect(blocks[i - 1].contains(blocks[i])).toBe(false);
      }
      expect(buildTextMap(blocks).text).toBe(fixture(dir, 'expected-article.txt').trim());
    });
  }

  it('second page: keeps Lukaschenko in and the sidebar, related links and footer out', () => {
    const text = buildTextMap(findArticle(load(fixture('second', 'index.html')))!.blocks).text;
    expect(text).toContain('Amtsinhaber Lukaschenko');
    for (const junk of [
      'Neueste Artikel',
      'Das könnte Sie auch interessieren',
      'Teilen auf',
      'Alle Angaben ohne Gewähr',
    ]) {
      expect(text).not.toContain(junk);
    }
  });
});

describe('findArticle: choosing the main article', () => {
  it('picks the long article over a list of teasers and a comment section', () => {
    const teasers = Array.from(
      { length: 8 },
      (_, i) => `<div class="teaser"><h3><a href="/t${i}">Teaser ${i}</a></h3><p>${sentence(i)}</p></div>`,
    ).join('');
    const story = Array.from({ length: 6 }, (_, i) => `<p>${sentence(100 + i)}</p>`).join('');
    const comments = Array.from(
      { length: 5 },
      (_, i) => `<div class="comment"><p>${sentence(200 + i)}</p></div>`,
    ).join('');
    const doc = load(
      `<body><div class="teasers">${teasers}</div><main><h1>Die Schlagzeile des Tages</h1><div class="body">${story}</div></main><div id="comments">${comments}</div></body>`,
    );
    const text = buildTextMap(findArticle(doc)!.blocks).text;
    expect(text.startsWith('Die Schlagzeile des Tages\n\n')).toBe(true);
    expect(text).toContain('100. Absatz');
    expect(text).toContain('105. Absatz');
    expect(text).not.toContain('Teaser');
    expect(text).not.toContain('200. Absatz');
  });

  it('returns null for a page without an article (shop grid, link index)', () => {
    const products = Array.from(
      { length: 30 },
      (_, i) => `<div class="product"><a href="/p${i}">Produkt ${i}</a><span>19,99 €</span></div>`,
    ).join('');
    expect(findArticle(load(`<body><h1>Unser Shop</h1>${products}</body>`))).toBeNull();
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/a${i}">${sentence(i)}</a></li>`).join(
      '',
    );
    expect(findArticle(load(`<body><ul>${links}</ul></body>`))).toBeNull();
  });

  it('ignores hidden elements and markup-hidden text', () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const doc = load(
      `<body><article><h1>Titel der Meldung</h1>${story}<p hidden>Versteckter Text, der nie erscheinen darf.</p><div aria-hidden="true"><p>${sentence(99)}</p></div></article></body>`,
    );
    const text = buildTextMap(findArticle(doc)!.blocks).text;
    expect(text).not.toContain('Versteckter');
    expect(text).not.toContain('99. Absatz');
  });

  it('does not lose the article when a wrapper has a furniture-like class name', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const doc = load(
      `<body><div class="container right-sidebar"><div class="entry">${story}</div></div></body>`,
    );
    expect(buildTextMap(findArticle(doc)!.blocks).text).toContain('5. Absatz');
  });
});

describe('findArticle: hostile and malformed markup', () => {
  it('survives unclosed tags, stray end tags and garbage', () => {
    const html = `<body><nav><a href=/>Start</a></nav><article><p>${sentence(1)}<p>${sentence(2)}</span></b><p>${sentence(3)}<i><<<>>>&&&;<p>${sentence(4)}<table><td>x</article`;
    const text = buildTextMap(findArticle(load(html))!.blocks).text;
    expect(text).toContain('1. Absatz');
    expect(text).toContain('4. Absatz');
  });

  it('returns null for empty, text-free and script-only documents', () => {
    expect(findArticle(load(''))).toBeNull();
    expect(findArticle(load('<body></body>'))).toBeNull();
    expect(findArticle(load(`<body><script>${'var a = "x, y, z";'.repeat(500)}</script></body>`))).toBeNull();
  });

  it('copes with very deep nesting without a stack overflow', () => {
    const depth = 1000; // jsdom itself slows down superlinearly on deeper trees
    const doc = document.implementation.createHTMLDocument('tief');
    let cur: Element = doc.body;
    for (let i = 0; i < depth; i++) {
      const div = doc.createElement('div');
      cur.append(div);
      cur = div;
    }
    for (let i = 0; i < 5; i++) {
      const p = doc.createElement('p');
      p.textContent = sentence(i);
      cur.append(p);
    }
    const found = findArticle(doc);
    expect(found).not.toBeNull();
    expect(buildTextMap(found!.blocks).text).toContain('4. Absatz');
  });
});

describe('findArticleSliced', () => {
  it('gives the same result as findArticle and hands control back between slices', async () => {
    const doc = load(fixture('long', 'index.html'));
    let yields = 0;
    const sliced = await findArticleSliced(
      doc,
      async () => {
        yields++;
      },
      0, // yield at every opportunity
    );
    const sync = findArticle(doc);
    expect(sliced?.blocks).toEqual(sync?.blocks);
    expect(sliced?.root).toBe(sync?.root);
    expect(yields).toBeGreaterThan(1);
  });
});
