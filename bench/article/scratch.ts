import { parseHTML } from 'linkedom';
import { isOutsideArticle } from '../../src/article/boilerplate.ts';
import { loadPages, readHtml, normalizeSpace } from './pages.ts';
const pages = loadPages('/work/shared/data/trafilatura_de').filter((p) => p.half === 'dev');
const names = process.argv.slice(2);
for (const page of pages) {
  if (!names.some((n) => page.htmlPath.includes(n))) continue;
  const { document } = parseHTML(readHtml(page));
  const snip = normalizeSpace(page.with[0]).slice(0, 20);
  // find deepest element whose text includes snippet
  let best: any = null;
  for (const el of Array.from(document.querySelectorAll('*')) as any[]) {
    if (normalizeSpace(el.textContent ?? '').includes(snip)) best = el;
  }
  console.log('==', page.domain, snip);
  for (let e = best; e && e.tagName; e = e.parentElement) {
    if (isOutsideArticle(e)) console.log('  OUT', e.tagName, e.getAttribute('class'), e.getAttribute('id'), e.getAttribute('role'));
  }
}
