// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './helpers.ts';

describe('passive and impersonal cues', () => {
  it('gives a passive cue without agent no speaker, not the previous one', () => {
    const cs = claimsOf(
      'Der Minister besuchte am Montag das Werk. Es wird befürchtet, dass die Produktion eingestellt wird.',
    );
    const c = claimWith(cs, 'Produktion');
    expect(c.kind).toBe('indirect');
    expect(c.speaker).toBeUndefined();
  });

  it('does not take the subject of a passive cue for the speaker', () => {
    const c = claimWith(claimsOf('Dem Angeklagten wird vorgeworfen, Geld unterschlagen zu haben.'), 'Geld');
    expect(c.speaker).toBeUndefined();
  });

  it('takes the agent of a passive cue as speaker', () => {
    const c = claimWith(
      claimsOf('Von der Polizei wurde mitgeteilt, dass die Straße wieder frei sei.'),
      'Straße',
    );
    expect(c.speaker?.text).toBe('der Polizei');
  });

  it('finds the source of "heißt es" before a relative clause or after "aus"', () => {
    const a = claimWith(
      claimsOf(
        'In der Vorabversion des Berichts, der ins Netz gestellt wurde, heißt es, die Zahl sei gestiegen.',
      ),
      'Zahl',
    );
    expect(a.speaker?.text).toBe('der Vorabversion des Berichts');
    const b = claimWith(claimsOf('Aus Paris hieß es, das Vorgehen sei eine schwere Verletzung.'), 'Vorgehen');
    expect(b.speaker?.text).toBe('Paris');
  });

  it('cuts a trailing time phrase off a speaker ("Wie der Weltverband FIFA in der Nacht bekanntgab")', () => {
    const c = claimWith(
      claimsOf(
        'Wie der Weltverband FIFA in der Nacht bekanntgegeben hat, wird die WM nicht in Deutschland stattfinden.',
      ),
      'WM',
    );
    expect(c.speaker?.text).toBe('der Weltverband FIFA');
  });

  it('takes the document of "In X heißt es, …" as speaker', () => {
    const c = claimWith(
      claimsOf('In einem Papier des Innenministeriums heißt es, die Regeln hätten sich bewährt.'),
      'Regeln',
    );
    expect(c.speaker?.text).toBe('einem Papier des Innenministeriums');
  });
});

describe('quotes framed by verbs of naming', () => {
  it('makes a one-word quote after "sprach von" or "bezeichnete … als" a direct quote of the subject', () => {
    const cs = claimsOf('Die Opposition sprach von einem „Dammbruch“ und verließ den Saal.');
    const a = claimWith(
      cs.filter((c) => c.kind === 'direct'),
      'Dammbruch',
    );
    expect(a.text).toBe('„Dammbruch“');
    expect(a.speaker?.text).toBe('Die Opposition');
    const b = claimWith(
      claimsOf('Der Minister bezeichnete die Vorwürfe als „haltlos“.').filter((c) => c.kind === 'direct'),
      'haltlos',
    );
    expect(b.speaker?.text).toBe('Der Minister');
  });

  it('takes a quoted title with only articles and prepositions in lower case for no quote', () => {
    for (const text of [
      'Er arbeitet seit Jahren im „Museum für Naturkunde und Geschichte der Stadt“ in Berlin.',
      'Sie leitet das „Department of Vertebrate Zoology“ an der Universität.',
    ])
      expect(claimsOf(text).some((c) => c.kind === 'direct')).toBe(false);
  });

  it('keeps a scare quote without such a verb out', () => {
    const cs = claimsOf('Die Gruppe nannte sich selbst eine Bewegung, die „Reform“ blieb aus.');
    expect(cs.some((c) => c.kind === 'direct')).toBe(false);
  });

  it('takes the agent of a passive whose auxiliary stands before the quote', () => {
    const c = claimWith(
      claimsOf('Seine Werke werden von Musikkennern als „Meilensteine in der Musikgeschichte“ bezeichnet.'),
      'Meilensteine',
    );
    expect(c.speaker?.text).toBe('Musikkennern');
  });

  it('names the source of a passive naming ("In den Medien war … als „…“ bezeichnet worden")', () => {
    const c = claimWith(
      claimsOf('In den Medien war der Auftrag schon als „Geschäft des Jahrhunderts“ bezeichnet worden.'),
      'Jahrhunderts',
    );
    expect(c.kind).toBe('direct');
    expect(c.speaker?.text).toBe('den Medien');
  });
});

