// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './helpers.ts';

// Round fourteen of the speaker rules (docs/claims.md). Every sentence here is made up.
describe('"nach eigenem Bekunden"', () => {
  it('speaks for the subject before it, also across an apposition', () => {
    const text =
      'Die Schwester der Ministerin, Anna Keller, war nach eigenem Bekunden seit Wochen eingeweiht. „Sie hat es mir früh gesagt.“';
    const claims = claimsOf(text);
    expect(claimWith(claims, 'eingeweiht').speaker).toMatchObject({
      text: 'eigenem Bekunden',
      canonical: 'Anna Keller',
    });
    // The quote after it carries that speaker.
    expect(claimWith(claims, 'früh gesagt').speaker?.canonical).toBe('Anna Keller');
  });
});

describe('a finite verb after a subordinate clause opens the main clause', () => {
  it('is not the content of a cue inside the subordinate clause', () => {
    const claims = claimsOf(
      'Nachdem durch Recherchen des Journalisten Peter Maier aus Bonn die Fälschung öffentlich bekannt wurde, hat Frau Lenz angekündigt ihr Mandat niederzulegen.',
    );
    // Before: "hat Frau Lenz …" was reported with the cue "bekannt" and the speaker "Bonn die Fälschung".
    for (const c of claims) {
      expect(c.cue ?? '').not.toBe('bekannt');
      expect(c.speaker?.text ?? '').not.toContain('Fälschung');
    }
  });

  it('still reports a complement after such a cue ("Nachdem X angekündigt hatte, die Steuern zu senken, …")', () => {
    const c = claimWith(
      claimsOf(
        'Nachdem der Finanzminister angekündigt hatte, die Steuern zu senken, stieg der Kurs der Bundesanleihen.',
      ),
      'Steuern',
    );
    expect(c.speaker?.text).toBe('der Finanzminister');
  });
});

describe('a bare separable particle', () => {
  it('is no cue without its verb ("Erschwerend kommt hinzu, dass …")', () => {
    const claims = claimsOf(
      'Der Bürgermeister will die Halle schließen. Erschwerend kommt hinzu, dass die Stadt kein Geld hat.',
    );
    expect(claimWith(claims, 'kein Geld').speaker).toBeUndefined();
  });

  it('is a cue when its verb stands before an apposition ("stellte X, Y, fest, dass …")', () => {
    const c = claimWith(
      claimsOf(
        'Gleichzeitig stellte die Forscherin Lena Hoff, Virologin an der Universität Bonn, fest, dass die Werte sinken.',
      ),
      'Werte sinken',
    );
    expect(c.kind).toBe('indirect');
    expect(c.speaker).toBeDefined();
  });
});

describe('"wie sich aus X ergab"', () => {
  it('names X as the source, not the reflexive', () => {
    const c = claimWith(
      claimsOf(
        'Wie sich aus der Auswertung der Funkdaten durch die Ermittler ergab, hatte der Fahrer noch gebremst.',
      ),
      'gebremst',
    );
    expect(c.speaker?.text).toContain('Auswertung der Funkdaten');
  });

  it('leaves "wie sich X selbst nennt" to the naming it is', () => {
    const claims = claimsOf(
      'Der „Rat für Einheit“, wie sich die Junta selbst nennt, erklärte, die Lage sei unter Kontrolle.',
    );
    for (const c of claims) expect(c.speaker?.text ?? '').not.toBe('die Junta');
  });
});

describe('a fronted plural is the object of a singular verb', () => {
  it('makes the name after the verb the speaker, whatever names the plural holds', () => {
    const c = claimWith(
      claimsOf('Die Äußerungen Müllers und Schmidts bezeichnete Brandt als „Unsinn“.'),
      'Äußerungen',
    );
    expect(c.speaker?.text).toBe('Brandt');
  });

  it('keeps a singular subject with a genitive name ("Die Partei Merkels kritisierte …")', () => {
    const c = claimWith(claimsOf('Die Partei Merkels kritisierte den Plan als „falsch“.'), 'Plan');
    expect(c.speaker?.text).toBe('Die Partei Merkels');
  });
});

describe('a subject with two appositions', () => {
  it('is the phrase opening the sentence, the person named in the second apposition', () => {
    const c = claimWith(
      claimsOf(
        'Der Vorsitzende des Verbandes, Nachfolger des Gründers, Peter Lorenz, würdigte den Verstorbenen heute als „großen Kämpfer“.',
      ),
      'würdigte',
    );
    expect(c.speaker?.canonical).toBe('Peter Lorenz');
  });

  it('does not take a fronted object with an apposition as the subject', () => {
    const c = claimWith(
      claimsOf(
        'Den erwarteten Schaden, unter anderem durch den Ausfall der Produktion, bezifferte Konzernchef Thomas Weber auf zwei Millionen Euro.',
      ),
      'Schaden',
    );
    expect(c.speaker?.canonical).toBe('Thomas Weber');
  });
});

describe('"„…“, zitiert X Y"', () => {
  it('makes the one quoted the speaker, not the medium quoting', () => {
    const claims = claimsOf('„Wir sind am Limit“, zitiert die Nachrichtenagentur Kyodo einen Ermittler.');
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker?.text).toBe('einen Ermittler');
    expect(quote?.via).toContain('Kyodo');
  });

  it('still resolves an object pronoun ("zitiert ihn die Zeitung") to the person before', () => {
    const claims = claimsOf(
      'Der Arzt Martin Vogel ist verärgert. „Da ist nichts gekommen“, zitiert ihn die Zeitung.',
    );
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker?.canonical).toBe('Martin Vogel');
  });
});

