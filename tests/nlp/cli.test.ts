// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagLines } from '../../src/cli/commands/tag.ts';
import { REPO_ROOT } from '../helpers/shared.ts';

describe('kontext tag', () => {
  it('prints token<TAB>tag per input line and keeps blank lines', () => {
    const out = tagLines('Angela\nMerkel\nbesuchte\nParis\n.\n\nDie\nfranzösischen\nSoldaten\n');
    const lines = out.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Angela\tB-PER',
      'Merkel\tI-PER',
      'besuchte\tO',
      'Paris\tB-LOC',
      '.\tO',
    ]);
    expect(lines[5]).toBe('');
    expect(lines[7]).toBe('französischen\tB-LOCderiv');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('handles empty input and CRLF', () => {
    expect(tagLines('')).toBe('');
    expect(tagLines('Berlin\r\n.\r\n')).toBe('Berlin\tB-LOC\n.\tO\n');
  });
});

describe('kontext analyze (process)', () => {
  it('prints Analysis JSON for a text file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kontext-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Emmanuel Macron besuchte Berlin.');
    const tsx = resolve(REPO_ROOT, 'node_modules/.bin/tsx');
    const out = execFileSync(tsx, [resolve(REPO_ROOT, 'src/cli/main.ts'), 'analyze', file], {
      encoding: 'utf8',
    });
    const a = JSON.parse(out);
    expect(a.sentences).toEqual([{ start: 0, end: 32 }]);
    expect(a.entities.map((e: { text: string }) => e.text)).toEqual(['Emmanuel Macron', 'Berlin']);
    expect(Array.isArray(a.claims)).toBe(true);
  }, 30_000);
});