describe('speaker phrases', () => {
  it('names the person of an apposition after a role ("Der Vorsitzende …, Sebastian Edathy, sagte")', () => {
    const c = claimWith(
      claimsOf('Der Vorsitzende des Innenausschusses, Sebastian Edathy, sagte, das Gesetz sei maßvoll.'),
      'maßvoll',
    );
    expect(c.speaker?.canonical).toBe('Sebastian Edathy');
    expect(c.speaker?.text).toBe('Der Vorsitzende des Innenausschusses, Sebastian Edathy');
  });

  it('keeps lower-case name particles in a speaker phrase ("Wie de Maizière darlegte")', () => {
    const c = claimWith(
      claimsOf(
        'Innenminister Thomas de Maizière (CDU) war in Berlin. Wie de Maizière darlegte, handelte es sich um einen Testkoffer.',
      ),
      'Testkoffer',
    );
    expect(c.speaker?.canonical).toBe('Thomas de Maizière');
  });

  it('never takes a preposition or a month for a speaker', () => {
    const c = claimWith(
      claimsOf('Bezüglich des Startortes erklärte die Agentur, die Maschine sei in Sentani gestartet.'),
      'Maschine',
    );
    expect(c.speaker?.text).toBe('die Agentur');
  });

  it('never takes a capitalised adverb or "Es" opening the sentence for the speaker', () => {
    const a = claimWith(claimsOf('Vorerst hieß es nur, dass die Ermittlungen andauern.'), 'Ermittlungen');
    expect(a.speaker?.text).not.toBe('Vorerst');
    const b = claimWith(claimsOf('Es sei eine Illusion, sagte der Minister.'), 'Illusion');
    expect(b.speaker?.text).toBe('der Minister');
  });
});

