/** PageSession over a real DOM and the real text map: ranges cover exactly the analysed names. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Mark } from '../../src/content/marks.ts';
import type { Painter } from '../../src/content/paint-highlights.ts';
import { PageSession, subtractSpans } from '../../src/content/session.ts';
import { analyze } from '../../src/nlp/analyze.ts';
import type { AnalyzeResult, Part } from '../../src/protocol/messages.ts';
import { mergePart } from '../../src/protocol/page-merge.ts';
import { joinContext, withoutContext } from '../../src/protocol/part-context.ts';
import { fakeAnalyze } from './fake-result.ts';

const NAMES = { Lukaschenko: 'PER', Minsk: 'LOC', Belarus: 'LOC', China: 'LOC', Russland: 'LOC' } as const;

function recordingPainter() {
  const painted: { mark: Mark; text: string }[] = [];
  let cleared = 0;
  const painter: Painter = {
    kind: 'highlight-api',
    add: (items) => painted.push(...items.map(({ mark, range }) => ({ mark, text: range.toString() }))),
    remove: (items) => {
      for (const { mark } of items) {
        const i = painted.findIndex((p) => p.mark === mark);
        if (i >= 0) painted.splice(i, 1);
      }
    },
    setFocus: () => {},
    clear: () => {
      painted.length = 0;
      cleared++;
    },
    destroy: () => {},
  };
  return { painter, painted, cleared: () => cleared };
}

function setup(html: string) {
  document.body.innerHTML = html;
  return Array.from(document.querySelectorAll('p, h2'));
}

describe('PageSession', () => {
  let sent: string[];
  const analyze = async (text: string): Promise<AnalyzeResult> => {
    sent.push(text);
    return fakeAnalyze(text, NAMES);
  };
  beforeEach(() => {
    sent = [];
  });

  it('paints every mention with a range whose text is the mention, across inline markup', async () => {
    const blocks = setup(
      '<p><strong>Luka</strong>schenko traf in <a href="#">Minsk</a> ein.</p><h2>Belarus  und\nChina</h2><p>„Wir schützen Belarus“, sagte er.</p>',
    );
    const { painter, painted } = recordingPainter();
    const session = new PageSession({
      analyze,
      painter,
      filter: () => ({ entityTypes: ['PER', 'LOC'], claimKinds: ['direct'] }),
      warn: () => {},
      onAnalyzeError: () => {},
    });
    await session.mapBlocks(blocks);
    expect(await session.analyzeAll()).toBe(painted.length);
    expect(sent).toHaveLength(1);
    const texts = painted.map((p) => (p.mark.kind === 'entity' ? p.text : `Q:${p.text}`));
    expect(texts).toEqual([
      'Lukaschenko',
      'Minsk',
      'Belarus',
      'China',
      'Belarus',
      'Q:„Wir schützen Belarus“',
    ]);
  });

  it('analyses only late text and shifts its offsets to the end of the map', async () => {
    const blocks = setup('<div id="a"><p>Lukaschenko sprach in Minsk.</p></div>');
    const { painter, painted } = recordingPainter();
    const session = new PageSession({
      analyze,
      painter,
      filter: () => ({ entityTypes: ['PER', 'LOC'], claimKinds: [] }),
      warn: () => {},
      onAnalyzeError: () => {},
    });
    await session.mapBlocks(blocks);
    await session.analyzeAll();
    const late = document.createElement('p');
    late.textContent = 'Russland und China schweigen.';
    document.getElementById('a')!.append(late);
    expect(await session.extend([late])).toBe(2);
    expect(sent).toEqual(['Lukaschenko sprach in Minsk.', 'Russland und China schweigen.']);
    expect(painted.map((p) => p.text)).toEqual(['Lukaschenko', 'Minsk', 'Russland', 'China']);
    const russland = session.allMarks().find((m) => m.kind === 'entity' && m.mention.text === 'Russland')!;
    expect(session.text.slice(russland.start, russland.end)).toBe('Russland');
    expect(russland.index).toBe(2);
  });

  it('sends long articles in paragraph chunks and keeps offsets right', async () => {
    const paras = Array.from({ length: 6 }, (_, i) => `<p>Absatz ${i}: Lukaschenko besuchte China.</p>`).join(
      '',
    );
    const blocks = setup(paras);
    const { painter, painted } = recordingPainter();
    const session = new PageSession({
      analyze,
      painter,
      filter: () => ({ entityTypes: ['PER', 'LOC'], claimKinds: [] }),
      chunkChars: 80,
      warn: () => {},
      onAnalyzeError: () => {},
    });
    await session.mapBlocks(blocks);
    await session.analyzeAll();
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.every((t) => t.length <= 80)).toBe(true);
    expect(painted.map((p) => p.text)).toEqual(
      Array.from({ length: 6 }, () => ['Lukaschenko', 'China']).flat(),
    );
  });

  it('repaints on a filter change without asking the background again', async () => {
    const blocks = setup('<p>Lukaschenko sprach in Minsk über China.</p>');
    const { painter, painted } = recordingPainter();
    let filter = { entityTypes: ['PER', 'LOC'] as ('PER' | 'LOC')[], claimKinds: [] };
    const session = new PageSession({
      analyze,
      painter,
      filter: () => filter,
      warn: () => {},
      onAnalyzeError: () => {},
    });
    await session.mapBlocks(blocks);
    await session.analyzeAll();
    expect(painted).toHaveLength(3);
    filter = { entityTypes: ['PER'], claimKinds: [] };
    session.repaint();
    expect(painted.map((p) => p.text)).toEqual(['Lukaschenko']);
    expect(session.shown()).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });

  it('reports marks that cannot be mapped instead of painting garbage', async () => {
    const blocks = setup('<p>Lukaschenko in Minsk.</p>');
    const { painter, painted } = recordingPainter();
    const warnings: string[] = [];
    const session = new PageSession({
      analyze: async (text) => {
        const r = fakeAnalyze(text, NAMES);
        r.analysis.entities[1] = { ...r.analysis.entities[1], start: 500, end: 505 };
        return r;
      },
      painter,
      filter: () => ({ entityTypes: ['PER', 'LOC'], claimKinds: [] }),
      warn: (m) => warnings.push(m),
      onAnalyzeError: () => {},
    });
    await session.mapBlocks(blocks);
    await session.analyzeAll();
    expect(painted.map((p) => p.text)).toEqual(['Lukaschenko']);
    expect(warnings[0]).toMatch(/1 Markierung/);
  });

  it('a destroyed session paints nothing more', async () => {
    const blocks = setup('<p>Lukaschenko in Minsk.</p>');
    const { painter, painted } = recordingPainter();
    let release!: () => void;
    const session = new PageSession({
      analyze: async (text) => {
        await new Promise<void>((ok) => {
          release = ok;
        });
        return fakeAnalyze(text, NAMES);
      },
      painter,
      filter: () => ({ entityTypes: ['PER', 'LOC'], claimKinds: [] }),
      warn: () => {},
      onAnalyzeError: () => {},
    });
    await session.mapBlocks(blocks);
    const done = session.analyzeAll();
    await new Promise((ok) => setTimeout(ok, 0));
    session.destroy();
    release();
    await done;
    expect(painted).toEqual([]);
  });
});

describe('PageSession parts and reveal', () => {
  const filter = () => ({
    entityTypes: ['PER', 'LOC'] as ('PER' | 'LOC')[],
    claimKinds: ['direct' as const],
  });

  /** Four paragraphs in chunks of 80 characters, mapped and analysed; `parts` records the requests. */
  async function chunkedSession() {
    document.body.innerHTML = `<div id="a">${Array.from({ length: 4 }, (_, i) => `<p>Absatz ${i}: Lukaschenko besuchte China.</p>`).join('')}</div>`;
    const { painter } = recordingPainter();
    const parts: { text: string; part: Part }[] = [];
    const session = new PageSession({
      analyze: async (text, part) => {
        parts.push({ text, part });
        return fakeAnalyze(text, NAMES);
      },
      painter,
      filter,
      chunkChars: 80,
      warn: () => {},
      onAnalyzeError: () => {},
    });
    await session.mapBlocks(Array.from(document.querySelectorAll('p')));
    await session.analyzeAll();
    return { session, parts };
  }

  it('sends each chunk and late paragraph with its offset in the article text, reset on the first only', async () => {
    const { session, parts } = await chunkedSession();
    const late = document.createElement('p');
    late.textContent = 'Russland schweigt.';
    document.getElementById('a')!.append(late);
    await session.extend([late]);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.map((p) => p.part.reset === true)).toEqual(parts.map((_, i) => i === 0));
    for (const { text, part } of parts)
      expect(session.text.slice(part.offset, part.offset + text.length)).toBe(text);
  });

  it('sends each part with the paragraphs before it in page order as context (none for the first)', async () => {
    const { session, parts } = await chunkedSession();
    expect(parts[0].part.context).toBeUndefined();
    for (const { text, part } of parts.slice(1)) {
      // Whole paragraphs right before the part, as they stand in the article text.
      expect(session.text.slice(0, part.offset - 2).endsWith(part.context!)).toBe(true);
      expect(part.context!.startsWith('Absatz')).toBe(true);
      expect(text.startsWith('Absatz')).toBe(true);
    }
    // A ticker entry put on top of the article: its context is what stands before it in the page.
    document.body.insertAdjacentHTML('afterbegin', '<p id="lead">Minsk meldet Neues.</p>');
    const top = document.createElement('p');
    top.textContent = 'Russland schweigt.';
    document.getElementById('a')!.prepend(top);
    await session.extend([document.getElementById('lead')!]);
    await session.extend([top]);
    expect(parts.at(-2)!.part.context).toBeUndefined();
    expect(parts.at(-1)).toMatchObject({
      text: 'Russland schweigt.',
      part: { context: 'Minsk meldet Neues.' },
    });
  });

  it('keeps asking for a reset until the background has accepted a first part', async () => {
    document.body.innerHTML = Array.from(
      { length: 4 },
      (_, i) => `<p>Absatz ${i}: Lukaschenko besuchte China.</p>`,
    ).join('');
    const { painter } = recordingPainter();
    const resets: boolean[] = [];
    const session = new PageSession({
      analyze: async (text, part) => {
        resets.push(part.reset === true);
        if (resets.length === 1) throw new Error('Hintergrunddienst neu gestartet');
        return fakeAnalyze(text, NAMES);
      },
      painter,
      filter,
      chunkChars: 80,
      warn: () => {},
      onAnalyzeError: () => {},
    });
    await session.mapBlocks(Array.from(document.querySelectorAll('p')));
    await session.analyzeAll();
    expect(resets).toEqual([true, true]);
    // The failed first chunk is not in the page: index 0 is the second chunk's first name.
    const first = session.markForReveal('entity', 0);
    expect(first && session.text.slice(first.start, first.end)).toBe('Lukaschenko');
    expect(first!.start).toBeGreaterThan(60);
  });

  it("reveal indices count in the merged page state the background keeps (the popup's lists)", async () => {
    document.body.innerHTML = '<div id="a"><p>Lukaschenko sprach in Minsk.</p></div>';
    const { painter } = recordingPainter();
    const session = new PageSession({
      analyze: async (text) => fakeAnalyze(text, NAMES),
      painter,
      filter,
      warn: () => {},
      onAnalyzeError: () => {},
    });
    await session.mapBlocks([document.querySelector('p')!]);
    await session.analyzeAll();
    const first = session.markForReveal('entity', 1);
    expect(first?.kind === 'entity' && first.mention.text).toBe('Minsk');
    const late = document.createElement('p');
    late.textContent = '„Russland und China schweigen“, hieß es.';
    document.getElementById('a')!.append(late);
    await session.extend([late]);
    // Same index, same mark: the late paragraph is appended to the list, not counted from 0.
    expect(session.markForReveal('entity', 1)).toBe(first);
    const names = [0, 1, 2, 3].map((i) => {
      const m = session.markForReveal('entity', i);
      return m && session.text.slice(m.start, m.end);
    });
    expect(names).toEqual(['Lukaschenko', 'Minsk', 'Russland', 'China']);
    const quote = session.markForReveal('claim', 0);
    expect(quote && session.text.slice(quote.start, quote.end)).toBe('„Russland und China schweigen“');
    expect(session.markForReveal('entity', 4)).toBeNull();
    expect(session.markForReveal('claim', 1)).toBeNull();
    // And back: the index of a mark is where the popup lists it.
    for (const i of [0, 1, 2, 3]) expect(session.pageIndexOf(session.markForReveal('entity', i)!)).toBe(i);
    expect(session.pageIndexOf(quote!)).toBe(0);
  });
});

