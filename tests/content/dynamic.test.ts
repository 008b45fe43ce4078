// @vitest-environment jsdom
/** Which page changes reach the session: new blocks, and mapped blocks edited, moved or removed. */
import { afterEach, describe, expect, it } from 'vitest';
import { buildTextMap, retireBlocks } from '../../src/article/text-map.ts';
import { changedBlocks, MUTATION_DEBOUNCE_MS, watchArticle } from '../../src/content/dynamic.ts';

function page() {
  document.body.innerHTML =
    '<main><article id="a"><p id="p1">Lukaschenko sprach in <b>Minsk</b>.</p><p id="p2">Danach China.</p><p id="p3">Russland schweigt.</p></article></main>';
  const root = document.getElementById('a')!;
  const map = buildTextMap(Array.from(root.querySelectorAll('p')));
  const el = (id: string) => document.getElementById(id)!;
  return { root, map, el };
}

const settle = () => new Promise((ok) => setTimeout(ok, MUTATION_DEBOUNCE_MS + 100));

describe('changedBlocks', () => {
  it('names the block around an edited node, and blocks removed or moved', () => {
    const { map, el } = page();
    const minsk = el('p1').querySelector('b')!.firstChild!;
    expect(changedBlocks(map, [minsk], [], [])).toEqual([el('p1')]);
    const p2 = el('p2');
    p2.remove();
    expect(changedBlocks(map, [], [], [p2])).toEqual([p2]);
    // Moved: removed and added again — its live ranges collapsed, so it counts as changed.
    const p3 = el('p3');
    p3.remove();
    el('a').prepend(p3);
    const ids = (bs: Element[]) => bs.map((b) => b.id).sort();
    expect(ids(changedBlocks(map, [], [p3], [p3]))).toEqual(['p2', 'p3']);
    // Text outside every mapped block, and retired blocks, change nothing.
    expect(changedBlocks(map, [el('a')], [], [])).toEqual([]);
    retireBlocks(map, [p2]);
    expect(changedBlocks(map, [], [], [document.createElement('p')])).toEqual([]);
  });
});

describe('watchArticle', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('reports text edited in place, inline nodes added inside, removed blocks and new paragraphs', async () => {
    const { root, map, el } = page();
    const changed: Element[][] = [];
    const added: Element[][] = [];
    stop = watchArticle({
      root,
      map: () => map,
      isOwn: () => false,
      onBlocks: (b) => added.push(b),
      onChanged: (b) => changed.push(b),
    });
    (el('p1').querySelector('b')!.firstChild as Text).data = 'Brest';
    el('p2').append(document.createElement('i'));
    el('p2').lastChild!.textContent = ' und Russland';
    el('p3').remove();
    const fresh = document.createElement('p');
    fresh.textContent = 'Neue Meldung aus Kiew.';
    root.append(fresh);
    await settle();
    expect(changed).toHaveLength(1);
    expect(changed[0].map((b) => b.id).sort()).toEqual(['p1', 'p2', 'p3']);
    expect(added).toEqual([[fresh]]);
  });

  it('ignores Kontext’s own nodes and stops when asked', async () => {
    const { root, map, el } = page();
    const calls: string[] = [];
    const own = document.createElement('kontext-root');
    stop = watchArticle({
      root,
      map: () => map,
      isOwn: (n) => n === own || own.contains(n),
      onBlocks: () => calls.push('blocks'),
      onChanged: () => calls.push('changed'),
    });
    root.append(own);
    own.textContent = 'Karte';
    await settle();
    expect(calls).toEqual([]);
    stop();
    (el('p2').firstChild as Text).data = 'Geändert.';
    await settle();
    expect(calls).toEqual([]);
  });
});
