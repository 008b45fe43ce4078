// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './helpers.ts';

describe('direct quotes', () => {
  it('attributes a quote followed by ", sagte X"', () => {
    const cs = claimsOf('„Wir werden die Steuern nicht erhöhen“, sagte die Ministerin am Montag in Berlin.');
    const c = claimWith(cs, 'Steuern');
    expect(c.kind).toBe('direct');
    expect(c.text).toBe('„Wir werden die Steuern nicht erhöhen“');
    expect(c.speaker?.text).toBe('die Ministerin');
    expect(c.cue).toBe('sagte');
  });

  it('attributes a quote preceded by "X sagte:" and a quote interrupted by its attribution', () => {
    const a = claimWith(claimsOf('Der Bürgermeister sagte: „Die Brücke bleibt gesperrt.“'), 'Brücke');
    expect(a.kind).toBe('direct');
    expect(a.speaker?.canonical).toBe('Bürgermeister');
    const cs = claimsOf(
      '„Das ist der erste Teil“, sagte Müller. „Und das ist der zweite Teil.“ Dann ging er.',
    );
    expect(claimWith(cs, 'zweite').speaker?.text).toBe('Müller');
    expect(claimWith(cs, 'erste').speaker?.text).toBe('Müller');
  });

  it('treats a one-word scare quote as no claim of its own', () => {
    const cs = claimsOf('Die sogenannte „Reform“ wurde im Jahr 2019 beschlossen.');
    expect(cs.some((c) => c.kind === 'direct')).toBe(false);
  });

  it('names the medium of "zitiert X mit den Worten" as via, X as speaker', () => {
    const c = claimWith(
      claimsOf('Die Zeitung zitiert einen Augenzeugen mit den Worten: „Es ging alles sehr schnell.“'),
      'schnell',
    );
    expect(c.speaker?.text).toBe('einen Augenzeugen');
    expect(c.via[0]).toBe('Zeitung');
  });
});

