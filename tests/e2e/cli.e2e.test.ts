// The built `kontext` command (dist/cli/kontext.mjs), as a user runs it after `npm ci && npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.ts';

const CLI = resolve(REPO_ROOT, 'dist/cli/kontext.mjs');
const fixture = (p: string) => resolve(REPO_ROOT, 'tests/fixtures', p);

/** Runs the built CLI; returns its stdout. */
function kontext(args: string[], input?: string): string {
  return execFileSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, input, encoding: 'utf8' });
}

describe('built kontext CLI', () => {
  it('exists after the build', () => {
    expect(existsSync(CLI)).toBe(true);
  });

  it('prints help listing every subcommand', () => {
    const out = kontext(['--help']);
    for (const c of ['analyze', 'tag', 'article', 'dataset']) expect(out).toContain(`kontext ${c}`);
  });

  it('tags tokens one per line with GermEval labels', () => {
    const out = kontext(['tag', '-'], 'Angela\nMerkel\nbesuchte\nParis\n.\n');
    const tags = out
      .trim()
      .split('\n')
      .map((l) => l.split('\t')[1]);
    expect(tags).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
  });

  it('finds exactly the article of the demo page', () => {
    const out = kontext(['article', fixture('demo/index.html')]);
    expect(out.trim()).toBe(readFileSync(fixture('demo/expected-article.txt'), 'utf8').trim());
  });

  it('analyses an HTML page with valid offsets', () => {
    const html = readFileSync(fixture('demo/index.html'), 'utf8');
    const text = kontext(['article', fixture('demo/index.html')]).trim();
    const analysis = JSON.parse(kontext(['analyze', '--html', '-'], html));
    expect(analysis.entities.length).toBeGreaterThan(10);
    for (const m of analysis.entities) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads the bundled dataset', () => {
    const stats = JSON.parse(
      kontext(['dataset', 'stats', resolve(REPO_ROOT, 'src/dataset/data/default.kxd')]),
    );
    expect(stats.articles).toBeGreaterThan(1000);
    expect(stats.sources.length).toBeGreaterThan(0);
  });
});
