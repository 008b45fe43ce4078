/**
 * `npm run bench:page`: the content script's budgets in real browsers, through the e2e harness.
 *  1. Demo page and a 10,000-word page (Chromium and Firefox): content-script start → highlights
 *     painted (performance marks), cold worker once, then warm runs; Chromium only: main-thread
 *     tasks over 50 ms with the extension's code inside (CDP trace); layout shift (element boxes
 *     with Kontext off vs on, plus Chromium's layout-shift score).
 *  2. All saved trafilatura news pages (../shared/data/trafilatura_de/html_news, served from
 *     127.0.0.1 with page scripts blocked by CSP): errors from the extension, highlights on every
 *     page where the Node article finder sees an article, counts.
 * Options: --browsers chromium,firefox  --runs 5  --traf-limit N  --skip-traf
 * KONTEXT_BENCH_DIST_CHROMIUM / _FIREFOX: test a build other than dist/. Writes docs/bench-page.md.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { articleTextFromHtml } from '../src/article/node.ts';
import { type Harness, type HPage, launch } from '../tests/e2e/harness/index.ts';
import { REPO_ROOT, SHARED_DIR } from '../tests/helpers/shared.ts';
import {
  editParagraph,
  elementBoxes,
  highlightCounts,
  layoutShift,
  type Marks,
  readMarks,
  updatedMarks,
} from './page/in-page.ts';
import { longPage, shortenedLongPage } from './page/long-page.ts';
import { startBenchServer } from './page/serve.ts';
import { mainThreadTasks, startTrace } from './page/trace.ts';

type BrowserName = 'chromium' | 'firefox';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const BROWSERS = opt('browsers', 'chromium,firefox').split(',') as BrowserName[];
const RUNS = Number(opt('runs', '5'));
const TRAF_LIMIT = Number(opt('traf-limit', '100000'));
const SKIP_TRAF = args.includes('--skip-traf');
const TRAF_DIR = resolve(SHARED_DIR, 'data/trafilatura_de/html_news');
const LONG_TASK_MS = 50;

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : Number.NaN;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : Number.NaN;
};
const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–');

/** Polls the page until Kontext reports painted / no article / error; returns the marks. */
async function settle(page: HPage, timeoutMs: number): Promise<Marks> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m: Marks = await page.evaluate(readMarks).catch(() => ({
      start: null,
      mapped: null,
      replied: null,
      painted: null,
      noArticle: null,
      error: null,
    }));
    if (m.painted !== null || m.noArticle !== null || m.error !== null) return m;
    if (Date.now() > deadline) return m;
    await sleep(50);
  }
}

interface PageRun {
  ms: number;
  /** Of ms: in the content script (finding + mapping the article, then building ranges + painting). */
  oursMs: number;
  entities: number;
  claims: number;
}

async function timedRun(h: Harness, url: string): Promise<PageRun> {
  const page = await h.openUrl(url);
  try {
    const m = await settle(page, 30_000);
    if (m.painted === null || m.start === null) throw new Error(`${url}: not painted (${JSON.stringify(m)})`);
    const counts = await page.evaluate(highlightCounts);
    const waited = m.mapped !== null && m.replied !== null ? m.replied - m.mapped : Number.NaN;
    return { ms: m.painted - m.start, oursMs: m.painted - m.start - waited, ...counts };
  } finally {
    await page.close();
  }
}

interface Traced {
  /** Sampled main-thread CPU time of the extension's code over the whole load. */
  oursTotal: number;
  /** Longest task with the extension's code in it, and the extension's sampled CPU time inside it. */
  oursMax: number;
  oursCpu: number;
  oursOver: number;
  allMax: number;
}

/** Chromium: one traced load; returns the longest task with our code and the longest task overall. */
async function tracedRun(context: BrowserContext, url: string, expectPaint: boolean): Promise<Traced> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const stop = await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load' });
    const deadline = Date.now() + (expectPaint ? 30_000 : 1_500);
    while (!(await page.evaluate(readMarks)).painted && Date.now() < deadline) await sleep(50);
    await sleep(800); // let trailing idle slices and observers run inside the trace
    const tasks = mainThreadTasks(await stop(), new URL(url).host);
    const ours = tasks.filter((t) => t.ours).sort((a, b) => b.ms - a.ms);
    return {
      oursTotal: ours.reduce((sum, t) => sum + t.oursMs, 0),
      oursMax: ours[0]?.ms ?? 0,
      oursCpu: ours[0]?.oursMs ?? 0,
      oursOver: ours.filter((t) => t.ms > LONG_TASK_MS).length,
      allMax: Math.max(0, ...tasks.map((t) => t.ms)),
    };
  } finally {
    await page.close();
  }
}

