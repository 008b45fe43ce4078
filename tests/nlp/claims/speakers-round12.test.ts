// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './helpers.ts';

// Round twelve of the speaker rules (docs/claims.md): impersonal reports do not inherit the last speaker.
describe('impersonal reports name no speaker of their own', () => {
  it('gives "hatte es geheißen" no speaker, like "hieß es"', () => {
    const c = claimWith(
      claimsOf(
        'Bürgermeisterin Anna Kessler lobte die Helfer. Am Morgen hatte es noch geheißen, die Brücke bleibe gesperrt.',
      ),
      'Brücke',
    );
    expect(c.kind).toBe('indirect');
    expect(c.speaker).toBeUndefined();
  });

  it('gives "war bekannt geworden, dass …" no speaker, like "wurde bekannt"', () => {
    const c = claimWith(
      claimsOf(
        'Ein Sprecher der Stadtwerke sagte, die Leitung sei repariert. Zuvor war bekannt geworden, dass in drei Straßen das Wasser fehlte.',
      ),
      'Wasser',
    );
    expect(c.speaker).toBeUndefined();
  });

  it('reads strong participles without "ge-" as passive ("wurde beschlossen"), with or without agent', () => {
    const none = claimWith(
      claimsOf(
        'Der Stadtrat beklagte den Zustand der Schulen. Außerdem wurde beschlossen, zwei neue Turnhallen zu bauen.',
      ),
      'Turnhallen',
    );
    expect(none.speaker).toBeUndefined();
    const agent = claimWith(
      claimsOf(
        'Die Lage blieb angespannt. Von der Versammlung wurde entschieden, die Schule bis Freitag zu schließen.',
      ),
      'Schule',
    );
    expect(agent.speaker?.text).toBe('der Versammlung');
  });

  it('keeps the future "wird beschließen" active: its subject speaks', () => {
    const c = claimWith(
      claimsOf(
        'Die Lage blieb angespannt. Der Stadtrat wird beschließen, die Schule bis Freitag zu schließen.',
      ),
      'Schule',
    );
    expect(c.speaker?.text).toBe('Der Stadtrat');
  });
});

describe('a name closing a role phrase is the speaker', () => {
  it('links "Die Bundesministerin der Justiz Christine Lambrecht" to the person, keeping the phrase as text', () => {
    const c = claimWith(
      claimsOf(
        'Die Bundesministerin der Justiz Christine Lambrecht sagte, das Gesetz komme noch in diesem Jahr.',
      ),
      'Gesetz',
    );
    expect(c.speaker?.text).toBe('Die Bundesministerin der Justiz Christine Lambrecht');
    expect(c.speaker?.canonical).toBe('Christine Lambrecht');
    const s = claimWith(
      claimsOf('Der Sprecher des Innenministeriums Max Müller sagte, die Lage sei ruhig.'),
      'Lage',
    );
    expect(s.speaker?.canonical).toBe('Max Müller');
  });

  it('does not give the phrase to a name after a preposition or after a second role noun', () => {
    const gov = claimWith(
      claimsOf('Die Regierung von Angela Merkel erklärte, sie werde rasch handeln.'),
      'handeln',
    );
    expect(gov.speaker?.canonical).toBe('Regierung von Angela Merkel');
    const aide = claimWith(
      claimsOf('Der Sprecher des Kanzlers Olaf Scholz sagte, die Lage sei ruhig.'),
      'Lage',
    );
    expect(aide.speaker?.canonical).not.toBe('Olaf Scholz');
  });

  it('ends a genitive speaker phrase before the medium it spoke to ("… des Ministeriums der Zeitung")', () => {
    const c = claimWith(
      claimsOf(
        'Die Zahlen stiegen weiter, sagte eine Sprecherin des Gesundheitsministeriums der Tageszeitung.',
      ),
      'Zahlen',
    );
    expect(c.speaker?.text).toBe('eine Sprecherin des Gesundheitsministeriums');
    const agency = claimWith(
      claimsOf('Die Zahlen stiegen weiter, sagte ein Sprecher der Bundesagentur für Arbeit.'),
      'Zahlen',
    );
    expect(agency.speaker?.text).toBe('ein Sprecher der Bundesagentur für Arbeit');
  });

  it('leaves the occasion out of the speaker ("sagte Bolsonaro in einem Radiointerview")', () => {
    const c = claimWith(claimsOf('Die Lage sei ernst, sagte Bolsonaro in einem Radiointerview.'), 'Lage');
    expect(c.speaker?.text).toBe('Bolsonaro');
    const tv = claimWith(
      claimsOf('Das sei falsch, sagte die Moderatorin Anja Reschke in der ARD-Sendung „Panorama“.'),
      'falsch',
    );
    expect(tv.speaker?.text).toBe('die Moderatorin Anja Reschke');
    const blog = claimWith(claimsOf('Das sei falsch, schrieb der Mediziner Yeadon in einem Blog.'), 'falsch');
    expect(blog.speaker?.text).toBe('der Mediziner Yeadon');
    const place = claimWith(claimsOf('Das sei falsch, sagte ein Sprecher im Innenministerium.'), 'falsch');
    expect(place.speaker?.text).toBe('ein Sprecher im Innenministerium');
  });

  it('does not take the party inside "der CSU-Politiker" for the speaker', () => {
    const c = claimWith(claimsOf('Das sei falsch, sagte der CSU-Politiker am Abend.'), 'falsch');
    expect(c.speaker?.canonical).toBe('CSU-Politiker');
    const body = claimWith(claimsOf('Das CDU-Präsidium erklärte, das sei falsch.'), 'falsch');
    expect(body.speaker?.canonical).toBe('CDU');
  });
});

