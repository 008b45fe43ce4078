/**
 * The background's message router: validates a message and its sender, runs the handler of its
 * type and always resolves to a `Reply` (never throws), so the listener can return it directly.
 */
import { MAX_TEXT, parseRequest, type Reply, type Request, type Responses } from '../protocol/messages.ts';
import { mergePart } from '../protocol/page-merge.ts';
import { joinContext, withoutContext } from '../protocol/part-context.ts';
import type { Deps } from './deps.ts';
import { ALREADY, learnArticle } from './learn.ts';
import { normalizeUrl } from './normalize-url.ts';
import { clearStore, exportReaderStore, importIntoStore } from './store-actions.ts';

/** The part of runtime.MessageSender the router reads. */
export interface Sender {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

type Handlers = {
  [T in Request['type']]: (
    request: Extract<Request, { type: T }>,
    sender: Sender,
    deps: Deps,
  ) => Promise<Responses[T]>;
};

const handlers: Handlers = {
  async analyze(request, sender, deps) {
    if (request.part && request.part.offset + request.text.length > MAX_TEXT)
      throw new RangeError(`Teil endet hinter ${MAX_TEXT} Zeichen`);
    // Cold start: the worker's analyze starts reading the NER model and returns at once, so the model,
    // the dataset and the reader's store load concurrently.
    const { input, cut } = joinContext(request.part?.context, request.text);
    const analysing = deps.analyze(input);
    const loading = deps.dataset.get();
    loading.catch(() => {}); // awaited below; a failure is reported there
    const analysis = withoutContext(await analysing, cut);
    const dataset = await loading;
    const { entityIds, summaries } = dataset.resolve(analysis);
    const result = { analysis, entityIds, summaries };
    const tabId = sender.tab?.id;
    const url = request.url;
    if (tabId !== undefined && url) {
      const learned = await isLearned(url, deps);
      const part = request.part;
      // The page gets its analysis even if the popup's copy cannot be kept (storage.session full).
      await deps.pages
        .update(tabId, (page) => {
          if (!part) return { url, title: request.title, status: 'analyzed', result, learned };
          // Parts of another page (or of a page read again) do not mix with this one.
          const fresh = part.reset === true || page?.url !== url || !page.result;
          return {
            url,
            title: request.title ?? (fresh ? undefined : page?.title),
            status: 'analyzed',
            result: mergePart(
              fresh ? null : (page?.result ?? null),
              result,
              part.offset,
              request.text.length,
              part.drop,
            ),
            learned,
          };
        })
        .catch((error: unknown) => console.warn('Kontext: Seitenzustand nicht gespeichert:', error));
    }
    return result;
  },
  async card(request, _sender, deps) {
    return (await deps.dataset.get()).card(request.id) ?? null;
  },
  async cardByName(request, _sender, deps) {
    return (await deps.dataset.get()).cardByName(request.name) ?? null;
  },
  async related(request, _sender, deps) {
    const limit = clampLimit(request.limit, 10);
    return (await deps.dataset.get()).related(request.text, { speaker: request.speaker, limit });
  },
  async search(request, _sender, deps) {
    return (await deps.dataset.get()).search(request.query, clampLimit(request.limit, 20));
  },
  async 'settings:get'(_request, _sender, deps) {
    return deps.settings.get();
  },
  async 'settings:set'(request, _sender, deps) {
    return deps.settings.set(request.patch);
  },
  async stats(_request, _sender, deps) {
    const [dataset, store] = await Promise.all([deps.dataset.get(), deps.store()]);
    return {
      dataset: dataset.stats(),
      store: await store.stats(),
      ...(deps.storeError ? { storeError: deps.storeError } : {}),
    };
  },
  async learn(request, sender, deps) {
    const settings = await deps.settings.get();
    if (!settings.learn) return { added: false, reason: 'Lernen ist ausgeschaltet.' };
    const outcome = await learnArticle(
      { url: request.url, title: request.title, date: request.date },
      () => deps.analyze(request.text),
      deps,
    );
    if (outcome.added && sender.tab?.id !== undefined)
      await deps.pages.markLearned(sender.tab.id, request.url);
    return outcome;
  },
  async 'learn:tab'(request, _sender, deps) {
    // The reader asked for it explicitly, so this learns even when automatic learning is off.
    const page = await deps.pages.get(request.tabId);
    if (!page?.result) return { added: false, reason: 'Diese Seite wurde noch nicht analysiert.' };
    const analysis = page.result.analysis;
    const outcome = await learnArticle({ url: page.url, title: page.title }, () => analysis, deps);
    if (outcome.added || outcome.reason === ALREADY) await deps.pages.markLearned(request.tabId, page.url);
    return outcome;
  },
  async 'page:get'(request, _sender, deps) {
    const state = await deps.pages.get(request.tabId);
    // Asked of the store, not taken from the saved state: a re-analysis racing a learn could have
    // saved a stale flag.
    return state ? { ...state, learned: await isLearned(state.url, deps) } : null;
  },
  async 'store:export'(_request, _sender, deps) {
    return { json: await exportReaderStore(deps) };
  },
  async 'store:import'(request, _sender, deps) {
    return importIntoStore(request.format, request.data, deps);
  },
  async 'store:clear'(_request, _sender, deps) {
    await clearStore(deps);
    return { cleared: true };
  },
};

async function isLearned(url: string, deps: Deps): Promise<boolean> {
  try {
    return await (await deps.store()).has(normalizeUrl(url));
  } catch {
    // Pages without an http(s) URL (file:, about:) are never learned.
    return false;
  }
}

function clampLimit(limit: number | undefined, fallback: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(Math.max(Math.trunc(limit), 1), 200);
}

/** Returns the Reply to a message: the handler's data, or a readable error (bad sender, bad message, failure). */
export async function handleMessage(message: unknown, sender: Sender, deps: Deps): Promise<Reply> {
  if (sender.id !== deps.extensionId)
    return { ok: false, error: 'Nachricht von einem fremden Absender abgelehnt.' };
  const parsed = parseRequest(message);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const request = parsed.request;
  try {
    const handler = handlers[request.type] as (r: Request, s: Sender, d: Deps) => Promise<unknown>;
    return { ok: true, data: await handler(request, sender, deps) };
  } catch (error) {
    return { ok: false, error: `${request.type}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