describe('reported speech', () => {
  it('finds a dass-clause with the subject as speaker', () => {
    const c = claimWith(
      claimsOf('Die Gewerkschaft erklärte, dass die Verhandlungen gescheitert sind.'),
      'Verhandlungen',
    );
    expect(c.kind).toBe('indirect');
    expect(c.text).toBe('dass die Verhandlungen gescheitert sind');
    expect(c.speaker?.text).toBe('Die Gewerkschaft');
    expect(c.cue).toBe('erklärte');
  });

  it('finds Konjunktiv I after a comma and carries the speaker into the next sentence', () => {
    const cs = claimsOf(
      'Der Sprecher sagte, die Lage sei unter Kontrolle. Weitere Hilfe werde nicht benötigt. Das Wetter war gut.',
    );
    expect(claimWith(cs, 'Lage sei').speaker?.text).toBe('Der Sprecher');
    const carried = claimWith(cs, 'Weitere Hilfe');
    expect(carried.kind).toBe('indirect');
    expect(carried.speaker?.canonical).toBe('Sprecher');
  });

  it('finds an infinitive complement', () => {
    const c = claimWith(claimsOf('Die Firma bestreitet, von den Mängeln gewusst zu haben.'), 'Mängeln');
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.text).toBe('Die Firma');
  });

  it('finds a postposed cue: "…, sagte X."', () => {
    const c = claimWith(
      claimsOf('Die Arbeiten seien fast abgeschlossen, sagte ein Sprecher der Bahn.'),
      'Arbeiten',
    );
    expect(c.kind).toBe('indirect');
    expect(c.text).toBe('Die Arbeiten seien fast abgeschlossen');
    expect(c.speaker?.text).toBe('ein Sprecher der Bahn');
  });

  it('finds attribution phrases: laut, nach Angaben, zufolge, wie … mitteilte', () => {
    expect(claimWith(claimsOf('Laut Polizei wurden drei Menschen verletzt.'), 'verletzt').speaker?.text).toBe(
      'Polizei',
    );
    const na = claimWith(claimsOf('Nach Angaben der Feuerwehr brannte das Haus vollständig aus.'), 'Haus');
    expect(na.speaker?.text).toBe('der Feuerwehr');
    expect(na.cue).toBe('Nach Angaben');
    expect(
      claimWith(claimsOf('Dem Bericht zufolge stiegen die Preise um vier Prozent.'), 'Preise').speaker?.text,
    ).toBe('Dem Bericht');
    const wie = claimWith(
      claimsOf('Wie das Ministerium mitteilte, wird die Straße im Mai eröffnet.'),
      'Straße',
    );
    expect(wie.speaker?.text).toBe('das Ministerium');
    expect(wie.cue).toBe('Wie … mitteilte');
  });

  it('reads "nach" with compound source nouns and as a postposition; "zufolge" after a verb', () => {
    const z = claimWith(
      claimsOf('Nach Zeugenaussagen hatten sich die Anschuldigungen nicht bestätigt.'),
      'Anschuldigungen',
    );
    expect(z.speaker?.text).toBe('Zeugenaussagen');
    expect(z.text).toBe('hatten sich die Anschuldigungen nicht bestätigt');
    const g = claimWith(
      claimsOf('Nach dem Grundgesetz ist der Bundeskanzler mit Vollmachten ausgestattet.'),
      'Vollmachten',
    );
    expect(g.speaker?.canonical).toBe('Grundgesetz');
    const cs = claimsOf(
      'Der Pilot Hans Müller sagte, das Wetter sei schlecht gewesen. Seiner Meinung nach hätte die Aufsicht von der Landung abraten müssen.',
    );
    const m = claimWith(cs, 'Aufsicht');
    expect(m.text).toBe('hätte die Aufsicht von der Landung abraten müssen');
    expect(m.speaker?.canonical).toBe('Hans Müller');
    const b = claimWith(
      claimsOf('Am Samstag starben behördlichen Angaben zufolge alle vier Insassen.'),
      'Insassen',
    );
    expect(b.speaker?.text).toBe('behördlichen Angaben');
  });

  it('lets a source opening the sentence attribute a Konjunktiv sentence with a cue inside it', () => {
    const c = claimWith(
      claimsOf(
        'Nach Angaben der Polizei habe der Mann Flugblätter verteilt und verlangt, gegen die Versuche vorzugehen.',
      ),
      'Flugblätter',
    );
    expect(c.speaker?.text).toBe('der Polizei');
    expect(c.text).toBe('habe der Mann Flugblätter verteilt und verlangt, gegen die Versuche vorzugehen');
    const m = claimWith(
      claimsOf('Der Direktor sagte, Nordkorea besitze seiner Meinung nach vier Atomwaffen.'),
      'Atomwaffen',
    );
    expect(m.speaker?.text).toBe('Der Direktor');
  });

  it('attributes the previous sentence to "Das erklärte gestern X" and "Dies geht aus X hervor"', () => {
    const cs = claimsOf(
      'Die Enten waren mit dem Virus infiziert. Das erklärte gestern ein Sprecher des Ministeriums. Der Konzern plant eine Umwandlung. Dies geht aus einer Mitteilung des Konzerns hervor.',
    );
    expect(claimWith(cs, 'Enten').speaker?.text).toBe('ein Sprecher des Ministeriums');
    expect(claimWith(cs, 'Umwandlung').speaker?.text).toBe('einer Mitteilung des Konzerns');
    const c = claimWith(
      claimsOf('Seit Juni ist die Kamera des Teleskops ausgefallen, das teilte das Institut mit.'),
      'Kamera',
    );
    expect(c.text).toBe('Seit Juni ist die Kamera des Teleskops ausgefallen');
    expect(c.speaker?.text).toBe('das Institut');
  });

  it('lets a named source outrank an announcing main clause, which stays an announcement', () => {
    const c = claimWith(
      claimsOf(
        'Agenturmeldungen zufolge will der Oppositionsführer das Vorgehen mit den anderen Parteien abstimmen.',
      ),
      'Vorgehen',
    );
    expect(c.speaker?.text).toBe('Agenturmeldungen');
    expect(c.kind).toBe('announcement');
  });

  it('reads "X, Apposition, verb …" as a main-clause report of X', () => {
    const c = claimWith(
      claimsOf(
        'Die Regierungspartei des Landes, die Hamas, bezeichnete die Anschläge als Selbstverteidigung.',
      ),
      'Anschläge',
    );
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.text).toContain('Regierungspartei');
  });

  it('keeps a filtered main-clause speech verb as a report when a Konjunktiv sentence follows', () => {
    const cs = claimsOf(
      'Die äthiopische Regierung warnt vor weiteren Überschwemmungen. Die wichtigsten Dämme des Landes seien nahe der Grenze der Belastbarkeit.',
    );
    expect(claimWith(cs, 'Überschwemmungen').kind).toBe('indirect');
    expect(claimWith(cs, 'Dämme').speaker?.canonical).toBe('äthiopische Regierung');
  });

  it('finds a speech noun with a complement: "ist der Meinung, dass …"', () => {
    const c = claimWith(claimsOf('Der Verband ist der Meinung, dass die Mieten weiter steigen.'), 'Mieten');
    expect(c.kind).toBe('indirect');
    expect(c.text).toBe('dass die Mieten weiter steigen');
    expect(c.speaker?.text).toBe('Der Verband');
  });

  it('makes the previous sentence the claim of "Das teilte X mit."', () => {
    const text =
      'Auf der Autobahn kam es zu einem Unfall mit zwei Lastwagen. Das teilte die Polizei am Abend mit.';
    const c = claimWith(claimsOf(text), 'Unfall');
    expect(c.kind).toBe('indirect');
    expect(c.text).toBe('Auf der Autobahn kam es zu einem Unfall mit zwei Lastwagen');
    expect(c.speaker?.text).toBe('die Polizei');
    expect(c.cue).toBe('teilte … mit');
  });

  it('resolves a pronoun speaker to the previous speaker', () => {
    const cs = claimsOf('Die Ärztin sagte, die Klinik sei überlastet. Sie fügte hinzu, dass Personal fehle.');
    const c = claimWith(cs, 'Personal');
    expect(c.speaker?.text).toBe('Sie');
    expect(c.speaker?.canonical).toBe('Ärztin');
  });
});

