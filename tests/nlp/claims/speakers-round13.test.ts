// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './helpers.ts';

// Round thirteen of the speaker rules (docs/claims.md).
describe('an impersonal report in a subordinate clause', () => {
  it('takes no source from the clause before it ("…, nachdem bekannt geworden war, dass …")', () => {
    const c = claimWith(
      claimsOf(
        'Die Reederei holte die Besatzung aus der Hafenstadt Sfax zurück, nachdem bekannt geworden war, dass dort gestreikt wurde.',
      ),
      'gestreikt',
    );
    expect(c.speaker).toBeUndefined();
  });

  it('still finds a source inside its own clause', () => {
    const c = claimWith(
      claimsOf(
        'Die Schule blieb am Montag geschlossen, nachdem in einer Mitteilung des Landkreises erklärt worden war, dass die Halle gesperrt sei.',
      ),
      'Halle',
    );
    expect(c.speaker?.text).toContain('Mitteilung des Landkreises');
  });
});

describe('a fronted measure is the object, not the speaker', () => {
  it('makes the named body after the verb the speaker ("Die Zahl … bezifferte die Agentur …")', () => {
    const text =
      'Die Zahl der Verletzten, die am Samstag behandelt wurden, bezifferte die Nachrichtenagentur Kyodo mit 40. Die meisten seien leicht verletzt worden.';
    const first = claimWith(claimsOf(text), 'Verletzten');
    expect(first.speaker?.canonical).toBe('Kyodo');
    // The next Konjunktiv sentence carries that speaker, not "Die Zahl".
    const next = claimWith(claimsOf(text), 'meisten');
    expect(next.speaker?.canonical).toBe('Kyodo');
  });

  it('does so for a body the tagger does not name ("Die Höhe des Schadens schätzte die Polizei …")', () => {
    const c = claimWith(claimsOf('Die Höhe des Schadens schätzte die Polizei auf 20.000 Euro.'), 'Schadens');
    expect(c.speaker?.text).toBe('die Polizei');
  });

  it('keeps a fronted subject that is no measure ("Die Regierung bezifferte die Kosten …")', () => {
    const c = claimWith(
      claimsOf('Die Regierung bezifferte die Kosten der Reform auf zwei Milliarden Euro.'),
      'Kosten',
    );
    expect(c.speaker?.text).toBe('Die Regierung');
  });
});

describe('a possessive statement phrase speaks for its possessor', () => {
  it('resolves "seinen Angaben" and "Seine exakten Worte" to the man named before', () => {
    const text =
      'Der Virologe Karl Brenner stellte am Montag seine Studie vor. Seinen Angaben zufolge sind 40 Prozent der Proben positiv. Seine exakten Worte waren: „Wir stehen erst am Anfang.“';
    const claims = claimsOf(text);
    expect(claimWith(claims, 'Proben').speaker).toMatchObject({
      text: 'Seinen Angaben',
      canonical: 'Karl Brenner',
    });
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker?.canonical).toBe('Karl Brenner');
  });

  it('resolves "ihrer Ansicht nach" to the woman named before', () => {
    const c = claimWith(
      claimsOf(
        'Die Ministerin Petra Lindner besuchte am Dienstag die Klinik. Ihrer Ansicht nach fehlen dort 200 Pflegekräfte.',
      ),
      'Pflegekräfte',
    );
    expect(c.speaker?.canonical).toBe('Petra Lindner');
  });

  it('keeps a possessive person phrase as it is ("Seine Sprecherin")', () => {
    const c = claimWith(
      claimsOf('Minister Jan Albers war nicht erreichbar. Seine Sprecherin sagte, er sei im Urlaub.'),
      'Urlaub',
    );
    expect(c.speaker?.canonical).not.toBe('Jan Albers');
  });
});

describe('the subject after the verb of a fronted phrase', () => {
  it('takes "er" after the auxiliary as the subject ("Die Entlassung hat er … begründet")', () => {
    const claims = claimsOf(
      'Präsident Jair Bolsonaro entließ den Gesundheitsminister. Die Entlassung hat er mit folgenden Worten begründet: „Das Leben steht an erster Stelle.“',
    );
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker?.text).toBe('er');
  });

  it('finds a strong-past verb after an opening prepositional phrase ("In seiner Stellungnahme hielt der Minister …")', () => {
    const claims = claimsOf(
      'Die Opposition kritisierte den Plan. In seiner Stellungnahme hielt der Verkehrsminister Paul Weber den Ausbau für „eine Frage der Vernunft und nicht der Ideologie“.',
    );
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker?.canonical).toBe('Paul Weber');
  });

  it('does not read an adverb or a verb as the verb and its subject ("Für X hingegen gehören …")', () => {
    const claims = claimsOf(
      'Für den Juristen Max Kern hingegen gehören die Rufe „aus rechtlicher Sicht zur Religionsfreiheit dazu“.',
    );
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker?.text ?? '').not.toMatch(/^gehören/);
  });
});