describe('PageSession ordering', () => {
  it('a block reported while the article is still being mapped is analysed exactly once', async () => {
    document.body.innerHTML = '<div id="a"><p>Lukaschenko sprach in Minsk.</p></div>';
    const { painter, painted } = recordingPainter();
    const sent: string[] = [];
    const session = new PageSession({
      analyze: async (text) => {
        sent.push(text);
        return fakeAnalyze(text, NAMES);
      },
      painter,
      filter: () => ({ entityTypes: ['PER', 'LOC'], claimKinds: [] }),
      warn: () => {},
      onAnalyzeError: () => {},
    });
    const mapping = session.mapBlocks([document.querySelector('p')!]);
    const late = document.createElement('p');
    late.textContent = 'Russland schweigt.';
    document.getElementById('a')!.append(late);
    const extended = session.extend([late]);
    await mapping;
    await session.analyzeAll();
    await extended;
    expect(sent.sort()).toEqual(['Lukaschenko sprach in Minsk.', 'Russland schweigt.']);
    expect(painted.map((p) => p.text).sort()).toEqual(['Lukaschenko', 'Minsk', 'Russland']);
  });
});

describe('PageSession failures', () => {
  it('a failed chunk is reported and the other chunks are still painted', async () => {
    const paras = Array.from({ length: 4 }, (_, i) => `<p>Absatz ${i}: Lukaschenko besuchte China.</p>`).join(
      '',
    );
    document.body.innerHTML = paras;
    const { painter, painted } = recordingPainter();
    const failures: { start: number; end: number }[] = [];
    let call = 0;
    const session = new PageSession({
      analyze: async (text) => {
        if (call++ === 1) throw new Error('Analyse kaputt');
        return fakeAnalyze(text, NAMES);
      },
      painter,
      filter: () => ({ entityTypes: ['PER', 'LOC'], claimKinds: [] }),
      chunkChars: 80,
      warn: () => {},
      onAnalyzeError: (_err, span) => failures.push(span),
    });
    await session.mapBlocks(Array.from(document.querySelectorAll('p')));
    await session.analyzeAll();
    expect(failures).toHaveLength(1);
    expect(session.failedChunks).toBe(1);
    // 4 paragraphs in 2 chunks of 2; the second chunk failed: the first one's 2 × 2 names stay.
    expect(painted.length).toBe(4);
    // Offsets after the failed chunk are still right.
    for (const m of session.allMarks()) {
      expect(session.text.slice(m.start, m.end)).toBe(m.kind === 'entity' ? m.mention.text : '');
    }
  });
});

