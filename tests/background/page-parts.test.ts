// @vitest-environment node
/** `analyze` with `part`: chunks and late paragraphs of one page become one page state per tab. */
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handle-message.ts';
import { PageStates } from '../../src/background/page-states.ts';
import { memoryArea } from '../../src/background/storage-area.ts';
import { MAX_TEXT, type PageState, type Reply } from '../../src/protocol/messages.ts';
import { ARTICLE_1, ARTICLE_2, makeDeps, SELF } from './helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: replies are inspected loosely in tests
const data = (reply: Reply): any => {
  if (!reply.ok) throw new Error(`expected ok reply, got: ${reply.error}`);
  return reply.data;
};

const URL_A = 'https://news.de/a';
// The whole article text the content script holds: ARTICLE_1, a paragraph break, ARTICLE_2.
const WHOLE = `${ARTICLE_1}\n\n${ARTICLE_2}`;
const OFFSET_2 = ARTICLE_1.length + 2;

type Deps = Awaited<ReturnType<typeof makeDeps>>['deps'];

async function page(deps: Deps, tabId = 7): Promise<PageState> {
  return data(await handleMessage({ type: 'page:get', tabId }, SELF, deps));
}

async function analyzePart(deps: Deps, text: string, offset: number, reset?: boolean, url = URL_A) {
  return data(
    await handleMessage(
      { type: 'analyze', text, url, title: 'A', part: reset ? { offset, reset } : { offset } },
      SELF,
      deps,
    ),
  );
}

/** Returns each mention's text as it stands in the whole article text at its (merged) offsets. */
function textsAt(state: PageState): string[] {
  return state.result!.analysis.entities.map((e) => WHOLE.slice(e.start, e.end));
}