describe('a closing ", sagte X." attributes the whole Konjunktiv sentence before it', () => {
  it('wins over a cue word inside the reported content ("… für unzulässig erklären sollte, gäbe es nicht, sagte X")', () => {
    const claims = claimsOf(
      'Einen Notfallplan für den Fall, dass das Gericht das Gesetz für unzulässig erklären sollte, gäbe es nicht, sagte der Fraktionschef Jonas Brandt nach der Sitzung.',
    );
    const c = claimWith(claims, 'Notfallplan');
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.canonical).toBe('Jonas Brandt');
  });

  it('leaves ", wonach …" to its own rule', () => {
    const c = claimWith(
      claimsOf(
        'Die Staatsanwaltschaft argumentierte, gegen den Mann sei ein weiterer Vorwurf zu prüfen, wonach er für einen zweiten Fall verantwortlich sei.',
      ),
      'weiterer Vorwurf',
    );
    expect(c.speaker?.text).toBe('Die Staatsanwaltschaft');
  });
});

describe('a Konjunktiv clause framing a partial quote', () => {
  it("is reported speech of the quote's speaker, next to the quote itself", () => {
    const claims = claimsOf(
      'Der Verkehr sei „fast vollständig zum Erliegen gekommen“, sagte ein Sprecher der Polizei.',
    );
    const report = claims.find((c) => c.kind === 'indirect');
    expect(report?.text).toBe('Der Verkehr sei „fast vollständig zum Erliegen gekommen“');
    expect(report?.speaker?.text).toBe('ein Sprecher der Polizei');
    expect(
      claims.some((c) => c.kind === 'direct' && c.text === '„fast vollständig zum Erliegen gekommen“'),
    ).toBe(true);
  });

  it('needs a Konjunktiv in the frame ("Die Lage bleibt „…“, sagte X" is no report of its own)', () => {
    const claims = claimsOf(
      'Die Lage bleibt „fast vollständig unübersichtlich“, sagte ein Sprecher der Polizei.',
    );
    expect(claims.some((c) => c.kind === 'indirect' && c.text.startsWith('Die Lage'))).toBe(false);
  });
});

describe('"„…“, so <verb> X"', () => {
  it('takes the subject after the verb, past an object pronoun ("so charakterisierte ihn X")', () => {
    const claims = claimsOf(
      'Meier leitet die Firma seit 2019. „Er ist die eiserne Hand in einem eisernen Handschuh“, so charakterisierte ihn der Gewerkschafter Paul Kranz.',
    );
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker?.canonical).toBe('Paul Kranz');
  });

  it('does not reach into the next sentence ("„…“ So schrieb X: …" points forward)', () => {
    const claims = claimsOf(
      'Anna Roth hat gesagt, dass „der Test nichts beweist.“ So schrieb Jan Weber in einem Artikel: „Das ist falsch.“',
    );
    const first = claimWith(claims, 'nichts beweist');
    expect(first.speaker?.canonical).not.toBe('Jan Weber');
  });
});

describe('closing "…, so heißt es in X." and quotes inside a report', () => {
  it('attributes the sentence to the source after "heißt es", and its quote too', () => {
    const claims = claimsOf(
      'Die Kosten sollen „durch mehr Effizienz und eine höhere Produktivität“ sinken, so heißt es in einer Erklärung des Betriebsrates.',
    );
    const report = claims.find((c) => c.kind === 'indirect');
    expect(report?.speaker?.text).toBe('einer Erklärung des Betriebsrates');
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker?.text).toBe('einer Erklärung des Betriebsrates');
  });

  it('gives a bare closing "heißt es" no speaker', () => {
    const c = claimWith(
      claimsOf('Bürgermeister Jan Roth eröffnete die Brücke. Der Zug fahre ab Montag wieder, heißt es.'),
      'Zug',
    );
    expect(c.kind).toBe('indirect');
    expect(c.speaker).toBeUndefined();
  });
});

