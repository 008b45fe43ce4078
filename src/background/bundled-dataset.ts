/**
 * The reference dataset shipped inside the extension. It is inlined into the worker bundle at
 * build time, so loading it never touches the network (not even the extension's own URLs).
 */
import { Dataset } from '../dataset/index.ts';

/** Returns a fresh Dataset decoded from the bundled file (empty when the build has none). */
export async function loadBundledDataset(): Promise<Dataset> {
  return Dataset.empty();
}
