// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLOCK_SEPARATOR,
  buildTextMap,
  extendTextMap,
  isMapped,
  liveText,
  mappedBlockOf,
  offsetAt,
  retireBlocks,
  type TextMap,
  toRange,
} from '../../src/article/text-map.ts';

function setBody(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const blocksOf = (selector: string) => Array.from(document.querySelectorAll(selector));
const noSpace = (s: string) => s.replace(/\s+/g, '');

/** Every span's Range covers the same non-whitespace characters as the text slice. */
function checkAllCharacters(map: TextMap): void {
  for (let i = 0; i < map.text.length; i++) {
    const ch = map.text[i];
    const covered = toRange(map, i, i + 1).toString();
    if (/\s/.test(ch)) expect(covered.trim()).toBe('');
    else expect(covered).toBe(ch);
  }
}

describe('buildTextMap: the text', () => {
  it('joins blocks with a blank line and collapses whitespace inside a block', () => {
    setBody('<h1>  Titel\n der  Seite </h1><p>Erster\t\tSatz.<br>Zweiter <b>fetter</b>  Satz. </p>');
    const map = buildTextMap(blocksOf('h1, p'));
    expect(map.text).toBe(`Titel der Seite${BLOCK_SEPARATOR}Erster Satz. Zweiter fetter Satz.`);
    checkAllCharacters(map);
  });

  it('separates nested block elements and <br> by one space, never gluing words', () => {
    setBody('<div id="a">eins<div>zwei</div>drei<br><br>vier<p> fünf </p></div>');
    const map = buildTextMap(blocksOf('#a'));
    expect(map.text).toBe('eins zwei drei vier fünf');
    checkAllCharacters(map);
  });

  it('skips script, style, noscript, hidden, aria-hidden and inline display:none', () => {
    setBody(
      '<p id="p">A<script>var x=1;</script> B<style>p{}</style> C<noscript>no</noscript>' +
        '<span hidden>versteckt</span> D<span aria-hidden="true">aria</span>' +
        '<span style="color:red; display: none">css</span> E<template>tpl</template></p>',
    );
    const map = buildTextMap(blocksOf('#p'));
    expect(map.text).toBe('A B C D E');
    checkAllCharacters(map);
  });

  it('asks the isHidden predicate (the live page passes a layout-based one)', () => {
    setBody('<p id="p">sichtbar <span class="x">unsichtbar</span> wieder</p>');
    const map = buildTextMap(blocksOf('#p'), { isHidden: (el) => el.classList.contains('x') });
    expect(map.text).toBe('sichtbar wieder');
  });

  it('skips block-level furniture nested in a block but keeps inline elements whatever their class', () => {
    setBody(
      '<div id="d"><p>Text <span class="share">bleibt</span>.</p><div class="share-bar">Teilen</div></div>',
    );
    expect(buildTextMap(blocksOf('#d')).text).toBe('Text bleibt.');
    expect(buildTextMap(blocksOf('#d'), { keepFurniture: true }).text).toBe('Text bleibt. Teilen');
  });

  it('maps a nested block only once when both it and its ancestor are given', () => {
    setBody('<div id="outer"><p id="inner">Satz eins.</p> Rest.</div>');
    const map = buildTextMap([document.getElementById('outer')!, document.getElementById('inner')!]);
    expect(map.text).toBe('Satz eins. Rest.');
  });

  it('gives empty text for empty or whitespace-only blocks', () => {
    setBody('<p id="e">  \n </p>');
    const map = buildTextMap(blocksOf('#e'));
    expect(map.text).toBe('');
    expect(map.segments).toHaveLength(0);
  });
});

describe('toRange', () => {
  it('covers a span across several text nodes and elements', () => {
    setBody('<p>Der <a href="#">belarussische</a> Machthaber <em>Alexander Lukaschenko</em> sagte.</p>');
    const map = buildTextMap(blocksOf('p'));
    const start = map.text.indexOf('belarussische');
    const end = map.text.indexOf(' sagte');
    const range = toRange(map, start, end);
    expect(range.toString()).toBe('belarussische Machthaber Alexander Lukaschenko');
    expect(range.startContainer.nodeType).toBe(Node.TEXT_NODE);
  });

  it('is collapsed for an empty span and for a span of separators only', () => {
    setBody('<p>eins</p><p>zwei</p>');
    const map = buildTextMap(blocksOf('p'));
    expect(toRange(map, 2, 2).collapsed).toBe(true);
    expect(toRange(map, 4, 6).collapsed).toBe(true); // "\n\n"
    expect(toRange(map, 3, 7).toString()).toBe('sz'); // "s\n\nz": the separator covers no DOM text
  });

  it('throws RangeError for spans outside the text or not integers', () => {
    setBody('<p>kurz</p>');
    const map = buildTextMap(blocksOf('p'));
    expect(() => toRange(map, -1, 2)).toThrow(RangeError);
    expect(() => toRange(map, 0, 5)).toThrow(RangeError);
    expect(() => toRange(map, 3, 2)).toThrow(RangeError);
    expect(() => toRange(map, 0.5, 2)).toThrow(RangeError);
  });

  it('throws a clear error when the map has no text nodes', () => {
    setBody('<p></p>');
    expect(() => toRange(buildTextMap(blocksOf('p')), 0, 0)).toThrow(/no text nodes/);
  });
});

describe('offsetAt', () => {
  it('returns the text offset of a DOM position, inverse of toRange', () => {
    setBody('<h2>Zwischen  titel</h2><p>Li <b>Shangfu</b>  und   Minsk.</p>');
    const map = buildTextMap(blocksOf('h2, p'));
    for (let i = 0; i < map.text.length; i++) {
      if (/\s/.test(map.text[i])) continue;
      const r = toRange(map, i, i + 1);
      expect(offsetAt(map, r.startContainer, r.startOffset)).toBe(i);
    }
  });

  it('resolves element positions and whitespace-only nodes to the next mapped character', () => {
    setBody('<p id="p"><b>Eins</b> <i>Zwei</i></p>');
    const map = buildTextMap(blocksOf('#p'));
    const p = document.getElementById('p')!;
    expect(offsetAt(map, p, 0)).toBe(0);
    expect(offsetAt(map, p, 2)).toBe(map.text.indexOf('Zwei'));
    expect(offsetAt(map, p, 3)).toBe(map.text.length);
  });

  it('is null outside the article and throws RangeError for an offset outside the node', () => {
    setBody('<nav>Menü</nav><p id="p">Text</p>');
    const map = buildTextMap(blocksOf('#p'));
    const nav = document.querySelector('nav')!;
    expect(offsetAt(map, nav.firstChild!, 1)).toBeNull();
    expect(() => offsetAt(map, document.getElementById('p')!.firstChild!, 99)).toThrow(RangeError);
  });
});

describe('extendTextMap (live tickers, "weiterlesen")', () => {
  it('appends new blocks at the end, keeps old offsets and ranges valid, reports the new span', () => {
    setBody('<div id="live"><p>Erste Meldung.</p></div>');
    const map = buildTextMap(blocksOf('#live p'));
    const before = map.text;
    const oldRange = toRange(map, 0, 5).toString();

    const added = document.createElement('p');
    added.textContent = 'Neue  Meldung.';
    document.getElementById('live')!.append(added);
    const span = extendTextMap(map, [added]);

    expect(map.text).toBe(`${before}${BLOCK_SEPARATOR}Neue Meldung.`);
    expect(map.text.slice(span.start, span.end)).toBe('Neue Meldung.');
    expect(toRange(map, 0, 5).toString()).toBe(oldRange);
    expect(toRange(map, span.start, span.end).toString()).toBe('Neue  Meldung.');
    checkAllCharacters(map);
  });

  it('ignores blocks already mapped or inside mapped ones, and tells which are mapped', () => {
    setBody('<article><p id="a">Eins <b id="b">zwei</b></p><p id="c">drei</p></article>');
    const map = buildTextMap(blocksOf('#a'));
    const a = document.getElementById('a')!;
    expect(isMapped(map, a)).toBe(true);
    expect(isMapped(map, document.getElementById('b')!)).toBe(true);
    expect(isMapped(map, document.getElementById('c')!)).toBe(false);
    const text = map.text;
    expect(extendTextMap(map, [a, document.getElementById('b')!])).toEqual({
      start: text.length,
      end: text.length,
    });
    expect(map.text).toBe(text);
  });

  it('maps a new wrapper without repeating the mapped block inside it', () => {
    setBody('<div id="w"><p id="a">alt</p><p>neu</p></div>');
    const map = buildTextMap(blocksOf('#a'));
    extendTextMap(map, blocksOf('#w'));
    expect(map.text).toBe(`alt${BLOCK_SEPARATOR}neu`);
  });
});

describe('retireBlocks (a block the page edited in place)', () => {
  it('retires an edited block, maps it again at the end and keeps every other offset', () => {
    setBody(
      '<div id="live"><p id="a">Erste Meldung.</p><p id="b">Zweite <i>Meldung</i>.</p><p id="c">Dritte.</p></div>',
    );
    const map = buildTextMap(blocksOf('#live p'));
    const b = document.getElementById('b')!;
    const textNode = b.firstChild as Text;
    expect(mappedBlockOf(map, textNode)).toBe(b);
    const before = map.text;
    textNode.data = 'Neue zweite ';

    expect(retireBlocks(map, [b, b, document.body])).toEqual([
      { start: before.indexOf('Zweite'), end: before.indexOf('Zweite') + 'Zweite Meldung.'.length },
    ]);
    expect(isMapped(map, b)).toBe(false);
    expect(mappedBlockOf(map, textNode)).toBeNull();
    expect(offsetAt(map, textNode, 0)).toBeNull();
    const span = extendTextMap(map, [b], { remap: true });

    expect(map.text.slice(0, before.length)).toBe(before); // dead text stays: no offset moves
    expect(map.text.slice(span.start, span.end)).toBe('Neue zweite Meldung.');
    expect(toRange(map, span.start, span.end).toString()).toBe('Neue zweite Meldung.');
    expect(offsetAt(map, textNode, 5)).toBe(span.start + 5);
    expect(toRange(map, before.indexOf('Dritte'), before.indexOf('Dritte') + 6).toString()).toBe('Dritte');
    expect(liveText(map)).toBe(
      `Erste Meldung.${BLOCK_SEPARATOR}Dritte.${BLOCK_SEPARATOR}Neue zweite Meldung.`,
    );
  });

  it('maps a retired block again even inside a mapped container that skipped it', () => {
    setBody('<div id="w"><p id="a">alt</p><p>daneben</p></div>');
    const a = document.getElementById('a')!;
    // The inner block first: the container's walk skips it, so its text is the inner block's only.
    const map = buildTextMap([a, document.getElementById('w')!]);
    expect(map.text).toBe(`alt${BLOCK_SEPARATOR}daneben`);
    retireBlocks(map, [a]);
    (a.firstChild as Text).data = 'neu';
    expect(extendTextMap(map, [a])).toEqual({ start: map.text.length, end: map.text.length }); // isMapped: inside #w
    const span = extendTextMap(map, [a], { remap: true });
    expect(map.text.slice(span.start, span.end)).toBe('neu');
    expect(liveText(map)).toBe(`daneben${BLOCK_SEPARATOR}neu`);
  });

  it('liveText is the text itself while nothing is retired', () => {
    setBody('<p>Eins</p><p>Zwei</p>');
    const map = buildTextMap(blocksOf('p'));
    expect(liveText(map)).toBe(map.text);
  });
});

// Random DOM trees: inline and block elements, text with odd whitespace, <br>, hidden parts.
const word = fc.constantFrom('Minsk', 'Belarus', 'ß', 'Lukaschenko', '„Zitat“', 'a', '1,5', 'ü');
const space = fc.constantFrom(' ', '  ', '\n', '\t ', '\u00a0', '');
const textArb = fc
  .array(fc.tuple(space, word, space), { maxLength: 4 })
  .map((parts) => parts.flat().join(''));

type Tree = { tag: string; attrs: string; children: (Tree | string)[] };
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree; node: Tree | string }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom('p', 'div', 'span', 'b', 'a', 'em', 'li', 'h2', 'br', 'script'),
    attrs: fc.constantFrom('', '', '', ' hidden', ' aria-hidden="true"', ' style="display:none"'),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textArb, tie('tree')),
})).tree;

