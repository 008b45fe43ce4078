/**
 * The NER model in Node: reads model files with fs. Importing this module makes analyze() use the
 * shipped model (src/nlp/model/ner-model.bin, or ner-model.bin beside the bundled CLI), read on
 * first use — every Node entry point that analyses text imports it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBase64 } from '../nlp/base64.ts';
import { taggerFromBytes, useTagger } from '../nlp/tagger.ts';
import type { TaggerModel } from '../nlp/tagger-model.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Next to dist/cli/kontext.mjs (scripts/build.ts copies it there), else the source tree's. */
const CANDIDATES = [join(HERE, 'ner-model.bin'), join(HERE, '../nlp/model/ner-model.bin')];

/** Path of the shipped model file. */
export function shippedModelPath(): string {
  const path = CANDIDATES.find((p) => existsSync(p));
  if (!path) throw new Error(`NER model file not found (looked for ${CANDIDATES.join(', ')})`);
  return path;
}

/**
 * Returns the tagger of a model file: ner-model.bin as written by `npm run train:ner`, or a
 * `{"format":"kontext-ner/1",…,"data":base64}` JSON file written by the trainer before.
 */
export function readTaggerFile(path: string): TaggerModel {
  const bytes = readFileSync(path);
  if (bytes[0] !== 0x7b) return taggerFromBytes(bytes);
  const file = JSON.parse(bytes.toString('utf8')) as { format?: string; data?: string };
  if (file.format !== 'kontext-ner/1' || typeof file.data !== 'string')
    throw new RangeError(`${path}: not a Kontext NER model file`);
  return taggerFromBytes(decodeBase64(file.data));
}

useTagger(() => readTaggerFile(shippedModelPath()));
