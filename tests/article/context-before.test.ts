// @vitest-environment jsdom
/** contextBefore: the text before a part of the map in page order, as whole paragraphs. */
import { describe, expect, it } from 'vitest';
import { contextBefore } from '../../src/article/context-before.ts';
import { buildTextMap, extendTextMap, retireBlocks } from '../../src/article/text-map.ts';

function page(html: string) {
  document.body.innerHTML = html;
  return Array.from(document.querySelectorAll('p'));
}

describe('contextBefore', () => {
  it('is empty for the first part and gives whole preceding paragraphs, nearest last, within the budget', () => {
    const ps = page('<p>Eins eins.</p><div><p>Zwei zwei.</p></div><aside>Werbung</aside><p>Drei drei.</p>');
    const map = buildTextMap(ps);
    const third = map.blocks[2];
    expect(contextBefore(map, 0, map.text.length, 1_000)).toBe('');
    expect(contextBefore(map, third.start, third.end, 1_000)).toBe('Eins eins.\n\nZwei zwei.');
    // Only what fits, counted with the separator: the nearest paragraph wins.
    expect(contextBefore(map, third.start, third.end, 15)).toBe('Zwei zwei.');
    expect(contextBefore(map, third.start, third.end, 22)).toBe('Eins eins.\n\nZwei zwei.');
  });

  it('follows page order for a paragraph mapped late, and leaves out the part itself', () => {
    const ps = page('<div id="feed"><p>Älterer Eintrag.</p></div><p>Schluss.</p>');
    const map = buildTextMap(ps);
    // A ticker puts a new entry on top of the feed; another one at the very start of the page.
    const top = document.createElement('p');
    top.textContent = 'Neuer Eintrag.';
    document.getElementById('feed')!.prepend(top);
    const lead = document.createElement('p');
    lead.textContent = 'Vorspann.';
    document.body.prepend(lead);
    const added = extendTextMap(map, [lead, top]);
    expect(contextBefore(map, added.start, added.end, 1_000)).toBe('');
    const topBlock = map.blocks[map.blockIndex.get(top)!];
    expect(contextBefore(map, topBlock.start, topBlock.end, 1_000)).toBe('Vorspann.');
    const last = map.blocks[map.blockIndex.get(ps[1])!];
    expect(contextBefore(map, last.start, last.end, 1_000)).toBe(
      'Vorspann.\n\nNeuer Eintrag.\n\nÄlterer Eintrag.',
    );
  });

  it('reads an edited paragraph as it stands now and skips retired text', () => {
    const ps = page('<p>Erster Absatz.</p><p>Alter Text.</p><p>Dritter Absatz.</p>');
    const map = buildTextMap(ps);
    ps[1].textContent = 'Neuer Text.';
    retireBlocks(map, [ps[1]]);
    const added = extendTextMap(map, [ps[1]], { remap: true });
    expect(contextBefore(map, added.start, added.end, 1_000)).toBe('Erster Absatz.');
    const third = map.blocks[map.blockIndex.get(ps[2])!];
    expect(contextBefore(map, third.start, third.end, 1_000)).toBe('Erster Absatz.\n\nNeuer Text.');
  });

  it('cuts a long nearest paragraph at a sentence start', () => {
    const long = `${'Sehr langer Satz ohne Ende '.repeat(10).trim()}. Merz sagte das. Dann ging er.`;
    const ps = page(`<p>${long}</p><p>Teil.</p>`);
    const map = buildTextMap(ps);
    const part = map.blocks[1];
    expect(contextBefore(map, part.start, part.end, 40)).toBe('Merz sagte das. Dann ging er.');
    expect(contextBefore(map, part.start, part.end, 20)).toBe('Dann ging er.');
    expect(contextBefore(map, part.start, part.end, 5)).toBe('');
  });
});