function render(t: Tree | string): string {
  if (typeof t === 'string') return t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  if (t.tag === 'br') return '<br>';
  return `<${t.tag}${t.attrs}>${t.children.map(render).join('')}</${t.tag}>`;
}

/** The DOM text a reader sees: like Range.toString() but without hidden/script content. */
function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node.nodeType !== Node.ELEMENT_NODE) return Array.from(node.childNodes).map(visibleText).join('');
  const el = node as Element;
  if (el.tagName === 'SCRIPT' || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')
    return '';
  if ((el.getAttribute('style') ?? '').includes('display:none')) return '';
  return Array.from(el.childNodes).map(visibleText).join('');
}

describe('text map properties (fast-check, random DOM trees)', () => {
  it('every span maps to a Range whose visible text equals the slice, modulo whitespace', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), (trees, x, y) => {
        document.body.innerHTML = trees.map((t) => `<section>${render(t)}</section>`).join('');
        const map = buildTextMap(Array.from(document.body.children), { keepFurniture: true });
        // The text itself: no leading/trailing space in a block, no double spaces.
        for (const part of map.text.split(BLOCK_SEPARATOR)) {
          expect(part).toBe(part.trim());
          expect(part).not.toMatch(/\s\s/);
        }
        if (map.segments.length === 0) return;
        const a = x % (map.text.length + 1);
        const b = a + (y % (map.text.length - a + 1));
        const range = toRange(map, a, b);
        const covered = visibleText(range.cloneContents());
        expect(noSpace(covered)).toBe(noSpace(map.text.slice(a, b)));
        // And back: the start of a non-empty span that begins on a visible character.
        if (b > a && !/\s/.test(map.text[a]))
          expect(offsetAt(map, range.startContainer, range.startOffset)).toBe(a);
      }),
      { numRuns: 300 },
    );
  });
});