describe('a subject with an apposition that holds a relative clause', () => {
  it('is the actor a following quote is carried to ("X, eines der Mitglieder, die …, verurteilte …")', () => {
    const claims = claimsOf(
      'Sadiq Khan, eines der Parlamentsmitglieder, die den Brief unterschrieben, verurteilte die Haltung der Regierung. „Diese Politik wird als unfair angesehen.“',
    );
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker?.text).toBe('Sadiq Khan');
  });
});

describe('a stance frame ("zeigte sich zufrieden", "gab sich zuversichtlich") introduces a quote', () => {
  it('after the quote', () => {
    const claims = claimsOf(
      '„Wir haben jetzt vier Punkte“, zeigte sich Trainer Milo Rajevic nach dem Spiel zufrieden.',
    );
    expect(claims.find((c) => c.kind === 'direct')?.speaker?.canonical).toBe('Milo Rajevic');
  });

  it('before a colon', () => {
    const claims = claimsOf(
      'Das Team gewann deutlich. In der ARD zeigte sich Bundestrainer Karl Prokop zufrieden: „Wir haben uns deutlich gesteigert.“',
    );
    expect(claims.find((c) => c.kind === 'direct')?.speaker?.canonical).toBe('Karl Prokop');
  });
});

describe('"In X, die …, heißt es: „…“"', () => {
  it('finds the source before the relative clause', () => {
    const claims = claimsOf(
      'Im letzten Satz der Anordnung, die dem Konzern am Montag zugestellt wurde, heißt es: „Der Konzern darf die Nutzer nicht informieren.“',
    );
    expect(claims.find((c) => c.kind === 'direct')?.speaker?.text).toContain('Anordnung');
  });
});

describe('semicolons and "so" before a quote', () => {
  it('reads two main clauses joined by a semicolon as two statements, each with its own source', () => {
    const claims = claimsOf(
      'Die Veranstalter schätzten etwa 2.000 Teilnehmer; nach Polizeiangaben waren es zirka 1.000.',
    );
    const police = claimWith(claims, 'zirka 1.000');
    expect(police.speaker?.text).toBe('Polizeiangaben');
    expect(police.text).not.toContain('Veranstalter');
  });

  it('keeps a semicolon inside a quote in one utterance', () => {
    const claims = claimsOf('Der Vater sagte: „Ich mache das nicht; mach es selbst.“');
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.text).toBe('„Ich mache das nicht; mach es selbst.“');
    expect(quote?.speaker?.text).toBe('Der Vater');
  });

  it('takes no quote after "so" as a speaker ("…, so „schütze sie Gott“")', () => {
    const claims = claimsOf(
      'Bürgermeister Ray Nagin rief zur Flucht auf. Kämen sie dem nicht nach, so „schütze sie Gott“.',
    );
    for (const c of claims) expect(c.speaker?.text ?? '').not.toMatch(/^„/);
  });
});

describe('a fronted plural object before a singular verb', () => {
  it('makes the phrase after the verb the subject ("Die tibetischen Mönche … beschrieb die Agentur als „…“")', () => {
    const claims = claimsOf(
      'Die tibetischen Mönche, die an den Protesten teilnahmen, beschrieb die Nachrichtenagentur Xinhua als „aggressiv“.',
    );
    expect(claimWith(claims, 'Mönche').speaker?.canonical).toBe('Xinhua');
  });

  it('leaves a plural subject before a plural verb alone ("Die tibetischen Mönche nannten …")', () => {
    const claims = claimsOf('Die tibetischen Mönche nannten die Polizei „brutal und rücksichtslos“.');
    expect(claims.find((c) => c.kind === 'direct')?.speaker?.text).toBe('Die tibetischen Mönche');
  });

  it('keeps lower-case wording after a name out of the speaker ("nannte Minister X „alarmierend“")', () => {
    const claims = claimsOf('Die neuen Zahlen nannte Minister Karl Bauer „alarmierend“.');
    for (const c of claims) expect(c.speaker?.text).toBe('Minister Karl Bauer');
  });
});

describe('a verb-final naming cue right after a quote', () => {
  it('takes the subject of the subordinate clause around the quote ("…, weil die Regierung X als „…“ bezeichnet hat")', () => {
    const claims = claimsOf(
      'Der Bericht ist brisant, weil die Bundesregierung das Land als „junge couragierte Demokratie“ bezeichnet hat.',
    );
    expect(claims.find((c) => c.kind === 'direct')?.speaker?.text).toBe('die Bundesregierung');
  });
});

