/**
 * Test doubles for the background's analyse reply: a deterministic "analyser" that finds given
 * names and quoted passages by plain string search, so session tests exercise real offsets.
 */
import type { Claim, EntityType, Mention } from '../../src/nlp/types.ts';
import type { AnalyzeResult } from '../../src/protocol/messages.ts';

/** Returns an analyse reply marking every occurrence of each name, and every „…“ quote as a direct claim. */
export function fakeAnalyze(text: string, names: Record<string, EntityType>): AnalyzeResult {
  const entities: Mention[] = [];
  for (const [name, type] of Object.entries(names)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      entities.push({ start: at, end: at + name.length, text: name, type, canonical: name });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  const claims: Claim[] = [];
  for (const m of text.matchAll(/„[^“]*“/g)) {
    const start = m.index ?? 0;
    claims.push({ start, end: start + m[0].length, text: m[0], kind: 'direct', via: [] });
  }
  const entityIds = entities.map((e) => `id:${e.canonical}`);
  const summaries = Object.fromEntries(
    entities.map((e) => [
      `id:${e.canonical}`,
      { id: `id:${e.canonical}`, name: e.canonical, type: e.type, articleCount: 3, readCount: 1 },
    ]),
  );
  return { analysis: { sentences: [], entities, claims }, entityIds, summaries };
}
