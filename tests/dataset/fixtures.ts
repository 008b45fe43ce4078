/** A small synthetic dataset shared by the codec, query and read-flag tests. */
import { Dataset } from '../../src/dataset/index.ts';
import { analysis } from './synthetic.ts';

/** Returns a dataset of four articles about two politicians, with descriptors and claims. */
export function smallDataset(): Dataset {
  const ds = Dataset.empty();
  ds.addArticle(
    { id: 'n1', date: '2022-05-03', source: 'Wikinews', licence: 'CC BY', title: 'Gipfel in Minsk' },
    analysis(
      'Der belarussische Machthaber Alexander Lukaschenko empfing Wladimir Putin in Minsk. „Wir stehen fest zusammen“, sagte Lukaschenko.',
      [
        { t: 'belarussische', type: 'LOC', form: 'deriv', canonical: 'Belarus' },
        { t: 'Alexander Lukaschenko', type: 'PER', descriptor: 'der belarussische Machthaber' },
        { t: 'Wladimir Putin', type: 'PER', descriptor: 'Kremlchef' },
        { t: 'Minsk', type: 'LOC' },
        { t: 'Lukaschenko', type: 'PER', canonical: 'Alexander Lukaschenko' },
      ],
      [{ t: 'Wir stehen fest zusammen', speaker: 'Alexander Lukaschenko', cue: 'sagte' }],
    ),
  );
  ds.addArticle(
    { url: 'https://example.org/a2#top', date: '2022-06', source: 'example.org', licence: 'CC BY' },
    analysis(
      'Präsident Lukaschenko kündigte Manöver mit Russland an. Putin lobte die militärische Zusammenarbeit mit Belarus.',
      [
        { t: 'Lukaschenko', type: 'PER', descriptor: 'Präsident' },
        { t: 'Russland', type: 'LOC' },
        { t: 'Putin', type: 'PER' },
        { t: 'Belarus', type: 'LOC' },
      ],
      [
        {
          t: 'Präsident Lukaschenko kündigte Manöver mit Russland an',
          kind: 'announcement',
          speaker: 'Lukaschenko',
          cue: 'kündigte … an',
        },
        {
          t: 'Putin lobte die militärische Zusammenarbeit mit Belarus',
          kind: 'indirect',
          speaker: 'Putin',
          cue: 'lobte',
        },
      ],
    ),
  );
  ds.addArticle(
    { id: 'n3', source: 'derStandard', licence: 'CC BY-NC-SA 4.0' },
    analysis(
      'Die Nato warnt Russland vor einer Eskalation.',
      [
        { t: 'Nato', type: 'ORG' },
        { t: 'Russland', type: 'LOC' },
      ],
      [
        {
          t: 'Die Nato warnt Russland vor einer Eskalation',
          kind: 'indirect',
          speaker: 'Nato',
          cue: 'warnt',
        },
      ],
    ),
  );
  ds.addArticle(
    { id: 'n4', date: '2021-11-20', source: 'Wikinews', licence: 'CC BY' },
    analysis(
      'Lukaschenko drohte, die Gaslieferungen zu stoppen.',
      [{ t: 'Lukaschenko', type: 'PER' }],
      [{ t: 'die Gaslieferungen zu stoppen', kind: 'indirect', speaker: 'Lukaschenko', cue: 'drohte' }],
    ),
  );
  return ds;
}
