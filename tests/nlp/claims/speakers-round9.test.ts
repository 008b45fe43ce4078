// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './helpers.ts';

// Round nine of the speaker rules (docs/claims.md): who speaks in less common German word orders.
describe('speakers in object-first and impersonal sentences', () => {
  it('takes the one "hieß es vom …" names as the speaker, after a quote and after indirect speech', () => {
    const q = claimWith(
      claimsOf(
        'Die Lage blieb unklar. „Wir prüfen alle Hinweise sorgfältig“, hieß es vom Sprecher Jan Weller.',
      ),
      'Hinweise',
    );
    expect(q.speaker?.canonical).toBe('Jan Weller');
    const r = claimWith(
      claimsOf('Die Lage blieb unklar. Die Ermittlungen dauerten an, hieß es von der Staatsanwaltschaft.'),
      'Ermittlungen',
    );
    expect(r.speaker?.text).toBe('der Staatsanwaltschaft');
  });

  it('reads "„…“, ließ ein Sprecher verlauten" like "„…“, sagte ein Sprecher"', () => {
    const c = claimWith(
      claimsOf(
        'Die Lage blieb unklar. „Wir halten an dem Projekt fest“, ließ ein Sprecher der Stadtwerke verlauten.',
      ),
      'Projekt',
    );
    expect(c.speaker?.text).toBe('ein Sprecher der Stadtwerke');
    expect(c.cue).toBe('ließ … verlauten');
  });

  it('reads "laut dieser Studie" as an attribution, not as a pronoun', () => {
    const c = claimWith(
      claimsOf(
        'Die Forscher legten eine neue Studie vor. Laut dieser Studie würden viele Kinder zu wenig schlafen.',
      ),
      'Kinder',
    );
    expect(c.speaker?.text).toBe('dieser Studie');
  });

  it('reads "nach dem Willen" and "nach Plänen" of someone as attributions', () => {
    const a = claimWith(
      claimsOf('Nach dem Willen der Landesregierung sollen die Gebühren im Herbst steigen.'),
      'Gebühren',
    );
    expect(a.speaker?.text).toBe('der Landesregierung');
    const b = claimWith(
      claimsOf('Nach Plänen des Verkehrsministeriums soll die Brücke 2027 fertig sein.'),
      'Brücke',
    );
    expect(b.speaker?.text).toBe('des Verkehrsministeriums');
  });

  it('takes a name after the verb as the subject when a nameless object opens the sentence', () => {
    const a = claimWith(
      claimsOf('Eine Verschiebung der Abstimmung bezeichnete Kramer als großen Fehler.'),
      'Verschiebung',
    );
    expect(a.speaker?.canonical).toBe('Kramer');
    const b = claimWith(
      claimsOf('Trainer Uwe Kramer äußerte sich nach dem Spiel. Die vielen Tore schreibt er dem Zufall zu.'),
      'Tore',
    );
    expect(b.speaker?.canonical).toBe('Uwe Kramer');
  });

  it('keeps a plural subject before a plural verb ("Die Behörden werfen X … vor")', () => {
    const c = claimWith(claimsOf('Die Behörden werfen Kramer Betrug vor.'), 'Betrug');
    expect(c.speaker?.text).toBe('Die Behörden');
  });

  it('gives an embedded quote the subject that opens the sentence before an apposition', () => {
    const c = claimsOf(
      'Die Lage blieb unklar. Petra Lenz, Präsidentin des Verbandes, begrüßte den Beschluss als „wichtigen Schritt für die Zukunft der Region“.',
    ).find((x) => x.kind === 'direct');
    expect(c?.speaker?.canonical).toBe('Petra Lenz');
  });

  it('gives a quote the subject after the verb when a fronted object opens the sentence', () => {
    const c = claimsOf(
      'Bürgermeister Otto Brand lobte das Projekt. Den Ärger der Anwohner brachte die Sprecherin der Initiative, Lea Born, zum Ausdruck: „Wir werden nicht aufgeben.“',
    ).find((x) => x.kind === 'direct');
    expect(c?.speaker?.canonical).toBe('Lea Born');
  });

  it('lets a pronoun after a quote refer back to the name that introduced it', () => {
    const c = claimsOf(
      'Die Regierung plant eine Reform. Mara Holt, Vorsitzende des Mieterbundes, sagte dazu im Gespräch mit Anna Berg: „Wir werden jeden Schritt der Regierung genau prüfen“, betont sie.',
    ).find((x) => x.kind === 'direct');
    expect(c?.speaker?.canonical).toBe('Mara Holt');
  });

  it('finds the subject of a second clause with an apposition right before its verb', () => {
    const c = claimsOf(
      'Kulturministerin Eva Brandt (CDU) wies diese Behauptung zurück, die bildungspolitische Sprecherin der Regierungsfraktion, Sandra Kohl (GRÜNE), erklärte: „Neiddebatten schaden allen.“',
    ).find((x) => x.kind === 'direct');
    expect(c?.speaker?.canonical).toBe('Sandra Kohl');
  });

  it('reads an attributive participle phrase with an adjective of its own ("die zur … gehörende …")', () => {
    const c = claimWith(
      claimsOf(
        'Der Forscher ist tot. Er starb am Montag, teilte die zur privaten Universität Bonn gehörende Stiftung mit.',
      ),
      'starb',
    );
    expect(c.speaker?.text).toBe('die zur privaten Universität Bonn gehörende Stiftung');
  });

  it('takes the subject after the verb when a fronted object carries a relative clause', () => {
    const c = claimWith(
      claimsOf(
        'Den Schaden, der durch den Sturm entstand, bezifferte Versicherungschef Jan Moll auf zwei Millionen Euro.',
      ),
      'Schaden',
    );
    expect(c.speaker?.canonical).toBe('Jan Moll');
  });
});