describe('subjects of cue verbs', () => {
  it('takes the subject after a fronted auxiliary ("Bereits … hatte X erklärt")', () => {
    const c = claimWith(
      claimsOf('Bereits vor zwei Wochen hatte die Gewerkschaft erklärt, dass die Grenze erreicht sei.'),
      'Grenze',
    );
    expect(c.speaker?.text).toBe('die Gewerkschaft');
  });

  it('takes a subject headed by a speech noun, never the dative after the verb', () => {
    const c = claimWith(
      claimsOf(
        'Die US-Botschaft in Riad teilte dem Fernsehsender CNN mit, dass keine Bürger verletzt worden seien.',
      ),
      'Bürger',
    );
    expect(c.speaker?.text).toBe('Die US-Botschaft in Riad');
    const d = claimWith(claimsOf('Die Studie warnt, dass die Preise steigen werden.'), 'Preise');
    expect(d.speaker?.text).toBe('Die Studie');
  });

  it('skips a focus particle before the subject ("Auch der Außenminister … kritisierte")', () => {
    const c = claimWith(
      claimsOf('Auch der Außenminister Frank Müller sagte, die Lage sei angespannt.'),
      'angespannt',
    );
    expect(c.speaker?.text).toBe('der Außenminister Frank Müller');
  });

  it('skips a conjunction opening the clause ("…, und UNICEF rief Russland auf")', () => {
    const c = claimWith(
      claimsOf(
        'Der Rat stufte das Gesetz als verfassungswidrig ein, und das Kinderhilfswerk UNICEF rief Russland auf, das Verbot nicht durchzusetzen.',
      ),
      'Verbot',
    );
    expect(c.speaker?.text).toBe('das Kinderhilfswerk UNICEF');
  });

  it('takes "Einer der …" and "Der 23-jährige …" for subjects', () => {
    const a = claimWith(
      claimsOf('Einer der 13 beteiligten Feuerwehrmänner sagte: „Ich habe so etwas noch nie gesehen.“'),
      'nie gesehen',
    );
    expect(a.speaker?.text).toBe('Einer der 13 beteiligten Feuerwehrmänner');
    const b = claimWith(
      claimsOf('Der 23-jährige Sportler sagte, er sei an keiner Schlägerei beteiligt gewesen.'),
      'Schlägerei',
    );
    expect(b.speaker?.text).toBe('Der 23-jährige Sportler');
  });

  it('reads "Als Grund gab X an" as verb-second, not as a subordinate clause', () => {
    const c = claimWith(
      claimsOf(
        'Als Grund für die Kündigung gab die Schule an, die Partei habe sich nicht zu erkennen gegeben.',
      ),
      'Partei',
    );
    expect(c.speaker?.text).toBe('die Schule');
  });

  it('takes the subject after "ließ" and the "aus" source of "verlautete"', () => {
    const a = claimWith(
      claimsOf(
        'Außerdem ließ der Pressedienst des Ministeriums verlauten, dass über die Integration beraten werde.',
      ),
      'Integration',
    );
    expect(a.speaker?.text).toBe('der Pressedienst des Ministeriums');
    const b = claimWith(claimsOf('Aus Militärkreisen verlautete, dass 15 Zivilisten starben.'), 'Zivilisten');
    expect(b.speaker?.text).toBe('Militärkreisen');
  });

  it('takes no name in an apposition for a speech noun', () => {
    const c = claimWith(
      claimsOf(
        'Emily Lau, die Vorsitzende der Demokratischen Partei, sagte, das Prinzip gebe es auch in Nordkorea.',
      ),
      'Prinzip',
    );
    expect(c.text.startsWith('das Prinzip')).toBe(true);
    expect(c.speaker?.canonical).toBe('Emily Lau');
  });

  it('skips a cue inside a relative clause for the cue of the main clause', () => {
    const c = claimWith(
      claimsOf(
        'Ein hoher Beamter, den die Zeitung zitiert, kommentierte, die Erklärungen sollten nur ein Argument liefern.',
      ),
      'Erklärungen',
    );
    expect(c.speaker?.text).toBe('Ein hoher Beamter');
    expect(c.text.startsWith('die Erklärungen')).toBe(true);
  });

  it('keeps a tagged name opening the sentence as the subject before a determiner phrase', () => {
    const c = claimWith(
      claimsOf('Merkel bemängelt die fehlende Unterstützung der Großmächte.'),
      'Unterstützung',
    );
    expect(c.speaker?.text).toBe('Merkel');
  });
});

describe('quotes sharing an attribution', () => {
  it('gives an unattributed quote the speaker of the attributed quote in its sentence', () => {
    const cs = claimsOf(
      'Die „völlig überforderten jungen Soldaten“ hätten „unschuldige Menschen getötet“, so der Abgeordnete.',
    );
    const first = claimWith(cs, 'überforderten');
    expect(first.kind).toBe('direct');
    expect(first.speaker?.text).toBe('der Abgeordnete');
  });
});

describe('main-clause reports in the perfect', () => {
  it('reports "X hat … angekündigt" with X as speaker', () => {
    const c = claimWith(
      claimsOf('Der Außenminister hat heute bei einem Besuch in Bagdad den Abzug der Truppen angekündigt.'),
      'Abzug',
    );
    expect(c.kind).toBe('announcement');
    expect(c.speaker?.text).toBe('Der Außenminister');
  });

  it('does not report a plain action in the perfect', () => {
    const cs = claimsOf('Der Minister hat am Montag das neue Werk in Leipzig besucht.');
    expect(cs.some((c) => c.kind === 'indirect' || c.kind === 'announcement')).toBe(false);
  });
});

describe('main-clause cues learned from training', () => {
  it('keeps verbs that mostly reported speech and drops verbs that mostly headed actions', () => {
    const demand = claimWith(
      claimsOf('Die Gewerkschaft forderte am Montag höhere Löhne für alle Beschäftigten.'),
      'Löhne',
    );
    expect(demand.kind).toBe('indirect');
    expect(demand.speaker?.text).toBe('Die Gewerkschaft');
    const action = claimsOf('Die Firma stellte am Montag in Berlin ihr neues Modell vor.');
    expect(action.some((c) => c.kind === 'indirect' || c.kind === 'announcement')).toBe(false);
  });
});

