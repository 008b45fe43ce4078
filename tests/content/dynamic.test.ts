// @vitest-environment jsdom
/** Which page changes reach the session: new blocks, and mapped blocks edited, moved or removed. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTextMap, retireBlocks } from '../../src/article/text-map.ts';
import {
  changedBlocks,
  MUTATION_DEBOUNCE_MS,
  MUTATION_MAX_WAIT_MS,
  WIDGET_CHANGES,
  WIDGET_WINDOW_MS,
  watchArticle,
  widgetTracker,
} from '../../src/content/dynamic.ts';

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

let stopWatch: (() => void) | undefined;
afterEach(() => {
  stopWatch?.();
  stopWatch = undefined;
});

describe('watchArticle', () => {
  it('reports text edited in place, inline nodes added inside, removed blocks and new paragraphs', async () => {
    const { root, map, el } = page();
    const changed: Element[][] = [];
    const added: Element[][] = [];
    stopWatch = watchArticle({
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
    stopWatch = watchArticle({
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
    stopWatch?.();
    (el('p2').firstChild as Text).data = 'Geändert.';
    await settle();
    expect(calls).toEqual([]);
  });
});

describe('live widgets (a block that changes all the time)', () => {
  afterEach(() => vi.useRealTimers());

  it('a block changed WIDGET_CHANGES times within the window becomes a widget; slower changes do not count', () => {
    let t = 0;
    const tracker = widgetTracker(() => t);
    const clock = document.createElement('p');
    const ticker = document.createElement('li');
    const inner = clock.appendChild(document.createElement('span'));
    for (let i = 1; i < WIDGET_CHANGES; i++) {
      expect(tracker.note(clock)).toBe(false);
      expect(tracker.note(ticker)).toBe(false);
      t += WIDGET_WINDOW_MS / 2; // the ticker's entries change once every half window
    }
    t = 0;
    const fast = widgetTracker(() => t);
    for (let i = 1; i < WIDGET_CHANGES; i++) expect(fast.note(clock)).toBe(false);
    expect(fast.note(clock)).toBe(true);
    expect(fast.covers(inner.appendChild(document.createTextNode('12:00:01')))).toBe(true);
    expect(fast.covers(ticker)).toBe(false);
  });

  it('the watcher reports the widget once and ignores what happens inside it afterwards', async () => {
    vi.useFakeTimers();
    const { root, map, el } = page();
    const reports: { changed: string[]; widgets: string[] }[] = [];
    stopWatch = watchArticle({
      root,
      map: () => map,
      isOwn: () => false,
      onBlocks: () => {},
      onChanged: (changed, widgets) =>
        reports.push({ changed: changed.map((b) => b.id), widgets: widgets.map((b) => b.id) }),
      now: () => Date.now(),
    });
    const text = el('p2').firstChild as Text;
    for (let i = 0; i < WIDGET_CHANGES + 3; i++) {
      text.data = `Stand: ${i} Leser`;
      await Promise.resolve(); // the observer's microtask
      await vi.advanceTimersByTimeAsync(MUTATION_DEBOUNCE_MS + 10);
    }
    expect(reports).toHaveLength(WIDGET_CHANGES);
    expect(reports.slice(0, -1).every((r) => r.widgets.length === 0)).toBe(true);
    expect(reports.at(-1)).toEqual({ changed: ['p2'], widgets: ['p2'] });
  });

  it('a clock ticking faster than the quiet time does not hold back a new paragraph, and becomes a widget', async () => {
    vi.useFakeTimers();
    const { root, map, el } = page();
    const widgets: string[] = [];
    const blocks: string[] = [];
    stopWatch = watchArticle({
      root,
      map: () => map,
      isOwn: () => false,
      onBlocks: (b) => blocks.push(...b.map((x) => x.textContent ?? '')),
      onChanged: (_changed, w) => widgets.push(...w.map((b) => b.id)),
      now: () => Date.now(),
    });
    const clock = el('p3').firstChild as Text;
    const fresh = document.createElement('p');
    fresh.textContent = 'Neue Meldung aus Kiew.';
    root.append(fresh);
    for (let i = 0; i < 150; i++) {
      clock.data = `Stand 12:00:${i}`;
      await vi.advanceTimersByTimeAsync(100);
      if (i === (MUTATION_MAX_WAIT_MS + 200) / 100) expect(blocks).toEqual(['Neue Meldung aus Kiew.']);
    }
    expect(widgets).toEqual(['p3']);
  });
});
