/**
 * The data files shipped inside the extension: the reference dataset (src/dataset/data/default.kxd)
 * and the NER model (src/nlp/model/ner-model.bin). Vite emits them into the build; the worker reads
 * them from the extension's own package (runtime.getURL), which is not a network request.
 */
import browser from 'webextension-polyfill';
import defaultDatasetUrl from '../dataset/data/default.kxd?url';
import { Dataset } from '../dataset/index.ts';
import modelUrl from '../nlp/model/ner-model.bin?url';
import { taggerFromBytes } from '../nlp/tagger.ts';
import type { TaggerModel } from '../nlp/tagger-model.ts';

/** Returns the bytes of a file in the extension package; throws when it is missing. */
async function readPackaged(path: string, what: string): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${what} nicht lesbar (${response.status}): ${path}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Returns the bundled Dataset, decoded afresh; throws when the packaged file is missing or damaged. */
export async function loadBundledDataset(): Promise<Dataset> {
  return Dataset.decodeAsync(await readPackaged(defaultDatasetUrl, 'Mitgelieferter Datensatz'));
}

/** Returns the bundled NER tagger; throws when the packaged file is missing or damaged. */
export async function loadBundledTagger(): Promise<TaggerModel> {
  return taggerFromBytes(await readPackaged(modelUrl, 'Mitgeliefertes NER-Modell'));
}
