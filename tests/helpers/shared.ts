/**
 * Locates ../shared (the reference data beside the repo). CI always has it; a fresh clone
 * elsewhere may not, and then tests that need it skip with a clear message.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const HAS_SHARED = existsSync(resolve(SHARED_DIR, 'seed-article.txt'));
export const SHARED_MISSING = `../shared not found at ${SHARED_DIR}: tests that need the reference data are skipped`;
if (!HAS_SHARED) console.warn(SHARED_MISSING);

/** Absolute path of a file under ../shared. */
export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}
