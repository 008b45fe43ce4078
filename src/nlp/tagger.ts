/**
 * The NER tagger that analyze() uses. This layer reads no files: whoever runs it hands over the
 * model (model/ner-model.bin) — the extension's background fetches it from its package, Node code
 * imports src/cli/ner-model.ts, which reads it with fs on first use.
 */
import { decodeModel } from './model-codec.ts';
import { TaggerModel } from './tagger-model.ts';

let source: (() => TaggerModel) | undefined;
let cached: TaggerModel | undefined;

/** Returns a tagger decoded from the bytes of a model file; throws RangeError on a malformed file. */
export function taggerFromBytes(bytes: Uint8Array): TaggerModel {
  return new TaggerModel(decodeModel(bytes).parts);
}

/** Sets the tagger getTagger() returns: a model, or a function that loads it on first use. */
export function useTagger(model: TaggerModel | (() => TaggerModel)): void {
  cached = model instanceof TaggerModel ? model : undefined;
  source = model instanceof TaggerModel ? undefined : model;
}

/** Returns the tagger set with useTagger (loading it on first call); throws if none was set. */
export function getTagger(): TaggerModel {
  if (cached) return cached;
  if (!source)
    throw new Error(
      'NER model not loaded: in Node import src/cli/ner-model.ts first; elsewhere call useTagger(taggerFromBytes(bytes))',
    );
  cached = source();
  return cached;
}
