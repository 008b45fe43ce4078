import { JSDOM } from 'jsdom';
import { findArticle } from '../../src/article/find-article.ts';
import { buildTextMap } from '../../src/article/text-map.ts';
const { window } = new JSDOM('<body></body>');
const doc = window.document;
let t = performance.now();
let cur: Element = doc.body;
for (let i = 0; i < Number(process.env.D); i++) { const d = doc.createElement('div'); cur.append(d); cur = d; }
for (let i = 0; i < 5; i++) { const p = doc.createElement('p'); p.textContent = 'Das ist ein Absatz, mit Kommas und genug Text, damit er zählt ' + i; cur.append(p); }
console.log('build', performance.now() - t); t = performance.now();
const f = findArticle(doc);
console.log('find', performance.now() - t); t = performance.now();
buildTextMap(f!.blocks);
console.log('map', performance.now() - t);