/** Paragraphs edited in place, one after the other, on the long page. */
const EDITS = 10;

interface EditRun {
  /** Edit → `kontext:updated` (block re-mapped, analysed and painted), ms; includes the 400 ms quiet time. */
  latencies: number[];
  /** Chromium: longest task with our code during the edits, our CPU in it, tasks over 50 ms. */
  oursMax: number;
  oursCpu: number;
  oursOver: number;
}

/** What the edit loop needs of a page: HPage (both browsers) and Playwright's Page (Chromium trace) have it. */
type Evaluating = {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
};

/**
 * Waits for the first paint, runs `ready` (Chromium starts its trace there, so the load is not in
 * it), then edits EDITS paragraphs in place one by one, each after the last was painted again.
 */
async function editLoop(page: Evaluating, url: string, ready?: () => Promise<unknown>): Promise<number[]> {
  const deadline = Date.now() + 30_000;
  while ((await page.evaluate(readMarks)).painted === null && Date.now() < deadline) await sleep(50);
  await sleep(300); // trailing idle slices of the first paint
  await ready?.();
  const latencies: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const before = (await page.evaluate(updatedMarks)).length;
    const at = await page.evaluate(editParagraph, i * 7);
    const until = Date.now() + 10_000;
    let marks = await page.evaluate(updatedMarks);
    while (marks.length <= before && Date.now() < until) {
      await sleep(20);
      marks = await page.evaluate(updatedMarks);
    }
    if (marks.length <= before) throw new Error(`${url}: edit ${i} was not painted again`);
    latencies.push(marks[before] - at);
  }
  return latencies;
}

/** Edit latencies in any browser; in Chromium the edits are traced (longest task with our code). */
async function editRuns(h: Harness, browser: BrowserName, url: string): Promise<EditRun> {
  if (browser !== 'chromium') {
    const page = await h.openUrl(url);
    try {
      const latencies = await editLoop(page, url);
      return { latencies, oursMax: Number.NaN, oursCpu: Number.NaN, oursOver: Number.NaN };
    } finally {
      await page.close();
    }
  }
  const context = (h as unknown as { context: BrowserContext }).context;
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    let stop: (() => Promise<Parameters<typeof mainThreadTasks>[0]>) | undefined;
    const latencies = await editLoop(page, url, async () => {
      stop = await startTrace(cdp);
    });
    await sleep(800); // let trailing idle slices run inside the trace
    // After the load, the page's origin may appear in no event of the edits: find the thread by our script.
    const ours = mainThreadTasks(await stop!(), '-extension://')
      .filter((t) => t.ours)
      .sort((a, b) => b.ms - a.ms);
    return {
      latencies,
      oursMax: ours[0]?.ms ?? 0,
      oursCpu: ours[0]?.oursMs ?? 0,
      oursOver: ours.filter((t) => t.ms > LONG_TASK_MS).length,
    };
  } finally {
    await page.close();
  }
}

/** Chromium: traced loads with Kontext on (twice) and off for the site (once). */
async function tracedRuns(h: Harness, url: string): Promise<Traced & { allMaxOff: number }> {
  const context = (h as unknown as { context: BrowserContext }).context;
  const on = [await tracedRun(context, url, true), await tracedRun(context, url, true)];
  const original = await h.ask({ type: 'settings:get' });
  let off: Traced;
  try {
    await h.ask({ type: 'settings:set', patch: { disabledSites: ['127.0.0.1'] } });
    off = await tracedRun(context, url, false);
  } finally {
    await h.ask({ type: 'settings:set', patch: { disabledSites: original.disabledSites } });
  }
  const worst = on.reduce((a, b) => (b.oursMax > a.oursMax ? b : a));
  return {
    oursTotal: Math.max(...on.map((t) => t.oursTotal)),
    oursMax: worst.oursMax,
    oursCpu: worst.oursCpu,
    oursOver: on.reduce((sum, t) => sum + t.oursOver, 0),
    allMax: Math.max(...on.map((t) => t.allMax)),
    allMaxOff: off.allMax,
  };
}