describe('PageSession edits in place', () => {
  const filter = () => ({
    entityTypes: ['PER', 'LOC'] as ('PER' | 'LOC')[],
    claimKinds: ['direct' as const],
  });

  /** A session whose fake background merges the parts as handle-message.ts does. */
  function withBackground(html: string) {
    document.body.innerHTML = html;
    const { painter, painted } = recordingPainter();
    const parts: { text: string; part: Part }[] = [];
    let page: AnalyzeResult | null = null;
    const session = new PageSession({
      analyze: async (text, part) => {
        parts.push({ text, part });
        const result = fakeAnalyze(text, NAMES);
        page = mergePart(part.reset ? null : page, result, part.offset, text.length, part.drop);
        return result;
      },
      painter,
      filter,
      warn: () => {},
      onAnalyzeError: () => {},
    });
    const names = () => page?.analysis.entities.map((m) => session.map.text.slice(m.start, m.end)) ?? [];
    return { session, painted, parts, names };
  }

  it('an edited paragraph loses its old marks and is analysed again; the background drops its old span', async () => {
    const { session, painted, parts, names } = withBackground(
      '<div id="a"><p id="p1">Lukaschenko sprach in Minsk.</p><p id="p2">Danach reiste er nach China.</p></div>',
    );
    await session.mapBlocks(Array.from(document.querySelectorAll('p')));
    await session.analyzeAll();
    expect(painted.map((p) => p.text)).toEqual(['Lukaschenko', 'Minsk', 'China']);
    const p2 = document.getElementById('p2')!;
    const oldSpan = { start: session.map.text.indexOf('Danach'), end: session.map.text.length };
    (p2.firstChild as Text).data = 'Danach reiste er nach Russland.';
    await session.update([p2]);
    expect(painted.map((p) => p.text)).toEqual(['Lukaschenko', 'Minsk', 'Russland']);
    expect(session.text).toBe('Lukaschenko sprach in Minsk.\n\nDanach reiste er nach Russland.');
    // Only the edited paragraph went out again, with the old span to drop.
    expect(parts).toHaveLength(2);
    expect(parts[1].text).toBe('Danach reiste er nach Russland.');
    expect(parts[1].part.drop).toEqual([oldSpan]);
    // With the paragraph before it, so "er" can still be Lukaschenko.
    expect(parts[1].part.context).toBe('Lukaschenko sprach in Minsk.');
    expect(names()).toEqual(['Lukaschenko', 'Minsk', 'Russland']);
    // The session's page state is the background's: reveal index 2 is the new name.
    const third = session.markForReveal('entity', 2);
    expect(third && session.map.text.slice(third.start, third.end)).toBe('Russland');
    // Hover finds the new text: the edited node maps to the new offsets.
    const hit = session.shown().find((m) => m.kind === 'entity' && m.mention.text === 'Russland')!;
    expect(session.rangeOf(hit)?.toString()).toBe('Russland');
  });

  it('a removed paragraph loses its marks, and an empty part tells the background to drop it', async () => {
    const { session, painted, parts, names } = withBackground(
      '<div id="a"><p id="p1">Lukaschenko sprach in Minsk.</p><p id="p2">Danach reiste er nach China.</p></div>',
    );
    await session.mapBlocks(Array.from(document.querySelectorAll('p')));
    await session.analyzeAll();
    const p1 = document.getElementById('p1')!;
    p1.remove();
    await session.update([p1]);
    expect(painted.map((p) => p.text)).toEqual(['China']);
    expect(parts.at(-1)).toEqual({
      text: '',
      part: {
        offset: session.map.text.length,
        drop: [{ start: 0, end: 'Lukaschenko sprach in Minsk.'.length }],
      },
    });
    expect(names()).toEqual(['China']);
    expect(session.text).toBe('Danach reiste er nach China.');
  });

  it('an edit reported before the first analysis: the old text is never sent', async () => {
    const { session, parts, names } = withBackground(
      '<div id="a"><p id="p1">Lukaschenko sprach in Minsk.</p><p id="p2">Danach reiste er nach China.</p></div>',
    );
    const mapped = session.mapBlocks(Array.from(document.querySelectorAll('p')));
    const p1 = document.getElementById('p1')!;
    (p1.firstChild as Text).data = 'Putin sprach in Belarus.';
    const updated = session.update([p1]);
    await mapped;
    await updated;
    await session.analyzeAll();
    const sentText = parts.map((p) => p.text).join('|');
    expect(sentText).not.toContain('Lukaschenko');
    expect(sentText).toContain('Danach reiste er nach China.');
    // The edited paragraph was mapped again at the end of the text, so its name comes last.
    expect(names()).toEqual(['China', 'Belarus']);
  });

  it('a live widget is unmapped and its marks dropped, but not analysed again', async () => {
    const { session, painted, parts, names } = withBackground(
      '<div id="a"><p id="p1">Lukaschenko sprach in Minsk.</p><p id="p2">Live aus China: 10 Leser</p></div>',
    );
    await session.mapBlocks(Array.from(document.querySelectorAll('p')));
    await session.analyzeAll();
    const p2 = document.getElementById('p2')!;
    (p2.firstChild as Text).data = 'Live aus China: 11 Leser';
    await session.update([p2], [p2]);
    expect(painted.map((p) => p.text)).toEqual(['Lukaschenko', 'Minsk']);
    expect(parts.at(-1)?.text).toBe(''); // only the drop went out
    expect(names()).toEqual(['Lukaschenko', 'Minsk']);
    expect(session.text).toBe('Lukaschenko sprach in Minsk.');
  });

  it('an edited block nested in another edited block is mapped once, with it', async () => {
    const { session, painted } = withBackground(
      '<div id="a"><p id="p1">Lukaschenko sprach in Minsk.</p></div>',
    );
    const p1 = document.getElementById('p1')!;
    const outer = document.getElementById('a')!;
    // The inner block first, then its container (whose walk skips the mapped inner block).
    await session.mapBlocks([p1, outer]);
    await session.analyzeAll();
    (p1.firstChild as Text).data = 'China sprach in Minsk.';
    await session.update([p1, outer]);
    expect(painted.map((p) => p.text)).toEqual(['China', 'Minsk']);
    expect(session.text).toBe('China sprach in Minsk.');
  });
});

