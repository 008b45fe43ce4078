import { describe, expect, it } from 'vitest';
import {
  checkJsonLines,
  detectFormat,
  ImportError,
  readForImport,
  toBase64,
} from '../../src/options/importFile.ts';

describe('detectFormat', () => {
  it('goes by file extension', () => {
    expect(detectFormat('articles.JSONL')).toBe('jsonl');
    expect(detectFormat('x.ndjson')).toBe('jsonl');
    expect(detectFormat('kontext-lesespeicher-2023-01-01.json')).toBe('store');
    expect(detectFormat('dataset.kontext.gz')).toBe('dataset');
  });
});

describe('readForImport', () => {
  it('returns JSON Lines text and reports progress up to 1', async () => {
    const seen: number[] = [];
    const text =
      '{"url":"https://a.example/1","text":"Eins."}\n\n{"url":"https://a.example/2","text":"Zwei."}\n';
    const data = await readForImport(new Blob([text]), 'jsonl', (f) => seen.push(f));
    expect(data).toBe(text);
    expect(seen.at(-1)).toBe(1);
  });

  it('names the first broken line of JSON Lines', () => {
    expect(() => checkJsonLines('{"a":1}\n{"b":\n')).toThrow(/Zeile 2/);
  });

  it('rejects empty files and broken JSON with an ImportError', async () => {
    await expect(readForImport(new Blob([]), 'store')).rejects.toBeInstanceOf(ImportError);
    await expect(readForImport(new Blob(['  \n']), 'jsonl')).rejects.toThrow(/leer/);
    await expect(readForImport(new Blob(['{"a":']), 'store')).rejects.toThrow(/kein gültiges JSON/);
  });

  it('sends a dataset file as base64 of its bytes', async () => {
    const bytes = new Uint8Array([0x1f, 0x8b, 0, 255, 10, 65]);
    const data = await readForImport(new Blob([bytes]), 'dataset');
    expect(data).toBe(toBase64(bytes));
    expect(Uint8Array.from(atob(data), (c) => c.charCodeAt(0))).toEqual(bytes);
  });

  it('encodes large buffers in chunks', () => {
    const big = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(atob(toBase64(big)).length).toBe(big.length);
  });
});