describe('pronoun speakers', () => {
  it('resolves "sie" with a singular verb to the nearest person the text does not mark as male', () => {
    const cs = claimsOf(
      'Die Ministerin Anna Schmidt sprach zuerst. Danach sprach Minister Peter Müller. Sie sagte, die Lage sei ernst.',
    );
    expect(claimWith(cs, 'Lage').speaker?.canonical).toBe('Anna Schmidt');
  });

  it('never resolves plural "sie" ("Sie forderten") to a single person', () => {
    const c = claimWith(
      claimsOf('Die Gewerkschaften trafen Peter Müller in Berlin. Sie forderten, die Löhne müssten steigen.'),
      'Löhne',
    );
    expect(c.speaker?.canonical).not.toBe('Peter Müller');
  });

  it('resolves "er" to the nearest person, not to an earlier speaker of another gender', () => {
    const cs = claimsOf(
      'Die Abgeordnete Petra Pau sagte, das Gesetz sei falsch. Unterdessen verteidigte der Vorsitzende Sebastian Edathy den Entwurf. Er halte ihn für vertretbar.',
    );
    expect(claimWith(cs, 'vertretbar').speaker?.canonical).toBe('Sebastian Edathy');
  });
});

describe('intentions', () => {
  it('reads "X will …" as an announcement of X, but not past "wollte"', () => {
    const c = claimWith(
      claimsOf('Die Partei will die Krankenversicherung zu einer Bürgerversicherung weiterentwickeln.'),
      'Bürgerversicherung',
    );
    expect(c.kind).toBe('announcement');
    expect(c.speaker?.text).toBe('Die Partei');
    expect(claimsOf('Der Mann wollte nach Hause gehen.').some((x) => x.kind !== 'factual')).toBe(false);
  });
});

describe('attribution phrases', () => {
  it('reads ", wie X, Rolle, mitteilte" as an attribution, not as postposed content', () => {
    const c = claimWith(
      claimsOf('Die Chemikalie stand unter Druck, wie Burt Rutan, Chef der Firma, mitteilte.'),
      'Chemikalie',
    );
    expect(c.text).toBe('Die Chemikalie stand unter Druck');
    expect(c.speaker?.canonical).toBe('Burt Rutan');
  });

  it('reads "X, der …, erklärte …" as subject and relative clause, but keeps content with one', () => {
    const a = claimsOf(
      'Hubert Primus, der bei Stiftung Warentest verantwortlich ist, erklärte die Kritik für unbegründet.',
    );
    expect(a.some((c) => c.text.startsWith('Hubert Primus, der') && c.kind === 'indirect')).toBe(false);
    const b = claimWith(
      claimsOf('Der Plan, den die Regierung vorlegte, sei gescheitert, sagte der Minister.'),
      'Plan',
    );
    expect(b.text).toBe('Der Plan, den die Regierung vorlegte, sei gescheitert');
    expect(b.speaker?.text).toBe('der Minister');
  });

  it('never takes "laut" for a speech verb', () => {
    const cs = claimsOf(
      'Die Strategie hat laut der Tonbandstimme, die dem Anführer gehören soll, Niederlagen gebracht.',
    );
    expect(cs.some((c) => c.text.startsWith('die dem Anführer'))).toBe(false);
  });
});

describe('two reports in one sentence', () => {
  it('splits "X sagte, A, doch Y erklärte, B" into two claims with their own speakers', () => {
    const cs = claimsOf(
      'René Préval sagte vor der Presse, Annabi sei tot, doch Pressesprecher Nicholas Birnback erklärte, den Tod nicht bestätigen zu können.',
    );
    const a = claimWith(cs, 'Annabi');
    expect(a.text).toBe('Annabi sei tot');
    expect(a.speaker?.canonical).toBe('René Préval');
    const b = claimWith(cs, 'bestätigen');
    expect(b.speaker?.canonical).toBe('Nicholas Birnback');
  });
});

