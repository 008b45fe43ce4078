/**
 * The reader store's exchange formats: the JSON export (and its import), and JSON Lines articles.
 * Everything is parsed and validated before anything is written, so bad input changes nothing.
 */
import * as v from 'valibot';
import { CLAIM_KINDS, ENTITY_TYPES } from '../nlp/types.ts';
import { normalizeUrl } from './normalize-url.ts';
import type { StoredArticle } from './reader-store.ts';

export const EXPORT_FORMAT = 'kontext-reader-store';
export const EXPORT_VERSION = 2;

const Span = {
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
};
const Str = v.pipe(v.string(), v.maxLength(10_000));
const MentionSchema = v.object({
  ...Span,
  text: Str,
  type: v.picklist(ENTITY_TYPES),
  form: v.optional(v.picklist(['deriv', 'part'])),
  category: v.optional(Str),
  canonical: Str,
  descriptor: v.optional(Str),
});
const ClaimSchema = v.object({
  ...Span,
  text: v.pipe(v.string(), v.maxLength(100_000)),
  kind: v.picklist(CLAIM_KINDS),
  speaker: v.optional(
    v.object({ text: Str, canonical: Str, start: v.optional(v.number()), end: v.optional(v.number()) }),
  ),
  cue: v.optional(Str),
  via: v.array(Str),
  checkworthy: v.optional(v.object({ score: v.number(), reasons: v.array(Str) })),
});
const AnalysisSchema = v.object({
  sentences: v.array(v.object(Span)),
  tokens: v.optional(v.array(v.object(Span))),
  entities: v.array(MentionSchema),
  claims: v.array(ClaimSchema),
});
const MetaSchema = v.object({
  id: v.optional(Str),
  url: v.optional(Str),
  title: v.optional(Str),
  date: v.optional(Str),
  source: v.optional(Str),
  licence: v.optional(Str),
});
const StoredArticleSchema = v.object({
  key: Str,
  meta: MetaSchema,
  analysis: AnalysisSchema,
  addedAt: v.number(),
});
const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exported: v.optional(v.string()),
  articles: v.array(StoredArticleSchema),
});

/** One article of a JSON Lines import. */
const JsonlArticleSchema = v.object({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(2_000_000)),
  url: v.pipe(v.string(), v.maxLength(2_000)),
  title: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  date: v.optional(v.pipe(v.string(), v.maxLength(100))),
  source: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
export type JsonlArticle = v.InferOutput<typeof JsonlArticleSchema>;

function describe(issues: v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path ? `${path}: ` : ''}${issue.message}`;
}

/** Returns the export file (JSON text) of the given articles. */
export function exportStore(articles: StoredArticle[], now = new Date()): string {
  return JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported: now.toISOString(),
    articles,
  });
}

/** Returns the articles of an export file; throws an Error naming the first problem. */
export function parseStoreExport(json: string): StoredArticle[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`Die Datei ist kein gültiges JSON: ${(error as Error).message}`);
  }
  const result = v.safeParse(ExportSchema, data);
  if (!result.success)
    throw new Error(
      `Keine Kontext-Sicherung (Format ${EXPORT_FORMAT} v${EXPORT_VERSION}): ${describe(result.issues)}`,
    );
  return result.output.articles.map((a) => ({ ...a, key: normalizeUrl(a.meta.url ?? a.key) }));
}

/** Returns the articles of a JSON Lines text, or the errors of every bad line (1-based). */
export function parseJsonl(text: string): { articles: JsonlArticle[]; errors: string[] } {
  const articles: JsonlArticle[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      errors.push(`Zeile ${i + 1}: kein gültiges JSON (${(error as Error).message})`);
      return;
    }
    const result = v.safeParse(JsonlArticleSchema, data);
    if (!result.success) {
      errors.push(`Zeile ${i + 1}: ${describe(result.issues)}`);
      return;
    }
    try {
      normalizeUrl(result.output.url);
    } catch (error) {
      errors.push(`Zeile ${i + 1}: ${(error as Error).message}`);
      return;
    }
    articles.push(result.output);
  });
  if (articles.length === 0 && errors.length === 0) errors.push('Die Datei enthält keine Artikel.');
  return { articles, errors };
}

/** Decodes base64 (standard or URL-safe) to bytes; throws an Error on anything else. */
export function decodeBase64(data: string): Uint8Array {
  const clean = data.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length === 0)
    throw new Error('Die Datensatzdatei ist nicht base64-kodiert.');
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
