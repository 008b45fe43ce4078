// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './helpers.ts';

describe('reports in a relative clause of a source noun', () => {
  it('takes the clause after ", wonach" as the claim and the noun phrase before it as source', () => {
    const cs = claimsOf(
      'Die Regierung dementierte einen Bericht der Zeitung „Le Monde“, wonach der Minister zurücktreten wolle.',
    );
    const c = claimWith(cs, 'zurücktreten');
    expect(c.kind).toBe('indirect');
    expect(c.text).toBe('der Minister zurücktreten wolle');
    expect(c.cue).toBe('wonach');
    expect(c.speaker?.text).toBe('Bericht der Zeitung „Le Monde“');
    // The text before the comma is not a claim of its own.
    expect(cs.some((x) => x.text.includes('dementierte'))).toBe(false);
  });

  it('reads "nach denen" and "denen zufolge" and ends the clause at the main verb', () => {
    const a = claimWith(
      claimsOf('Es gibt Meldungen, nach denen die Fabrik im Herbst schließen soll.'),
      'Fabrik',
    );
    expect(a.text).toBe('die Fabrik im Herbst schließen soll');
    expect(a.speaker?.text).toBe('Meldungen');
    const b = claimWith(
      claimsOf(
        'Angaben der Polizei, denen zufolge drei Menschen verletzt wurden, bestätigte die Stadt nicht.',
      ),
      'verletzt',
    );
    expect(b.text).toBe('drei Menschen verletzt wurden');
    expect(b.cue).toBe('denen zufolge');
    expect(b.speaker?.text).toBe('Angaben der Polizei');
  });

  it('reads ", laut dem …" after a source noun', () => {
    const c = claimWith(
      claimsOf('Dem Gericht liegt ein Gutachten vor, laut dem das Kind misshandelt worden war.'),
      'misshandelt',
    );
    expect(c.text).toBe('das Kind misshandelt worden war');
    expect(c.speaker?.text).toBe('ein Gutachten');
  });

  it('needs a source noun for "nach dem": a plain relative clause is no report', () => {
    const cs = claimsOf('Er besuchte das Dorf, nach dem die Straße benannt ist, im Sommer.');
    expect(cs.some((x) => x.cue === 'nach dem')).toBe(false);
  });
});

describe('short quotes that name something', () => {
  it('reads a short quote after a noun as a title, so the report after it is found', () => {
    const c = claimWith(
      claimsOf('Das Magazin „Neue Woche“ berichtet, die Regierung plane im Herbst neue Steuern.'),
      'Steuern',
    );
    expect(c.kind).toBe('indirect');
    expect(c.text).toBe('die Regierung plane im Herbst neue Steuern');
    expect(c.speaker?.text).toBe('Das Magazin „Neue Woche“');
  });

  it('reads a short quote that runs into the next word as part of a noun phrase', () => {
    const a = claimWith(claimsOf('„Radio Nord“ berichtet, dass die Brücke gesperrt sei.'), 'Brücke');
    expect(a.kind).toBe('indirect');
    expect(a.speaker?.text).toBe('„Radio Nord“');
    const cs = claimsOf('Ein Sprecher vom „Bündnis gegen Lärm“ sagte, die Anwohner seien empört.');
    expect(cs.some((c) => c.kind === 'direct')).toBe(false);
    expect(claimWith(cs, 'Anwohner').speaker?.text).toBe('Ein Sprecher vom „Bündnis gegen Lärm“');
  });
});

describe('titles in quotes without a cue', () => {
  it('are no speech when no word could be a verb and they read like a title', () => {
    const cs = claimsOf(
      'Die Schule trägt seit Montag den Titel „Schule ohne Rassismus – Schule mit Courage“.',
    );
    expect(cs.some((c) => c.kind === 'direct')).toBe(false);
  });

  it('still quote wording that starts in lower case', () => {
    const cs = claimsOf('Die „unter Druck stehenden Soldaten“ hätten Zivilisten getötet, so Murtha.');
    expect(claimWith(cs, 'Zivilisten').speaker?.text).toBe('Murtha');
  });
});
