/** Builds the worker's Deps from the browser APIs (the only place that touches them besides index.ts). */
import browser from 'webextension-polyfill';
import { Dataset } from '../dataset/index.ts';
import { analyze } from '../nlp/analyze.ts';
import { useTagger } from '../nlp/tagger.ts';
import { loadBundledDataset, loadBundledTagger } from './bundled.ts';
import type { ReferenceDataset } from './dataset-port.ts';
import { DatasetHolder, type Deps, datasetLoader } from './deps.ts';
import { PageStates } from './page-states.ts';
import { ReaderStore } from './reader-store.ts';
import { SettingsStore } from './settings-store.ts';
import { memoryArea, type StorageArea } from './storage-area.ts';

/** Returns storage.session when the browser has it (survives worker restarts), else memory. */
function sessionArea(): StorageArea {
  // biome-ignore lint/suspicious/noExplicitAny: storage.session is missing from older typings/browsers
  const session = (browser.storage as any).session as StorageArea | undefined;
  return session ?? memoryArea();
}

/** Returns the worker's dependencies; nothing is loaded until a message needs it. */
export function createDeps(): Deps {
  let store: Promise<ReaderStore> | undefined;
  const openStore = () => {
    store ??= ReaderStore.open().catch((error: unknown) => {
      store = undefined;
      throw error;
    });
    return store;
  };
  let tagger: Promise<void> | undefined;
  const loadTagger = () => {
    tagger ??= loadBundledTagger().then(useTagger, (error: unknown) => {
      tagger = undefined;
      throw error;
    });
    return tagger;
  };
  const decode = (bytes: Uint8Array) => Dataset.decode(bytes) as unknown as ReferenceDataset;
  return {
    extensionId: browser.runtime.id,
    analyze: async (text) => {
      await loadTagger();
      return analyze(text);
    },
    decodeDataset: decode,
    dataset: new DatasetHolder(
      datasetLoader({
        bundled: async () => (await loadBundledDataset()) as unknown as ReferenceDataset,
        store: openStore,
        decode,
      }),
    ),
    store: openStore,
    settings: new SettingsStore(browser.storage.local as unknown as StorageArea),
    pages: new PageStates(sessionArea()),
    progress: (p) => {
      // Nobody listening (no options page open) is normal: the broadcast is dropped.
      browser.runtime.sendMessage(p).catch(() => {});
    },
    now: () => Date.now(),
  };
}
