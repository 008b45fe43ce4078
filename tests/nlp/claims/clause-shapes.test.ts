// @vitest-environment node
// Claims round seven: clause shapes around the cue (fronted objects and phrases, appositions, long
// "wie" clauses, "Demnach" after a report without a named source). Sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './helpers.ts';

describe('subjects around the cue', () => {
  it('reads a fronted object: the named subject follows the verb', () => {
    const c = claimWith(claimsOf('Den Schaden bezifferte Peter Meier mit zwei Millionen Euro.'), 'Schaden');
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.canonical).toBe('Peter Meier');
  });

  it('keeps subject–verb–object order when the phrase before the verb may be the subject', () => {
    const c = claimWith(claimsOf('Die Polizei warf Thomas Müller Betrug vor.'), 'Betrug');
    expect(c.speaker?.text).toBe('Die Polizei');
  });

  it('reads a fronted prepositional phrase before the verb ("Mit … rechnet X")', () => {
    const c = claimWith(
      claimsOf('Mit einem Anstieg der Preise rechnet das Institut im kommenden Jahr.'),
      'Preise',
    );
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.text).toBe('das Institut');
  });

  it('keeps a focus particle and a bracket out of the subject ("Auch die Ministerin X (SPD) …")', () => {
    const c = claimWith(
      claimsOf(
        'Auch die Ministerin Petra Lang (SPD) äußerte Zweifel und wagte die Vorhersage, die Reform werde scheitern.',
      ),
      'Reform',
    );
    expect(c.speaker?.canonical).toBe('Petra Lang');
  });

  it('takes a name in the Saxon genitive as part of the subject', () => {
    const c = claimWith(
      claimsOf('Frankreichs neuer Außenminister Paul Martin sagte, die Gespräche seien gescheitert.'),
      'Gespräche',
    );
    expect(c.speaker?.text).toBe('Frankreichs neuer Außenminister Paul Martin');
    expect(c.speaker?.canonical).toBe('Paul Martin');
  });

  it('skips "nur" and the placeholder "es" between the verb and its subject', () => {
    const a = claimWith(
      claimsOf('Von allen Vereinen erklärten nur die Ruderer, am Wettbewerb nicht teilnehmen zu wollen.'),
      'Wettbewerb',
    );
    expect(a.speaker?.text).toBe('die Ruderer');
    const b = claimWith(
      claimsOf('Nach der Anhörung sah es das Gericht als erwiesen an, dass der Vertrag gültig war.'),
      'Vertrag',
    );
    expect(b.speaker?.text).toBe('das Gericht');
  });
});

describe('what follows the cue', () => {
  it('still reports a main clause whose comma opens an adverbial clause ("forderte …, weil …")', () => {
    const c = claimWith(
      claimsOf(
        'Der Elternverband forderte am Montag den Rücktritt der Schulleiterin, weil sie die Eltern nicht informiert habe.',
      ),
      'Rücktritt',
    );
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.text).toBe('Der Elternverband');
  });

  it('reads a role without an article after a postposed cue as the apposition of its subject', () => {
    const cs = claimsOf(
      'Der Zug sei pünktlich gewesen, sagte Anna Berger, stellvertretende Sprecherin der Bahn am Dienstag.',
    );
    const c = claimWith(cs, 'Zug');
    expect(c.text).toBe('Der Zug sei pünktlich gewesen');
    expect(c.speaker?.canonical).toBe('Anna Berger');
    expect(cs.some((x) => x.text.startsWith('stellvertretende'))).toBe(false);
  });

  it('finds the preposition of a speech act behind a relative clause ("schätzt X, die …, auf")', () => {
    const c = claimWith(
      claimsOf('Das Institut schätzt die Zahl der Menschen, die betroffen sind, auf zwei Millionen.'),
      'Millionen',
    );
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.text).toBe('Das Institut');
  });

  it('knows "sagt … voraus" and the announcement "sagt … zu"', () => {
    const a = claimWith(
      claimsOf('Die Forscher sagten für den Winter starke Schneefälle voraus.'),
      'Schneefälle',
    );
    expect(a.cue).toBe('sagten … voraus');
    const b = claimWith(claimsOf('Die Stadt sagte den Betroffenen schnelle Hilfe zu.'), 'Hilfe');
    expect(b.kind).toBe('announcement');
    expect(b.speaker?.text).toBe('Die Stadt');
  });

  it('takes a quoted name after an article as the subject, not as a quotation', () => {
    const cs = claimsOf('Die „Initiative für saubere Flüsse“ berichtete über eine Demonstration in Köln.');
    expect(cs.some((c) => c.kind === 'direct')).toBe(false);
    expect(claimWith(cs, 'Demonstration').speaker?.text).toContain('Initiative für saubere Flüsse');
  });
});

