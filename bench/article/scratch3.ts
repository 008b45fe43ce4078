import { loadPages, readHtml } from './pages.ts';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
let n = 0;
for (const p of loadPages('/work/shared/data/trafilatura_de')) {
  const raw = readFileSync(p.htmlPath); const b = p.htmlPath.endsWith('.gz') ? gunzipSync(raw) : raw;
  if (b.toString('utf8') !== readHtml(p)) { n++; }
}
console.log('pages decoded differently from utf8:', n);
