/** Which added nodes count as new article text (late paragraphs, ticker entries), and which do not. */
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../src/article/text-map.ts';
import { blocksOf, newBlocks } from '../../src/content/new-blocks.ts';

function page() {
  document.body.innerHTML =
    '<main><article id="a"><div class="story-body"><p id="p1">Lukaschenko sprach in Minsk mit Li Shangfu.</p></div></article></main>';
  const root = document.getElementById('a')!;
  const map = buildTextMap([document.getElementById('p1')!]);
  return { root, map, body: root.querySelector('.story-body')! };
}

describe('newBlocks', () => {
  it('takes an added paragraph as one block', () => {
    const { root, map, body } = page();
    const p = document.createElement('p');
    p.textContent = 'Russland betont, die Kontrolle zu behalten.';
    body.append(p);
    expect(newBlocks([p], map, root.parentElement)).toEqual([p]);
  });

  it('splits an added ticker entry into its text blocks, outermost only', () => {
    const { root, map, body } = page();
    const li = document.createElement('div');
    li.innerHTML = '<h3>09:31</h3><p>Von der Leyen sagte etwas.</p><ul><li><p>Eins</p></li></ul>';
    body.prepend(li);
    const blocks = newBlocks([li], map, root.parentElement);
    expect(blocks.map((b) => b.tagName)).toEqual(['H3', 'P', 'LI']);
  });

  it('takes text added into an unmapped element via its parent', () => {
    const { root, map, body } = page();
    const div = document.createElement('div');
    body.append(div);
    const text = document.createTextNode('Ein nachgeladener Satz über Belarus.');
    div.append(text);
    expect(newBlocks([text], map, root.parentElement)).toEqual([div]);
  });

  it('ignores furniture, empty nodes, already mapped text and detached nodes', () => {
    const { root, map, body } = page();
    const share = document.createElement('aside');
    share.innerHTML = '<p>Teilen auf Facebook</p>';
    const comments = document.createElement('div');
    comments.className = 'comments';
    comments.innerHTML = '<p>Leser_42 meint etwas Langes dazu.</p>';
    const empty = document.createElement('p');
    empty.textContent = '   ';
    const inMapped = document.createElement('em');
    inMapped.textContent = ' (dpa)';
    document.getElementById('p1')!.append(inMapped);
    const detached = document.createElement('p');
    detached.textContent = 'Nicht im Dokument.';
    body.append(share, comments, empty);
    expect(newBlocks([share, comments, empty, inMapped, detached], map, root.parentElement)).toEqual([]);
  });

  it('returns blocks in document order without duplicates', () => {
    const { root, map, body } = page();
    const a = document.createElement('p');
    a.textContent = 'Erster neuer Absatz.';
    const b = document.createElement('p');
    b.textContent = 'Zweiter neuer Absatz.';
    body.append(a, b);
    expect(newBlocks([b, a, b.firstChild!], map, root.parentElement)).toEqual([a, b]);
    expect(blocksOf(a, map, root.parentElement)).toEqual([a]);
  });
});
