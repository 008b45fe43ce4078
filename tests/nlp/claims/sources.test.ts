// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './helpers.ts';

describe('named sources written as hyphen compounds or with lower-case prefixes', () => {
  it('reads "Nach UNHCR-Angaben" and "Nach einem EU-Dokument" as attributions', () => {
    const a = claimWith(
      claimsOf('Nach UNHCR-Angaben sind 35.000 Menschen in der Stadt eingeschlossen.'),
      'eingeschlossen',
    );
    expect(a.kind).toBe('indirect');
    expect(a.text).toBe('sind 35.000 Menschen in der Stadt eingeschlossen');
    expect(a.speaker?.text).toBe('UNHCR-Angaben');
    const b = claimWith(claimsOf('Nach einem EU-Dokument leben viele Familien in Armut.'), 'Armut');
    expect(b.kind).toBe('indirect');
    expect(b.speaker?.text).toBe('einem EU-Dokument');
  });

  it('takes "laut einer dpa-Meldung" and "Dem Sender al-Dschasira zufolge" as the source', () => {
    const a = claimWith(
      claimsOf('Laut einer dpa-Meldung will der Konzern mit 17 Prozent einsteigen.'),
      'einsteigen',
    );
    expect(a.speaker?.text).toBe('einer dpa-Meldung');
    expect(a.text.startsWith('Laut')).toBe(false);
    const b = claimWith(
      claimsOf('Dem Sender al-Dschasira zufolge wird das Schiff in den Hafen gebracht.'),
      'Schiff',
    );
    expect(b.kind).toBe('indirect');
    expect(b.speaker?.text).toBe('Dem Sender al-Dschasira');
  });

  it('reads "Denn wie X berichtete, …" as an attribution and cuts it from the claim', () => {
    const c = claimWith(
      claimsOf('Denn wie die Zeitung am Montag berichtete, ist der Vertrag gekündigt.'),
      'Vertrag',
    );
    expect(c.text).toBe('ist der Vertrag gekündigt');
    expect(c.speaker?.text).toBe('die Zeitung');
  });

  it('finds the claim of "Ihnen zufolge"', () => {
    const c = claimWith(
      claimsOf(
        'Die Wahlbeobachter legten ihre Zahlen vor. Ihnen zufolge hat die Opposition die Mehrheit erhalten.',
      ),
      'Mehrheit',
    );
    expect(c.kind).toBe('indirect');
    expect(c.cue).toBe('zufolge');
  });
});

describe('words that open a sentence or frame a claim but never speak', () => {
  it('does not take a sentence adverb ("Zwar") or a stance noun ("die Ansicht") as speaker', () => {
    const a = claimWith(claimsOf('Zwar meinen viele, dass die Reform zu spät komme.'), 'Reform');
    expect(a.speaker?.text).not.toBe('Zwar');
    const b = claimWith(claimsOf('Viele teilen die Ansicht, dass die Steuer zu hoch sei.'), 'Steuer');
    expect(b.speaker?.text).not.toBe('die Ansicht');
  });
});

describe('a speaker and the medium that passes it on', () => {
  it('keeps the subject of "Heute bestätigte X laut Reuters, dass …" as speaker, Reuters as via', () => {
    const c = claimWith(
      claimsOf('Heute bestätigte Gabriel Müller laut Reuters, dass es ein Problem gibt.'),
      'Problem',
    );
    expect(c.text).toBe('dass es ein Problem gibt');
    expect(c.speaker?.text).toBe('Gabriel Müller');
    expect(c.via).toContain('Reuters');
  });

  it('gives "Wie die Zeitung berichtete, soll laut einer Studie …" to the study, through the paper', () => {
    const c = claimWith(
      claimsOf(
        'Wie die Süddeutsche Zeitung berichtete, soll sich laut der Studie nur jeder zweite Zahler bessere Bedingungen erhoffen.',
      ),
      'Zahler',
    );
    expect(c.speaker?.text).toBe('der Studie');
    expect(c.cue).toBe('laut');
    expect(c.via).toContain('Süddeutsche Zeitung');
  });
});

describe('sources of quotes after the quote', () => {
  it('never takes a phrase inside the quote as its source, and reads "in einer gestern verbreiteten Erklärung"', () => {
    const c = claimWith(
      claimsOf(
        '„Ich bin im Gebet zu dem Entschluss gekommen, um Rücknahme zu bitten“, heißt es in einer gestern verbreiteten Erklärung.',
      ),
      'Gebet',
    );
    expect(c.kind).toBe('direct');
    expect(c.speaker?.text).toBe('einer gestern verbreiteten Erklärung');
  });

  it('gives "„…“, zitierte man X" to X', () => {
    const c = claimWith(
      claimsOf('„Wir sind unwillkommene Zeugen“, zitierte man Yolanda Alvarez vom Sender RTVE.'),
      'Zeugen',
    );
    expect(c.speaker?.text).toBe('Yolanda Alvarez vom Sender RTVE');
  });
});

