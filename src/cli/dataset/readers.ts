/**
 * Node-only readers of article corpora for `kontext dataset build`: plain text (optional leading
 * "date YYYY-MM[-DD]" marker), JSON Lines (optionally gzipped; url/title/text/date/source fields,
 * FANG-COVID's header/article, Wikinews quotation files' originalText with the date in the file
 * name), the 10kGNAD CSV (';'-separated, quote char "'", no header: category;text) and saved HTML
 * pages (main text only). Each yields articles or per-record problems; one bad record never stops
 * the rest of its file.
 */
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { ArticleMeta } from '../../dataset/index.ts';
import { hash36 } from '../../dataset/names.ts';

export interface InputArticle {
  meta: ArticleMeta;
  text: string;
}

export type ReadItem =
  | { ok: true; article: InputArticle; warning?: string }
  | { ok: false; where: string; reason: string };

/** Defaults for articles whose records do not say (from the command line or the sources config). */
export interface ReadDefaults {
  source?: string;
  licence?: string;
}

export type InputFormat = 'text' | 'jsonl' | 'csv' | 'html';

/** Returns the format of an input file judged by its name, or throws for an unknown one. */
export function formatOf(path: string): InputFormat {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.txt')) return 'text';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson') || name.endsWith('.json')) return 'jsonl';
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.html') || name.endsWith('.htm')) return 'html';
  throw new Error(`unknown input format (want .txt, .jsonl[.gz], .csv or .html): ${path}`);
}

const DATE_PREFIX = /^(\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)/;

/** Returns an ISO date (YYYY-MM or YYYY-MM-DD) from the start of a date string, or undefined. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const date = DATE_PREFIX.exec(value.trim())?.[1];
  // Placeholders such as "0001-01-01" in some file names are no date.
  const year = date ? Number(date.slice(0, 4)) : 0;
  return year >= 1900 && year <= 2100 ? date : undefined;
}

/** Returns the text without a leading "date YYYY-MM[-DD]" marker, and that date. */
export function splitDateMarker(raw: string): { text: string; date?: string } {
  const m = /^\uFEFF?\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+/.exec(raw);
  if (!m) return { text: raw.replace(/^\uFEFF/, '') };
  return { text: raw.slice(m[0].length), date: isoDate(m[1]) };
}

function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`not valid UTF-8: ${path}`);
  }
}

async function readBytes(path: string): Promise<Uint8Array> {
  const bytes = await readFile(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes);
    } catch (error) {
      throw new Error(`damaged gzip data: ${(error as Error).message}`);
    }
  }
  return bytes;
}

async function* readText(path: string, defaults: ReadDefaults): AsyncGenerator<ReadItem> {
  const raw = decodeUtf8(await readBytes(path), path);
  const { text, date } = splitDateMarker(raw);
  if (!text.trim()) {
    yield { ok: false, where: path, reason: 'empty text' };
    return;
  }
  yield {
    ok: true,
    article: {
      meta: {
        id: `txt:${hash36(text)}`,
        date,
        source: defaults.source ?? basename(path),
        licence: defaults.licence,
      },
      text,
    },
  };
}

const WIKINEWS_FILE = /^(\d+)\s+-\s+(.*?)\s+\((\d{4}-\d{2}-\d{2})\)(?:\.pretty)?\.json$/;

function pick(record: Record<string, unknown>, names: string[]): string | undefined {
  for (const n of names) {
    const v = record[n];
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number') return String(v);
  }
  return undefined;
}

/** Returns the article of one JSON record (generic, FANG-COVID or Wikinews quotation shape) or a reason. */
export function articleFromRecord(
  record: unknown,
  defaults: ReadDefaults,
): ReadItem | { ok: false; reason: string } {
  if (!record || typeof record !== 'object' || Array.isArray(record))
    return { ok: false, reason: 'not a JSON object' };
  const r = record as Record<string, unknown>;
  const text = pick(r, ['text', 'article', 'originalText', 'body', 'content']);
  if (!text) return { ok: false, reason: 'no text field (text, article, originalText, body or content)' };
  const file = pick(r, ['file', 'documentName']);
  const wikinews = file ? WIKINEWS_FILE.exec(file.endsWith('.json') ? file : `${file}.json`) : null;
  const rawDate = pick(r, ['date', 'published', 'datePublished', 'published_at']);
  let date = isoDate(rawDate);
  let warning: string | undefined;
  if (rawDate && !date) warning = `unreadable date "${rawDate.slice(0, 40)}" dropped`;
  const meta: ArticleMeta = {
    id: pick(r, ['id', 'doc_id']),
    url: pick(r, ['url', 'link']),
    title: pick(r, ['title', 'header', 'headline']),
    source: pick(r, ['source', 'site', 'publisher']) ?? defaults.source,
    licence: pick(r, ['licence', 'license']) ?? defaults.licence,
  };
  if (wikinews) {
    meta.id = `wikinews-de:${wikinews[1]}`;
    meta.title ??= wikinews[2];
    date ??= isoDate(wikinews[3]);
    if (!date) warning = `placeholder date "${wikinews[3]}" in the file name dropped`;
    meta.source ??= 'Wikinews';
    // The article texts are Wikinews' own (CC BY); the quotation annotations around them are not used.
    meta.licence ??= 'CC BY (de.wikinews.org)';
  }
  if (date) meta.date = date;
  if (meta.id && meta.source && !wikinews) meta.id = `${meta.source}:${meta.id}`;
  return { ok: true, article: { meta, text }, warning };
}

