import { parseHTML } from 'linkedom';
import { loadPages, readHtml } from './pages.ts';
const pages = loadPages('/work/shared/data/trafilatura_de').filter((p) => p.half === 'dev');
for (const page of pages) {
  if (!process.argv.slice(2).some((n) => page.htmlPath.includes(n))) continue;
  const { document } = parseHTML(readHtml(page));
  const b = document.body as any;
  console.log(page.domain, b?.tagName, b?.textContent?.length, document.documentElement.textContent.length, b?.parentNode?.tagName, document.querySelectorAll('body').length);
}
