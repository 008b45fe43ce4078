/**
 * Main-thread cost of the extension's code path in a real browser (Debian Chromium, headless):
 * findArticle (one task), findArticleSliced (longest slice between yields) and buildTextMap,
 * on the long fixture and the largest trafilatura news pages.
 *
 *   npx tsx bench/article/browser-timing.ts [--pages=5]
 *
 * The article modules are bundled with esbuild and injected into each page; page scripts are
 * blocked (only the saved HTML is loaded), so the timings are of our code alone.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { loadPages, readHtml } from './pages.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = resolve(REPO, '../shared/data/trafilatura_de');
const RUNS = 5;

async function bundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `
        import { findArticle, findArticleSliced } from './src/article/find-article.ts';
        import { buildTextMap } from './src/article/text-map.ts';
        window.__kontext = { findArticle, findArticleSliced, buildTextMap };`,
      resolveDir: REPO,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  return out.outputFiles[0].text;
}

interface Timing {
  findMs: number;
  longestSliceMs: number;
  mapMs: number;
  chars: number;
}

async function main(): Promise<void> {
  const pageCount = Number(process.argv.find((a) => a.startsWith('--pages='))?.split('=')[1] ?? 5);
  const code = await bundle();
  const news = loadPages(DATA)
    .filter((p) => p.category !== 'other')
    .sort((a, b) => statSync(b.htmlPath).size - statSync(a.htmlPath).size)
    .slice(0, pageCount);
  const inputs = [
    {
      name: 'tests/fixtures/long',
      html: readFileSync(resolve(REPO, 'tests/fixtures/long/index.html'), 'utf8'),
    },
    ...news.map((p) => ({
      name: `${p.domain} (${Math.round(statSync(p.htmlPath).size / 1024)} KB)`,
      html: readHtml(p),
    })),
  ];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  // Only the saved HTML: no network, no page scripts (we inject ours after load).
  await page.route('**/*', (route) => route.abort());
  console.log(
    '| page | findArticle ms (one task) | findArticleSliced longest slice ms | buildTextMap ms | article chars |',
  );
  console.log('|---|---:|---:|---:|---:|');
  for (const input of inputs) {
    const safe = input.html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
    await page.setContent(safe, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: code });
    const runs: Timing[] = await page.evaluate(async (n) => {
      // biome-ignore lint/suspicious/noExplicitAny: injected bundle
      const k = (window as any).__kontext;
      const out = [];
      for (let i = 0; i < n; i++) {
        let t = performance.now();
        const found = k.findArticle(document);
        const findMs = performance.now() - t;
        let longest = 0;
        let resumed = performance.now();
        await k.findArticleSliced(
          document,
          () =>
            new Promise<void>((done) => {
              longest = Math.max(longest, performance.now() - resumed);
              setTimeout(() => {
                resumed = performance.now();
                done();
              }, 0);
            }),
          8,
        );
        longest = Math.max(longest, performance.now() - resumed);
        t = performance.now();
        const map = found ? k.buildTextMap(found.blocks) : null;
        out.push({
          findMs,
          longestSliceMs: longest,
          mapMs: performance.now() - t,
          chars: map ? map.text.length : 0,
        });
      }
      return out;
    }, RUNS);
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `| ${input.name} | ${med(runs.map((r) => r.findMs)).toFixed(1)} | ${Math.max(...runs.map((r) => r.longestSliceMs)).toFixed(1)} | ${med(runs.map((r) => r.mapMs)).toFixed(1)} | ${runs[0].chars} |`,
    );
  }
  await browser.close();
  console.log(`\nmedian of ${RUNS} runs per page (longest slice: max over runs); headless Chromium.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
