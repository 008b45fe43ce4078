/**
 * `kontext tag [file|-]`: one token per line in (blank line between sentences), one
 * `token<TAB>tag` line per token out (GermEval 2014 BIO tags), blank lines kept.
 */
import { readFile } from 'node:fs/promises';
import { tagWords } from '../../nlp/tag-words.ts';
import '../ner-model.ts';

const HELP = `Usage: kontext tag [file|-]
  Reads one token per line (blank line between sentences) from file or stdin and prints
  token<TAB>tag per line with GermEval 2014 tags (B-PER, I-LOC, B-LOCderiv, B-ORGpart, O …).`;

/** Reads all of stdin as UTF-8 text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks).toString('utf8');
}

/** Returns the tagged TSV for the token-per-line input. */
export function tagLines(input: string): string {
  const lines = input.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop(); // final newline
  const out: string[] = [];
  let sentence: string[] = [];
  const flush = (): void => {
    const tags = tagWords(sentence);
    for (let i = 0; i < sentence.length; i++) out.push(`${sentence[i]}\t${tags[i]}`);
    sentence = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      out.push('');
    } else {
      // Tolerate "token<TAB>anything" input (e.g. gold files): the token is the first column.
      sentence.push(line.split('\t')[0].trim());
    }
  }
  flush();
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

/** Runs the tag command; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const files = args.filter((a) => !a.startsWith('--') || a === '-');
  if (files.length > 1) {
    process.stderr.write(`kontext tag: expected at most one input file\n${HELP}\n`);
    return 2;
  }
  const src = files[0];
  const input = !src || src === '-' ? await readStdin() : await readFile(src, 'utf8');
  process.stdout.write(tagLines(input));
  return 0;
}