describe('what an attribution phrase is not', () => {
  it('does not read "nach Abschluss der Ermittlungen" as a source', () => {
    const cs = claimsOf(
      'Die Staatsanwaltschaft beantragte am Dienstag nach Abschluss der Ermittlungen die Eröffnung eines Prozesses.',
    );
    expect(cs.some((c) => c.speaker?.text.includes('Abschluss'))).toBe(false);
  });

  it('finds no claim in a question with "Ihrer Meinung nach"', () => {
    const cs = claimsOf('Welche Vorschläge der Novelle sind Ihrer Meinung nach verfassungswidrig?');
    expect(cs.filter((c) => c.kind !== 'factual')).toEqual([]);
  });
});

describe('more shapes of named sources', () => {
  it('reads compound report nouns, bracketed acronyms, time tails and web addresses', () => {
    const a = claimWith(
      claimsOf(
        'Nach einem Fernsehbericht des Senders Al-Dschasira ist der frühere Machthaber beerdigt worden.',
      ),
      'beerdigt',
    );
    expect(a.kind).toBe('indirect');
    expect(a.speaker?.text).toBe('des Senders Al-Dschasira');
    const b = claimWith(
      claimsOf(
        'Einer Presseerklärung des Verbandes Deutscher Realschullehrer (VDR) zufolge nahmen mehrere tausend Lehrer teil.',
      ),
      'Lehrer teil',
    );
    expect(b.speaker?.text).toBe('Einer Presseerklärung des Verbandes Deutscher Realschullehrer');
    const c = claimWith(
      claimsOf('Ersten Angaben vom gestrigen Mittwoch zufolge gehörte die Maschine dem Institut.'),
      'Maschine',
    );
    expect(c.speaker?.text).toBe('Ersten Angaben');
    const d = claimWith(
      claimsOf('Der Website worldreferee.com zufolge ist der Schiedsrichter für viele Karten bekannt.'),
      'Karten',
    );
    expect(d.speaker?.text).toBe('Der Website worldreferee.com');
    const e = claimWith(
      claimsOf(
        'Laut faz.net appellierte der Minister an die Teilnehmer, sich für den Klimaschutz zu engagieren.',
      ),
      'Klimaschutz',
    );
    expect(e.speaker?.text).toBe('der Minister');
    expect(e.via).toContain('faz.net');
  });

  it('reads "Nach einer Hochrechnung des Senders" as a source', () => {
    const c = claimWith(
      claimsOf('Nach einer Hochrechnung des Senders entfallen 61 Prozent der Stimmen auf den Gouverneur.'),
      'Prozent',
    );
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.text).toBe('des Senders');
  });

  it('does not read "nach der Unabhängigkeitserklärung" as a source', () => {
    const cs = claimsOf('Sie sollen nach der Unabhängigkeitserklärung beim Aufbau helfen.');
    expect(cs.some((c) => c.kind === 'indirect')).toBe(false);
  });
});

describe('sources of round eight: "aus Sicht", "Danach" after a document, particles of rare forms', () => {
  it('reads "aus Sicht der/von X" as whose view the clause states', () => {
    const a = claimWith(claimsOf('Aus Sicht von Amnesty ist die Lage in dem Land ernst.'), 'ernst');
    expect(a.kind).toBe('indirect');
    expect(a.speaker?.canonical).toBe('Amnesty');
    expect(a.text.startsWith('Aus')).toBe(false);
    const b = claimWith(
      claimsOf('Die Klage hat aus Sicht der Verbände keine aufschiebende Wirkung.'),
      'aufschiebende',
    );
    expect(b.speaker?.text).toBe('der Verbände');
  });

  it('takes "Danach" after a published document as "according to it", and leaves the temporal one alone', () => {
    const cs = claimsOf(
      'Die Bank Credo veröffentlichte am Montag ihre Quartalszahlen. Danach verzeichnet das Institut Verluste von zwölf Milliarden Franken.',
    );
    const a = claimWith(cs, 'Verluste');
    expect(a.kind).toBe('indirect');
    expect(a.speaker?.text).toBe('Danach');
    expect(a.cue).toBe('Danach');
    const later = claimsOf(
      'Der Fahrer verlor die Kontrolle über den Wagen. Danach prallte das Auto gegen einen Baum und fing Feuer.',
    );
    expect(later.some((c) => c.cue === 'Danach')).toBe(false);
  });

  it('knows the particle of a verb form the corpus saw only in other forms ("gingen … davon aus")', () => {
    const c = claimWith(
      claimsOf('Bislang gingen die Forscher davon aus, dass der Komet allein unterwegs war.'),
      'Komet',
    );
    expect(c.kind).toBe('indirect');
    expect(c.speaker?.text).toBe('die Forscher');
  });
});
