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

/**
 * Returns loaders of the bundled tagger and dataset (each decoded afresh per call; they throw when
 * a packaged file is missing or damaged). Both files are read together and decoding starts only
 * once both are in: the worker's own thread drains the file streams, so decoding one while the
 * other still streams stalls that one (measured: docs/bench-worker.md). The bytes stay for later
 * dataset reloads (after an import or clear).
 */
export function bundledLoaders(): { tagger: () => Promise<TaggerModel>; dataset: () => Promise<Dataset> } {
  let files: Promise<[Uint8Array, Uint8Array]> | undefined;
  const read = () => {
    files ??= Promise.all([
      readPackaged(modelUrl, 'Mitgeliefertes NER-Modell'),
      readPackaged(defaultDatasetUrl, 'Mitgelieferter Datensatz'),
    ]).catch((error: unknown) => {
      files = undefined;
      throw error;
    });
    return files;
  };
  return {
    tagger: async () => taggerFromBytes((await read())[0]),
    dataset: async () => Dataset.decodeAsync((await read())[1]),
  };
}
