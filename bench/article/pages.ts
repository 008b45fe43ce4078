/**
 * The trafilatura German evaluation pages (../shared/data/trafilatura_de): loading, the
 * deterministic domain split into a dev half (for tuning) and a test half (held out), and
 * trafilatura's snippet scoring.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../src/article/decode-html.ts';

export interface Page {
  url: string;
  domain: string;
  category: 'news_general' | 'news_special_interest' | 'other';
  htmlPath: string;
  with: string[];
  without: string[];
  half: 'dev' | 'test';
}

/** FNV-1a 32-bit hash of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Which half a domain belongs to: even FNV-1a hash → dev (tuning allowed), odd → test (held out). */
export function halfOf(domain: string): 'dev' | 'test' {
  return fnv1a(domain.toLowerCase()) % 2 === 0 ? 'dev' : 'test';
}

/** All pages listed in expected.jsonl, with their half. */
export function loadPages(dir: string): Page[] {
  const lines = readFileSync(resolve(dir, 'expected.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines.map((line) => {
    const r = JSON.parse(line);
    return {
      url: r.url,
      domain: r.domain,
      category: r.category,
      htmlPath: resolve(dir, r.html_path),
      with: r.with ?? [],
      without: r.without ?? [],
      half: halfOf(r.domain),
    };
  });
}

/** The page's HTML (gunzipped when stored as .gz; decoded by its declared charset). */
export function readHtml(page: Page): string {
  const raw = readFileSync(page.htmlPath);
  return decodeHtml(page.htmlPath.endsWith('.gz') ? gunzipSync(raw) : raw);
}

/** Whitespace runs to one space, trimmed: texts and snippets are compared in this form. */
export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export interface Counts {
  tp: number;
  fn: number;
  tn: number;
  fp: number;
}

/** Trafilatura's counts for one page: "with" found → TP else FN; "without" found → FP else TN. */
export function scorePage(page: Page, extracted: string): Counts {
  const text = normalizeSpace(extracted);
  const c: Counts = { tp: 0, fn: 0, tn: 0, fp: 0 };
  for (const s of page.with) {
    if (text.includes(normalizeSpace(s))) c.tp++;
    else c.fn++;
  }
  for (const s of page.without) {
    if (text.includes(normalizeSpace(s))) c.fp++;
    else c.tn++;
  }
  return c;
}

/** Precision, recall and F1 of summed counts. */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Sum of counts. */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fn: a.fn + b.fn, tn: a.tn + b.tn, fp: a.fp + b.fp };
}