/** Element boxes with Kontext switched off for the site, then on; returns how many moved and the CLS. */
async function layoutCheck(
  h: Harness,
  url: string,
): Promise<{ elements: number; moved: number; cls: number | null }> {
  const original = await h.ask({ type: 'settings:get' });
  let off: number[][];
  try {
    await h.ask({ type: 'settings:set', patch: { disabledSites: ['127.0.0.1'] } });
    const page = await h.openUrl(url);
    await sleep(1500);
    off = await page.evaluate(elementBoxes);
    await page.close();
  } finally {
    await h.ask({ type: 'settings:set', patch: { disabledSites: original.disabledSites } });
  }
  const page = await h.openUrl(url);
  await settle(page, 30_000);
  await sleep(300);
  const on = await page.evaluate(elementBoxes);
  const cls = await page.evaluate(layoutShift);
  await page.close();
  let moved = Math.abs(on.length - off.length);
  for (let i = 0; i < Math.min(on.length, off.length); i++) {
    if (on[i].some((v, k) => Math.abs(v - off[i][k]) > 0.5)) moved++;
  }
  return { elements: off.length, moved, cls };
}

interface TrafRow {
  file: string;
  nodeArticle: boolean;
  painted: boolean;
  noArticle: boolean;
  error: boolean;
  ms: number | null;
  entities: number;
  claims: number;
  ourErrors: string[];
}

