/**
 * The shipped NER tagger, decoded once on first use from model/ner-model.json (a base64 string
 * in a JSON module, so the same import works in Node, tests and the extension's worker bundle).
 */

import { decodeBase64 } from './base64.ts';
import MODEL_FILE from './model/ner-model.json' with { type: 'json' };
import { decodeModelWithLiveRows } from './model-codec.ts';
import { TaggerModel } from './tagger-model.ts';

interface ModelFile {
  format: string;
  bytes: number;
  data: string;
}

let cached: TaggerModel | undefined;

/** Returns a TaggerModel decoded from a model file object; throws on a malformed file. */
export function taggerFromFile(file: ModelFile): TaggerModel {
  if (file.format !== 'kontext-ner/1') throw new RangeError(`NER model: unsupported format "${file.format}"`);
  const bytes = decodeBase64(file.data);
  if (bytes.length !== file.bytes)
    throw new RangeError(`NER model: ${bytes.length} bytes, header says ${file.bytes}`);
  const { parts, live } = decodeModelWithLiveRows(bytes);
  return new TaggerModel(parts, live);
}

/** Returns the shipped tagger (decoded on first call, then cached). */
export function getTagger(): TaggerModel {
  cached ??= taggerFromFile(MODEL_FILE as ModelFile);
  return cached;
}