async function* readJsonl(path: string, defaults: ReadDefaults): AsyncGenerator<ReadItem> {
  const handle = await open(path, 'r');
  const head = new Uint8Array(2);
  await handle.read(head, 0, 2, 0).finally(() => handle.close());
  const file = createReadStream(path);
  const stream = head[0] === 0x1f && head[1] === 0x8b ? file.pipe(createGunzip()) : file;
  let streamError: Error | undefined;
  stream.on('error', (e: Error) => {
    streamError = e;
  });
  file.on('error', (e: Error) => {
    streamError = e;
  });
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        yield { ok: false, where: `${path}:${n}`, reason: 'invalid JSON' };
        continue;
      }
      const item = articleFromRecord(record, defaults);
      if (item.ok) yield item;
      else yield { ok: false, where: `${path}:${n}`, reason: item.reason };
    }
  } catch (error) {
    streamError ??= error as Error;
  }
  if (streamError)
    yield { ok: false, where: `${path}:${n}`, reason: `unreadable from here on: ${streamError.message}` };
}

/** Returns the records of a CSV text with ';' separators and "'" quotes ('' inside quotes is one '). */
export function parseQuotedCsv(text: string): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === "'") {
        if (text[i + 1] === "'") {
          field += "'";
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === "'" && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (ch === ';') {
      fields.push(field);
      field = '';
      atFieldStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') out.push({ fields, line: recordLine });
      fields = [];
      field = '';
      atFieldStart = true;
      line++;
      recordLine = line;
    } else {
      field += ch;
      atFieldStart = false;
    }
  }
  if (quoted) out.push({ fields: [...fields, field, '\u0000unterminated'], line: recordLine });
  else if (field || fields.length) out.push({ fields: [...fields, field], line: recordLine });
  return out;
}

async function* readCsv(path: string, defaults: ReadDefaults): AsyncGenerator<ReadItem> {
  const text = decodeUtf8(await readBytes(path), path);
  const name = basename(path).replace(/\.csv(\.gz)?$/i, '');
  for (const { fields, line } of parseQuotedCsv(text)) {
    if (fields[fields.length - 1] === '\u0000unterminated') {
      yield { ok: false, where: `${path}:${line}`, reason: 'unterminated quote' };
      continue;
    }
    if (fields.length !== 2 || !fields[1].trim()) {
      yield {
        ok: false,
        where: `${path}:${line}`,
        reason: `want 2 fields (category;text), got ${fields.length}`,
      };
      continue;
    }
    yield {
      ok: true,
      article: {
        meta: {
          id: `10kgnad-${name}:${line}`,
          source: defaults.source ?? 'derStandard',
          licence: defaults.licence ?? 'CC BY-NC-SA 4.0',
        },
        text: fields[1],
      },
    };
  }
}

function metaContent(html: string, names: string[]): string | undefined {
  for (const n of names) {
    const re = new RegExp(`<meta[^>]+(?:property|name|itemprop)=["']${n}["'][^>]*>`, 'i');
    const tag = re.exec(html)?.[0];
    const content = tag ? /content=["']([^"']*)["']/i.exec(tag)?.[1] : undefined;
    if (content) return content;
  }
  return undefined;
}

async function* readHtml(path: string, defaults: ReadDefaults): AsyncGenerator<ReadItem> {
  const html = decodeUtf8(await readBytes(path), path);
  const url =
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1] ??
    metaContent(html, ['og:url']);
  // Lazily: the article extractor pulls in a DOM implementation.
  const { articleTextFromHtml } = await import('../../article/node.ts');
  const { title, text } = articleTextFromHtml(html, url);
  if (!text.trim()) {
    yield { ok: false, where: path, reason: 'no article text found in the page' };
    return;
  }
  const date = isoDate(
    metaContent(html, ['article:published_time', 'date', 'pubdate', 'datePublished', 'dc.date']) ??
      /<time[^>]+datetime=["']([^"']+)["']/i.exec(html)?.[1],
  );
  const host = url ? /^[a-z]+:\/\/([^/]+)/i.exec(url)?.[1] : undefined;
  yield {
    ok: true,
    article: {
      meta: {
        id: url ? undefined : `html:${hash36(text)}`,
        url,
        title,
        date,
        source: defaults.source ?? host ?? basename(path),
        licence: defaults.licence,
      },
      text,
    },
  };
}

/** Yields the articles of one input file, or per-record problems; a file that cannot be read at all yields one problem. */
export async function* readInput(path: string, defaults: ReadDefaults = {}): AsyncGenerator<ReadItem> {
  let format: InputFormat;
  try {
    format = formatOf(path);
  } catch (error) {
    yield { ok: false, where: path, reason: (error as Error).message };
    return;
  }
  const reader = { text: readText, jsonl: readJsonl, csv: readCsv, html: readHtml }[format];
  try {
    yield* reader(path, defaults);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    yield { ok: false, where: path, reason: e.code === 'ENOENT' ? 'file not found' : e.message };
  }
}
