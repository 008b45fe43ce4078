// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isSpeechAct } from '../../../src/nlp/claims/speech-acts.ts';
import { claimsOf, claimWith } from './helpers.ts';

describe('speech acts with a noun object', () => {
  it('needs the particle or preposition of the listed act', () => {
    expect(isSpeechAct('warf', 'vor', ['der', 'regierung', 'betrug', 'vor'])).toBe(true);
    expect(isSpeechAct('warf', undefined, ['den', 'ball'])).toBe(false);
    expect(isSpeechAct('warnte', undefined, ['vor', 'glätte'])).toBe(true);
    expect(isSpeechAct('warnte', undefined, ['die', 'nachbarn'])).toBe(false);
    expect(isSpeechAct('lief', undefined, ['nach', 'hause'])).toBe(false);
  });

  it('reports "X wirft Y … vor" and "X beziffert … auf" with the subject as speaker', () => {
    const a = claimWith(claimsOf('Die Opposition wirft dem Bürgermeister Untätigkeit vor.'), 'Untätigkeit');
    expect(a.kind).toBe('indirect');
    expect(a.speaker?.text).toBe('Die Opposition');
    expect(a.cue).toBe('wirft … vor');
    const b = claimWith(
      claimsOf('Der Versicherer beziffert den Schaden auf mehrere Millionen Euro.'),
      'Schaden',
    );
    expect(b.kind).toBe('indirect');
    expect(b.speaker?.text).toBe('Der Versicherer');
  });

  it('makes no report of a listed verb without its preposition ("schätzt … sehr")', () => {
    const cs = claimsOf('Die Polizei schätzt die Arbeit der freiwilligen Helfer sehr.');
    expect(cs.filter((c) => c.kind === 'indirect')).toEqual([]);
  });
});

describe('main-clause subjects', () => {
  it('looks past a short bracket between subject and verb ("X (SPD) forderte …")', () => {
    const c = claimWith(
      claimsOf('Der Verband der Lehrer (VdL) forderte mehr Personal für die Grundschulen.'),
      'Personal',
    );
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.text).toBe('Der Verband der Lehrer');
  });

  it('gives a verb after "und" the subject opening the sentence', () => {
    const c = claimWith(
      claimsOf('Der Stadtrat zeigte sich erleichtert und forderte eine rasche Aufklärung des Unfalls.'),
      'Aufklärung',
    );
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.text).toBe('Der Stadtrat');
    expect(c.cue).toBe('forderte');
  });

  it('reports a perfect when the clause quotes someone\'s words ("hatte vor einer „…“ gewarnt")', () => {
    const quoted = claimWith(claimsOf('Der Verband hatte vor einer „Katastrophe“ gewarnt.'), 'Verband');
    expect(quoted.kind).toBe('indirect');
    expect(quoted.speaker?.text).toBe('Der Verband');
    const plain = claimsOf('Der Verband hatte vor einer Katastrophe gewarnt.');
    expect(plain.filter((c) => c.kind === 'indirect')).toEqual([]);
  });
});

describe('passive reports', () => {
  it('reports a passive speech act with its agent as speaker, not a passive action', () => {
    const c = claimWith(claimsOf('Die Pläne wurden von der Opposition scharf kritisiert.'), 'Pläne');
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.text).toBe('der Opposition');
    expect(c.cue).toBe('kritisiert');
    const action = claimsOf('Der Mann wurde am Abend von der Polizei festgenommen.');
    expect(action.filter((x) => x.kind === 'indirect')).toEqual([]);
  });

  it('reports a listed participle the cue corpus rarely saw ("wurde von X verurteilt")', () => {
    const c = claimWith(claimsOf('Der Einsatz wurde von Menschenrechtlern scharf verurteilt.'), 'Einsatz');
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.text).toBe('Menschenrechtlern');
  });
});

describe('conversations', () => {
  it('makes "sprach mit" no report, unlike "sprach von"', () => {
    const talk = claimsOf('Die Ministerin sprach am Montag mit den Angehörigen der Opfer.');
    expect(talk.filter((x) => x.kind === 'indirect')).toEqual([]);
    const report = claimWith(
      claimsOf('Die Ministerin sprach am Montag von einem schweren Versäumnis der Behörden.'),
      'Versäumnis',
    );
    expect(report.kind).toBe('indirect');
    expect(report.speaker?.text).toBe('Die Ministerin');
  });
});

describe('speakers', () => {
  it('never takes a fused pronominal adverb ("Darüberhinaus") for the speaker', () => {
    const c = claimWith(claimsOf('Darüberhinaus will sich die SPD für höhere Löhne einsetzen.'), 'Löhne');
    expect(c.speaker?.canonical).toBe('SPD');
  });

  it('resolves a plural "Sie" to the plural subject of the sentence before', () => {
    const c = claimWith(
      claimsOf(
        'Die Forscher machen dafür die schlechte Hygiene verantwortlich. Sie gehen davon aus, dass viele Fälle vermeidbar sind.',
      ),
      'vermeidbar',
    );
    expect(c.speaker?.text).toBe('Sie');
    expect(c.speaker?.canonical).toBe('Forscher');
  });

  it('takes a web address as the source of a wie-clause', () => {
    const c = claimWith(
      claimsOf('Wie spiegel.de berichtet, ist der Vertrag inzwischen unterschrieben worden.'),
      'Vertrag',
    );
    expect(c.speaker?.text).toBe('spiegel.de');
  });

  it('takes the name after "bei" as the source of "hieß es", not an occasion', () => {
    const a = claimWith(
      claimsOf('Die Lieferungen seien gestoppt worden, hieß es bei Siemens.'),
      'Lieferungen',
    );
    expect(a.speaker?.text).toBe('Siemens');
    const b = claimWith(
      claimsOf('Bei dem Gespräch hieß es, die Lieferungen seien gestoppt worden.'),
      'Lieferungen',
    );
    expect(b.speaker).toBeUndefined();
  });

  it('puts a genitive common-noun speaker into the nominative for its canonical name', () => {
    const c = claimWith(
      claimsOf('Nach Angaben des örtlichen Stromversorgers fiel der Strom für zwei Stunden aus.'),
      'Strom',
    );
    expect(c.speaker?.text).toBe('des örtlichen Stromversorgers');
    expect(c.speaker?.canonical).toBe('örtliche Stromversorger');
  });
});