describe('analyze parts → one page state', () => {
  it('merges a first chunk and a later part, offsets into the whole article text', async () => {
    const { deps } = await makeDeps();
    const first = await analyzePart(deps, ARTICLE_1, 0, true);
    const second = await analyzePart(deps, ARTICLE_2, OFFSET_2);
    // Each reply keeps offsets into its own text (the content script shifts them itself).
    expect(second.analysis.entities[0]).toMatchObject({ start: ARTICLE_2.indexOf('Nato'), text: 'Nato' });
    const state = await page(deps);
    const entities = state.result!.analysis.entities;
    expect(entities).toHaveLength(first.analysis.entities.length + second.analysis.entities.length);
    expect(textsAt(state)).toEqual(entities.map((e) => e.text));
    expect(entities.map((e) => e.text)).toEqual([
      'Alexander Lukaschenko',
      'China',
      'Lukaschenko',
      'Belarus',
      'Nato',
      'Belarus',
      'Lukaschenko',
    ]);
    expect(entities.map((e) => e.start)).toEqual([...entities.map((e) => e.start)].sort((a, b) => a - b));
    expect(state.result!.entityIds).toHaveLength(entities.length);
    for (const id of state.result!.entityIds)
      if (id !== null) expect(state.result!.summaries[id]?.id).toBe(id);
    expect(state).toMatchObject({ url: URL_A, title: 'A', status: 'analyzed' });
  });

  it('starts over on reset and on another URL; a part sent twice is not counted twice', async () => {
    const { deps } = await makeDeps();
    await analyzePart(deps, ARTICLE_1, 0, true);
    await analyzePart(deps, ARTICLE_2, OFFSET_2);
    await analyzePart(deps, ARTICLE_2, OFFSET_2);
    expect((await page(deps)).result!.analysis.entities).toHaveLength(7);
    await analyzePart(deps, ARTICLE_2, 0, true);
    expect((await page(deps)).result!.analysis.entities.map((e) => e.text)).toEqual([
      'Nato',
      'Belarus',
      'Lukaschenko',
    ]);
    await analyzePart(deps, ARTICLE_1, 500, false, 'https://news.de/b');
    const other = await page(deps);
    expect(other.url).toBe('https://news.de/b');
    expect(other.result!.analysis.entities.map((e) => e.start)[0]).toBe(500 + ARTICLE_1.indexOf('Alexander'));
    expect(other.result!.analysis.entities).toHaveLength(4);
  });

  it('a request without part replaces the page state as before', async () => {
    const { deps } = await makeDeps();
    await analyzePart(deps, ARTICLE_1, 0, true);
    const plain = data(await handleMessage({ type: 'analyze', text: ARTICLE_2, url: URL_A }, SELF, deps));
    expect((await page(deps)).result).toEqual(plain);
  });

  it('keeps tabs apart and serialises parts of one tab that arrive back to back', async () => {
    const { deps } = await makeDeps();
    await Promise.all([
      handleMessage(
        { type: 'analyze', text: ARTICLE_1, url: URL_A, part: { offset: 0, reset: true } },
        SELF,
        deps,
      ),
      handleMessage({ type: 'analyze', text: ARTICLE_2, url: URL_A, part: { offset: OFFSET_2 } }, SELF, deps),
      handleMessage(
        { type: 'analyze', text: ARTICLE_2, url: 'https://news.de/c', part: { offset: 0, reset: true } },
        { ...SELF, tab: { id: 8 } },
        deps,
      ),
    ]);
    expect((await page(deps)).result!.analysis.entities).toHaveLength(7);
    expect((await page(deps, 8)).result!.analysis.entities).toHaveLength(3);
  });

  it('survives a restarted worker: the merged state lives in the (session) storage area', async () => {
    const { deps } = await makeDeps();
    const session = memoryArea();
    deps.pages = new PageStates(session);
    await analyzePart(deps, ARTICLE_1, 0, true);
    // A new worker: new PageStates over the same storage.session.
    deps.pages = new PageStates(session);
    await analyzePart(deps, ARTICLE_2, OFFSET_2);
    const state = await page(deps);
    expect(state.result!.analysis.entities).toHaveLength(7);
    expect(textsAt(state)).toEqual(state.result!.analysis.entities.map((e) => e.text));
  });

  it('drops what the page edited or removed since (part.drop), also with an empty part', async () => {
    const { deps } = await makeDeps();
    await analyzePart(deps, ARTICLE_1, 0, true);
    await analyzePart(deps, ARTICLE_2, OFFSET_2);
    const before = (await page(deps)).result!.analysis.entities.length;
    const second = { start: OFFSET_2, end: OFFSET_2 + ARTICLE_2.length };
    // The second paragraph was removed: an empty part at the end of the text drops its span.
    const reply = await handleMessage(
      { type: 'analyze', text: '', url: URL_A, part: { offset: WHOLE.length, drop: [second] } },
      SELF,
      deps,
    );
    expect(reply.ok).toBe(true);
    const state = await page(deps);
    expect(state.result!.analysis.entities.length).toBeLessThan(before);
    expect(state.result!.analysis.entities.every((e) => e.end <= ARTICLE_1.length)).toBe(true);
    expect(state.result!.analysis.claims.every((c) => c.end <= ARTICLE_1.length)).toBe(true);
    expect(textsAt(state)).toEqual(state.result!.analysis.entities.map((e) => e.text));
  });

  it('analyses a part with its context but returns and merges only the part (part.context)', async () => {
    const { deps } = await makeDeps();
    const seen: string[] = [];
    const analyze = deps.analyze;
    deps.analyze = (text) => {
      seen.push(text);
      return analyze(text);
    };
    await analyzePart(deps, ARTICLE_1, 0, true);
    const reply = data(
      await handleMessage(
        { type: 'analyze', text: ARTICLE_2, url: URL_A, part: { offset: OFFSET_2, context: ARTICLE_1 } },
        SELF,
        deps,
      ),
    );
    expect(seen.at(-1)).toBe(WHOLE);
    // Offsets into the part, nothing of the context, ids aligned with the mentions.
    expect(reply.analysis.entities.map((e: { text: string }) => e.text)).toEqual([
      'Nato',
      'Belarus',
      'Lukaschenko',
    ]);
    for (const e of reply.analysis.entities) expect(ARTICLE_2.slice(e.start, e.end)).toBe(e.text);
    expect(reply.entityIds).toHaveLength(3);
    const state = await page(deps);
    expect(state.result!.analysis.entities).toHaveLength(7);
    expect(textsAt(state)).toEqual(state.result!.analysis.entities.map((e) => e.text));
  });

  it('refuses a part that would end beyond the largest article', async () => {
    const { deps } = await makeDeps();
    const reply = await handleMessage(
      { type: 'analyze', text: 'Nato', url: URL_A, part: { offset: MAX_TEXT - 1 } },
      SELF,
      deps,
    );
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^analyze: Teil endet/) });
  });

  it('learn:tab learns the merged page', async () => {
    const { deps } = await makeDeps();
    await analyzePart(deps, ARTICLE_1, 0, true);
    await analyzePart(deps, ARTICLE_2, OFFSET_2);
    expect(data(await handleMessage({ type: 'learn:tab', tabId: 7 }, SELF, deps))).toEqual({ added: true });
    const stats = data(await handleMessage({ type: 'stats' }, SELF, deps));
    expect(stats.store.articles).toBe(1);
    expect((await page(deps)).learned).toBe(true);
  });
});
