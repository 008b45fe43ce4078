import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../src/nlp/base64.ts';
import { TAG_COUNT } from '../../src/nlp/labels.ts';
import { Lexicon } from '../../src/nlp/lexicon.ts';
import { decodeModel, encodeModel } from '../../src/nlp/model-codec.ts';
import { tagWords } from '../../src/nlp/tag-words.ts';
import { getTagger, taggerFromFile } from '../../src/nlp/tagger.ts';

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
  it('round-trips a small model and base64', () => {
    const rowsLog2 = 8;
    const weights = new Int8Array((1 << rowsLog2) * TAG_COUNT);
    weights[5] = 7;
    weights[300] = -128;
    const parts = {
      rowsLog2,
      weights,
      scale: 0.5,
      transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT).fill(0.25),
      lexicon: Lexicon.fromEntries([['Berlin', 4]]),
      clusters: Lexicon.fromEntries([['berlin', 3]]),
    };
    const bytes = encodeModel(parts);
    const back = decodeModel(decodeBase64(encodeBase64(bytes)));
    expect(back.weights).toEqual(weights);
    expect(back.scale).toBe(0.5);
    expect(back.lexicon.mask('Berlin')).toBe(4);
    expect(back.clusters.mask('berlin')).toBe(3);
  });

  it('rejects malformed model files with clear errors', () => {
    expect(() => decodeModel(new Uint8Array([1, 2, 3, 4, 5]))).toThrow(RangeError);
    expect(() => taggerFromFile({ format: 'other', bytes: 0, data: '' })).toThrow(/unsupported format/);
    expect(() => taggerFromFile({ format: 'kontext-ner/1', bytes: 3, data: 'AAAA' })).toThrow(RangeError);
    expect(() => decodeBase64('ab$c')).toThrow(RangeError);
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