describe('sentence openers that are no speaker', () => {
  it('does not take an adverb for a speaker when a compound split finds a noun in it', () => {
    const c = claimWith(
      claimsOf(
        'Die Zahl der Rentner steigt. Infolgedessen sieht sich die Rentenkasse mit hohen Ausgaben konfrontiert.',
      ),
      'Rentenkasse',
    );
    expect(c.speaker?.text).toBe('die Rentenkasse');
    const p = claimsOf(
      'Die Regeln gelten ab Mai. Praktisch würde dies heißen, dass alle Läden wieder schließen müssten.',
    );
    expect(p.map((x) => x.speaker?.text)).not.toContain('Praktisch');
  });

  it('reads "Hieß es" as a verb opening the sentence, not as a name', () => {
    const c = claimWith(
      claimsOf(
        'Die Wiener Linien wiesen die Kritik zurück. Hieß es doch, dass die Fahrgäste selbst schuld seien.',
      ),
      'Fahrgäste',
    );
    expect(c.speaker?.text).not.toBe('Hieß');
  });

  it('finds no report in an interview question with a question word', () => {
    const q = claimsOf(
      'Die Daten sind anonym. Unter welchen Voraussetzungen halten Sie die Nutzung für legitim?',
    );
    expect(q.filter((x) => x.kind !== 'factual')).toEqual([]);
  });

  it('does not take a phrase opened by "Jenseits" for a speaker', () => {
    const c = claimWith(
      claimsOf('Jenseits der Soforthilfeprogramme zeichnet sich ab, dass weitere Pakete nötig sind.'),
      'Pakete',
    );
    expect(c.speaker).toBeUndefined();
  });

  it('finds no report in a yes/no question to the reader, but keeps a quoted one', () => {
    const q = claimsOf(
      'Die Lage ist ernst. Können Sie sich vorstellen, dass Politiker das heute sagen würden?',
    );
    expect(q.filter((x) => x.kind !== 'factual')).toEqual([]);
    const quoted = claimWith(
      claimsOf('„Glauben Sie, dass die Regierung lügt?“, fragte der Moderator.'),
      'Regierung',
    );
    expect(quoted.speaker?.text).toBe('der Moderator');
  });

  it('reads a sentence-opening "Würde …," as a conditional verb, not as the noun "Würde"', () => {
    const cs = claimsOf(
      'Am Dienstag steht eine Abstimmung an. Würde das Gesetz diese Hürde passieren, könnte Johnson damit rechnen, die Unterstützung doch noch zu bekommen.',
    );
    expect(cs.map((c) => c.speaker?.text)).not.toContain('Würde');
  });

  it('does not take "auf wiederholte Nachfrage" for a cue and its subject', () => {
    const c = claimWith(
      claimsOf(
        'Auch auf wiederholte Nachfrage wollte sich Rheinmetall nicht dazu äußern, ob eine Behörde informiert wurde.',
      ),
      'Behörde',
    );
    expect(c.speaker?.text).toBe('Rheinmetall');
  });
});

describe('pronouns and first names', () => {
  it('does not let "er" or "sie" point to a person whose first name is of the other sex', () => {
    const he = claimWith(
      claimsOf('Udo Kriese lacht. Gisela Schön blättert in einem Buch. „Das gefällt mir“, sagt er.'),
      'gefällt',
    );
    expect(he.speaker?.canonical).toBe('Udo Kriese');
    const she = claimWith(
      claimsOf('Gisela Schön lacht. Udo Kriese blättert in einem Buch. „Das gefällt mir“, sagt sie.'),
      'gefällt',
    );
    expect(she.speaker?.canonical).toBe('Gisela Schön');
  });

  it('leaves names given to both sexes to the nearest person ("Andrea")', () => {
    const c = claimWith(claimsOf('Andrea Nahles kam spät. „Das gefällt mir“, sagt sie.'), 'gefällt');
    expect(c.speaker?.canonical).toBe('Andrea Nahles');
  });
});

describe('quotes inside reported speech', () => {
  it('gives a quote inside a Konjunktiv sentence to the reporting speaker, not to the sentence subject', () => {
    const cs = claimsOf(
      'Konzernchef Robert Machtlinger sprach von einem gewaltigen Auftragseingang. ' +
        'Die Nachfrage der Airlines sei hoch, „mehr als die Industrie liefern kann“.',
    );
    const q = cs.find((c) => c.kind === 'direct');
    expect(q?.speaker?.canonical).toBe('Robert Machtlinger');
  });

  it('starts a "wonach" source at its noun phrase, not at the verb before it', () => {
    const c = claimWith(
      claimsOf('Am Wochenende machten neue Spekulationen die Runde, wonach der Manager gehen muss.'),
      'Manager',
    );
    expect(c.speaker?.text).toBe('neue Spekulationen');
  });
});

describe('the writer and discourse markers', () => {
  it('gives "Meiner Meinung nach …" to the writer ("Ich"), not to "Meinung"', () => {
    const c = claimWith(claimsOf('Meiner Meinung nach muss es eine solidere Zählung geben.'), 'Zählung');
    expect(c.speaker?.text).toBe('Meiner Meinung');
    expect(c.speaker?.canonical).toBe('Ich');
  });

  it('reads "Kurz gesagt," as a discourse marker, not as a report by "Kurz"', () => {
    const cs = claimsOf('Kurz gesagt, es sind zwei Lager entstanden.');
    expect(cs.map((c) => c.speaker?.text)).not.toContain('Kurz');
  });

  it('does not take a season for a speaker ("wie im Frühjahr angekündigt")', () => {
    const cs = claimsOf('Die Lage blieb ernst, wie im Frühjahr angekündigt.');
    expect(cs.map((c) => c.speaker?.text)).not.toContain('Frühjahr');
  });
});
