import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../src/nlp/base64.ts';
import { TAG_COUNT } from '../../src/nlp/labels.ts';
import { Lexicon } from '../../src/nlp/lexicon.ts';
import { decodeModel, denseWeights, encodeModel } from '../../src/nlp/model-codec.ts';
import { tagWords } from '../../src/nlp/tag-words.ts';
import { getTagger, taggerFromBytes, useTagger } from '../../src/nlp/tagger.ts';

const tag = (s: string): string[] => tagWords(s.split(' '));

describe('NER tagger', () => {
  it('loads the shipped model', () => {
    const t = getTagger();
    expect(t.parts.lexicon.size).toBeGreaterThan(1000);
    expect(t.tag([])).toEqual([]);
  });

  it('tags persons, places and organisations in plain news sentences', () => {
    expect(tag('Bundeskanzler Olaf Scholz reiste am Montag nach Paris .')).toEqual([
      'O',
      'B-PER',
      'I-PER',
      'O',
      'O',
      'O',
      'O',
      'B-LOC',
      'O',
    ]);
    const t = tag('Die SPD kritisierte die Pläne der Bundesregierung in Berlin .');
    expect(t[1]).toBe('B-ORG');
    expect(t[8]).toBe('B-LOC');
  });

  it('tags derivations and weapons systems', () => {
    expect(tag('Die französischen Soldaten blieben .')[1]).toBe('B-LOCderiv');
    expect(tag('Viele Kölner Studenten demonstrierten .')[1]).toBe('B-LOCderiv');
    expect(tag('Die Armee setzte Patriot-Raketen ein .')[3]).toBe('B-OTH');
  });

  it('keeps one tag per word and valid BIO', () => {
    const words = 'Der Nato-Gipfel in Vilnius mit Joe Biden und Emmanuel Macron endete .'.split(' ');
    const tags = tagWords(words);
    expect(tags).toHaveLength(words.length);
    tags.forEach((t, i) => {
      if (t.startsWith('I-')) expect(tags[i - 1].slice(2)).toBe(t.slice(2));
    });
  });
});

describe('model file codec', () => {
  const rowsLog2 = 8;
  const small = () => {
    const weights = new Int8Array((1 << rowsLog2) * TAG_COUNT);
    weights[5] = 7;
    weights[300] = -128;
    weights[301] = 1;
    weights[weights.length - 1] = 127;
    return {
      rowsLog2,
      weights,
      scale: 0.5,
      transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT).fill(0.25),
      lexicon: Lexicon.fromEntries([['Berlin', 4]]),
      clusters: Lexicon.fromEntries([['berlin', 3]]),
    };
  };

  it('round-trips a small model and its metadata', () => {
    const parts = small();
    const bytes = encodeModel(parts, { trained: '2026-11-29', command: 'train --out Köln.bin' });
    expect(bytes.length % 4).toBe(0);
    const { parts: back, meta } = decodeModel(bytes);
    expect(denseWeights(back.weights, back.rowsLog2)).toEqual(parts.weights);
    expect(back.scale).toBe(0.5);
    expect(back.lexicon.mask('Berlin')).toBe(4);
    expect(back.clusters.mask('berlin')).toBe(3);
    expect(meta).toEqual({ trained: '2026-11-29', command: 'train --out Köln.bin' });
  });

  it('writes Brown paths as KNR4 and a model without them as KNR3', () => {
    const withBrown = { ...small(), brownPaths: Uint32Array.from([0b10110, 0b11]) };
    const bytes = encodeModel(withBrown);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('KNR4');
    const back = decodeModel(bytes).parts;
    expect([...(back.brownPaths ?? [])]).toEqual([0b10110, 0b11]);
    expect(denseWeights(back.weights, rowsLog2)).toEqual(withBrown.weights);
    expect(back.clusters.mask('berlin')).toBe(3);
    const plain = encodeModel(small());
    expect(String.fromCharCode(...plain.subarray(0, 4))).toBe('KNR3');
    expect(decodeModel(plain).parts.brownPaths?.length).toBe(0);
    expect(plain.length).toBe(bytes.length - 12);
  });

  it('reads a file that does not start on a 4-byte boundary', () => {
    const bytes = encodeModel(small());
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const back = decodeModel(shifted.subarray(1)).parts;
    expect(denseWeights(back.weights, rowsLog2)).toEqual(small().weights);
  });

  it('reads the older KNR1 format', () => {
    // "KNR1", 2^8 rows, tag count, scale, transitions, two empty tables, one row (5) with tag 3 = 7.
    const head = [...'KNR1'].map((c) => c.charCodeAt(0));
    const floats = new Float32Array([0.5, ...new Array((TAG_COUNT + 1) * TAG_COUNT).fill(0)]);
    const bytes = Uint8Array.from([
      ...head,
      rowsLog2,
      TAG_COUNT,
      ...new Uint8Array(floats.buffer),
      0,
      0,
      1,
      5,
      1 << 3,
      0,
      0,
      0,
      7,
    ]);
    const back = decodeModel(bytes).parts;
    const dense = denseWeights(back.weights, rowsLog2);
    expect(dense[5 * TAG_COUNT + 3]).toBe(7);
    expect(dense.reduce((a, v) => a + Math.abs(v), 0)).toBe(7);
  });

  it('rejects malformed model files with clear errors', () => {
    const bytes = encodeModel(small());
    expect(() => decodeModel(new Uint8Array([1, 2, 3, 4, 5]))).toThrow(/bad magic/);
    expect(() => taggerFromBytes(bytes.subarray(0, bytes.length - 8))).toThrow(RangeError);
    const extra = new Uint8Array(bytes.length + 4);
    extra.set(bytes);
    expect(() => decodeModel(extra)).toThrow(/trailing bytes/);
    expect(() => decodeBase64('ab$c')).toThrow(RangeError);
  });

  it('uses the tagger it is given', () => {
    const shipped = getTagger();
    const tiny = taggerFromBytes(encodeModel(small()));
    try {
      useTagger(() => tiny);
      expect(getTagger()).toBe(tiny);
    } finally {
      useTagger(shipped);
    }
    expect(getTagger()).toBe(shipped);
  });
});

describe('tagging odd tokens', () => {
  it('copes with truncations, lone letters and symbols', () => {
    const words = ['Ein-', 'und', 'US-', '-', '', 'A', '😀', 'x'.repeat(300), 'Müller-'];
    const tags = tagWords(words);
    expect(tags).toHaveLength(words.length);
    expect(tags[5]).toBe('O');
  });
});
