// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './helpers.ts';

describe('clauses around a speech verb', () => {
  it('keeps a postposed cue when an apposition follows its subject', () => {
    const c = claimWith(
      claimsOf('Das Feuer sei gelöscht, sagte Jan Berger, der Sprecher der Feuerwehr.'),
      'Feuer',
    );
    expect(c.text).toBe('Das Feuer sei gelöscht');
    expect(c.speaker?.text).toBe('Jan Berger');
    // The apposition is no claim of its own.
    expect(claimsOf('Das Feuer sei gelöscht, sagte Jan Berger, der Sprecher der Feuerwehr.')).toHaveLength(1);
  });

  it('still reads a Konjunktiv clause after the subject as the complement', () => {
    const c = claimWith(claimsOf('Das sei falsch, sagte der Minister, die Pläne würden scheitern.'), 'Pläne');
    expect(c.text).toBe('die Pläne würden scheitern');
  });

  it("reports the first verb's complement in a sentence whose second verb introduces a quote", () => {
    const cs = claimsOf(
      'Die Ministerin sagte, die Schulen blieben offen, und fügte hinzu: „Wir lassen niemanden allein.“',
    );
    const reported = claimWith(cs, 'Schulen');
    expect(reported.kind).toBe('indirect');
    expect(reported.text).toBe('die Schulen blieben offen');
    expect(reported.speaker?.text).toBe('Die Ministerin');
    const quote = claimWith(cs, 'niemanden');
    expect(quote.kind).toBe('direct');
    expect(quote.speaker?.canonical).toBe(reported.speaker?.canonical);
  });
});

describe('sources of impersonal reports and lower-case speakers', () => {
  it('names the document of "heißt es" after "auf" or a demonstrative, but not any "auf" object', () => {
    const a = claimWith(
      claimsOf('Die Preisträger seien mutig, heißt es auf der Webseite des Preises.'),
      'mutig',
    );
    expect(a.speaker?.text).toBe('der Webseite des Preises');
    const b = claimWith(
      claimsOf(
        'In dieser Resolution, die vom Rat angenommen wurde, heißt es, dass es Fortschritte gegeben habe.',
      ),
      'Fortschritte',
    );
    expect(b.speaker?.text).toBe('dieser Resolution');
  });

  it('reads a nominalised age in lower case as the speaker', () => {
    const c = claimWith(
      claimsOf('Am Montag sagte der 81-jährige in einem Interview, dass die Maus tot sei.'),
      'Maus',
    );
    expect(c.speaker?.text).toBe('der 81-jährige');
  });
});

describe('speaker phrases that stop where the name ends', () => {
  it('takes no month after "im" as the source of a passive report', () => {
    const c = claimWith(claimsOf('Im April wurde dann bekannt, dass der Manager an Krebs litt.'), 'Krebs');
    expect(c.speaker).toBeUndefined();
  });

  it('ends a quoted source name at its closing quote', () => {
    const c = claimWith(
      claimsOf(
        'Was das Programm angeht, wird dessen Oberfläche laut „Computerwoche“ stärker denen anderer Anwendungen angeglichen.',
      ),
      'Oberfläche',
    );
    expect(c.speaker?.text).toBe('„Computerwoche“');
  });
});

describe('who speaks on in the next sentence', () => {
  it('takes the subject after the verb of an adverbial-first sentence as the actor of a Konjunktiv sentence', () => {
    const cs = claimsOf(
      'Am Montag hat der Konzern Siemens seine Zahlen vorgelegt. Der Umsatz sei um zehn Prozent gestiegen.',
    );
    const c = claimWith(cs, 'Umsatz');
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.canonical).toContain('Siemens');
  });

  it('reads "X, Name, kritisierte Y" as X speaking, not as a postposed cue with Y as speaker', () => {
    const cs = claimsOf(
      'Die Politikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte die Pläne der Regierung. Die Mittel seien völlig unrealistisch.',
    );
    expect(cs.some((c) => c.speaker?.text.startsWith('die Pläne'))).toBe(false);
    expect(claimWith(cs, 'Mittel').speaker?.text).toBe(
      'Die Politikerin von Bündnis 90/Die Grünen, Anja Hajduk',
    );
  });
});

describe('Konjunktiv after a sentence that names someone', () => {
  it("reads it as that person's speech even without a report before", () => {
    const cs = claimsOf(
      'Der Vizekanzler Franz Müntefering (SPD) hat seinen Rücktritt verkündet. Er werde allerdings als Abgeordneter im Bundestag bleiben.',
    );
    const c = claimWith(cs, 'Abgeordneter');
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.canonical).toContain('Müntefering');
  });
});

describe('hypothetical Konjunktiv II', () => {
  it('does not continue a report with a sentence that opens with a condition', () => {
    const cs = claimsOf(
      'Die Zeitung meldete, der Streit gehe weiter. Falls der Antrag angenommen wird, wäre die Seite wieder online.',
    );
    expect(claimWith(cs, 'Streit').kind).toBe('indirect');
    // Neither a free indirect continuation nor "Antrag" as a speech noun with "wäre …" as its content.
    expect(cs.filter((c) => c.kind !== 'factual')).toHaveLength(1);
  });
});

describe('the agent of a passive sentence', () => {
  it('speaks on in the next Konjunktiv sentence', () => {
    const cs = claimsOf(
      'Berninger forderte eine Quote für Tankstellen. Die Forderungen wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet. Heutige Fahrzeuge seien dazu gar nicht in der Lage.',
    );
    expect(claimWith(cs, 'Heutige Fahrzeuge').speaker?.canonical).toContain('Stolpe');
  });
});