async function trafRun(h: Harness, origin: string, files: string[]): Promise<TrafRow[]> {
  const rows: TrafRow[] = [];
  for (const file of files) {
    const nodeArticle = articleTextFromHtml(readFileSync(resolve(TRAF_DIR, file), 'utf8')).text.length > 0;
    h.resetRecords();
    let row: TrafRow = {
      file,
      nodeArticle,
      painted: false,
      noArticle: false,
      error: false,
      ms: null,
      entities: 0,
      claims: 0,
      ourErrors: [],
    };
    try {
      // One retry: Firefox over BiDi now and then rejects a navigation ("Address rejected").
      const url = `${origin}/traf/${file}`;
      const page = await h.openUrl(url).catch(() => h.openUrl(url));
      const m = await settle(page, 20_000);
      const counts = await page.evaluate(highlightCounts).catch(() => ({ entities: 0, claims: 0 }));
      row = {
        ...row,
        painted: m.painted !== null,
        noArticle: m.noArticle !== null,
        error: m.error !== null,
        ms: m.painted !== null && m.start !== null ? m.painted - m.start : null,
        ...counts,
      };
      await page.close();
    } catch (err) {
      row.ourErrors.push(`harness: ${err instanceof Error ? err.message : String(err)}`);
    }
    // Only errors from Kontext count: its log prefix or a script of the extension.
    row.ourErrors.push(...h.consoleErrors().filter((e) => /\[Kontext\]|-extension:\/\//.test(e)));
    rows.push(row);
    process.stderr.write(row.painted ? '.' : row.noArticle ? 'o' : 'x');
  }
  process.stderr.write('\n');
  return rows;
}

async function main() {
  const started = new Date().toISOString();
  const load = loadavg()[0].toFixed(2);
  const long = longPage(REPO_ROOT, SHARED_DIR);
  const k1 = shortenedLongPage(REPO_ROOT);
  const server = await startBenchServer(
    { fixtures: resolve(REPO_ROOT, 'tests/fixtures'), traf: TRAF_DIR },
    {
      ...(long.html === undefined ? {} : { [long.path]: long.html }),
      ...(k1 ? { '/fixtures/long/k1.html': k1.html } : {}),
    },
  );
  const pages = [
    { name: 'demo (seed article, 259 words)', url: `${server.origin}/fixtures/demo/` },
    ...(k1
      ? [
          {
            name: `long cut to ${k1.words.toLocaleString('en')} words`,
            url: `${server.origin}/fixtures/long/k1.html`,
          },
        ]
      : []),
    { name: `long (${long.words.toLocaleString('en')} words)`, url: `${server.origin}${long.path}` },
  ];
  const budgetRows: string[] = [];
  const editRows: string[] = [];
  const trafRows: string[] = [];
  const trafDetails: string[] = [];
  try {
    for (const browser of BROWSERS) {
      const dist = process.env[`KONTEXT_BENCH_DIST_${browser.toUpperCase()}`];
      const h = await launch(browser, dist ? { extensionDir: dist } : {});
      try {
        const cold = await timedRun(h, pages[0].url);
        for (const p of pages) {
          await timedRun(h, p.url); // warm the worker and the page's caches for this page size
          const runs: PageRun[] = [];
          for (let i = 0; i < RUNS; i++) runs.push(await timedRun(h, p.url));
          const ms = runs.map((r) => r.ms);
          const oursMs = runs.map((r) => r.oursMs);
          const none = {
            oursTotal: Number.NaN,
            oursMax: Number.NaN,
            oursCpu: Number.NaN,
            oursOver: Number.NaN,
            allMax: Number.NaN,
            allMaxOff: Number.NaN,
          };
          const tasks = browser === 'chromium' ? await tracedRuns(h, p.url) : none;
          const layout = await layoutCheck(h, p.url);
          budgetRows.push(
            `| ${browser} | ${p.name} | ${p === pages[0] ? f0(cold.ms) : '–'} | ${f0(median(ms))} | ${f0(Math.max(...ms))} | ` +
              `${f0(median(oursMs))} | ` +
              `${runs[0].entities} / ${runs[0].claims} | ${f0(tasks.oursTotal)} | ${f0(tasks.oursMax)} (${f0(tasks.oursCpu)}) | ` +
              `${Number.isNaN(tasks.oursOver) ? '–' : tasks.oursOver} | ${f0(tasks.allMax)} / ${f0(tasks.allMaxOff)} | ` +
              `${layout.moved} of ${layout.elements} | ${layout.cls === null ? '–' : layout.cls.toFixed(4)} |`,
          );
          console.log(budgetRows[budgetRows.length - 1]);
        }
        const longest = pages[pages.length - 1];
        const edits = await editRuns(h, browser, longest.url);
        editRows.push(
          `| ${browser} | ${longest.name} | ${edits.latencies.length} | ${f0(median(edits.latencies))} | ` +
            `${f0(Math.max(...edits.latencies))} | ${f0(edits.oursMax)} (${f0(edits.oursCpu)}) | ` +
            `${Number.isNaN(edits.oursOver) ? '–' : edits.oursOver} |`,
        );
        console.log(editRows[editRows.length - 1]);
        if (!SKIP_TRAF) {
          const files = readdirSync(TRAF_DIR)
            .filter((f) => f.endsWith('.html'))
            .sort()
            .slice(0, TRAF_LIMIT);
          const rows = await trafRun(h, server.origin, files);
          const withArticle = rows.filter((r) => r.nodeArticle);
          const missing = withArticle.filter((r) => !(r.painted && r.entities + r.claims > 0));
          const errs = rows.filter((r) => r.ourErrors.length > 0);
          const times = rows.filter((r) => r.ms !== null).map((r) => r.ms!);
          trafRows.push(
            `| ${browser} | ${rows.length} | ${withArticle.length} | ${rows.filter((r) => r.painted).length} | ` +
              `${rows.filter((r) => r.noArticle).length} | ${rows.filter((r) => r.error).length} | ${withArticle.length - missing.length} of ${withArticle.length} | ` +
              `${errs.length} | ${rows.reduce((s, r) => s + r.entities, 0)} / ${rows.reduce((s, r) => s + r.claims, 0)} | ` +
              `${f0(median(times))} / ${f0(pct(times, 95))} / ${f0(Math.max(...times))} |`,
          );
          console.log(trafRows[trafRows.length - 1]);
          for (const r of missing)
            trafDetails.push(
              `- ${browser}: ${r.file} has an article (Node finder) but ${r.painted ? 'no highlights' : r.noArticle ? 'the page finder saw none' : r.error ? 'analysis failed' : 'did not finish'}`,
            );
          for (const r of errs)
            trafDetails.push(`- ${browser}: ${r.file}: ${r.ourErrors.slice(0, 2).join(' | ').slice(0, 300)}`);
        }
      } finally {
        await h.close();
      }
    }
  } finally {
    await server.close();
  }

  const budgetHead =
    '| browser | page | cold start→painted ms | warm median ms | warm max ms | of it in the content script, median ms | entities / claims painted | our main-thread CPU ms (sampled) | longest task with our code ms (our sampled CPU ms in it) | our tasks > 50 ms (2 traced loads) | longest task overall ms, Kontext on / off | elements moved (off vs on) | CLS |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|';
  const trafHead =
    '| browser | pages | with article (Node finder) | painted | no article (page) | analysis error | highlighted / with article | pages with our errors | entities / claims | start→painted ms median / p95 / max |\n' +
    '|---|---|---|---|---|---|---|---|---|---|';
  const env = Object.keys(process.env)
    .filter((k) => k.startsWith('KONTEXT_BENCH_DIST_'))
    .map((k) => `${k}=${process.env[k]} `)
    .join('');
  const command = `${env}npm run bench:page -- ${args.join(' ')}`.trim();
  const md = `# Content script budgets (bench/page.ts)

Measured ${started} with \`${command}\` (${RUNS} warm runs per page; machine load average ${load} at the start,
on 2 cores shared with other jobs: all durations are wall-clock and inflated accordingly).
Long page: ${long.source}. Targets: ≤ 100 ms start→painted for ~1,000 words (warm worker), ≤ 400 ms for 10,000 words,
no task > 50 ms with the extension's code, no layout shift.

${budgetHead}
${budgetRows.join('\n')}

"longest task with our code": top-level tasks of the page's renderer main thread in a CDP trace in which the extension's
script ran (timeline events naming it, or V8 CPU samples with it on the stack); in brackets the sampled CPU time of our
code inside that task; "our main-thread CPU": all sampled CPU time of our code during the load. Chromium only (Firefox has neither the longtask API nor CDP tracing). "Kontext on / off": the
longest task of any kind with the extension active vs. switched off for the site.
"of it in the content script": start→painted minus the wait for the background worker's analysis (first request out →
last reply in), i.e. finding and mapping the article plus building the ranges and painting.
"elements moved" compares every element's document box with Kontext switched off for the site and on.

## Paragraphs edited in place (live pages)

After the first paint, ${EDITS} paragraphs of the long page are edited one after the other (a sentence appended to
the text node, as a live blog revising an entry does); each edit waits until Kontext has mapped the block again,
analysed it and painted it (\`kontext:updated\`). The time includes the 400 ms quiet time the observer waits for
after the last change (\`MUTATION_DEBOUNCE_MS\`), by design. Chromium: the edits are traced as above.

| browser | page | edits | edit → painted again, median ms | max ms | longest task with our code ms (our sampled CPU ms in it) | our tasks > 50 ms |
|---|---|---|---|---|---|---|
${editRows.join('\n')}

## Trafilatura news pages
${SKIP_TRAF ? '(skipped)' : `${trafHead}\n${trafRows.join('\n')}\n\n${trafDetails.length ? `Pages to look at:\n${trafDetails.join('\n')}` : 'No page without highlights, no extension error.'}`}
`;
  writeFileSync(resolve(REPO_ROOT, 'docs/bench-page.md'), withEarlierRuns(md));
  console.log(`\n${budgetHead}\n${budgetRows.join('\n')}`);
  if (!SKIP_TRAF) console.log(`\n${trafHead}\n${trafRows.join('\n')}\n${trafDetails.join('\n')}`);
  console.log('\nwritten docs/bench-page.md');
}

/** Keeps the history: earlier runs go below the new one (newest first), their headings one level down. */
function withEarlierRuns(md: string): string {
  const path = resolve(REPO_ROOT, 'docs/bench-page.md');
  let previous = '';
  try {
    previous = readFileSync(path, 'utf8');
  } catch {
    return md;
  }
  const marker = '\n## Earlier runs (newest first)\n';
  const [latest, older = ''] = previous.split(marker);
  const demoted = latest
    .replace(/^# .*\n/, '')
    .replace(/^(#{2,5}) /gm, '#$1 ')
    .trim();
  return `${md.trimEnd()}\n${marker}\n### Run before\n\n${demoted}\n${older}`;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
