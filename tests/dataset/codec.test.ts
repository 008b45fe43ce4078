// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { adler32 } from '../../src/dataset/codec.ts';
import { Dataset, DatasetError, FORMAT_VERSION } from '../../src/dataset/index.ts';
import { smallDataset } from './fixtures.ts';
import { analysis } from './synthetic.ts';

describe('dataset codec', () => {
  it('round-trips every query result', () => {
    const ds = smallDataset();
    const bytes = ds.encode();
    const back = Dataset.decode(bytes);
    expect(back.stats()).toEqual(ds.stats());
    for (const name of ['Lukaschenko', 'Putins', 'Belarus', 'belarussischen', 'Nato', 'Minsk']) {
      expect(back.cardByName(name)).toEqual(ds.cardByName(name));
    }
    expect(back.related('Lukaschenko droht mit Manövern', { speaker: 'Lukaschenko' })).toEqual(
      ds.related('Lukaschenko droht mit Manövern', { speaker: 'Lukaschenko' }),
    );
    // Encoding is deterministic: the same dataset gives the same bytes.
    expect(back.encode()).toEqual(bytes);
  });

  it('starts with the magic and version and is compressed', () => {
    const bytes = smallDataset().encode();
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('KXDS');
    expect(bytes[4] | (bytes[5] << 8)).toBe(FORMAT_VERSION);
  });

  it('round-trips an empty dataset', () => {
    const back = Dataset.decode(Dataset.empty().encode());
    expect(back.stats()).toMatchObject({ articles: 0, entities: 0, claims: 0 });
  });

  it('rejects a wrong version with a clear error', () => {
    const bytes = smallDataset().encode();
    bytes[4] = FORMAT_VERSION + 1;
    expect(() => Dataset.decode(bytes)).toThrow(DatasetError);
    expect(() => Dataset.decode(bytes)).toThrow(
      new RegExp(`Formatversion ${FORMAT_VERSION + 1}.*Version ${FORMAT_VERSION}`),
    );
  });

  it('rejects a file of the previous format version (1) with a request to rebuild it', () => {
    const bytes = smallDataset().encode();
    bytes[4] = 1;
    bytes[5] = 0;
    expect(() => Dataset.decode(bytes)).toThrow(/Formatversion 1.*Version 2.*neu erzeugen/);
  });

  it('rejects a file that is not a dataset', () => {
    expect(() => Dataset.decode(new TextEncoder().encode('{"hello": 1}'))).toThrow(/KXDS/);
    expect(() => Dataset.decode(new Uint8Array(0))).toThrow(DatasetError);
  });

  it('rejects damaged and truncated data', () => {
    const bytes = smallDataset().encode();
    const flipped = bytes.slice();
    flipped[Math.floor(bytes.length / 2)] ^= 0xff;
    expect(() => Dataset.decode(flipped)).toThrow(/beschädigt/);
    expect(() => Dataset.decode(bytes.subarray(0, bytes.length - 10))).toThrow(/beschädigt/);
  });

  it('rejects a well-formed file whose content is inconsistent', async () => {
    const { deflateSync } = await import('fflate');
    // Core: no strings, then 5 sources with nothing after them; postings: empty.
    const raws = [new Uint8Array([0, 0, 5]), new Uint8Array([0, 0])];
    const packed = raws.map((r) => deflateSync(r));
    const file = new Uint8Array(14 + 24 + packed[0].length + packed[1].length);
    const view = new DataView(file.buffer);
    file.set([0x4b, 0x58, 0x44, 0x53], 0);
    view.setUint16(4, FORMAT_VERSION, true);
    view.setUint32(10, 2, true);
    raws.forEach((r, i) => {
      view.setUint32(14 + 12 * i, packed[i].length, true);
      view.setUint32(18 + 12 * i, r.length, true);
      view.setUint32(22 + 12 * i, adler32(r), true);
    });
    file.set(packed[0], 38);
    file.set(packed[1], 38 + packed[0].length);
    view.setUint32(6, adler32(file.subarray(14, 38)), true);
    expect(() => Dataset.decode(file)).toThrow(/beschädigt: Daten enden zu früh/);
  });

  it('decodes with the native inflater too, with the same result and the same errors', async () => {
    const ds = smallDataset();
    const bytes = ds.encode();
    const back = await Dataset.decodeAsync(bytes);
    expect(back.cardByName('Lukaschenko')).toEqual(ds.cardByName('Lukaschenko'));
    const flipped = bytes.slice();
    flipped[60] ^= 0xff;
    await expect(Dataset.decodeAsync(flipped)).rejects.toThrow(DatasetError);
  });

  it('loads claim texts and postings lazily and keeps indexing new claims', () => {
    const back = Dataset.decode(smallDataset().encode());
    expect(back.search('Gaslieferungen')[0]).toMatchObject({
      kind: 'claim',
      claim: { text: 'die Gaslieferungen zu stoppen' },
    });
    back.addArticle(
      { id: 'neu' },
      analysis(
        'Lukaschenko will Gaslieferungen kürzen.',
        [{ t: 'Lukaschenko', type: 'PER' }],
        [{ t: 'Lukaschenko will Gaslieferungen kürzen', kind: 'announcement', speaker: 'Lukaschenko' }],
      ),
    );
    const texts = back.search('Gaslieferungen').map((h) => (h.kind === 'claim' ? h.claim.text : ''));
    expect(texts).toContain('Lukaschenko will Gaslieferungen kürzen');
    expect(texts).toContain('die Gaslieferungen zu stoppen');
    // Re-encoding a loaded dataset keeps every text.
    const again = Dataset.decode(back.encode());
    expect(again.cardByName('Lukaschenko')?.claimsBy.map((c) => c.text)).toContain(
      'die Gaslieferungen zu stoppen',
    );
  });

  it('spreads many claims over text chunks and finds each again', () => {
    const ds = Dataset.empty();
    for (let i = 0; i < 150; i++) {
      ds.addArticle(
        { id: `a${i}` },
        analysis(
          `Merkel sagte Satz${i}.`,
          [{ t: 'Merkel', type: 'PER' }],
          [{ t: `Satz${i}`, speaker: 'Merkel' }],
        ),
      );
    }
    const back = Dataset.decode(ds.encode());
    let slices = 1;
    while (!back.warm(5)) slices++;
    expect(slices).toBeLessThan(100);
    for (const i of [0, 63, 64, 149]) {
      expect(back.search(`Satz${i}`).find((h) => h.kind === 'claim')).toMatchObject({
        claim: { text: `Satz${i}` },
      });
    }
  });
});
