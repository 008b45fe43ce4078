// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Dataset } from '../../src/dataset/index.ts';
import { analysis } from './synthetic.ts';

describe('cross-article entity merging', () => {
  it('looks a bare surname up as the full name of most articles, not a stray entity of that exact name', () => {
    const ds = Dataset.empty();
    for (const [id, date] of [
      ['p1', '2021-01-04'],
      ['p2', '2021-02-08'],
      ['p3', '2021-03-01'],
    ])
      ds.addArticle(
        { id, date, source: 'T' },
        analysis('Die Ministerin Erika Mustermann sprach in Kassel.', [
          { t: 'Erika Mustermann', type: 'PER' },
          { t: 'Kassel', type: 'LOC' },
        ]),
      );
    // One article where the tagger took the surname for an organisation.
    ds.addArticle(
      { id: 'o1', date: '2021-04-01', source: 'T' },
      analysis('Mustermann und Twitter stritten.', [
        { t: 'Mustermann', type: 'ORG' },
        { t: 'Twitter', type: 'ORG' },
      ]),
    );
    expect(ds.cardByName('Mustermann')?.name).toBe('Erika Mustermann');
    expect(ds.cardByName('Mustermanns')?.articleCount).toBe(3);
  });

  it('merges inflected forms and a later bare surname into the full name', () => {
    const ds = Dataset.empty();
    ds.addArticle(
      { id: 'a1', date: '2021-03-02', source: 'T' },
      analysis('Der belarussische Machthaber Alexander Lukaschenko sprach.', [
        { t: 'belarussische', type: 'LOC', form: 'deriv', canonical: 'Belarus' },
        { t: 'Alexander Lukaschenko', type: 'PER', descriptor: 'der belarussische Machthaber' },
      ]),
    );
    ds.addArticle(
      { id: 'a2', date: '2021-04-10', source: 'T' },
      analysis('Lukaschenkos Regierung und Lukaschenko selbst.', [
        { t: 'Lukaschenkos', type: 'PER' },
        { t: 'Lukaschenko', type: 'PER' },
      ]),
    );
    ds.addArticle(
      { id: 'a3', date: '2022-01-05', source: 'T' },
      analysis('Präsident Lukaschenko in Minsk.', [
        { t: 'Lukaschenko', type: 'PER', descriptor: 'Präsident' },
        { t: 'Minsk', type: 'LOC' },
      ]),
    );
    const card = ds.cardByName('Lukaschenkos');
    expect(card?.name).toBe('Alexander Lukaschenko');
    expect(card?.articleCount).toBe(3);
    expect(card?.mentionCount).toBe(4);
    expect(card?.firstSeen).toBe('2021-03-02');
    expect(card?.lastSeen).toBe('2022-01-05');
    expect(card?.perMonth).toEqual([
      { month: '2021-03', count: 1 },
      { month: '2021-04', count: 2 },
      { month: '2022-01', count: 1 },
    ]);
    expect(card?.descriptors.map((d) => [d.text, d.date])).toEqual([
      ['Präsident', '2022-01-05'],
      ['der belarussische Machthaber', '2021-03-02'],
    ]);
    expect(ds.stats().entities).toBe(3);
  });

  it('merges a bare surname seen first into the full name that appears later', () => {
    const ds = Dataset.empty();
    ds.addArticle({ id: 'a1' }, analysis('Lukaschenko sprach.', [{ t: 'Lukaschenko', type: 'PER' }]));
    ds.addArticle(
      { id: 'a2' },
      analysis('Alexander Lukaschenko sprach.', [{ t: 'Alexander Lukaschenko', type: 'PER' }]),
    );
    expect(ds.stats().entities).toBe(1);
    const card = ds.cardByName('Lukaschenko');
    expect(card?.name).toBe('Alexander Lukaschenko');
    expect(card?.articleCount).toBe(2);
    // The old id still finds the merged entity.
    expect(ds.card('lukaschenko')?.id).toBe(card?.id);
  });

  it('maps demonyms and place adjectives to the place', () => {
    const ds = Dataset.empty();
    ds.addArticle(
      { id: 'a1' },
      analysis('In Moskau und Belarus.', [
        { t: 'Moskau', type: 'LOC' },
        { t: 'Belarus', type: 'LOC' },
      ]),
    );
    ds.addArticle(
      { id: 'a2' },
      analysis('Die Moskauer Konferenz und die belarussische Armee.', [
        { t: 'Moskauer', type: 'LOC', form: 'deriv' },
        { t: 'belarussische', type: 'LOC', form: 'deriv' },
      ]),
    );
    expect(ds.stats().entities).toBe(2);
    expect(ds.cardByName('Moskau')?.articleCount).toBe(2);
    expect(ds.cardByName('Moskauer')?.name).toBe('Moskau');
    expect(ds.cardByName('belarussischen')?.name).toBe('Belarus');
    expect(ds.cardByName('Belarus')?.articleCount).toBe(2);
  });

  it('treats acronym case and well-known variant spellings as one entity', () => {
    const ds = Dataset.empty();
    ds.addArticle(
      { id: 'a1' },
      analysis('Die NATO tagt in Kiew.', [
        { t: 'NATO', type: 'ORG' },
        { t: 'Kiew', type: 'LOC' },
      ]),
    );
    ds.addArticle(
      { id: 'a2' },
      analysis('Die Nato und Kyjiw.', [
        { t: 'Nato', type: 'ORG' },
        { t: 'Kyjiw', type: 'LOC' },
      ]),
    );
    expect(ds.stats().entities).toBe(2);
    const kiew = ds.cardByName('Kyjiw');
    expect(kiew?.name).toBe('Kiew');
    expect(kiew?.aliases).toContain('Kyjiw');
    expect(ds.cardByName('NATO')?.articleCount).toBe(2);
  });

  it('learns an acronym given in brackets after the full name', () => {
    const ds = Dataset.empty();
    ds.addArticle(
      { id: 'a1' },
      analysis('Die Deutsche Bundesbank (DBB) meldet.', [
        { t: 'Deutsche Bundesbank', type: 'ORG' },
        { t: 'DBB', type: 'ORG' },
      ]),
    );
    ds.addArticle({ id: 'a2' }, analysis('Die DBB meldet.', [{ t: 'DBB', type: 'ORG' }]));
    expect(ds.stats().entities).toBe(1);
    expect(ds.cardByName('DBB')?.name).toBe('Deutsche Bundesbank');
    expect(ds.cardByName('DBB')?.articleCount).toBe(2);
  });

  it('keeps two people with one surname apart and resolves a bare surname by context', () => {
    const ds = Dataset.empty();
    for (let i = 0; i < 3; i++) {
      ds.addArticle(
        { id: `o${i}` },
        analysis('Olaf Scholz von der SPD in Berlin.', [
          { t: 'Olaf Scholz', type: 'PER' },
          { t: 'SPD', type: 'ORG' },
          { t: 'Berlin', type: 'LOC' },
        ]),
      );
      ds.addArticle(
        { id: `r${i}` },
        analysis('Roland Scholz vom FC Hintertupfing.', [
          { t: 'Roland Scholz', type: 'PER' },
          { t: 'FC Hintertupfing', type: 'ORG' },
        ]),
      );
    }
    expect(ds.search('Scholz').filter((h) => h.kind === 'entity').length).toBe(2);
    // A bare surname with party context goes to the politician.
    ds.addArticle(
      { id: 'x1' },
      analysis('Scholz und die SPD.', [
        { t: 'Scholz', type: 'PER' },
        { t: 'SPD', type: 'ORG' },
      ]),
    );
    expect(ds.card('olaf-scholz')?.articleCount).toBe(4);
    expect(ds.card('roland-scholz')?.articleCount).toBe(3);
    // Without context nothing decides: it is not forced onto either.
    ds.addArticle({ id: 'x2' }, analysis('Scholz sagte nichts.', [{ t: 'Scholz', type: 'PER' }]));
    expect(ds.card('olaf-scholz')?.articleCount).toBe(4);
    expect(ds.card('roland-scholz')?.articleCount).toBe(3);
    // A different first name is a different person, not a variant.
    ds.addArticle({ id: 'x3' }, analysis('Hanna Scholz.', [{ t: 'Hanna Scholz', type: 'PER' }]));
    expect(ds.card('hanna-scholz')?.articleCount).toBe(1);
    // An initial that fits only one of them joins that one.
    ds.addArticle({ id: 'x4' }, analysis('R. Scholz spielt.', [{ t: 'R. Scholz', type: 'PER' }]));
    expect(ds.card('roland-scholz')?.articleCount).toBe(4);
  });

  it('keeps a person and a place of the same name apart', () => {
    const ds = Dataset.empty();
    ds.addArticle({ id: 'a1' }, analysis('George Washington.', [{ t: 'George Washington', type: 'PER' }]));
    ds.addArticle({ id: 'a2' }, analysis('In Washington.', [{ t: 'Washington', type: 'LOC' }]));
    expect(ds.stats().entities).toBe(2);
  });
});
