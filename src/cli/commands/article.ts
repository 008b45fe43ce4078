/**
 * `kontext article <page.html|->`: prints the main article text of a saved HTML page (plain
 * text, blocks separated by a blank line). Exit codes: 0 article printed, 1 no article found,
 * 2 usage or input error.
 */
import { readFileSync } from 'node:fs';
import { decodeHtml } from '../../article/decode-html.ts';
import { articleTextFromHtml } from '../../article/node.ts';

const HELP = `Usage: kontext article <page.html|-> [--url=<address>]

Prints the main article text of a saved HTML page (in its declared charset): headline, paragraphs and
subheadings, separated by blank lines. "-" reads the page from standard input.
  --url=<address>  the page's address (for pages whose markup depends on it)
Exit status: 0 article printed, 1 the page has no recognisable article, 2 bad usage or input.`;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Runs the command; resolves to the process exit code. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const files = args.filter((a) => a === '-' || !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && !a.startsWith('--url='));
  if (files.length !== 1 || unknown.length > 0) {
    const problem = unknown.length > 0 ? `unknown option ${unknown[0]}` : 'expected exactly one page';
    process.stderr.write(`kontext article: ${problem}\n\n${HELP}\n`);
    return 2;
  }
  const url = args.find((a) => a.startsWith('--url='))?.slice('--url='.length);
  let html: string;
  try {
    html = decodeHtml(files[0] === '-' ? await readStdin() : readFileSync(files[0]));
  } catch (error) {
    process.stderr.write(`kontext article: cannot read ${files[0]}: ${(error as Error).message}\n`);
    return 2;
  }
  const result = articleTextFromHtml(html, url);
  if (result.empty) {
    process.stderr.write(
      `kontext article: no article found in ${files[0] === '-' ? 'standard input' : files[0]}\n`,
    );
    return 1;
  }
  process.stdout.write(`${result.text}\n`);
  return 0;
}
