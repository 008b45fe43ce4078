// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/cli/dataset/build.ts';
import { Dataset } from '../../src/dataset/index.ts';
import { analyze } from '../../src/nlp/analyze.ts';
import { HAS_SHARED, sharedPath } from '../helpers/shared.ts';

describe.skipIf(!HAS_SHARED)('dataset through the real analyze pipeline', () => {
  it('adds the seed article, resolves its mentions and answers cards for inflected forms', async () => {
    const { dataset, summary } = await buildDataset([
      { path: sharedPath('seed-article.txt'), source: 'dpa', licence: 'test' },
    ]);
    expect(summary).toMatchObject({ read: 1, added: 1 });
    const stats = dataset.stats();
    expect(stats).toMatchObject({ articles: 1, from: '2023-08', to: '2023-08' });
    expect(stats.entities).toBeGreaterThan(3);
    // Whatever the tagger finds for Belarus, the adjective forms lead to the same card.
    const belarus = dataset.cardByName('Belarus');
    expect(belarus?.type).toBe('LOC');
    expect(dataset.cardByName('belarussischen')?.id).toBe(belarus?.id);
    expect(belarus?.firstSeen).toBe('2023-08');

    // The same text analysed again resolves every mention the dataset knows, creating nothing.
    const text = readFileSync(sharedPath('seed-article.txt'), 'utf8').replace(/^\s*date\s+\S+\s+/, '');
    const analysis = analyze(text);
    const { entityIds, summaries } = dataset.resolve(analysis);
    expect(entityIds.length).toBe(analysis.entities.length);
    expect(entityIds.filter((id) => id !== null).length).toBeGreaterThan(analysis.entities.length * 0.8);
    for (const id of entityIds) if (id) expect(summaries[id].articleCount).toBe(1);
    expect(dataset.stats()).toEqual(stats);

    // And the whole thing survives the file format.
    const back = Dataset.decode(dataset.encode());
    expect(back.cardByName('Belarus')).toEqual(belarus);
  });
});
