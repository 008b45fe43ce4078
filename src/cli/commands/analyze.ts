/**
 * `kontext analyze [file|-] [--html] [--tokens]`: prints the Analysis JSON of a text (or, with
 * --html, of the article text extracted from an HTML page).
 */
import { readFile } from 'node:fs/promises';
import { analyze } from '../../nlp/analyze.ts';
import '../ner-model.ts';
import { readStdin } from './tag.ts';

const HELP = `Usage: kontext analyze [file|-] [--html] [--tokens] [--url URL]
  Prints the Analysis JSON (sentences, entities, claims) of a German text.
  --html     the input is an HTML page; its main article text is analysed
  --tokens   include token spans
  --url URL  page address for --html (helps the article finder)`;

/** Returns the article text of an HTML page (the extension's own article finder, under jsdom). */
async function htmlToText(html: string, url?: string): Promise<string> {
  // Loaded on demand: plain-text analysis should not pay for starting jsdom.
  const { articleTextFromHtml } = await import('../../article/node.ts');
  return articleTextFromHtml(html, url).text;
}

/** A leading `date YYYY-MM[-DD]` marker (as in corpus text files): metadata, not article text. */
const DATE_MARKER = /^\s*date\s+\d{4}-\d{2}(?:-\d{2})?(?=\s)/;

/**
 * Returns the text with a leading date marker replaced by spaces of the same length, so it is not
 * analysed while every offset still points into the input unchanged.
 */
export function blankDateMarker(text: string): string {
  const m = DATE_MARKER.exec(text);
  return m ? ' '.repeat(m[0].length) + text.slice(m[0].length) : text;
}

/** Runs the analyze command; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  let html = false;
  let tokens = false;
  let url: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--html') html = true;
    else if (a === '--tokens') tokens = true;
    else if (a === '--url') url = args[++i];
    else if (a.startsWith('--')) {
      process.stderr.write(`kontext analyze: unknown option ${a}\n${HELP}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length > 1) {
    process.stderr.write(`kontext analyze: expected at most one input file\n${HELP}\n`);
    return 2;
  }
  const src = files[0];
  const input = !src || src === '-' ? await readStdin() : await readFile(src, 'utf8');
  const text = html ? await htmlToText(input, url) : blankDateMarker(input);
  process.stdout.write(`${JSON.stringify(analyze(text, { tokens }), null, 2)}\n`);
  return 0;
}
