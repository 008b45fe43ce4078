/**
 * Article-extraction benchmark on the trafilatura German pages (../shared/data/trafilatura_de).
 *
 *   npm run bench:article                          all methods, all pages, both halves
 *   npm run bench:article -- --methods=kontext     only ours (fast)
 *   npm run bench:article -- --half=dev --dump     misses per page (dev half only: tuning is dev-only)
 *
 * Methods: kontext = src/article/node.ts code path (linkedom parse → findArticle → buildTextMap);
 * readability = @mozilla/readability 0.6.0 on jsdom (baseline); article = text of the first
 * <article>; body = whole body text. Scoring as trafilatura: "with" snippet in the text → TP else
 * FN; "without" snippet in the text → FP else TN. Times are per page, wall clock, one core.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { findArticle, findArticleSliced } from '../src/article/find-article.ts';
import { buildTextMap } from '../src/article/text-map.ts';
import {
  addCounts,
  type Counts,
  loadPages,
  normalizeSpace,
  type Page,
  prf,
  readHtml,
  scorePage,
} from './article/pages.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(REPO, '../shared/data/trafilatura_de');

type Method = 'kontext' | 'readability' | 'article' | 'body';

interface Result {
  counts: Counts;
  /** Milliseconds spent extracting (parse excluded). */
  ms: number;
  parseMs: number;
  mapMs?: number;
  maxSliceMs?: number;
  text: string;
}

function parseArgs(argv: string[]) {
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  return {
    methods: (get('methods') ?? 'kontext,readability,article,body').split(',') as Method[],
    half: (get('half') ?? 'all') as 'dev' | 'test' | 'all',
    dump: argv.includes('--dump'),
    newsOnly: argv.includes('--news'),
  };
}

const PARSER = process.argv.find((a) => a.startsWith('--parser='))?.split('=')[1] ?? 'jsdom';

const openWindows: { close(): void }[] = [];

/** Parses with the parser under test; call closeAll() after each page (jsdom windows hold memory). */
function linkedomDoc(html: string): Document {
  if (PARSER === 'jsdom') {
    const { window } = new JSDOM(html, { virtualConsole: new VirtualConsole() });
    openWindows.push(window);
    return window.document;
  }
  return parseHTML(html).document as unknown as Document;
}

function closeAll(): void {
  for (const w of openWindows.splice(0)) w.close();
}

async function runKontext(page: Page, html: string): Promise<Result> {
  let t = performance.now();
  const doc = linkedomDoc(html);
  const parseMs = performance.now() - t;
  t = performance.now();
  const found = findArticle(doc);
  const findMs = performance.now() - t;
  t = performance.now();
  const text = found ? buildTextMap(found.blocks).text : '';
  const mapMs = performance.now() - t;
  // Longest uninterrupted stretch of the sliced variant (8 ms slices); findArticle only reads
  // the DOM, so the same document can be used again.
  let maxSliceMs = 0;
  let resumed = performance.now();
  await findArticleSliced(doc, async () => {
    maxSliceMs = Math.max(maxSliceMs, performance.now() - resumed);
    resumed = performance.now();
  });
  maxSliceMs = Math.max(maxSliceMs, performance.now() - resumed);
  return { counts: scorePage(page, text), ms: findMs + mapMs, parseMs, mapMs, maxSliceMs, text };
}

function runReadability(page: Page, html: string): Result {
  let t = performance.now();
  const dom = new JSDOM(html, { url: page.url, virtualConsole: new VirtualConsole() });
  const parseMs = performance.now() - t;
  t = performance.now();
  const article = new Readability(dom.window.document).parse();
  const ms = performance.now() - t;
  const text = article?.textContent ?? '';
  dom.window.close();
  return { counts: scorePage(page, text), ms, parseMs, text };
}

function runSimple(page: Page, html: string, which: 'article' | 'body'): Result {
  let t = performance.now();
  const doc = linkedomDoc(html);
  const parseMs = performance.now() - t;
  t = performance.now();
  const el = which === 'article' ? doc.querySelector('article') : doc.body;
  const text = el?.textContent ?? '';
  return { counts: scorePage(page, text), ms: performance.now() - t, parseMs, text };
}

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

const GROUPS: { name: string; test: (p: Page) => boolean }[] = [
  { name: 'news_general', test: (p) => p.category === 'news_general' },
  { name: 'news (all)', test: (p) => p.category !== 'other' },
  { name: 'all pages', test: () => true },
];

function fmt(x: number, digits = 3): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '–';
}

