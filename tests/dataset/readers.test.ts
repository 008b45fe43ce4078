// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  articleFromRecord,
  isoDate,
  parseQuotedCsv,
  type ReadItem,
  readInput,
  splitDateMarker,
} from '../../src/cli/dataset/readers.ts';

async function all(path: string): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInput(path)) out.push(item);
  return out;
}

describe('corpus readers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kx-readers-'));

  it('reads the leading date marker of a text file', () => {
    expect(splitDateMarker(' date 2023-08 Chinas neuer Minister')).toEqual({
      text: 'Chinas neuer Minister',
      date: '2023-08',
    });
    expect(splitDateMarker('\uFEFFKein Datum')).toEqual({ text: 'Kein Datum' });
    expect(isoDate('2020-03-09T10:00:00Z')).toBe('2020-03-09');
    expect(isoDate('9.3.2020')).toBeUndefined();
    expect(isoDate('0001-01-01')).toBeUndefined();
  });

  it('maps FANG-COVID, Wikinews and generic JSON records', () => {
    const fang = articleFromRecord(
      {
        id: '35352',
        source: 'zeit.de',
        date: '2020-03-09',
        url: 'https://zeit.de/x',
        header: 'Titel',
        article: 'Text.',
      },
      {},
    );
    expect(fang).toMatchObject({
      ok: true,
      article: {
        text: 'Text.',
        meta: {
          id: 'zeit.de:35352',
          title: 'Titel',
          date: '2020-03-09',
          source: 'zeit.de',
          url: 'https://zeit.de/x',
        },
      },
    });
    const wiki = articleFromRecord(
      {
        file: '11059 - Passagierflugzeug landete in Guam (2005-08-20).pretty.json',
        originalText: 'Gestern …',
      },
      {},
    );
    expect(wiki).toMatchObject({
      ok: true,
      article: {
        meta: {
          id: 'wikinews-de:11059',
          title: 'Passagierflugzeug landete in Guam',
          date: '2005-08-20',
          source: 'Wikinews',
        },
      },
    });
    expect(articleFromRecord({ title: 'x' }, {})).toMatchObject({ ok: false, reason: /no text field/ });
    expect(articleFromRecord([1], {})).toMatchObject({ ok: false });
    const badDate = articleFromRecord({ text: 'T', date: 'gestern' }, {});
    expect(badDate).toMatchObject({ ok: true, warning: /unreadable date/ });
  });

  it('parses the 10kGNAD CSV dialect', () => {
    const rows = parseQuotedCsv("Sport;'Ein ''Test''; mit Semikolon'\nKultur;'Zwei\nZeilen'\nKaputt\n");
    expect(rows.map((r) => r.fields)).toEqual([
      ['Sport', "Ein 'Test'; mit Semikolon"],
      ['Kultur', 'Zwei\nZeilen'],
      ['Kaputt'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reads a CSV file and reports its bad records', async () => {
    const path = join(dir, 'test.csv');
    writeFileSync(path, "Sport;'Der FC spielte.'\nnur ein Feld\nWeb;'offen\n");
    const items = await all(path);
    expect(items.map((i) => i.ok)).toEqual([true, false, false]);
    expect(items[0]).toMatchObject({
      ok: true,
      article: { meta: { id: '10kgnad-test:1', source: 'derStandard', licence: 'CC BY-NC-SA 4.0' } },
    });
    expect(items[2]).toMatchObject({ ok: false, reason: 'unterminated quote' });
  });

  it('reads gzipped JSONL, skipping bad lines and reporting a damaged stream', async () => {
    const good = join(dir, 'good.jsonl.gz');
    const lines = ['{"id":"1","text":"Eins."}', 'kein json', '{"id":"2","text":"Zwei."}'].join('\n');
    writeFileSync(good, gzipSync(lines));
    const items = await all(good);
    expect(items.map((i) => (i.ok ? i.article.meta.id : i.reason))).toEqual(['1', 'invalid JSON', '2']);
    const damaged = join(dir, 'damaged.jsonl.gz');
    const bytes = gzipSync(
      Array.from({ length: 200 }, (_, i) => `{"id":"${i}","text":"Satz ${i}."}`).join('\n'),
    );
    writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const partial = await all(damaged);
    expect(partial.at(-1)).toMatchObject({ ok: false, reason: /unreadable from here on/ });
  });

  it('reports missing files, unknown formats and invalid UTF-8', async () => {
    expect(await all(join(dir, 'missing.txt'))).toEqual([
      { ok: false, where: join(dir, 'missing.txt'), reason: 'file not found' },
    ]);
    expect((await all(join(dir, 'x.pdf')))[0]).toMatchObject({ ok: false, reason: /unknown input format/ });
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.from([0x66, 0xff, 0xfe, 0x66]));
    expect((await all(bad))[0]).toMatchObject({ ok: false, reason: /UTF-8/ });
  });

  it('reads the main text of a saved HTML page with its date', async () => {
    const path = join(dir, 'page.html');
    const body = 'Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen. '.repeat(12);
    writeFileSync(
      path,
      `<html lang="de"><head><title>Gesetz beschlossen</title><link rel="canonical" href="https://zeitung.example/gesetz">` +
        `<meta property="article:published_time" content="2023-05-04T08:00:00+02:00"></head>` +
        `<body><nav>Startseite Politik Sport</nav><article><h1>Gesetz beschlossen</h1><p>${body}</p><p>${body}</p></article>` +
        `<footer>Impressum</footer></body></html>`,
    );
    const [item] = await all(path);
    expect(item).toMatchObject({
      ok: true,
      article: {
        meta: { url: 'https://zeitung.example/gesetz', date: '2023-05-04', source: 'zeitung.example' },
      },
    });
    if (item.ok) {
      expect(item.article.text).toContain('Der Bundestag hat am Donnerstag');
      expect(item.article.text).not.toContain('Impressum');
    }
  });
});
