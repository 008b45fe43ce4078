import { JSDOM, VirtualConsole } from 'jsdom';
import { findArticle } from '../../src/article/find-article.ts';
import { isOutsideArticle } from '../../src/article/boilerplate.ts';
import { buildTextMap } from '../../src/article/text-map.ts';
import { loadPages, readHtml, normalizeSpace } from './pages.ts';
const pages = loadPages('/work/shared/data/trafilatura_de').filter((p) => p.half === 'dev');
const names = process.argv.slice(2);
for (const page of pages) {
  if (!names.some((n) => page.htmlPath.includes(n))) continue;
  const { window } = new JSDOM(readHtml(page), { virtualConsole: new VirtualConsole() });
  const document = window.document;
  const f = findArticle(document as any, { minChars: 1 });
  const text = f ? normalizeSpace(buildTextMap(f.blocks).text) : '';
  console.log('==', page.domain, f?.root.tagName, f?.root.getAttribute('class'), f?.root.id);
  const blockSet = new Set(f?.blocks ?? []);
  for (const s of page.with) {
    if (text.includes(normalizeSpace(s))) continue;
    const snip = normalizeSpace(s).slice(0, 20);
    let best: any = null;
    for (const el of Array.from(document.querySelectorAll('*')) as any[]) if (normalizeSpace(el.textContent ?? '').includes(snip)) best = el;
    console.log('  FN', s);
    for (let e = best, i = 0; e && e.tagName && i < 9; e = e.parentElement, i++)
      console.log('    ', e === f?.root ? 'ROOT' : '', blockSet.has(e) ? 'BLOCK' : '', isOutsideArticle(e) ? 'OUT' : '', isOutsideArticle(e, false) ? 'OUTTAG' : '', e.tagName, e.getAttribute('class'), e.id, normalizeSpace(e.textContent).length);
  }
  for (const s of page.without) {
    if (!text.includes(normalizeSpace(s))) continue;
    const snip = normalizeSpace(s).slice(0, 20);
    let best: any = null;
    for (const el of Array.from(document.querySelectorAll('*')) as any[]) if (normalizeSpace(el.textContent ?? '').includes(snip)) best = el;
    console.log('  FP', s);
    for (let e = best, i = 0; e && e.tagName && i < 6; e = e.parentElement, i++)
      console.log('    ', e === f?.root ? 'ROOT' : '', blockSet.has(e) ? 'BLOCK' : '', e.tagName, e.getAttribute('class'), e.id, normalizeSpace(e.textContent).length);
  }
  window.close();
}