describe('a name the tagger missed', () => {
  it('is the subject when it stands right before a speech verb whose subject cannot follow', () => {
    const c = claimWith(
      claimsOf('Das FBI ermittelte. Carriles wies darauf hin, dass er den Anschlag verübt hatte.'),
      'Anschlag',
    );
    expect(c.speaker?.text).toBe('Carriles');
    // An adverb before the verb is no subject: the pronoun after the verb is.
    const d = claimWith(claimsOf('Vorerst sagte er, dass die Lage ernst sei.'), 'Lage');
    expect(d.speaker?.text).not.toBe('Vorerst');
  });
});

describe('infinitive clauses of purpose', () => {
  it('are skipped after a cue: the complement follows their comma', () => {
    const c = claimWith(
      claimsOf(
        'Die Armee kündigte an, um eine Rückkehr der Taliban zu verhindern, mehr Truppen zu schicken.',
      ),
      'Truppen',
    );
    expect(c.kind).toBe('announcement');
    expect(c.text).toBe('mehr Truppen zu schicken');
  });

  it('are no complement on their own', () => {
    const cs = claimsOf('Die Polizei teilte mit, um die Lage zu beruhigen.');
    expect(cs.some((c) => c.text.startsWith('um die Lage'))).toBe(false);
  });
});

describe('a complement is a clause', () => {
  it('takes no one-word rest after the comma as the reported content', () => {
    const cs = claimsOf('Der Trainer sagte, Schottland.');
    expect(cs.some((c) => c.text === 'Schottland')).toBe(false);
    expect(claimWith(claimsOf('Der Trainer sagte, das Team sei gut.'), 'Team').text).toBe('das Team sei gut');
  });
});

describe('anaphoric and closing attributions', () => {
  it('reads "Davon geht X aus." as X reporting the previous sentence, but not ", davon 5 Milliarden"', () => {
    const cs = claimsOf('Die Unabhängigkeit wird für Sonntag erwartet. Davon geht die Regierung aus.');
    const c = claimWith(cs, 'Unabhängigkeit');
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.text).toBe('die Regierung');
    const ds = claimsOf(
      'Das Problem sind Mehrkosten von 11 Milliarden Euro, davon trägt der Bund fünf Milliarden.',
    );
    expect(ds.some((x) => x.kind === 'indirect')).toBe(false);
  });

  it('reads a closing ", wie er bekundete" as the attribution, not as the complement of the verb before', () => {
    const cs = claimsOf('Der Minister sah keinen Grund, an seiner Regierung zu zweifeln, wie er bekundete.');
    expect(cs.some((x) => x.text === 'wie er bekundete')).toBe(false);
    expect(claimWith(cs, 'zweifeln').cue).toBe('wie … bekundete');
  });
});

describe('nouns of stance and conclusion', () => {
  it('take a reported clause: "den Standpunkt vertreten, …", "kam zu dem Schluss, dass …"', () => {
    const a = claimWith(
      claimsOf('Die Wahlkommission hatte den Standpunkt vertreten, das Gericht sei dafür nicht zuständig.'),
      'Gericht',
    );
    expect(a.text).toBe('das Gericht sei dafür nicht zuständig');
    expect(a.speaker?.text).toBe('Die Wahlkommission');
    const b = claimWith(
      claimsOf('Die Kommission kam zu dem Schluss, dass der Minister getäuscht habe.'),
      'getäuscht',
    );
    expect(b.text).toBe('dass der Minister getäuscht habe');
    // An infinitive complement may open with "dem"/"den" ("…, dem Defizit … zu begegnen").
    const c = claimWith(
      claimsOf(
        'Die Ministerin hat den Vorschlag unterbreitet, dem Defizit bei der Betreuung durch Umschulungen zu begegnen.',
      ),
      'Defizit',
    );
    expect(c.text).toBe('dem Defizit bei der Betreuung durch Umschulungen zu begegnen');
  });
});

describe('a sentence that attributes the one before', () => {
  it('gives a speakerless quote its speaker: "„…“ Das musste der Minister einräumen."', () => {
    const cs = claimsOf(
      '„Ja, es gibt Zumutungen.“ Das musste Finanzminister Peer Steinbrück zu Beginn der Debatte einräumen.',
    );
    const q = claimWith(cs, 'Zumutungen');
    expect(q.kind).toBe('direct');
    expect(q.speaker?.text).toBe('Finanzminister Peer Steinbrück');
    // The attributing sentence is no claim of its own.
    expect(cs).toHaveLength(1);
  });

  it('reads "Das hatte X mitgeteilt." and "Das ist die Aussage einer Studie." as attributions', () => {
    const a = claimWith(claimsOf('Der Zug fiel aus. Das hatte die Bahn am Morgen mitgeteilt.'), 'Zug');
    expect(a.text).toBe('Der Zug fiel aus');
    expect(a.speaker?.text).toBe('die Bahn');
    const b = claimWith(
      claimsOf(
        '„Jeder Dritte glaubt nicht mehr an die Politik.“ Das ist die zentrale Aussage einer Studie der Stiftung.',
      ),
      'Jeder Dritte',
    );
    expect(b.speaker?.text).toBe('einer Studie der Stiftung');
  });
});

describe('a quote after a colon without a speech verb', () => {
  it('belongs to the subject after the verb of an adverbial-first sentence', () => {
    const cs = claimsOf(
      'Merkel lobte ihn. Hier sparte der Bundespräsident nicht mit Kritik: „Je kleiner die Schritte, desto mehr Schritte muss man machen.“',
    );
    expect(claimWith(cs, 'Schritte').speaker?.text).toBe('der Bundespräsident');
  });
});
