/**
 * `npm run bench:worker`: cold and warm answer times of the background worker in real browsers.
 * Cold = the service worker was stopped (as the browser does when idle) right before the message,
 * so the time includes worker start, loading the bundled dataset and the reader store, analysis
 * and entity resolution. Timed inside an extension page around runtime.sendMessage.
 * Needs `npm run build` first. Options: --firefox (also Firefox), --runs N (default 5), --dist DIR
 * (another build's dist folder, e.g. of an older commit, for before/after runs).
 */
import { join } from 'node:path';
import { MESSENGER_PATH } from '../tests/e2e/harness/base.ts';
import { BROWSERS, type BrowserName, type Harness, launch } from '../tests/e2e/harness/index.ts';
import { articleOf, timedSend } from './worker/messages.ts';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const browsers: BrowserName[] = args.includes('--firefox') ? BROWSERS : ['chromium'];
const DIST = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : undefined;

async function time(h: Harness, message: unknown): Promise<number> {
  const type = String((message as { type: string }).type);
  const page = await h.openExtensionPage(MESSENGER_PATH);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      fail(
        new Error(
          `bench: no reply to ${type} within 30 s; errors: ${h.consoleErrors().join('; ') || 'none'}`,
        ),
      );
    }, 30_000);
  });
  const result = await Promise.race([page.evaluate(timedSend, message), timeout]).finally(() =>
    clearTimeout(timer),
  );
  await page.close();
  if (!result.ok) throw new Error(`bench: ${type} failed: ${result.error}`);
  return result.ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => ms.toFixed(0).padStart(6);

async function benchBrowser(name: BrowserName): Promise<string[]> {
  const h = await launch(name, {
    extensionDir: DIST && join(DIST, name === 'chromium' ? 'chrome' : 'firefox'),
  });
  const text = articleOf(1000);
  const analyze = { type: 'analyze', text, url: 'https://bench.invalid/artikel' };
  const rows: string[] = [];
  try {
    const cold: number[] = [];
    const coldStats: number[] = [];
    const coldStart: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await h.restartWorker();
      coldStart.push(await time(h, { type: 'settings:get' }));
      await h.restartWorker();
      cold.push(await time(h, analyze));
      await h.restartWorker();
      coldStats.push(await time(h, { type: 'stats' }));
    }
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) warm.push(await time(h, analyze));
    const card = await h.ask({ type: 'cardByName', name: 'China' });
    const warmCard: number[] = [];
    for (let i = 0; i < RUNS && card; i++) warmCard.push(await time(h, { type: 'card', id: card.id }));
    const row = (what: string, xs: number[]) =>
      `| ${name.padEnd(8)} | ${what.padEnd(38)} | ${fmt(median(xs))} | ${fmt(Math.min(...xs))} | ${fmt(Math.max(...xs))} | ${String(xs.length).padStart(4)} |`;
    rows.push(row('analyze 1000 words, cold worker', cold));
    rows.push(row('settings:get, cold (worker start only)', coldStart));
    rows.push(row('stats (dataset + store load), cold', coldStats));
    rows.push(row('analyze 1000 words, warm', warm));
    if (warmCard.length) rows.push(row('card, warm', warmCard));
    if (h.networkViolations().length)
      throw new Error(`network requests during the bench: ${h.networkViolations().join(', ')}`);
  } finally {
    await h.close();
  }
  return rows;
}

const lines = [
  '| browser  | what                                   | median ms | min | max | runs |',
  '|---|---|---:|---:|---:|---:|',
];
for (const name of browsers) lines.push(...(await benchBrowser(name)));
console.log(lines.join('\n'));
console.log(`measured ${new Date().toISOString()}; Firefox "cold" = add-on reload (see docs/extension.md)`);
