// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTaggerFile, shippedModelPath } from '../../src/cli/ner-model.ts';
import { encodeBase64 } from '../../src/nlp/base64.ts';
import { TAG_COUNT } from '../../src/nlp/labels.ts';
import { Lexicon } from '../../src/nlp/lexicon.ts';
import { encodeModel } from '../../src/nlp/model-codec.ts';

const dir = mkdtempSync(join(tmpdir(), 'kontext-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tiny = encodeModel({
  rowsLog2: 8,
  weights: new Int8Array(256 * TAG_COUNT).fill(1, 0, 3),
  scale: 1,
  transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
  lexicon: Lexicon.fromEntries([['Berlin', 4]]),
  clusters: Lexicon.fromEntries([]),
});

describe('NER model files in Node', () => {
  it('reads the shipped model', () => {
    expect(readTaggerFile(shippedModelPath()).parts.lexicon.size).toBeGreaterThan(1000);
  });

  it('reads a binary model file and a model JSON file of the older trainer', () => {
    const bin = join(dir, 'model.bin');
    writeFileSync(bin, tiny);
    expect(readTaggerFile(bin).parts.lexicon.mask('Berlin')).toBe(4);
    const json = join(dir, 'model.json');
    writeFileSync(
      json,
      JSON.stringify({ format: 'kontext-ner/1', bytes: tiny.length, data: encodeBase64(tiny) }),
    );
    expect(readTaggerFile(json).parts.lexicon.mask('Berlin')).toBe(4);
  });

  it('names the file it cannot read', () => {
    const other = join(dir, 'other.json');
    writeFileSync(other, '{"format":"something-else"}');
    expect(() => readTaggerFile(other)).toThrow(/other\.json: not a Kontext NER model file/);
  });
});
