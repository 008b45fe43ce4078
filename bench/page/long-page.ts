/**
 * A 10,000-word news page for the budget benchmark. Uses tests/fixtures/long/ when the article
 * colleague's fixture exists; otherwise builds one in memory from 10kGNAD test articles in
 * ../shared (CC BY-NC-SA: used here as benchmark input only, never written into the repo).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Returns the HTML of a news page with about `words` words of article text, and its word count. */
export function buildLongPage(sharedDir: string, words = 10_000): { html: string; words: number } {
  const csv = resolve(sharedDir, 'data/10kgnad/test.csv');
  if (!existsSync(csv)) throw new Error(`${csv} fehlt: ohne ../shared kein langer Artikel`);
  const sections: string[] = [];
  let count = 0;
  for (const line of readFileSync(csv, 'utf8').split('\n')) {
    const m = /^[^;]+;'(.*)'\s*$/.exec(line);
    if (!m) continue;
    const sentences = m[1].replace(/''/g, "'").split(/(?<=[.!?“])\s+(?=[A-ZÄÖÜ„])/);
    const paras: string[] = [];
    for (let i = 0; i < sentences.length; i += 3) paras.push(sentences.slice(i, i + 3).join(' '));
    const head = sentences[0].split(' ').slice(0, 8).join(' ');
    sections.push(`<h2>${escapeHtml(head)}</h2>\n${paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}`);
    count += m[1].split(/\s+/).length;
    if (count >= words) break;
  }
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Langer Artikel | Tagesblick</title>
<link rel="stylesheet" href="/fixtures/demo/style.css"></head><body>
<header class="site-header"><a class="logo" href="/">Tagesblick</a><nav class="main-nav"><ul><li><a href="/p">Politik</a></li><li><a href="/w">Wirtschaft</a></li></ul></nav></header>
<main class="layout"><article class="story"><header><h1>Das Jahr in der Rückschau</h1></header>
<div class="story-body">
${sections.join('\n')}
</div></article><aside class="related"><h2>Mehr zum Thema</h2><ul><li><a href="/x">Andere Meldung</a></li></ul></aside></main>
<footer class="site-footer"><p>© Tagesblick</p></footer></body></html>`;
  return { html, words: count };
}

/** Returns the long page: the committed fixture (served from /fixtures/long/) when present, else a generated one at /long.html. */
export function longPage(
  repoRoot: string,
  sharedDir: string,
): { path: string; html?: string; words: number; source: string } {
  const fixture = resolve(repoRoot, 'tests/fixtures/long/index.html');
  if (existsSync(fixture)) {
    const html = readFileSync(fixture, 'utf8');
    const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? html;
    const text = article.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ');
    return {
      path: '/fixtures/long/',
      words: text.split(/\s+/).filter(Boolean).length,
      source: 'tests/fixtures/long/index.html (word count of its <article>)',
    };
  }
  return {
    path: '/long.html',
    ...buildLongPage(sharedDir),
    source: '10kGNAD test articles (generated in memory)',
  };
}

/**
 * Returns a ~`words`-word page cut from the long fixture (its article's blocks after the word
 * budget removed), or null when the fixture is missing. Served beside it, so its URLs still resolve.
 */
export function shortenedLongPage(repoRoot: string, words = 1000): { html: string; words: number } | null {
  const fixture = resolve(repoRoot, 'tests/fixtures/long/index.html');
  if (!existsSync(fixture)) return null;
  const { document } = parseHTML(readFileSync(fixture, 'utf8'));
  const article = document.querySelector('article');
  if (!article) throw new Error('tests/fixtures/long/index.html has no <article>');
  let count = 0;
  for (const block of Array.from(article.querySelectorAll('p, h2, h3, li, blockquote, figure'))) {
    if (!block.isConnected) continue;
    if (count >= words) block.remove();
    else count += (block.textContent ?? '').split(/\s+/).filter(Boolean).length;
  }
  return { html: `<!doctype html>\n${document.documentElement.outerHTML}`, words: count };
}