describe('a cue verb after "und" shares the subject of the first conjunct', () => {
  it('after a fronted time phrase ("Am Montag traf der Minister … und kündigte an, …")', () => {
    const c = claimWith(
      claimsOf('Am Montag traf der Minister die Gewerkschaft und kündigte an, die Löhne zu erhöhen.'),
      'Löhne',
    );
    expect(c.speaker?.text).toBe('der Minister');
  });

  it('after a fronted demonstrative ("Dies wollte X nicht akzeptieren und gab vor, …")', () => {
    const c = claimWith(
      claimsOf(
        'Dies wollte die junge Schülerin nicht akzeptieren und gab vor, eine Aussprache herbeiführen zu wollen.',
      ),
      'Aussprache',
    );
    expect(c.kind).not.toBe('factual');
    expect(c.speaker?.text).toBe('die junge Schülerin');
  });

  it('after "aber" and an apposition', () => {
    const a = claimWith(
      claimsOf(
        'Italien meldete einen Toten, aber die Regierungsvertreter forderten Ruhe und berichteten, dass die Zahl der Fälle sinke.',
      ),
      'Zahl der Fälle',
    );
    expect(a.speaker?.text).toBe('die Regierungsvertreter');
    const b = claimWith(
      claimsOf(
        'Dresdens Bürgermeister, der FDP-Mann Dirk Hilbert, verurteilte den Aufruf scharf und kündigte an, rechtliche Schritte einzuleiten.',
      ),
      'rechtliche Schritte',
    );
    expect(b.speaker?.text).toBe('Dresdens Bürgermeister');
  });

  it('not the subject of a Konjunktiv clause ("Er sagte, Europa brauche X, und fügte hinzu: …")', () => {
    const claims = claimsOf(
      'Präsident Paul Morel lobte London. Er sagte, Europa brauche die Briten und fügte hinzu: „Ohne sie geht es nicht.“',
    );
    expect(claims.find((c) => c.kind === 'direct')?.speaker?.canonical).toBe('Paul Morel');
  });
});

describe('"er"/"sie" after a speaker', () => {
  it('points to the person who just spoke, not to a person spoken about since', () => {
    const claims = claimsOf(
      'Der Wirtschaftsminister Paul Krüger sagte am Montag, die Lage sei ernst. Er habe mit Präsident Xi telefoniert. Er teilte auch Bedenken „über die Handelspraktiken Pekings“.',
    );
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker?.canonical).toBe('Paul Krüger');
  });

  it('still takes a person named earlier in its own sentence ("Als X …, sagte er")', () => {
    const claims = claimsOf(
      'Der Ökonom Peter Bond kritisierte die Stiftung. Als Karl Gates 2010 der WHO Geld gab, sagte er: „Das ist das Jahrzehnt der Impfstoffe.“',
    );
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker?.canonical).toBe('Karl Gates');
  });
});

describe('a genitive place before a role noun', () => {
  it('is whose role it is, not the speaker ("Bayerns Ministerpräsident sagte …")', () => {
    const c = claimWith(
      claimsOf('Bayerns Ministerpräsident sagte am Montag, das Land sei bereit.'),
      'bereit',
    );
    expect(c.speaker?.text).toBe('Bayerns Ministerpräsident');
    expect(c.speaker?.canonical).not.toBe('Bayern');
  });

  it('still lets a name after the role speak ("Chinas neuer Verteidigungsminister Li Shangfu")', () => {
    const c = claimWith(
      claimsOf('Chinas neuer Verteidigungsminister Li Shangfu sagte, die Lage sei gut.'),
      'Lage',
    );
    expect(c.speaker?.canonical).toBe('Li Shangfu');
  });
});

describe('the newspaper a person spoke to', () => {
  it('is not part of the speaker ("sagte Lauterbach der „Rheinischen Post“")', () => {
    const claims = claimsOf(
      'Der Gesundheitsexperte Karl Lauterbach warnte. „Wir müssen vorsichtig sein“, sagte Lauterbach der „Rheinischen Post“.',
    );
    expect(claims.find((c) => c.kind === 'direct')?.speaker?.text).toBe('Lauterbach');
  });
});
