/** What the worker benchmarks send: the 1,000-word article and a message timed inside an extension page. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../tests/e2e/harness/index.ts';

/** Returns the first `words` words of the demo article, repeated as needed (the article has fewer). */
export function articleOf(words: number): string {
  const text = readFileSync(resolve(FIXTURES_DIR, 'demo/expected-article.txt'), 'utf8');
  const out: string[] = [];
  while (out.length < words) out.push(...text.split(/\s+/).filter(Boolean));
  return out.slice(0, words).join(' ');
}

/** Times one message inside an extension page (runs in the page). */
export async function timedSend(message: unknown): Promise<{ ms: number; ok: boolean; error?: string }> {
  // biome-ignore lint/suspicious/noExplicitAny: browser/chrome global
  const g = globalThis as any;
  const api = g.browser ?? g.chrome;
  const started = performance.now();
  const reply = await api.runtime.sendMessage(message);
  return { ms: performance.now() - started, ok: Boolean(reply?.ok), error: reply?.error };
}
