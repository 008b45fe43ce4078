// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { declaredEncoding, decodeHtml } from '../../src/article/decode-html.ts';
import { articleTextFromHtml, MAX_HTML_CHARS } from '../../src/article/node.ts';
import { run } from '../../src/cli/commands/article.ts';
import { REPO_ROOT } from '../helpers/shared.ts';

const sentence = (i: number) =>
  `Satz ${i}: Die Regierung in Minsk, so hieß es, wolle die Lage prüfen und später entscheiden.`;

describe('articleTextFromHtml', () => {
  it('returns headline and text of a plain article page', () => {
    const html = `<html><head><title>Meldung | Zeitung</title></head><body><article><h1>Die Meldung</h1>${[1, 2, 3].map((i) => `<p>${sentence(i)}</p>`).join('')}</article></body></html>`;
    const r = articleTextFromHtml(html);
    expect(r.title).toBe('Die Meldung');
    expect(r.text.split('\n\n')).toEqual(['Die Meldung', sentence(1), sentence(2), sentence(3)]);
  });

  it('says "no-article" with empty text for pages without an article, never junk', () => {
    for (const html of [
      '',
      '   ',
      '<html><body><nav><a href="/">Start</a></nav></body></html>',
      '\u0000\u0001binär\uFFFD',
    ]) {
      expect(articleTextFromHtml(html)).toEqual({ text: '', empty: 'no-article' });
    }
  });

  it('accepts fragments, malformed markup and a bad URL', () => {
    const html = `<div><p>${sentence(1)}<p>${sentence(2)}</b></i><p>${sentence(3)}`;
    const r = articleTextFromHtml(html, 'not a url');
    expect(r.text).toContain('Satz 3');
  });

  it('handles a huge page (20,000 paragraphs) in reasonable time', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const t = performance.now();
    const r = articleTextFromHtml(`<html><body><main>${body}</main></body></html>`);
    expect(r.text).toContain('Satz 19999');
    expect(performance.now() - t).toBeLessThan(30_000);
  }, 60_000);

  it('throws a clear error for a non-string and for pages over the size limit', () => {
    expect(() => articleTextFromHtml(42 as unknown as string)).toThrow(TypeError);
    expect(() => articleTextFromHtml({ length: MAX_HTML_CHARS + 1 } as unknown as string)).toThrow(TypeError);
    expect(() => articleTextFromHtml('x'.repeat(MAX_HTML_CHARS + 1))).toThrow(RangeError);
  });
});

describe('decodeHtml', () => {
  it('honours a declared windows-1252/latin-1 charset', () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta charset="iso-8859-1"><p>'),
      Buffer.from([0x66, 0xfc, 0x72]),
      Buffer.from('</p>'),
    ]);
    expect(declaredEncoding(bytes)).toBe('iso-8859-1');
    expect(decodeHtml(bytes)).toContain('<p>für</p>');
  });

  it('reads UTF-8 and falls back to windows-1252 for undeclared invalid UTF-8', () => {
    expect(decodeHtml(Buffer.from('<p>Grüße</p>', 'utf8'))).toBe('<p>Grüße</p>');
    expect(decodeHtml(Buffer.from([0x3c, 0x70, 0x3e, 0x96, 0xe4]))).toBe('<p>–ä');
  });
});

describe('kontext article (CLI)', () => {
  async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => out.push(String(s)) > 0);
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => err.push(String(s)) > 0);
    try {
      const code = await run(args);
      return { code, out: out.join(''), err: err.join('') };
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
  }

  it('prints the demo article as plain text', async () => {
    const r = await runCli([resolve(REPO_ROOT, 'tests/fixtures/demo/index.html')]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `${readFileSync(resolve(REPO_ROOT, 'tests/fixtures/demo/expected-article.txt'), 'utf8').trim()}\n`,
    );
  });

  it('exits 1 with a message when the page has no article', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'kontext-article-'));
    const file = resolve(dir, 'leer.html');
    writeFileSync(file, '<p>zu kurz</p>');
    const r = await runCli([file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no article found');
    rmSync(dir, { recursive: true });
  });

  it('exits 2 for a missing file or bad usage', async () => {
    expect((await runCli(['/does/not/exist.html'])).code).toBe(2);
    expect((await runCli([])).code).toBe(2);
    expect((await runCli(['a.html', '--frobnicate'])).code).toBe(2);
  });

  it('runs through the kontext entry point and reads standard input', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'article', '-'], {
      cwd: REPO_ROOT,
      input: readFileSync(resolve(REPO_ROOT, 'tests/fixtures/second/index.html')),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Amtsinhaber Lukaschenko');
  }, 60_000);
});
