/**
 * `kontext dataset build|card|related|search|stats`: build the reference dataset from corpus
 * files and query it. Queries print JSON on stdout; the build prints its summary as JSON on
 * stdout and a progress line on stderr when that is a terminal.
 */
import { readFile } from 'node:fs/promises';
import { Dataset } from '../../dataset/index.ts';
import { type BuildInput, buildDataset, writeAtomic } from '../dataset/build.ts';

const USAGE = `Usage:
  kontext dataset build <inputs…> -o <file.kxd> [--base <file.kxd>] [--source NAME] [--licence TEXT] [--limit N]
      inputs: .txt (optional leading "date YYYY-MM[-DD]"), .jsonl[.gz], 10kGNAD .csv, .html
  kontext dataset card <file.kxd> <name>                 card for a name in any inflected form
  kontext dataset related <file.kxd> <claim text> [--speaker NAME] [--limit N]
  kontext dataset search <file.kxd> <query> [--limit N]
  kontext dataset stats <file.kxd>`;

interface Parsed {
  positional: string[];
  flags: Map<string, string>;
}

const VALUE_FLAGS = new Set(['-o', '--output', '--base', '--source', '--licence', '--limit', '--speaker']);

/** Returns positional arguments and --flag values; throws on a flag without its value. */
export function parseArgs(args: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (VALUE_FLAGS.has(a)) {
      const v = args[i + 1];
      if (v === undefined) throw new Error(`${a} needs a value`);
      flags.set(a === '--output' ? '-o' : a, v);
      i++;
    } else if (a === '--help' || a === '-h') flags.set('--help', '1');
    else if (a.startsWith('--') && a.length > 2) throw new Error(`unknown option ${a}`);
    else positional.push(a);
  }
  return { positional, flags };
}

function limitOf(flags: Map<string, string>): number | undefined {
  const v = flags.get('--limit');
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--limit wants a positive whole number, got "${v}"`);
  return n;
}

/** Returns the dataset stored in a file (clear errors for missing, damaged or wrong-version files). */
export async function loadDataset(path: string): Promise<Dataset> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new Error(
      e.code === 'ENOENT' ? `dataset file not found: ${path}` : `cannot read ${path}: ${e.message}`,
    );
  }
  return Dataset.decode(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

async function build(p: Parsed): Promise<number> {
  const output = p.flags.get('-o');
  if (!output) throw new Error('build needs -o <file.kxd>');
  if (p.positional.length === 0) throw new Error('build needs at least one input file');
  const base = p.flags.get('--base');
  const inputs: BuildInput[] = p.positional.map((path) => ({
    path,
    source: p.flags.get('--source'),
    licence: p.flags.get('--licence'),
  }));
  const { dataset, summary } = await buildDataset(inputs, {
    base: base ? await loadDataset(base) : undefined,
    progress: process.stderr.isTTY === true,
    limit: limitOf(p.flags),
  });
  const result = { output, written: false, ...summary };
  if (summary.added === 0 && !base) {
    print(result);
    process.stderr.write(`kontext dataset build: no article could be added; ${output} was not written\n`);
    return 1;
  }
  const bytes = dataset.encode();
  await writeAtomic(output, bytes);
  print({ ...result, written: true, bytes: bytes.length });
  return 0;
}

/** Runs a dataset subcommand; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  let p: Parsed;
  try {
    p = parseArgs(rest);
  } catch (error) {
    process.stderr.write(`kontext dataset: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (!sub || sub === '--help' || sub === '-h' || p.flags.has('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return sub ? 0 : 2;
  }
  if (sub === 'build') return build(p);
  const [file, ...words] = p.positional;
  if (!file) {
    process.stderr.write(`kontext dataset ${sub}: missing dataset file\n\n${USAGE}\n`);
    return 2;
  }
  const text = words.join(' ');
  switch (sub) {
    case 'stats':
      print((await loadDataset(file)).stats());
      return 0;
    case 'card': {
      if (!text) throw new Error('card needs a name');
      const card = (await loadDataset(file)).cardByName(text);
      print(card);
      if (!card) process.stderr.write(`kontext dataset card: "${text}" is not in the dataset\n`);
      return card ? 0 : 1;
    }
    case 'related':
      if (!text) throw new Error('related needs a claim text');
      print(
        (await loadDataset(file)).related(text, {
          speaker: p.flags.get('--speaker'),
          limit: limitOf(p.flags),
        }),
      );
      return 0;
    case 'search':
      if (!text) throw new Error('search needs a query');
      print((await loadDataset(file)).search(text, limitOf(p.flags)));
      return 0;
    default:
      process.stderr.write(`kontext dataset: unknown subcommand "${sub}"\n\n${USAGE}\n`);
      return 2;
  }
}