describe('announcements and stances', () => {
  it('classifies "X kündigte … an" as an announcement with a discontinuous cue', () => {
    const c = claimWith(claimsOf('Die Regierung kündigte für den Herbst neue Gesetze an.'), 'Gesetze');
    expect(c.kind).toBe('announcement');
    expect(c.cue).toBe('kündigte … an');
    expect(c.speaker?.text).toBe('Die Regierung');
  });

  it('finds a stance "X sieht Y als Z" with a place as metonymic speaker', () => {
    const c = claimWith(claimsOf('Paris sieht Rom als wichtigen Partner.'), 'Partner');
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.text).toBe('Paris');
    expect(c.cue).toBe('sieht');
  });
});

describe('media chain', () => {
  it('collects the agency of "nach Angaben der Nachrichtenagentur X" and the byline, nearest first', () => {
    const text = '„Wir sind bereit“, sagte der Präsident nach Angaben der Nachrichtenagentur Tanjug. (AFP)';
    const c = claimWith(claimsOf(text), 'bereit');
    expect(c.via).toEqual(['Tanjug', 'AFP']);
  });

  it('names a translation as a link of the chain', () => {
    const c = claimWith(
      claimsOf('„Wir sind bereit“, sagte der Präsident laut englischer Übersetzung.'),
      'bereit',
    );
    expect(c.via).toEqual(['englische Übersetzung']);
  });
});

describe('factual claims', () => {
  it('marks a sentence with numbers and dates as factual with reasons', () => {
    const c = claimWith(claimsOf('Im Jahr 2022 wurden in Bayern 4.500 Wohnungen gebaut.'), 'Wohnungen');
    expect(c.kind).toBe('factual');
    expect(c.speaker).toBeUndefined();
    expect(c.checkworthy?.score).toBeGreaterThan(0);
    expect(c.checkworthy?.score).toBeLessThanOrEqual(1);
    expect(c.checkworthy?.reasons).toEqual(expect.arrayContaining(['number', 'date']));
  });

  it('does not treat an opinion or a question as a factual claim', () => {
    expect(
      claimsOf('Ich finde, wir sollten endlich mehr Mut haben!').filter((c) => c.kind === 'factual'),
    ).toEqual([]);
    expect(claimsOf('Wer soll das bezahlen?').filter((c) => c.kind === 'factual')).toEqual([]);
  });
});

describe('offsets', () => {
  it('always satisfies text === input.slice(start, end), also with CRLF and a BOM', () => {
    const text = '\uFEFF„Eins zwei drei vier“, sagte sie.\r\n\r\nLaut Polizei sind 3 Menschen verletzt.\r\n';
    const cs = claimsOf(text);
    expect(cs.length).toBeGreaterThan(0);
    for (const c of cs) expect(c.text).toBe(text.slice(c.start, c.end));
  });
});
