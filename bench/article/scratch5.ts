import { JSDOM } from 'jsdom';
import { findArticle } from '../../src/article/find-article.ts';
const sentence = (i: number) => `Das ist der ${i}. Absatz des Artikels, mit Kommas, Nebensätzen und genug Text, damit er zählt.`;
const html = `<body><nav><a href=/>Start</nav><article><p>${sentence(1)}<p>${sentence(2)}</span></b><p>${sentence(3)}<i><<<>>>&&&;<p>${sentence(4)}<table><td>x</article`;
const doc = new JSDOM(html).window.document;
console.log(doc.body.innerHTML.slice(0, 600));
console.log(findArticle(doc, { minChars: 1 })?.blocks.map((b) => b.outerHTML.slice(0, 50)));
