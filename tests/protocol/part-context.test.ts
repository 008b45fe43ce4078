// @vitest-environment node
/** A part analysed with the text before it: only what starts in the part comes back, at part offsets. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/analyze.ts';
import type { Analysis } from '../../src/nlp/types.ts';
import {
  CONTEXT_SEPARATOR,
  introductions,
  joinContext,
  nearestText,
  withoutContext,
} from '../../src/protocol/part-context.ts';

/** The part analysed as the background does it: with its context, then cut back to the part. */
function analyzePart(context: string | undefined, text: string): Analysis {
  const { input, cut } = joinContext(context, text);
  return withoutContext(analyze(input), cut);
}

describe('joinContext / withoutContext', () => {
  it('leaves a part without context alone', () => {
    expect(joinContext(undefined, 'Text')).toEqual({ input: 'Text', cut: 0 });
    expect(joinContext('', 'Text')).toEqual({ input: 'Text', cut: 0 });
    const a = analyze('Olaf Scholz sagte, die Lage sei ernst.');
    expect(withoutContext(a, 0)).toBe(a);
  });

  it('puts the part after the context like a new paragraph', () => {
    expect(joinContext('Davor.', 'Danach.')).toEqual({
      input: `Davor.${CONTEXT_SEPARATOR}Danach.`,
      cut: 'Davor.'.length + CONTEXT_SEPARATOR.length,
    });
  });

  it('keeps what starts in the part, moved to part offsets, and drops what starts before', () => {
    const cut = 10;
    const analysis: Analysis = {
      sentences: [
        { start: 0, end: 8 },
        { start: 10, end: 30 },
      ],
      tokens: [
        { start: 0, end: 3 },
        { start: 12, end: 15 },
      ],
      entities: [
        { start: 2, end: 6, text: 'Merz', type: 'PER', canonical: 'Friedrich Merz' },
        { start: 12, end: 16, text: 'Merz', type: 'PER', canonical: 'Friedrich Merz' },
      ],
      claims: [
        // Runs from the context into the part: the earlier part owns it.
        { start: 4, end: 14, text: 'x', kind: 'direct', via: [] },
        {
          start: 17,
          end: 30,
          text: 'y',
          kind: 'indirect',
          via: ['dpa'],
          speaker: { text: 'Merz', canonical: 'Friedrich Merz', start: 2, end: 6 },
        },
        {
          start: 20,
          end: 30,
          text: 'z',
          kind: 'direct',
          via: [],
          speaker: { text: 'Merz', canonical: 'Friedrich Merz', start: 12, end: 16 },
        },
      ],
    };
    const out = withoutContext(analysis, cut);
    expect(out.sentences).toEqual([{ start: 0, end: 20 }]);
    expect(out.tokens).toEqual([{ start: 2, end: 5 }]);
    expect(out.entities).toEqual([
      { start: 2, end: 6, text: 'Merz', type: 'PER', canonical: 'Friedrich Merz' },
    ]);
    expect(out.claims.map((c) => [c.start, c.end, c.text])).toEqual([
      [7, 20, 'y'],
      [10, 20, 'z'],
    ]);
    // A speaker named in the context keeps its name but no offsets (they would point outside the part).
    expect(out.claims[0].speaker).toEqual({ text: 'Merz', canonical: 'Friedrich Merz' });
    expect(out.claims[1].speaker).toEqual({ text: 'Merz', canonical: 'Friedrich Merz', start: 2, end: 6 });
    expect(analysis.entities[1].start).toBe(12); // the input is not changed
  });
});

describe('nearestText', () => {
  it('takes whole paragraphs, nearest first, and gives them back in reading order', () => {
    const before = ['Drei.', 'Zwei zwei.', 'Eins.'];
    expect(nearestText(before, 100)).toBe('Eins.\n\nZwei zwei.\n\nDrei.');
    expect(nearestText(before, 17)).toBe('Zwei zwei.\n\nDrei.');
    expect(nearestText([], 100)).toBe('');
    expect(nearestText(before, 0)).toBe('');
  });

  it('cuts a long nearest paragraph at a sentence start, or gives nothing', () => {
    expect(nearestText(['Ein langer erster Satz. Kurz.'], 10)).toBe('Kurz.');
    expect(nearestText(['Ohne jedes Satzende hier'], 10)).toBe('');
  });
});