describe('attribution phrases', () => {
  it('reads a long closing "wie" clause', () => {
    const c = claimWith(
      claimsOf(
        'Der Verein werde sich auflösen, wie die Sprecherin nach der langen Sitzung des Vorstands am späten Montagabend in Berlin mitteilte.',
      ),
      'Verein',
    );
    expect(c.text).toBe('Der Verein werde sich auflösen');
    expect(c.cue).toBe('wie … mitteilte');
  });

  it('reads a "wie" clause whose apposition lacks its closing comma', () => {
    const c = claimWith(
      claimsOf('Die Messe werde verschoben, wie Jana Roth, Sprecherin der Veranstalter betonte.'),
      'Messe',
    );
    expect(c.speaker?.canonical).toBe('Jana Roth');
  });

  it('takes a named body after "bei" as the source of "hieß es", not an occasion', () => {
    const a = claimWith(
      claimsOf('Bei der Agentur Reuters hieß es, dass zwei Brücken gesperrt worden seien.'),
      'Brücken',
    );
    expect(a.speaker?.canonical).toBe('Reuters');
    const b = claimWith(
      claimsOf('Bei dem Gespräch hieß es, dass zwei Brücken gesperrt worden seien.'),
      'Brücken',
    );
    expect(b.speaker).toBeUndefined();
  });

  it('resolves "Demnach" to the subject of the sentence before when no speaker came first', () => {
    const c = claimWith(
      claimsOf(
        'Die Kommission legte am Montag ihren Bericht vor. Demnach ist die Zahl der Unfälle gestiegen.',
      ),
      'Unfälle',
    );
    expect(c.speaker?.text).toBe('Demnach');
    expect(c.speaker?.canonical).toBe('Kommission');
  });

  it('reads "nach eigenen Angaben" as the subject speaking of itself', () => {
    const a = claimWith(
      claimsOf('Der Konzern hat nach eigenen Angaben im vergangenen Jahr zwei Millionen Autos verkauft.'),
      'Autos',
    );
    expect(a.speaker?.text).toBe('eigenen Angaben');
    expect(a.speaker?.canonical).toBe('Konzern');
    const b = claimWith(
      claimsOf('Nach eigenen Angaben hat die Firma 300 Mitarbeiter entlassen.'),
      'Mitarbeiter',
    );
    expect(b.speaker?.canonical).toBe('Firma');
    // After a passive nobody is named: no speaker rather than "eigenen Angaben".
    const c = claimWith(claimsOf('Nach eigenen Angaben wurden 300 Stellen gestrichen.'), 'Stellen');
    expect(c.speaker).toBeUndefined();
  });
});

describe('Konjunktiv I without a report before', () => {
  it('makes a clear Konjunktiv I sentence reported speech even when no speaker is near', () => {
    const cs = claimsOf(
      'Die Inspektoren prüften im Frühjahr alle Maschinen. Es gab viele Mängel. Die Wartung war oft verspätet. Auch sei die Dokumentation nicht vollständig gewesen.',
    );
    expect(claimWith(cs, 'Dokumentation').kind).toBe('indirect');
  });

  it('does not read the set phrases "es sei denn" and "Gott sei Dank" as reported speech', () => {
    const cs = claimsOf(
      'Das Spiel findet statt, es sei denn, es regnet. Gott sei Dank kam niemand zu Schaden.',
    );
    expect(cs.filter((c) => c.kind === 'indirect')).toEqual([]);
  });
});
