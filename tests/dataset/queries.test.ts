// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Dataset, FORMAT_VERSION } from '../../src/dataset/index.ts';
import { smallDataset } from './fixtures.ts';
import { analysis } from './synthetic.ts';

describe('card', () => {
  it('answers for any inflected form, with descriptors, claims and coverage', () => {
    const ds = smallDataset();
    const card = ds.cardByName('Lukaschenkos')!;
    expect(card).toMatchObject({
      id: 'alexander-lukaschenko',
      name: 'Alexander Lukaschenko',
      type: 'PER',
      articleCount: 3,
    });
    expect(card.descriptor).toBe('Präsident');
    expect(card.descriptors.map((d) => `${d.text}|${d.date}|${d.source}`)).toEqual([
      'Präsident|2022-06|example.org',
      'der belarussische Machthaber|2022-05-03|Wikinews',
    ]);
    expect(card.claimsBy.map((c) => c.text)).toEqual([
      'Präsident Lukaschenko kündigte Manöver mit Russland an',
      'Wir stehen fest zusammen',
      'die Gaslieferungen zu stoppen',
    ]);
    expect(card.claimsBy[0]).toMatchObject({
      kind: 'announcement',
      cue: 'kündigte … an',
      speaker: { name: 'Alexander Lukaschenko', entityId: 'alexander-lukaschenko' },
      about: ['russland'],
      date: '2022-06',
      url: 'https://example.org/a2#top',
    });
    expect(card.related.map((r) => [r.name, r.count])).toEqual([
      ['Wladimir Putin', 2],
      ['Belarus', 2],
      ['Minsk', 1],
      ['Russland', 1],
    ]);
    expect(card.coverage).toEqual({ articles: 4, from: '2021-11-20', to: '2022-06' });
    expect(card.firstSeen).toBe('2021-11-20');
    expect(card.lastSeen).toBe('2022-06');
  });

  it('lists claims about an entity made by others', () => {
    const ds = smallDataset();
    const russland = ds.cardByName('Russlands')!;
    expect(russland.claimsAbout.map((c) => c.speaker?.name)).toEqual(['Alexander Lukaschenko', 'Nato']);
  });

  it('returns null for unknown names and ids', () => {
    const ds = smallDataset();
    expect(ds.cardByName('Unbekannter')).toBeNull();
    expect(ds.card('no-such-id')).toBeNull();
    expect(ds.cardByName('')).toBeNull();
  });

  it('card ids are stable across encode/decode', () => {
    const ds = smallDataset();
    const id = ds.cardByName('Putin')!.id;
    expect(Dataset.decode(ds.encode()).card(id)?.name).toBe('Wladimir Putin');
  });
});

describe('related claims', () => {
  it('ranks same speaker and shared entities and wording first, never the claim itself', () => {
    const ds = smallDataset();
    const rel = ds.related('Lukaschenko kündigte neue Manöver mit Russland an', { speaker: 'Lukaschenko' });
    expect(rel[0].text).toBe('Präsident Lukaschenko kündigte Manöver mit Russland an');
    expect(rel.map((c) => c.speaker?.name)).toContain('Alexander Lukaschenko');
    const self = ds.related('Wir stehen fest zusammen');
    expect(self.some((c) => c.text === 'Wir stehen fest zusammen')).toBe(false);
  });

  it('finds claims by the entities a text names even without a speaker', () => {
    const ds = smallDataset();
    const rel = ds.related('Die Nato und Russland', { limit: 5 });
    expect(rel[0].text).toBe('Die Nato warnt Russland vor einer Eskalation');
    expect(rel.length).toBeLessThanOrEqual(5);
  });

  it('returns nothing for unrelated text', () => {
    expect(smallDataset().related('Das Wetter in Hamburg bleibt regnerisch')).toEqual([]);
  });
});

describe('search', () => {
  it('finds entities by word prefix and claims by words', () => {
    const ds = smallDataset();
    const hits = ds.search('lukasch');
    expect(hits[0]).toMatchObject({ kind: 'entity', entity: { name: 'Alexander Lukaschenko' } });
    const claims = ds.search('Gaslieferungen');
    expect(claims[0]).toMatchObject({ kind: 'claim', claim: { text: 'die Gaslieferungen zu stoppen' } });
    expect(ds.search('')).toEqual([]);
  });

  it('sees articles added after the first query', () => {
    const ds = smallDataset();
    expect(ds.search('Windkraft').length).toBe(0);
    ds.addArticle(
      { id: 'w1' },
      analysis(
        'Habeck will mehr Windkraft.',
        [{ t: 'Habeck', type: 'PER' }],
        [{ t: 'Habeck will mehr Windkraft', kind: 'factual' }],
      ),
    );
    expect(ds.search('Windkraft')[0]).toMatchObject({ kind: 'claim' });
    expect(ds.search('Habeck')[0]).toMatchObject({ kind: 'entity', entity: { name: 'Habeck' } });
  });
});

describe('stats', () => {
  it('reports counts, date range and sources with licences', () => {
    expect(smallDataset().stats()).toEqual({
      version: FORMAT_VERSION,
      articles: 4,
      entities: 6,
      claims: 5,
      from: '2021-11-20',
      to: '2022-06',
      sources: [
        { name: 'Wikinews', licence: 'CC BY', articles: 2 },
        { name: 'example.org', licence: 'CC BY', articles: 1 },
        { name: 'derStandard', licence: 'CC BY-NC-SA 4.0', articles: 1 },
      ],
    });
  });
});
