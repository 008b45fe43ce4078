/** Locations of the shared reference data, relative to the repo root (../shared). */
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(REPO_ROOT, '../shared');