describe('a late paragraph read with the paragraphs before it (real pipeline)', () => {
  const context =
    'Berlin (dpa) - Bundeskanzler Olaf Scholz hat am Montag Kiew besucht. ' +
    'Dort traf er den ukrainischen Präsidenten Wolodymyr Selenskyj.';

  it('gives short names the full name the article used before', () => {
    const text = 'Scholz sagte, Deutschland werde die Ukraine weiter unterstützen.';
    expect(analyze(text).entities.find((m) => m.text === 'Scholz')?.canonical).toBe('Scholz');
    const part = analyzePart(context, text);
    const scholz = part.entities.find((m) => m.text === 'Scholz');
    expect(scholz).toMatchObject({ start: 0, end: 6, canonical: 'Olaf Scholz' });
    for (const m of part.entities) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(part.claims[0]).toMatchObject({ kind: 'indirect', speaker: { canonical: 'Olaf Scholz' } });
  });

  it("resolves a pronoun speaker and takes the article's byline into the via chain", () => {
    const text = '„Wir geben nicht auf“, sagte er.';
    const alone = analyze(text).claims[0];
    expect(alone.speaker).toBeUndefined(); // a pronoun with nothing to refer to names no one
    expect(alone.via).toEqual([]);
    const [claim] = analyzePart(context, text).claims;
    expect(claim).toMatchObject({ start: 0, end: 21, kind: 'direct', via: ['dpa'] });
    expect(claim.speaker).toEqual({ text: 'er', canonical: 'Wolodymyr Selenskyj', start: 29, end: 31 });
    // Nothing of the context comes back.
    expect(analyzePart(context, text).entities).toEqual([]);
  });
});

describe('introductions: where the page first named a person the part names again', () => {
  const page =
    'CDU-Chef Friedrich Merz kündigte Widerstand an. Die Sitzung dauerte lange.\n\n' +
    'Bundeskanzler Olaf Scholz sprach von einem Kompromiss. Merz widersprach.';
  const analysis = analyze(page);

  it('gives the sentence of the full name for a short name in the part, once per person', () => {
    expect(introductions(analysis, page, 'Merz nannte die Pläne unseriös. Merz ging.', '')).toBe(
      'CDU-Chef Friedrich Merz kündigte Widerstand an.',
    );
    // Two people, in page order; a genitive counts as the name.
    expect(introductions(analysis, page, 'Scholz’ Antwort kam spät, Merz' + 's Kritik auch.', '')).toBe(
      'CDU-Chef Friedrich Merz kündigte Widerstand an. Bundeskanzler Olaf Scholz sprach von einem Kompromiss.',
    );
  });

  it('leaves out people the part does not name, names already near, and what does not fit', () => {
    expect(introductions(analysis, page, 'Die Opposition schwieg.', '')).toBe('');
    expect(introductions(analysis, page, 'Merzig liegt im Saarland.', '')).toBe(''); // not a whole word
    expect(introductions(analysis, page, 'Merz ging.', 'Friedrich Merz sprach zuerst.')).toBe('');
    // A sentence the page has changed since (a retired block) is stale: not sent.
    expect(introductions(analysis, page, 'Merz ging.', '', [{ start: 10, end: 20 }])).toBe('');
    expect(introductions(analysis, page, 'Merz und Scholz.', '', [], 60)).toBe(
      'CDU-Chef Friedrich Merz kündigte Widerstand an.',
    );
  });

  it('lets the pipeline link the short name while a pronoun keeps the nearest person', () => {
    const near = 'Am Abend sprach Finanzminister Christian Lindner im Bundestag.';
    const part = '„Wir bleiben dabei“, sagte er. Merz nannte die Pläne „unseriös“.';
    const intro = introductions(analysis, page, part, near);
    const { entities, claims } = analyzePart(`${intro}${CONTEXT_SEPARATOR}${near}`, part);
    expect(entities.find((m) => m.text === 'Merz')?.canonical).toBe('Friedrich Merz');
    expect(claims.find((c) => c.text === '„Wir bleiben dabei“')?.speaker?.canonical).toBe(
      'Christian Lindner',
    );
  });
});

describe('withoutContext on hostile text (property-based)', () => {
  const PIECES = [
    '„',
    '“',
    '"',
    '»',
    '«',
    ' ',
    '.',
    ', sagte er',
    'Merz',
    'Friedrich Merz',
    '\n\n',
    '😀',
    '\ud800',
    'sei',
    'laut dpa',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 30 })
    .map((a) => a.join(''));

  it('everything returned lies in the part and matches its text', () => {
    fc.assert(
      fc.property(text, text, (context, part) => {
        const a = analyzePart(context, part);
        for (const x of [...a.sentences, ...a.entities, ...a.claims, ...(a.tokens ?? [])]) {
          expect(x.start).toBeGreaterThanOrEqual(0);
          expect(x.end).toBeLessThanOrEqual(part.length);
          expect(x.start).toBeLessThanOrEqual(x.end);
        }
        for (const m of a.entities) expect(part.slice(m.start, m.end)).toBe(m.text);
        for (const c of a.claims) {
          expect(part.slice(c.start, c.end)).toBe(c.text);
          const sp = c.speaker;
          if (sp?.start !== undefined && sp.end !== undefined)
            expect(part.slice(sp.start, sp.end)).toBe(sp.text);
        }
      }),
      { numRuns: 200 },
    );
  });
});
