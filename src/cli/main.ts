#!/usr/bin/env node
/**
 * The `kontext` command: German news analysis and the reference dataset from the shell.
 * Each subcommand lives in commands/<name>.ts and exports `run(args): Promise<number>`.
 */

interface Command {
  summary: string;
  load: () => Promise<{ run: (args: string[]) => Promise<number> }>;
}

const COMMANDS: Record<string, Command> = {
  analyze: {
    summary: 'analyze [file|-] [--html]   Analysis JSON (sentences, entities, claims) of a text or HTML page',
    load: () => import('./commands/analyze.ts'),
  },
  tag: {
    summary: 'tag [file|-]               one token per line in, token<TAB>GermEval tag out',
    load: () => import('./commands/tag.ts'),
  },
  article: {
    summary: 'article <page.html|->      the main article text of a saved HTML page',
    load: () => import('./commands/article.ts'),
  },
  dataset: {
    summary: 'dataset build|card|related|stats …   build and query the reference dataset',
    load: () => import('./commands/dataset.ts'),
  },
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  kontext ${c.summary}`);
  return [
    'kontext — Kontext für deutsche Nachrichten, lokal.',
    '',
    'Usage:',
    ...lines,
    '',
    'All subcommands print JSON, except tag (TSV) and article (plain text).',
    'Run "kontext <command> --help" for details.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write('kontext 0.1.0\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`kontext: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kontext: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
