/**
 * `npm run build:dataset`: builds the bundled default dataset from the corpora named in
 * src/dataset/data/sources.json (paths under ../shared) and writes it atomically to
 * src/dataset/data/default.kxd. Deterministic: same corpora and pipeline, same bytes.
 *   --demo   also write dist/demo-dataset.kxd = the default dataset plus the seed article
 *            (demo only: the seed article is never in the shipped dataset)
 *   --limit N  at most N articles per corpus (quick trial builds; output goes to /tmp unless -o)
 *   -o FILE  write the default dataset somewhere else
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildInput, type BuildSummary, buildDataset, writeAtomic } from '../src/cli/dataset/build.ts';
import SOURCES from '../src/dataset/data/sources.json' with { type: 'json' };
import { Dataset } from '../src/dataset/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared');

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function report(label: string, s: BuildSummary, bytes: Uint8Array, path: string): void {
  const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const rows = [
    ['output', path],
    ['articles read', String(s.read)],
    ['articles added', String(s.added)],
    ['skipped', String(s.skipped.length)],
    ['entities', String(s.entities)],
    ['claims', String(s.claims)],
    ['size', `${(bytes.length / 1024).toFixed(0)} KiB`],
    ['sha256', sha],
    [
      'time',
      `${s.seconds.toFixed(1)} s (analyze ${s.analyzeSeconds.toFixed(1)} s, dataset ${s.datasetSeconds.toFixed(1)} s)`,
    ],
  ];
  process.stdout.write(`\n${label}\n`);
  for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(15)} ${v}\n`);
  const reasons = new Map<string, number>();
  for (const x of s.skipped) reasons.set(x.reason, (reasons.get(x.reason) ?? 0) + 1);
  for (const [reason, n] of reasons) process.stdout.write(`  skipped ${String(n).padStart(5)} × ${reason}\n`);
}

async function main(): Promise<number> {
  if (!existsSync(resolve(SHARED, 'seed-article.txt'))) {
    process.stderr.write(
      `build:dataset needs the corpora in ${SHARED}; the committed default dataset stays as it is.\n`,
    );
    return 1;
  }
  const limitText = flag('--limit');
  const limit = limitText ? Number(limitText) : undefined;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    throw new Error('--limit wants a positive whole number');
  const output = resolve(ROOT, flag('-o') ?? (limit ? '/tmp/kontext-default-trial.kxd' : SOURCES.output));
  const inputs: BuildInput[] = SOURCES.corpora.map((c) => ({
    path: resolve(SHARED, c.path),
    source: c.source,
    licence: c.licence,
    limit,
  }));
  for (const input of inputs) if (!existsSync(input.path)) throw new Error(`corpus missing: ${input.path}`);
  const progress = process.stderr.isTTY === true;
  const { dataset, summary } = await buildDataset(inputs, {
    progress,
    dropUnattributed: SOURCES.dropUnattributed,
    minFactualScore: SOURCES.minFactualScore,
  });
  if (summary.added === 0) throw new Error('no article could be added; nothing written');
  const bytes = dataset.encode({ level: 9 });
  mkdirSync(dirname(output), { recursive: true });
  await writeAtomic(output, bytes);
  report('default dataset', summary, bytes, output);

  if (process.argv.includes('--demo')) {
    const demoInputs: BuildInput[] = SOURCES.demo.corpora.map((c) => ({
      path: resolve(SHARED, c.path),
      source: c.source,
      licence: c.licence,
    }));
    const base = Dataset.decode(new Uint8Array(readFileSync(output)));
    const demo = await buildDataset(demoInputs, { base, progress });
    const demoBytes = demo.dataset.encode({ level: 9 });
    const demoPath = resolve(ROOT, SOURCES.demo.output);
    mkdirSync(dirname(demoPath), { recursive: true });
    await writeAtomic(demoPath, demoBytes);
    report('demo dataset (default + seed article; not shipped)', demo.summary, demoBytes, demoPath);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`build:dataset: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
