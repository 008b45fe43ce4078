// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/commands/dataset.ts';
import { buildDataset, withoutUnattributed, withoutWeakFactual } from '../../src/cli/dataset/build.ts';
import { Dataset, FORMAT_VERSION } from '../../src/dataset/index.ts';
import { analysis } from './synthetic.ts';

/** Runs `kontext dataset …` in-process; returns exit code, stdout and stderr. */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err += String(s);
    return true;
  });
  try {
    const code = await run(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('kontext dataset (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kx-cli-'));
  const good = join(dir, 'good.txt');
  writeFileSync(
    good,
    'date 2022-02-24 Russland greift die Ukraine an. Deutschland und Frankreich verurteilen den Angriff auf die Ukraine.',
  );
  const corrupt = join(dir, 'corrupt.jsonl.gz');
  writeFileSync(
    corrupt,
    gzipSync('{"id":"1","text":"Polen liegt östlich von Deutschland."}\n'.repeat(50)).subarray(0, 40),
  );
  const out = join(dir, 'out.kxd');

  it('builds from good inputs, reports and skips a corrupt one', async () => {
    const { code, out: stdout } = await cli('build', good, corrupt, join(dir, 'missing.csv'), '-o', out);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ written: true, read: 1, added: 1 });
    expect(summary.skipped.map((s: { reason: string }) => s.reason)).toEqual([
      expect.stringMatching(/unreadable from here on/),
      'file not found',
    ]);
    expect(summary.entities).toBeGreaterThan(0);
    expect(typeof summary.seconds).toBe('number');
    const ds = Dataset.decode(readFileSync(out));
    expect(ds.stats()).toMatchObject({ articles: 1, from: '2022-02-24', to: '2022-02-24' });
    expect(readdirSync(dir).some((f) => f.includes('.tmp-'))).toBe(false);
  });

  it('never replaces a good output file when nothing could be read', async () => {
    const before = readFileSync(out);
    const { code, err } = await cli('build', corrupt, '-o', out);
    expect(code).toBe(1);
    expect(err).toMatch(/was not written/);
    expect(readFileSync(out)).toEqual(before);
  });

  it('prints stats, cards and related claims as JSON', async () => {
    const stats = await cli('stats', out);
    expect(JSON.parse(stats.out)).toMatchObject({ version: FORMAT_VERSION, articles: 1 });
    const card = await cli('card', out, 'Ukraine');
    expect(JSON.parse(card.out)).toMatchObject({ name: 'Ukraine', type: 'LOC', firstSeen: '2022-02-24' });
    const missing = await cli('card', out, 'Atlantis');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.out)).toBeNull();
    const related = await cli('related', out, 'Russland', 'greift', 'an', '--limit', '3');
    expect(Array.isArray(JSON.parse(related.out))).toBe(true);
  });

  it('gives clear errors for damaged files and bad arguments', async () => {
    const damaged = join(dir, 'damaged.kxd');
    writeFileSync(damaged, readFileSync(out).subarray(0, 30));
    await expect(cli('stats', damaged)).rejects.toThrow(/beschädigt/);
    await expect(cli('stats', join(dir, 'nope.kxd'))).rejects.toThrow(/not found/);
    await expect(cli('build', good)).rejects.toThrow(/needs -o/);
    expect((await cli('build', good, '--frobnicate', '-o', out)).code).toBe(2);
    expect((await cli('card', out, 'x', '--limit')).code).toBe(2);
  });

  it('keeps the output as it was when a build of the library fails midway', async () => {
    const { dataset, summary } = await buildDataset([{ path: good }], {
      analyze: () => {
        throw new Error('tagger exploded');
      },
    });
    expect(summary.added).toBe(0);
    expect(summary.skipped[0].reason).toBe('analysis failed: tagger exploded');
    expect(dataset.stats().articles).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('starts from a base dataset with --base', async () => {
    const base = Dataset.empty();
    base.addArticle(
      { id: 'b1', source: 'Basis', licence: 'CC BY' },
      analysis('Polen.', [{ t: 'Polen', type: 'LOC' }]),
    );
    const basePath = join(dir, 'base.kxd');
    writeFileSync(basePath, base.encode());
    const merged = join(dir, 'merged.kxd');
    const { code } = await cli('build', good, '--base', basePath, '-o', merged);
    expect(code).toBe(0);
    expect(Dataset.decode(readFileSync(merged)).stats().articles).toBe(2);
  });

  it('can leave out claims that name nobody and have no speaker, for size-bound builds', () => {
    const a = analysis(
      'Die Zahl stieg um fünf Prozent. Auch sei die Lage ernst. Merkel sagte, es werde besser. Polen meldet Rekord.',
      [{ t: 'Polen', type: 'LOC' }],
      [
        { t: 'Die Zahl stieg um fünf Prozent', kind: 'factual' },
        { t: 'Auch sei die Lage ernst', kind: 'indirect' },
        { t: 'es werde besser', kind: 'indirect', speaker: 'Merkel' },
        { t: 'Polen meldet Rekord', kind: 'factual' },
      ],
    );
    expect(withoutUnattributed(a).claims.map((c) => c.text)).toEqual([
      'es werde besser',
      'Polen meldet Rekord',
    ]);
  });

  it('can leave out factual claims below a check-worthiness score, keeping every other kind', () => {
    const a = analysis(
      'Polen meldet Rekord. Polen baut Straßen. Merkel sagte, es werde besser.',
      [{ t: 'Polen', type: 'LOC' }],
      [
        { t: 'Polen meldet Rekord', kind: 'factual' },
        { t: 'Polen baut Straßen', kind: 'factual' },
        { t: 'es werde besser', kind: 'indirect', speaker: 'Merkel' },
      ],
    );
    a.claims[0].checkworthy = { score: 0.8, reasons: ['number'] };
    a.claims[1].checkworthy = { score: 0.6, reasons: [] };
    expect(withoutWeakFactual(a, 0.63).claims.map((c) => c.text)).toEqual([
      'Polen meldet Rekord',
      'es werde besser',
    ]);
    expect(withoutWeakFactual(a, 0.5)).toBe(a);
  });
});
