/** Synthetic cards, claims and page results for the UI tests (invented data, not from any article). */
import type { ClaimRecord, EntityCard } from '../../src/dataset/types.ts';
import type { Claim } from '../../src/nlp/types.ts';
import type { AnalyzeResult, PageState, Responses } from '../../src/protocol/messages.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/protocol/settings.ts';

export const HOSTILE = '<img src=x onerror="window.__pwned=1">"&\'';

/** Returns a dataset claim with overridable fields. */
export function makeRecord(over: Partial<ClaimRecord> = {}): ClaimRecord {
  return {
    id: 'c1',
    text: 'Wir werden die Brücke bis zum Herbst fertigstellen.',
    kind: 'announcement',
    speaker: { name: 'Erika Beispiel', entityId: 'e1' },
    cue: 'kündigte … an',
    via: ['Nachrichtenagentur X'],
    about: ['e2'],
    date: '2023-05-04',
    source: 'Beispielzeitung',
    title: 'Brückenbau geht voran',
    url: 'https://news.example/bruecke',
    ...over,
  };
}

/** Returns an entity card with overridable fields. */
export function makeCard(over: Partial<EntityCard> = {}): EntityCard {
  return {
    id: 'e1',
    name: 'Erika Beispiel',
    type: 'PER',
    category: undefined,
    descriptor: 'Bürgermeisterin von Musterstadt',
    articleCount: 12,
    readCount: 2,
    aliases: ['Erika Beispiel', 'E. Beispiel'],
    descriptors: [
      {
        text: 'Bürgermeisterin von Musterstadt',
        date: '2023-08-15',
        source: 'Beispielzeitung',
        title: 'Rathaus',
        url: 'https://news.example/a',
      },
      { text: 'frühere Ministerin', date: '2022-01', source: 'Wikinews', read: true },
    ],
    mentionCount: 30,
    firstSeen: '2022-01-10',
    lastSeen: '2023-08-15',
    perMonth: [
      { month: '2023-01', count: 2 },
      { month: '2023-03', count: 6 },
      { month: '2023-04', count: 1 },
    ],
    related: [
      { id: 'e2', name: 'Musterstadt', type: 'LOC', count: 9 },
      { id: 'e3', name: 'Partei der Mitte', type: 'ORG', count: 4 },
    ],
    claimsBy: [makeRecord()],
    claimsAbout: [],
    coverage: { articles: 5000, from: '2020-01', to: '2023-09' },
    ...over,
  };
}

/** Returns a page claim. */
export function makePageClaim(over: Partial<Claim> = {}): Claim {
  return {
    start: 40,
    end: 80,
    text: 'Die Brücke wird im Herbst fertig',
    kind: 'indirect',
    speaker: { text: 'sie', canonical: 'Erika Beispiel' },
    cue: 'sagte',
    via: ['Lokalradio', 'Agentur Y'],
    ...over,
  };
}

/** Returns an analysed page: Erika Beispiel twice (known), Musterstadt once (known), one unknown ORG, one claim of each of two kinds. */
export function makeResult(): AnalyzeResult {
  return {
    analysis: {
      sentences: [{ start: 0, end: 200 }],
      entities: [
        {
          start: 0,
          end: 14,
          text: 'Erika Beispiel',
          type: 'PER',
          canonical: 'Erika Beispiel',
          descriptor: 'Bürgermeisterin',
        },
        { start: 20, end: 31, text: 'Musterstadt', type: 'LOC', canonical: 'Musterstadt' },
        { start: 90, end: 97, text: 'Beispiel', type: 'PER', canonical: 'Erika Beispiel' },
        { start: 100, end: 110, text: 'Verein Süd', type: 'ORG', canonical: 'Verein Süd' },
      ],
      claims: [
        makePageClaim(),
        makePageClaim({
          start: 120,
          end: 160,
          kind: 'factual',
          speaker: undefined,
          via: [],
          text: 'Die Brücke kostet 3 Millionen Euro',
        }),
      ],
    },
    entityIds: ['e1', 'e2', 'e1', null],
    summaries: {
      e1: {
        id: 'e1',
        name: 'Erika Beispiel',
        type: 'PER',
        descriptor: 'Bürgermeisterin',
        articleCount: 12,
        readCount: 2,
      },
      e2: { id: 'e2', name: 'Musterstadt', type: 'LOC', articleCount: 40, readCount: 0 },
    },
  };
}

/** Returns the page state of an analysed news page. */
export function makePage(over: Partial<PageState> = {}): PageState {
  return {
    url: 'https://news.example/artikel',
    title: 'Brücke fast fertig',
    status: 'analyzed',
    result: makeResult(),
    learned: false,
    ...over,
  };
}

/** Returns a stats reply. */
export function makeStats(over: Partial<Responses['stats']> = {}): Responses['stats'] {
  return {
    dataset: {
      version: 1,
      articles: 1234,
      entities: 5678,
      claims: 910,
      from: '2014-01',
      to: '2023-09',
      sources: [
        { name: 'Wikinews', licence: 'CC BY 2.5', articles: 1000 },
        { name: HOSTILE, licence: 'CC BY-SA 4.0', articles: 234 },
      ],
    },
    store: { articles: 3, entities: 20, claims: 4 },
    ...over,
  };
}

/** Returns settings with overrides. */
export function makeSettings(over: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...over };
}
