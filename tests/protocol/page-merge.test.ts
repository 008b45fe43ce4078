/** Folding analyse replies of page parts into one page result. */
import { describe, expect, it } from 'vitest';
import type { Claim, EntityType, Mention } from '../../src/nlp/types.ts';
import type { AnalyzeResult } from '../../src/protocol/messages.ts';
import { mergePart, shiftResult } from '../../src/protocol/page-merge.ts';

const mention = (start: number, text: string, type: EntityType = 'LOC'): Mention => ({
  start,
  end: start + text.length,
  text,
  type,
  canonical: text,
});

const claim = (start: number, text: string, speakerAt?: number): Claim => ({
  start,
  end: start + text.length,
  text,
  kind: 'direct',
  via: [],
  ...(speakerAt === undefined
    ? {}
    : { speaker: { text: 'er', canonical: 'Lukaschenko', start: speakerAt, end: speakerAt + 2 } }),
});

function result(entities: Mention[], claims: Claim[] = [], length = 100): AnalyzeResult {
  const entityIds = entities.map((e) => (e.canonical === 'Unbekannt' ? null : `id:${e.canonical}`));
  const summaries = Object.fromEntries(
    entities
      .filter((e) => e.canonical !== 'Unbekannt')
      .map((e) => [`id:${e.canonical}`, { id: `id:${e.canonical}`, name: e.canonical, type: e.type }]),
  ) as AnalyzeResult['summaries'];
  return { analysis: { sentences: [{ start: 0, end: length }], entities, claims }, entityIds, summaries };
}

describe('shiftResult', () => {
  it('moves mentions, claims, speakers, sentences and tokens and leaves the input alone', () => {
    const r = result([mention(0, 'Minsk')], [claim(10, '„Ja“', 20)], 30);
    r.analysis.tokens = [{ start: 0, end: 5 }];
    const before = structuredClone(r);
    const s = shiftResult(r, 1000);
    expect(s.analysis.entities[0]).toMatchObject({ start: 1000, end: 1005, text: 'Minsk' });
    expect(s.analysis.claims[0]).toMatchObject({ start: 1010, end: 1014 });
    expect(s.analysis.claims[0].speaker).toEqual({
      text: 'er',
      canonical: 'Lukaschenko',
      start: 1020,
      end: 1022,
    });
    expect(s.analysis.sentences).toEqual([{ start: 1000, end: 1030 }]);
    expect(s.analysis.tokens).toEqual([{ start: 1000, end: 1005 }]);
    expect(r).toEqual(before);
  });

  it('keeps a speaker without offsets as it is', () => {
    const c: Claim = { ...claim(0, '„x“'), speaker: { text: 'Sie', canonical: 'Sie' } };
    const s = shiftResult(result([], [c]), 5);
    expect(s.analysis.claims[0].speaker).toEqual({ text: 'Sie', canonical: 'Sie' });
  });
});

