/**
 * The message protocol between content script, popup, options and background worker.
 * Every request is validated at the boundary (`parseRequest`); every reply is a `Reply`.
 * One table (`Responses`) ties each request type to its reply payload, so senders and
 * handlers are type-checked against each other.
 */
import * as v from 'valibot';
import type { ClaimRecord, DatasetStats, EntityCard, EntitySummary, SearchHit } from '../dataset/types.ts';
import type { Analysis } from '../nlp/types.ts';
import { MAX_CONTEXT } from './part-context.ts';
import { type Settings, SettingsPatchSchema } from './settings.ts';

/** Largest article text accepted for analysis (characters); longer pages are cut by the content script. */
export const MAX_TEXT = 2_000_000;
/** Largest import payload (characters). */
export const MAX_IMPORT = 200_000_000;

const Text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const Short = v.pipe(v.string(), v.maxLength(2_000));
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TEXT));
/** Most spans one part may drop (a re-render that replaced many paragraphs at once). */
export const MAX_DROP = 10_000;
const DropSpan = v.pipe(
  v.object({ start: Offset, end: Offset }),
  v.check((s) => s.start <= s.end, 'drop: Anfang hinter dem Ende'),
);
const PartSchema = v.object({
  offset: Offset,
  reset: v.optional(v.boolean()),
  drop: v.optional(v.pipe(v.array(DropSpan), v.maxLength(MAX_DROP))),
  context: v.optional(v.pipe(v.string(), v.maxLength(MAX_CONTEXT))),
});
/** Where an analysed text sits in the page's article text, and what precedes it (see `analyze`). */
export type Part = v.InferOutput<typeof PartSchema>;

export const RequestSchema = v.variant('type', [
  /**
   * Analyse article text; the reply maps each mention to a dataset entity (offsets into `text`).
   * `part`: this text is a part of the page's article text (a chunk or a late paragraph) starting
   * at `offset`; the background merges the parts of a tab into one page state (page-merge.ts).
   * `reset`: the first part of a new page (navigation, refresh) — the tab's earlier parts are
   * dropped. `drop`: spans of earlier parts whose text the page has since changed or removed —
   * what the page state holds there (overlapping them) is dropped. `context`: the article text
   * that precedes this part in reading order (part-context.ts), analysed with it so pronouns,
   * short names and carried-over speakers resolve as in the whole article; nothing found in it is
   * returned. Without `part` the reply replaces the tab's page state.
   */
  v.object({
    type: v.literal('analyze'),
    text: Text,
    url: v.optional(Short),
    title: v.optional(Short),
    part: v.optional(PartSchema),
  }),
  /** Full context card of a dataset entity. */
  v.object({ type: v.literal('card'), id: Short }),
  /** Card for a name as it appears in text (any inflected form). */
  v.object({ type: v.literal('cardByName'), name: Short }),
  /** Claims related to a claim (same speaker, same entities, similar wording). */
  v.object({
    type: v.literal('related'),
    text: Text,
    speaker: v.optional(Short),
    limit: v.optional(v.number()),
  }),
  /** Free-text search over entities and claims. */
  v.object({ type: v.literal('search'), query: Short, limit: v.optional(v.number()) }),
  v.object({ type: v.literal('settings:get') }),
  v.object({ type: v.literal('settings:set'), patch: SettingsPatchSchema }),
  v.object({ type: v.literal('stats') }),
  /** Add an article the reader read to the reader's store. */
  v.object({
    type: v.literal('learn'),
    text: Text,
    url: Short,
    title: v.optional(Short),
    date: v.optional(Short),
  }),
  /** Learn the article last analysed in a tab (the popup's "learn now" button). */
  v.object({ type: v.literal('learn:tab'), tabId: v.number() }),
  /** What the background knows about a tab's page (for the popup). */
  v.object({ type: v.literal('page:get'), tabId: v.number() }),
  v.object({ type: v.literal('store:export') }),
  v.object({
    type: v.literal('store:import'),
    format: v.picklist(['store', 'dataset', 'jsonl']),
    /** JSON text for store/jsonl; base64 for a dataset file. */
    data: v.pipe(v.string(), v.maxLength(MAX_IMPORT)),
  }),
  v.object({ type: v.literal('store:clear') }),
]);
export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Per-page result of `analyze`: the analysis plus the dataset entity of each mention. */
export interface AnalyzeResult {
  analysis: Analysis;
  /** Same order as analysis.entities: the dataset entity id, or null when unknown. */
  entityIds: (string | null)[];
  /** Summaries of every id in entityIds. */
  summaries: Record<string, EntitySummary>;
}

/** What the popup shows for a tab. */
export interface PageState {
  url: string;
  title?: string;
  status: 'analyzed' | 'off' | 'none';
  /**
   * The page's analysis: all parts merged, offsets into the whole article text, entities and
   * claims in text order (`content:reveal` indices count in these lists).
   */
  result?: AnalyzeResult;
  learned: boolean;
}

export interface StoreStats {
  articles: number;
  entities: number;
  claims: number;
}

export interface Responses {
  analyze: AnalyzeResult;
  card: EntityCard | null;
  cardByName: EntityCard | null;
  related: ClaimRecord[];
  search: SearchHit[];
  'settings:get': Settings;
  'settings:set': Settings;
  stats: { dataset: DatasetStats; store: StoreStats; storeError?: string };
  learn: { added: boolean; reason?: string };
  'learn:tab': { added: boolean; reason?: string };
  'page:get': PageState | null;
  'store:export': { json: string };
  'store:import': { imported: number; skipped: number; errors: string[] };
  'store:clear': { cleared: true };
}

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };

/** Validates an incoming message; returns the typed request or a readable error. */
export function parseRequest(input: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  const result = v.safeParse(RequestSchema, input);
  if (result.success) return { ok: true, request: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `Ungültige Nachricht${path ? ` (${path})` : ''}: ${issue.message}` };
}

/** Messages the background or popup send to a tab's content script. */
export const ContentRequestSchema = v.variant('type', [
  v.object({ type: v.literal('content:next'), direction: v.optional(v.picklist(['next', 'prev'])) }),
  v.object({
    type: v.literal('content:reveal'),
    kind: v.picklist(['entity', 'claim']),
    /** Index into the page state's (merged) analysis.entities or analysis.claims. */
    index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.object({ type: v.literal('content:refresh') }),
]);
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;