describe('PageSession parts with the real pipeline behind them', () => {
  /** The background's analyse: the German pipeline over context + part, cut back to the part. */
  const realAnalyze = async (text: string, part: Part): Promise<AnalyzeResult> => {
    const { input, cut } = joinContext(part.context, text);
    const analysis = withoutContext(analyze(input), cut);
    return { analysis, entityIds: analysis.entities.map(() => null), summaries: {} };
  };

  it('a late paragraph far below the full name still links the short name (the introducing sentence goes along)', async () => {
    const filler = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Die Beratungen über den Etat dauerten am ${i + 2}. Verhandlungstag bis in den späten Abend, und viele Abgeordnete meldeten sich zu Wort. Eine Einigung über die Kürzungen bei Bildung und Forschung war bis zuletzt nicht in Sicht, hieß es aus Teilnehmerkreisen.</p>`,
    ).join('');
    document.body.innerHTML = `<article><p>CDU-Chef Friedrich Merz kündigte Widerstand im Haushaltsausschuss an. Die Sitzung dauerte lange.</p>${filler}</article>`;
    const parts: { text: string; part: Part }[] = [];
    const session = new PageSession({
      analyze: (text, part) => {
        parts.push({ text, part });
        return realAnalyze(text, part);
      },
      painter: recordingPainter().painter,
      filter: () => ({ entityTypes: ['PER'], claimKinds: ['direct', 'indirect'] }),
      warn: () => {},
      onAnalyzeError: () => {},
    });
    await session.mapBlocks(Array.from(document.querySelectorAll('p')));
    await session.analyzeAll();
    const late = document.createElement('p');
    late.textContent = 'Merz nannte die Pläne „unseriös“.';
    document.querySelector('article')!.append(late);
    await session.extend([late]);
    const context = parts.at(-1)!.part.context!;
    // The nearest paragraphs fill the 1,500 characters without the first one; its sentence comes first.
    expect(
      context.startsWith('CDU-Chef Friedrich Merz kündigte Widerstand im Haushaltsausschuss an.\n\n'),
    ).toBe(true);
    expect(context).not.toContain('Die Sitzung dauerte lange.');
    const merz = session
      .allMarks()
      .find((m) => m.kind === 'entity' && session.text.slice(m.start, m.end) === 'Merz');
    expect(merz?.kind === 'entity' && merz.mention.canonical).toBe('Friedrich Merz');
    const claim = session.allMarks().find((m) => m.kind === 'claim' && m.claim.kind === 'direct');
    expect(claim?.kind === 'claim' && claim.claim.speaker?.canonical).toBe('Friedrich Merz');
  });
});

describe('subtractSpans', () => {
  it('cuts holes out of a span and leaves empty parts out', () => {
    expect(subtractSpans({ start: 0, end: 10 }, [])).toEqual([{ start: 0, end: 10 }]);
    expect(
      subtractSpans({ start: 0, end: 10 }, [
        { start: 2, end: 4 },
        { start: 6, end: 12 },
      ]),
    ).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
    ]);
    expect(subtractSpans({ start: 3, end: 5 }, [{ start: 0, end: 10 }])).toEqual([]);
    expect(subtractSpans({ start: 0, end: 4 }, [{ start: 4, end: 8 }])).toEqual([{ start: 0, end: 4 }]);
  });
});