async function main(): Promise<void> {
  if (!existsSync(resolve(DATA, 'expected.jsonl'))) {
    console.error(`bench:article: ${DATA} not found (../shared/data/trafilatura_de beside the repo)`);
    process.exitCode = 1;
    return;
  }
  const args = parseArgs(process.argv.slice(2));
  const pages = loadPages(DATA).filter(
    (p) => (args.half === 'all' || p.half === args.half) && (!args.newsOnly || p.category !== 'other'),
  );
  const results = new Map<Method, Map<Page, Result>>();
  for (const m of args.methods) results.set(m, new Map());

  for (const [i, page] of pages.entries()) {
    if (i % 50 === 0) process.stderr.write(`bench:article: page ${i + 1}/${pages.length}\n`);
    const html = readHtml(page);
    for (const m of args.methods) {
      const r =
        m === 'kontext'
          ? await runKontext(page, html)
          : m === 'readability'
            ? runReadability(page, html)
            : runSimple(page, html, m);
      results.get(m)!.set(page, r);
      closeAll();
      // jsdom frees closed windows only when the event loop turns.
      await new Promise((done) => setTimeout(done, 0));
    }
  }

  const rows: string[] = [];
  rows.push('| method | group | half | pages | P | R | F1 | TP | FN | FP | TN |');
  rows.push('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const m of args.methods) {
    for (const g of GROUPS) {
      for (const half of ['dev', 'test', 'both'] as const) {
        if (args.half !== 'all' && half !== args.half) continue;
        const sel = pages.filter((p) => g.test(p) && (half === 'both' || p.half === half));
        let c: Counts = { tp: 0, fn: 0, tn: 0, fp: 0 };
        for (const p of sel) c = addCounts(c, results.get(m)!.get(p)!.counts);
        const s = prf(c);
        rows.push(
          `| ${m} | ${g.name} | ${half} | ${sel.length} | ${fmt(s.p)} | ${fmt(s.r)} | ${fmt(s.f1)} | ${c.tp} | ${c.fn} | ${c.fp} | ${c.tn} |`,
        );
      }
    }
  }
  rows.push('');
  rows.push(
    '| method | pages | parse median ms | parse p95 ms | extract median ms | extract p95 ms | max ms |',
  );
  rows.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const m of args.methods) {
    const rs = [...results.get(m)!.values()];
    const ex = rs.map((r) => r.ms);
    const pa = rs.map((r) => r.parseMs);
    rows.push(
      `| ${m} | ${rs.length} | ${fmt(quantile(pa, 0.5), 1)} | ${fmt(quantile(pa, 0.95), 1)} | ${fmt(quantile(ex, 0.5), 1)} | ${fmt(quantile(ex, 0.95), 1)} | ${fmt(Math.max(...ex), 1)} |`,
    );
  }
  const k = results.get('kontext');
  if (k) {
    const rs = [...k.values()];
    const maps = rs.map((r) => r.mapMs ?? 0);
    const slices = rs.map((r) => r.maxSliceMs ?? 0);
    rows.push('');
    rows.push('| kontext part | median ms | p95 ms | max ms |');
    rows.push('|---|---:|---:|---:|');
    rows.push(
      `| buildTextMap | ${fmt(quantile(maps, 0.5), 2)} | ${fmt(quantile(maps, 0.95), 2)} | ${fmt(Math.max(...maps), 2)} |`,
    );
    rows.push(
      `| findArticleSliced longest slice (8 ms budget) | ${fmt(quantile(slices, 0.5), 2)} | ${fmt(quantile(slices, 0.95), 2)} | ${fmt(Math.max(...slices), 2)} |`,
    );
    const empty = rs.filter((r) => r.text === '').length;
    rows.push('');
    rows.push(`kontext returned no article for ${empty} of ${rs.length} pages.`);
  }
  console.log(rows.join('\n'));

  if (args.dump && k) {
    for (const page of pages) {
      if (page.half !== 'dev') continue; // never look at held-out pages
      const r = k.get(page)!;
      if (r.counts.fn === 0 && r.counts.fp === 0) continue;
      const text = normalizeSpace(r.text);
      console.log(
        `\n## ${page.domain} ${page.category} ${page.htmlPath.split('/').pop()} chars=${text.length}`,
      );
      for (const s of page.with) if (!text.includes(normalizeSpace(s))) console.log(`  FN: ${s}`);
      for (const s of page.without) if (text.includes(normalizeSpace(s))) console.log(`  FP: ${s}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