describe('noun phrases as speakers', () => {
  it('take a graded adjective ("Ein nicht näher genannter Sprecher")', () => {
    const c = claimWith(
      claimsOf('Ein nicht näher genannter Sprecher der Firma bezeichnete die Investition als „strategisch“.'),
      'Investition',
    );
    expect(c.speaker?.text).toBe('Ein nicht näher genannter Sprecher der Firma');
  });

  it('are not "Sehr viel" or other quantifiers opening a sentence', () => {
    const claims = claimsOf('Sehr viel deutet darauf hin, dass der Angeklagte knapp einer Strafe entging.');
    for (const c of claims) expect(c.speaker?.text ?? '').not.toBe('Sehr');
  });
});

describe('"…, so X" as an attribution', () => {
  it('is none when "so" grades an adverb ("so lange könne …")', () => {
    const claims = claimsOf(
      'Die geplante Umgehung werde erst in acht Jahren fertiggestellt, so lange könne die Belastung durch den Verkehr nicht bestehen bleiben.',
    );
    for (const c of claims) expect(c.speaker?.text ?? '').not.toContain('lange');
  });

  it('takes the subject after the verb ("…, so schätzen die Forscher, …")', () => {
    const c = claimWith(
      claimsOf('In zehn Jahren, so schätzen die Forscher, soll die Arbeit abgeschlossen sein.'),
      'Arbeit',
    );
    expect(c.speaker?.text).toBe('die Forscher');
  });

  it('is none after a naming verb ("„Projekt X“, so heißt ein Plan …")', () => {
    const claims = claimsOf('„Sonnenstrom“, so heißt ein geplantes Projekt der Stadtwerke.');
    for (const c of claims) expect(c.speaker?.text ?? '').not.toContain('Projekt');
  });

  it('keeps a possessive source ("so sein Appell")', () => {
    const c = claimWith(
      claimsOf(
        'Der Ökonom Max Berger warnt vor der Krise. Man solle, so sein Appell, die Krise als Chance begreifen.',
      ),
      'Chance',
    );
    expect(c.speaker?.canonical).toBe('Max Berger');
  });
});

describe('a label before a colon is no speaker', () => {
  it('"Motto: „…“" gives the quote no speaker', () => {
    const claims = claimsOf('Die Firma (Motto: „Entsorgung ist Vertrauenssache“) wird kritisiert.');
    for (const c of claims) expect(c.speaker?.text ?? '').not.toBe('Motto');
  });

  it('"Verkehr: …" (a bare noun as section label) is no speaker', () => {
    const claims = claimsOf(
      'Verkehr: Für den Ausbau der Schienen sollen zusätzlich zwei Milliarden Euro bereitstehen.',
    );
    for (const c of claims) expect(c.speaker?.text ?? '').not.toBe('Verkehr');
  });
});

describe('a verb after "und" in a main clause behind a subordinate clause', () => {
  it('shares the subject that follows the first verb ("Als …, biss der Mann ihn und rief: „…“")', () => {
    const claims = claimsOf(
      'Die Polizisten wollten ihn beruhigen. Als ein Nachbar half, packte der Randalierer den Nachbarn und rief: „Lasst mich gehen!“',
    );
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker?.text).toBe('der Randalierer');
  });
});

describe('a statement noun before a colon', () => {
  it('gives the quote to the person it belongs to ("Das Fazit von X überrascht nicht: „…“")', () => {
    const claims = claimsOf(
      'Das Fazit von Maria Keller nach drei Jahren überrascht daher nicht: „Die Zahlen zeigen, dass es funktioniert.“',
    );
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker?.canonical).toBe('Maria Keller');
  });

  it('resolves a possessive one ("Seine Antwort fiel knapp aus: „…“")', () => {
    const claims = claimsOf(
      'Der Minister Karl Roth war müde. Seine Antwort fiel knapp aus: „Wir machen weiter.“',
    );
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker?.canonical).toBe('Karl Roth');
  });
});

describe('"man" with a source before the verb', () => {
  it('takes the text it stands in as the source ("In den Schreiben forderte man …")', () => {
    const c = claimWith(
      claimsOf('In den Bekennerschreiben forderte man den Abzug der Soldaten aus dem Land.'),
      'Abzug',
    );
    expect(c.speaker?.text).toBe('den Bekennerschreiben');
  });

  it('takes no place after the verb as the source ("will man den Bären in einen Zoo bringen")', () => {
    const claims = claimsOf(
      'Nach der Betäubung will man den Bären mit einem Hubschrauber in einen Zoo bringen.',
    );
    for (const c of claims) expect(c.speaker?.text ?? '').not.toContain('Zoo');
  });
});

describe('a time phrase between the verb and its subject', () => {
  it('fills no slot ("kündigte vor ein paar Tagen die Regierung an, …")', () => {
    const c = claimWith(
      claimsOf(
        'Es wird keine Pflicht geben. Jetzt kündigte vor ein paar Tagen die Regionalregierung von Galizien an, eine Impfpflicht einzuführen.',
      ),
      'Impfpflicht',
    );
    expect(c.speaker?.text).toBe('die Regionalregierung von Galizien');
  });
});
