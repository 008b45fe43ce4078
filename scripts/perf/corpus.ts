/** Corpus reading shared by the perf scripts: gzipped JSON Lines under ../shared. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SHARED } from '../ner/paths.ts';

export { SHARED };

/** Returns the records of a gzipped JSON Lines file under ../shared. */
// biome-ignore lint/suspicious/noExplicitAny: corpus records are untyped JSON
export function jsonl(path: string): any[] {
  return gunzipSync(readFileSync(resolve(SHARED, path)))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}
