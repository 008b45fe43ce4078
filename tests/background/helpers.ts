/** Test wiring for the background: real Dataset and ReaderStore (fake-indexeddb), a tiny analyser. */
import 'fake-indexeddb/auto';
import type { ReferenceDataset } from '../../src/background/dataset-port.ts';
import { DatasetHolder, type Deps, datasetLoader, type Progress } from '../../src/background/deps.ts';
import { PageStates } from '../../src/background/page-states.ts';
import { ReaderStore } from '../../src/background/reader-store.ts';
import { SettingsStore } from '../../src/background/settings-store.ts';
import { memoryArea } from '../../src/background/storage-area.ts';
import { Dataset } from '../../src/dataset/index.ts';
import type { Analysis, EntityType, Mention } from '../../src/nlp/types.ts';

export const EXTENSION_ID = 'kontext-test-id';
export const SELF = { id: EXTENSION_ID, tab: { id: 7 } };

const NAMES: [string, EntityType, string][] = [
  ['Alexander Lukaschenko', 'PER', 'Alexander Lukaschenko'],
  ['Lukaschenko', 'PER', 'Alexander Lukaschenko'],
  ['Belarus', 'LOC', 'Belarus'],
  ['China', 'LOC', 'China'],
  ['Nato', 'ORG', 'Nato'],
];

/** Returns an Analysis that marks the fixed names above (a stand-in for nlp.analyze, so these tests test the worker). */
export function fakeAnalyze(text: string): Analysis {
  const entities: Mention[] = [];
  const taken: boolean[] = [];
  for (const [name, type, canonical] of NAMES) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (taken[at]) continue;
      for (let i = at; i < at + name.length; i++) taken[i] = true;
      entities.push({ start: at, end: at + name.length, text: name, type, canonical });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  return { sentences: [{ start: 0, end: text.length }], entities, claims: [] };
}

let dbCounter = 0;

/** Returns Deps over a fresh IndexedDB database, with call counters for the analyser and loader. */
export async function makeDeps(options: { bundled?: () => Dataset; dbName?: string } = {}) {
  const dbName = options.dbName ?? `kontext-test-${++dbCounter}-${Math.random()}`;
  const progress: Progress[] = [];
  const counters = { analyze: 0, loads: 0 };
  let store: Promise<ReaderStore> | undefined;
  const openStore = () => {
    store ??= ReaderStore.open(dbName);
    return store;
  };
  const decode = (bytes: Uint8Array) => Dataset.decode(bytes) as unknown as ReferenceDataset;
  const deps: Deps = {
    extensionId: EXTENSION_ID,
    analyze: (text) => {
      counters.analyze++;
      return fakeAnalyze(text);
    },
    decodeDataset: decode,
    dataset: new DatasetHolder(
      datasetLoader({
        bundled: async () => {
          counters.loads++;
          return (options.bundled?.() ?? Dataset.empty()) as unknown as ReferenceDataset;
        },
        store: openStore,
        decode,
      }),
    ),
    store: openStore,
    settings: new SettingsStore(memoryArea()),
    pages: new PageStates(memoryArea()),
    progress: (p) => progress.push(p),
    now: () => 1_700_000_000_000,
  };
  return { deps, progress, counters, dbName };
}

export const ARTICLE_1 =
  'Minsk. Der belarussische Machthaber Alexander Lukaschenko hat China besucht. Lukaschenko sprach mit der Führung in Peking über Belarus.';
export const ARTICLE_2 = 'Die Nato beobachtet Belarus. Lukaschenko wies die Kritik zurück.';
