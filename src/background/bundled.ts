/**
 * The reference dataset shipped inside the extension (src/dataset/data/default.kxd). Vite emits the
 * file into the build; the worker reads it from the extension's own package (runtime.getURL), which
 * is not a network request — nothing leaves the machine.
 */
import browser from 'webextension-polyfill';
import defaultDatasetUrl from '../dataset/data/default.kxd?url';
import { Dataset } from '../dataset/index.ts';

/** Returns the bundled Dataset, decoded afresh; throws when the packaged file is missing or damaged. */
export async function loadBundledDataset(): Promise<Dataset> {
  const url = browser.runtime.getURL(defaultDatasetUrl);
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`Mitgelieferter Datensatz nicht lesbar (${response.status}): ${defaultDatasetUrl}`);
  return Dataset.decodeAsync(new Uint8Array(await response.arrayBuffer()));
}
