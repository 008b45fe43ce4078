/**
 * Hit-testing from a viewport point to a mark. Layout does not exist in happy-dom, so the caret
 * lookup and line boxes are stubbed; the text map, offsets and mark preference are real.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTextMap, toRange } from '../../src/article/text-map.ts';
import { candidatesAt, caretAt, markAtPoint, rectsContain } from '../../src/content/hit-test.ts';
import { compareMarks, type Mark, marksFromResult } from '../../src/content/marks.ts';
import { fakeAnalyze } from './fake-result.ts';

function page() {
  document.body.innerHTML =
    '<nav><p>Minsk Menü</p></nav><p id="p">Er sagte: „<em>China</em> hilft.“ Danach Minsk.</p>';
  const p = document.getElementById('p')!;
  const map = buildTextMap([p]);
  const marks = marksFromResult(fakeAnalyze(map.text, { China: 'LOC', Minsk: 'LOC' }), 0, {
    entities: 0,
    claims: 0,
  }).sort(compareMarks);
  return { p, map, marks };
}

/** Every range is "drawn" as one box; the box of the mark we want the pointer over contains it. */
function stubLayout(caret: { node: Node; offset: number } | null, hitText: string | null) {
  (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () =>
    caret ? { offsetNode: caret.node, offset: caret.offset } : null;
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const inside = hitText !== null && this.toString() === hitText;
    const rect = inside ? new DOMRect(10, 10, 50, 20) : new DOMRect(500, 500, 10, 10);
    return [rect] as unknown as DOMRectList;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  delete (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
});

describe('markAtPoint', () => {
  it('finds the entity inside a quote before the quote itself', () => {
    const { map, marks } = page();
    const china = document.querySelector('em')!.firstChild!;
    stubLayout({ node: china, offset: 2 }, 'China');
    const hit = markAtPoint(document, map, marks, (m) => rangeFor(map, m), 20, 15);
    expect(hit?.kind === 'entity' && hit.mention.text).toBe('China');
  });

  it('counts a caret snapped to the end of the name (right half of the last letter)', () => {
    const { map, marks } = page();
    const china = document.querySelector('em')!.firstChild!;
    stubLayout({ node: china, offset: 5 }, 'China');
    const hit = markAtPoint(document, map, marks, (m) => rangeFor(map, m), 20, 15);
    expect(hit?.kind === 'entity' && hit.mention.text).toBe('China');
  });

  it('falls back to the claim when the pointer is on quote text between names', () => {
    const { map, marks } = page();
    const tail = document.querySelector('em')!.nextSibling!; // " hilft.“ Danach Minsk."
    stubLayout({ node: tail, offset: 3 }, '„China hilft.“');
    const hit = markAtPoint(document, map, marks, (m) => rangeFor(map, m), 20, 15);
    expect(hit?.kind).toBe('claim');
  });

  it('ignores a caret that snapped from blank space (the point is in no line box)', () => {
    const { map, marks } = page();
    const china = document.querySelector('em')!.firstChild!;
    stubLayout({ node: china, offset: 2 }, 'China');
    expect(markAtPoint(document, map, marks, (m) => rangeFor(map, m), 300, 300)).toBeNull();
  });

  it('never hits text outside the article map', () => {
    const { map, marks } = page();
    const navText = document.querySelector('nav p')!.firstChild!;
    stubLayout({ node: navText, offset: 1 }, 'Minsk');
    expect(markAtPoint(document, map, marks, (m) => rangeFor(map, m), 20, 15)).toBeNull();
  });
});

describe('hit-test helpers', () => {
  it('candidatesAt keeps entity-first order across the caret and the character before', () => {
    const { map, marks } = page();
    const at = map.text.indexOf('China') + 5;
    expect(candidatesAt(marks, at).map((m) => m.kind)).toEqual(['entity', 'claim']);
  });
  it('rectsContain allows a pixel of slop and nothing more', () => {
    const r = [new DOMRect(10, 10, 20, 10)];
    expect(rectsContain(r, 9.5, 15)).toBe(true);
    expect(rectsContain(r, 5, 15)).toBe(false);
  });
  it('caretAt explains when the browser has no caret lookup', () => {
    expect(() => caretAt(document, 1, 1)).toThrow(/caretPositionFromPoint/);
  });
});

function rangeFor(map: ReturnType<typeof buildTextMap>, m: Mark): Range {
  return toRange(map, m.start, m.end);
}
