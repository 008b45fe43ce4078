/**
 * `npm run demo [-- --firefox] [-- --headless]`: serves tests/fixtures on 127.0.0.1, starts Chromium
 * (or Firefox ESR) with the built extension and opens the demo news page. Without a display (or with
 * --headless) it saves docs/screenshots/demo-<browser>.png and prints what Kontext annotated;
 * with a display the browser stays open until it is closed or Ctrl+C.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, REPO_ROOT } from '../tests/e2e/harness/index.ts';
import { CHROMIUM_PATH, FIREFOX_PATH } from '../tests/e2e/harness/paths.ts';

const args = process.argv.slice(2);
const browser = args.includes('--firefox') ? 'firefox' : 'chromium';
const headless = args.includes('--headless') || !process.env.DISPLAY;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function main(): Promise<void> {
  const dist = resolve(REPO_ROOT, 'dist', browser === 'firefox' ? 'firefox' : 'chrome', 'manifest.json');
  if (!existsSync(dist)) throw new Error('no build found: run "npm run build" first');
  const executable = browser === 'firefox' ? FIREFOX_PATH : CHROMIUM_PATH;
  if (!existsSync(executable))
    throw new Error(
      `${executable} not found: run "bash scripts/ensure-browsers.sh" (or set KONTEXT_CHROMIUM / KONTEXT_FIREFOX)`,
    );
  // A German reader's browser: the UI language the extension follows (Debian's language packs).
  const h = await launch(browser, { headless, lang: 'de' });
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await h.close();
  };
  process.on('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    const page = await h.openPage('demo/');
    console.log(`Kontext demo in ${browser}${headless ? ' (headless)' : ''}: ${page.url()}`);
    const tabId = await h.tabIdOf(page, 60_000);
    const state = await h.ask({ type: 'page:get', tabId });
    const result = state?.result;
    if (!result) throw new Error('the background has no analysis for the demo page');
    await sleep(1500); // let the content script paint its highlights before the screenshot

    const entities = new Map<string, { type: string; count: number; known: boolean }>();
    result.analysis.entities.forEach((m, i) => {
      const key = m.canonical;
      const entry = entities.get(key) ?? { type: m.type, count: 0, known: result.entityIds[i] !== null };
      entry.count++;
      entities.set(key, entry);
    });
    console.log(
      `\nEntities (${result.analysis.entities.length} mentions, ${entities.size} distinct; * = in the reference dataset):`,
    );
    for (const [name, e] of [...entities].sort((a, b) => b[1].count - a[1].count))
      console.log(
        `  ${e.known ? '*' : ' '} ${e.type.padEnd(3)} ${name}${e.count > 1 ? ` (${e.count}×)` : ''}`,
      );
    console.log(`\nClaims (${result.analysis.claims.length}):`);
    for (const c of result.analysis.claims) {
      const text = c.text.length > 110 ? `${c.text.slice(0, 107)}…` : c.text;
      console.log(`  [${c.kind}]${c.speaker ? ` ${c.speaker.canonical}:` : ''} ${text.replace(/\s+/g, ' ')}`);
    }
    const violations = h.networkViolations();
    console.log(
      `\nNetwork requests by the extension: ${violations.length === 0 ? 'none' : violations.join(', ')}`,
    );

    if (headless) {
      const dir = resolve(REPO_ROOT, 'docs/screenshots');
      mkdirSync(dir, { recursive: true });
      const file = resolve(dir, `demo-${browser}.png`);
      await page.screenshot(file);
      console.log(`Screenshot: ${file}`);
      // The hover card, as a reader sees it: the first "Lukaschenko" of the article.
      await page.hoverText('Lukaschenko', 1);
      await page.waitFor('[data-kontext-card="entity"]', { timeout: 10_000, visible: true });
      await sleep(400); // the card's data arrives after its frame
      const cardFile = resolve(dir, `demo-card-${browser}.png`);
      await page.screenshot(cardFile);
      console.log(`Screenshot: ${cardFile}`);
      await stop();
      return;
    }
    console.log('\nThe browser stays open; close it or press Ctrl+C to end the demo.');
    while (!closing) {
      const alive = await page.evaluate(() => true).catch(() => false);
      if (!alive) break;
      await sleep(1000);
    }
    await stop();
  } catch (error) {
    await stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
