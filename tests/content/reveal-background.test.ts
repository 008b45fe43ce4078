/**
 * The content script against the real background router: after chunks and late paragraphs, the
 * popup's page state (`page:get`) and the content script's `content:reveal` name the same marks.
 */
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handle-message.ts';
import type { Painter } from '../../src/content/paint-highlights.ts';
import { PageSession } from '../../src/content/session.ts';
import type { AnalyzeResult, PageState, Reply } from '../../src/protocol/messages.ts';
import { makeDeps, SELF } from '../background/helpers.ts';

const painter: Painter = {
  kind: 'highlight-api',
  add: () => {},
  remove: () => {},
  setFocus: () => {},
  clear: () => {},
  destroy: () => {},
};

function ok<T>(reply: Reply): T {
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as T;
}

describe('content:reveal indices = the popup page state', () => {
  it('after chunks and late paragraphs every popup index reveals the mark with that text', async () => {
    const { deps } = await makeDeps();
    const url = 'https://news.de/ticker';
    document.body.innerHTML = `<div id="a">${Array.from(
      { length: 5 },
      (_, i) => `<p>${i}: Lukaschenko traf die Nato in China, dann Belarus.</p>`,
    ).join('')}</div>`;
    const session = new PageSession({
      analyze: async (text, part) =>
        ok<AnalyzeResult>(await handleMessage({ type: 'analyze', text, url, part }, SELF, deps)),
      painter,
      filter: () => ({ entityTypes: ['PER', 'ORG', 'LOC'], claimKinds: [] }),
      chunkChars: 120,
      warn: () => {},
      onAnalyzeError: () => {},
    });
    await session.mapBlocks(Array.from(document.querySelectorAll('p')));
    await session.analyzeAll();
    for (const text of ['Alexander Lukaschenko schweigt.', 'Die Nato tagt in Belarus.']) {
      const late = document.createElement('p');
      late.textContent = text;
      document.getElementById('a')!.prepend(late); // a ticker: newest on top, appended to the text map
      await session.extend([late]);
    }
    const state = ok<PageState>(await handleMessage({ type: 'page:get', tabId: SELF.tab.id }, SELF, deps));
    const entities = state.result!.analysis.entities;
    expect(entities.length).toBe(session.allMarks().length);
    expect(entities.length).toBeGreaterThan(20);
    entities.forEach((mention, i) => {
      const mark = session.markForReveal('entity', i);
      expect(mark, `index ${i}`).not.toBeNull();
      expect(session.text.slice(mark!.start, mark!.end)).toBe(mention.text);
      expect([mark!.start, mark!.end]).toEqual([mention.start, mention.end]);
    });
    expect(session.markForReveal('entity', entities.length)).toBeNull();
  });
});