describe('mergePart', () => {
  it('starts a page from the first part, shifted', () => {
    const page = mergePart(null, result([mention(3, 'Minsk')]), 50, 100);
    expect(page.analysis.entities).toEqual([mention(53, 'Minsk')]);
    expect(page.entityIds).toEqual(['id:Minsk']);
    expect(Object.keys(page.summaries)).toEqual(['id:Minsk']);
  });

  it('appends later parts in text order, with ids, summaries and claims merged', () => {
    let page = mergePart(
      null,
      result([mention(0, 'Minsk'), mention(10, 'China')], [claim(20, '„a“')]),
      0,
      40,
    );
    page = mergePart(
      page,
      result([mention(2, 'Belarus'), mention(9, 'Unbekannt', 'PER')], [claim(0, '„b“')]),
      40,
      30,
    );
    expect(page.analysis.entities.map((e) => [e.start, e.text])).toEqual([
      [0, 'Minsk'],
      [10, 'China'],
      [42, 'Belarus'],
      [49, 'Unbekannt'],
    ]);
    expect(page.entityIds).toEqual(['id:Minsk', 'id:China', 'id:Belarus', null]);
    expect(Object.keys(page.summaries).sort()).toEqual(['id:Belarus', 'id:China', 'id:Minsk']);
    expect(page.analysis.claims.map((c) => [c.start, c.text])).toEqual([
      [20, '„a“'],
      [40, '„b“'],
    ]);
    expect(page.analysis.sentences).toEqual([
      { start: 0, end: 100 },
      { start: 40, end: 140 },
    ]);
  });

  it('sorts a part that arrives before an earlier one (late text analysed first) into place', () => {
    let page = mergePart(null, result([mention(1, 'China')]), 500, 20);
    page = mergePart(page, result([mention(4, 'Minsk')]), 0, 100);
    expect(page.analysis.entities.map((e) => e.start)).toEqual([4, 501]);
    expect(page.entityIds).toEqual(['id:Minsk', 'id:China']);
  });

  it('replaces what lay inside a span analysed again and removes duplicates', () => {
    let page = mergePart(null, result([mention(0, 'Minsk'), mention(30, 'China')]), 0, 30);
    page = mergePart(page, result([mention(0, 'China')]), 30, 20);
    // The first span again: the new reply has no Minsk, so it is gone; China at 30 stays once.
    page = mergePart(page, result([mention(5, 'Belarus')]), 0, 30);
    expect(page.analysis.entities.map((e) => `${e.start}:${e.text}`)).toEqual(['5:Belarus', '30:China']);
    expect(page.entityIds).toEqual(['id:Belarus', 'id:China']);
    expect(Object.keys(page.summaries).sort()).toEqual(['id:Belarus', 'id:China']);
    // The same mention twice in one reply is kept once; a same-span mention of another type is its own.
    const twice = mergePart(
      null,
      result([mention(0, 'Nato', 'ORG'), mention(0, 'Nato', 'ORG'), mention(0, 'Nato', 'OTH')]),
      0,
      10,
    );
    expect(twice.analysis.entities.map((e) => e.type)).toEqual(['ORG', 'OTH']);
    expect(twice.entityIds).toHaveLength(2);
  });

  it('does not change its inputs and refuses a reply whose ids do not fit', () => {
    const page = mergePart(null, result([mention(0, 'Minsk')]), 0, 10);
    const part = result([mention(0, 'China')]);
    const before = structuredClone({ page, part });
    mergePart(page, part, 10, 10);
    expect({ page, part }).toEqual(before);
    expect(() => mergePart(page, { ...part, entityIds: [] }, 10, 10)).toThrow(RangeError);
  });

  it('drops what overlaps a drop span (text the page changed) and keeps the rest', () => {
    let page = mergePart(
      null,
      result(
        [mention(0, 'Minsk'), mention(20, 'China'), mention(45, 'Belarus')],
        // The second quote runs over two paragraphs: it overlaps the edited one, so it goes too.
        [claim(18, '„China ja“', 40), claim(30, '„über zwei Absätze“')],
      ),
      0,
      60,
    );
    // The block [15, 40) was edited: it comes back at 60 as new text, its old span is dropped.
    page = mergePart(page, result([mention(0, 'Russland')], [], 20), 60, 20, [{ start: 15, end: 40 }]);
    expect(page.analysis.entities.map((e) => `${e.start}:${e.text}`)).toEqual([
      '0:Minsk',
      '45:Belarus',
      '60:Russland',
    ]);
    expect(page.analysis.claims).toEqual([]);
    expect(Object.keys(page.summaries).sort()).toEqual(['id:Belarus', 'id:Minsk', 'id:Russland']);
    // A removed block: an empty part that only drops.
    page = mergePart(page, result([], [], 0), 80, 0, [{ start: 0, end: 10 }]);
    expect(page.analysis.entities.map((e) => e.text)).toEqual(['Belarus', 'Russland']);
  });
});