describe('headlines', () => {
  it('takes no table row or label line for a "Name: statement" headline', () => {
    const cs = claimsOf('Sozialdemokratische Partei: 28.24 % Sitze 7 (2001: 25,2 %).');
    expect(cs.some((c) => c.kind === 'indirect')).toBe(false);
  });
});

describe('"demnach" as a source', () => {
  it('resolves "Demnach" like a pronoun to the last speaker', () => {
    const c = claimWith(
      claimsOf('Die Polizei sagte am Montag, es gebe zwei Tote. Demnach wurde der Fahrer schwer verletzt.'),
      'Fahrer',
    );
    expect(c.speaker?.text).toBe('Demnach');
    expect(c.speaker?.canonical).toBe('Polizei');
  });
});

describe('speech nouns', () => {
  it('prefers a named source over the subject of the sentence for a noun complement', () => {
    const c = claimWith(
      claimsOf(
        'Die Nähe des Bären zu den Dörfern stellt nach Angaben des Ministeriums ein Risiko dar – es sei nur eine Frage der Zeit, bis der Bär angreife.',
      ),
      'angreife',
    );
    expect(c.speaker?.text).toBe('des Ministeriums');
  });
});

describe('free indirect speech', () => {
  it('reports only the Konjunktiv clause after an indicative main clause, spoken by its subject', () => {
    const c = claimWith(
      claimsOf('Der Minister hat den Vorwurf zurückgewiesen, da er jeder Grundlage entbehre.'),
      'Grundlage',
    );
    expect(c.text).toBe('da er jeder Grundlage entbehre');
    expect(c.speaker?.text).toBe('Der Minister');
  });

  it('does not read the past tense "wollte" or an adverb in -weise as Konjunktiv', () => {
    const cs = claimsOf(
      'Die Anwältin sagte, der Mann sei nicht aggressiv. Der Richter wollte den Termin nicht weiter aufschieben. Die Stoffe sind möglicherweise auch schädlich.',
    );
    expect(cs.some((c) => c.text.includes('Richter') && c.kind !== 'factual')).toBe(false);
    expect(cs.some((c) => c.text.includes('Stoffe') && c.kind !== 'factual')).toBe(false);
  });

  it('gives a Konjunktiv sentence the person opening the sentence before when that one has no claim', () => {
    const cs = claimsOf(
      'Bernhard Suttner sagte, er bleibe dabei. Rückendeckung erhielt er aus der Partei. Gabriela Schimmer-Göresz, Vorsitzende des Kreisverbandes, verteidigte sein Vorgehen. So seien hunderte Menschen auf die Straße gegangen.',
    );
    expect(claimWith(cs, 'hunderte').speaker?.canonical).toContain('Schimmer-Göresz');
  });

  it('does not take the subject of a passive sentence for the actor of the next Konjunktiv sentence', () => {
    const cs = claimsOf(
      'Die Forderungen Berningers wurden von Minister Manfred Stolpe als unrealistisch bezeichnet. Heutige Fahrzeuge seien dazu nicht in der Lage.',
    );
    expect(claimWith(cs, 'Fahrzeuge').speaker?.canonical ?? '').not.toContain('Berninger');
  });

  it('reads "X, Rolle, kritisierte …" as subject and apposition, not as postposed content', () => {
    const cs = claimsOf(
      'Die Haushaltspolitikerin der Grünen, Anja Hajduk, kritisierte die Pläne der Bundesregierung. Hier seien die Mittel „völlig unrealistisch“.',
    );
    // Postposed content would end before the cue; the sentence may be a main-clause report of Hajduk.
    expect(cs.some((c) => c.text === 'Die Haushaltspolitikerin der Grünen, Anja Hajduk')).toBe(false);
    for (const c of cs.filter((x) => x.text.startsWith('Die Haushaltspolitikerin')))
      expect(c.speaker?.canonical).toBe('Anja Hajduk');
    expect(claimWith(cs, 'Mittel').speaker?.text).toContain('Haushaltspolitikerin');
  });

  it('continues a report that has no speaker with the next Konjunktiv I sentence', () => {
    const cs = claimsOf(
      'Es wird erwartet, dass die Preise steigen. Die Kunden müssten sich auf höhere Kosten einstellen. Der Laden war voll.',
    );
    expect(claimWith(cs, 'Kunden').kind).toBe('indirect');
    expect(cs.some((c) => c.text.includes('Laden') && c.kind !== 'factual')).toBe(false);
  });

  it('reads -iere forms as Konjunktiv I and a Konjunktiv after a colon as the subject before it', () => {
    const cs = claimsOf('Der Sprecher sagte, alles sei in Ordnung. Das System funktioniere weiterhin.');
    expect(claimWith(cs, 'System').speaker?.text).toBe('Der Sprecher');
    const c = claimWith(
      claimsOf(
        'Der Generalanwalt legte am Dienstag sein Gutachten vor: Das Gesetz sei mit dem freien Kapitalverkehr unvereinbar.',
      ),
      'Kapitalverkehr',
    );
    expect(c.text).toBe('Das Gesetz sei mit dem freien Kapitalverkehr unvereinbar');
    expect(c.speaker?.text).toBe('Der Generalanwalt');
  });

  it('finds the speaker after a fronted adverbial, after a fronted object, and opening a coordinated sentence', () => {
    const sub = claimWith(
      claimsOf('Des Weiteren verwies Peer Steinbrück darauf, dass der Haushalt verfassungskonform sei.'),
      'Haushalt',
    );
    expect(sub.speaker?.canonical).toBe('Peer Steinbrück');
    const obj = claimWith(
      claimsOf(
        'Die praktische Anwendung der Richtlinie stellte der SPD-Vorsitzende Franz Müntefering ebenfalls in Frage: „Die Anwendung ist nicht lebenswirklich.“',
      ),
      'lebenswirklich',
    );
    expect(obj.speaker?.canonical).toBe('Franz Müntefering');
    const q = claimWith(
      claimsOf('Der Student schlief immer wieder ein und hatte gefragt: „Was ist mit dem Radler passiert?“'),
      'Radler',
    );
    expect(q.speaker?.text).toBe('Der Student');
  });

  it('keeps the subject before an apposition and auxiliary, and coordinated adjectives in a phrase', () => {
    const a = claimWith(
      claimsOf(
        'Der Fraktionsvorsitzende im Landtag, Wolfgang Jüttner, hatte Lenz gestern aufgefordert, sein Mandat niederzulegen.',
      ),
      'Mandat',
    );
    expect(a.speaker?.canonical).toBe('Wolfgang Jüttner');
    const b = claimWith(
      claimsOf(
        'Die afghanischen und ausländischen Soldaten waren davon ausgegangen, die Männer seien dabei, eine Falle zu bauen.',
      ),
      'Falle',
    );
    expect(b.speaker?.text).toBe('Die afghanischen und ausländischen Soldaten');
  });

  it('reads a contrastive particle between subject and verb as part of the prefield', () => {
    const c = claimWith(
      claimsOf('Die Armeeleitung hingegen sprach von einem ganz normalen Absturz der Maschine.'),
      'Absturz',
    );
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.text).toBe('Die Armeeleitung');
  });

  it('never takes the object of a preposition as the actor of a quote cue', () => {
    const c = claimWith(
      claimsOf(
        'Wie die Sportzeitung „L′Equipe“ veröffentlichte, soll Nicolas Anelka zu Raymond Domenech gesagt haben: „Lass mich in Ruhe, du bist ein schlechter Trainer.“',
      ),
      'Trainer',
    );
    expect(c.speaker?.canonical).toBe('Nicolas Anelka');
  });

  it('reads an attributive participle phrase into the speaker and skips the apposition name in the content', () => {
    const a = claimWith(
      claimsOf('Dazu sagte der für die Region zuständige Koordinator, dass nur 14 Boote im Einsatz seien.'),
      'Boote',
    );
    expect(a.speaker?.text).toBe('der für die Region zuständige Koordinator');
    const b = claimWith(
      claimsOf(
        'In einem Interview erklärte der Direktor der Behörde, Mohammed el-Baradei, Nordkorea besitze vier Atomwaffen.',
      ),
      'Atomwaffen',
    );
    expect(b.text).toBe('Nordkorea besitze vier Atomwaffen');
  });
});
