import { JSDOM, VirtualConsole } from 'jsdom';
import { findArticleSliced } from '../../src/article/find-article.ts';
import { loadPages, readHtml } from './pages.ts';
const pages = loadPages('/work/shared/data/trafilatura_de').filter((p) => p.half === 'dev');
const worst: [number, string, number, number][] = [];
for (const page of pages) {
  const { window } = new JSDOM(readHtml(page), { virtualConsole: new VirtualConsole() });
  const gaps: number[] = [];
  let t = performance.now();
  await findArticleSliced(window.document, async () => { gaps.push(performance.now() - t); t = performance.now(); }, 0);
  gaps.push(performance.now() - t);
  let mi = 0; gaps.forEach((g, i) => { if (g > gaps[mi]) mi = i; });
  worst.push([gaps[mi], page.htmlPath.split('/').pop()!, mi, gaps.length]);
  window.close();
  await new Promise((r) => setTimeout(r, 0));
}
worst.sort((a, b) => b[0] - a[0]);
console.log(worst.slice(0, 12).map((w) => w.map((x) => (typeof x === 'number' ? Math.round(x * 10) / 10 : x)).join(' ')).join('\n'));
