// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Dataset } from '../../src/dataset/index.ts';
import { smallDataset } from './fixtures.ts';
import { analysis } from './synthetic.ts';

const page = () =>
  analysis(
    'Lukaschenko traf in Minsk Vertreter der Nato.',
    [
      { t: 'Lukaschenko', type: 'PER', descriptor: 'Staatschef' },
      { t: 'Minsk', type: 'LOC' },
      { t: 'Nato', type: 'ORG' },
    ],
    [{ t: 'Lukaschenko traf in Minsk Vertreter der Nato', kind: 'factual' }],
  );

describe('adding articles', () => {
  it('is idempotent per id and per URL (fragment ignored)', () => {
    const ds = smallDataset();
    const before = ds.stats();
    expect(ds.addArticle({ id: 'n1' }, page())).toEqual({ added: false, reason: 'already in the dataset' });
    expect(ds.addArticle({ url: 'https://example.org/a2' }, page()).added).toBe(false);
    expect(ds.stats()).toEqual(before);
    const noId = page();
    expect(ds.addArticle({ title: 'x' }, noId).added).toBe(true);
    expect(ds.addArticle({ title: 'x' }, noId).added).toBe(false);
  });

  it('rejects bad input with a reason and changes nothing', () => {
    const ds = smallDataset();
    const before = ds.stats();
    expect(ds.addArticle({ id: 'z', date: '03.05.2022' }, page()).reason).toMatch(/invalid date/);
    expect(ds.addArticle({ id: 'z', date: '0001-01-01' }, page()).reason).toMatch(/invalid date/);
    expect(ds.addArticle({ id: 'z' }, { sentences: [], entities: 'x' } as never).reason).toMatch(
      /invalid analysis/,
    );
    expect(ds.addArticle({ id: 'z' }, { sentences: [], entities: [], claims: [] }).reason).toMatch(
      /no entities/,
    );
    expect(ds.stats()).toEqual(before);
  });

  it("marks the reader's articles as read and can remove them again", () => {
    const ds = smallDataset();
    const before = ds.encode();
    const luka = ds.cardByName('Lukaschenko')!;
    expect(luka.readCount).toBe(0);
    ds.addArticle({ url: 'https://zeitung.example/minsk', date: '2023-08-31', title: 'Minsk' }, page(), {
      read: true,
    });
    const after = ds.cardByName('Lukaschenko')!;
    expect(after.articleCount).toBe(luka.articleCount + 1);
    expect(after.readCount).toBe(1);
    expect(after.descriptors[0]).toMatchObject({
      text: 'Staatschef',
      read: true,
      date: '2023-08-31',
      source: 'zeitung.example',
    });
    expect(after.coverage.to).toBe('2023-08-31');
    const claim = ds.search('Vertreter', 5).find((h) => h.kind === 'claim');
    expect(claim?.kind === 'claim' && claim.claim.read).toBe(true);
    // An entity only the reader's reading knows appears and goes again.
    ds.addArticle(
      { url: 'https://zeitung.example/2' },
      analysis('Li Shangfu kam.', [{ t: 'Li Shangfu', type: 'PER' }]),
      { read: true },
    );
    expect(ds.cardByName('Li Shangfu')?.readCount).toBe(1);
    ds.removeRead();
    expect(ds.cardByName('Li Shangfu')).toBeNull();
    expect(ds.cardByName('Lukaschenko')?.readCount).toBe(0);
    expect(ds.encode()).toEqual(before);
  });

  it('resolves a page without creating entities', () => {
    const ds = smallDataset();
    const before = ds.stats();
    const a = analysis('Lukaschenkos Besuch bei Putin und Li Shangfu.', [
      { t: 'Lukaschenkos', type: 'PER' },
      { t: 'Putin', type: 'PER' },
      { t: 'Li Shangfu', type: 'PER' },
    ]);
    const { entityIds, summaries } = ds.resolve(a);
    expect(entityIds).toEqual(['alexander-lukaschenko', 'wladimir-putin', null]);
    expect(summaries['alexander-lukaschenko']).toMatchObject({
      name: 'Alexander Lukaschenko',
      type: 'PER',
      articleCount: 3,
      readCount: 0,
    });
    expect(ds.stats()).toEqual(before);
  });

  it('merges another dataset, skipping articles it already has', () => {
    const ds = smallDataset();
    const other = Dataset.empty();
    other.addArticle({ id: 'n1' }, page());
    other.addArticle(
      { id: 'o2', date: '2023-01-01', source: 'Import', licence: 'CC BY' },
      analysis(
        'Der weißrussische Präsident Lukaschenko und Kyjiw.',
        [
          { t: 'Lukaschenko', type: 'PER', descriptor: 'Der weißrussische Präsident' },
          { t: 'Kyjiw', type: 'LOC' },
        ],
        [{ t: 'Lukaschenko und Kyjiw', kind: 'factual' }],
      ),
    );
    const imported = Dataset.decode(other.encode());
    ds.merge(imported);
    const luka = ds.cardByName('Lukaschenko')!;
    expect(luka.articleCount).toBe(4);
    expect(luka.descriptors[0]).toMatchObject({
      text: 'Der weißrussische Präsident',
      date: '2023-01-01',
      source: 'Import',
    });
    expect(ds.cardByName('Kiew')?.name).toBe('Kiew');
    expect(ds.stats().sources.find((s) => s.name === 'Import')).toEqual({
      name: 'Import',
      licence: 'CC BY',
      articles: 1,
    });
    // Merging twice adds nothing.
    const stats = ds.stats();
    ds.merge(imported);
    expect(ds.stats()).toEqual(stats);
  });
});
