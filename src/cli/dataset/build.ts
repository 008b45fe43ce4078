/**
 * Builds a dataset from corpus files: reads each input, runs the same `analyze` pipeline the
 * extension runs, adds every article, and keeps count of what was skipped and why. Writing is
 * atomic (temp file, then rename), so a failed build never replaces a good dataset file.
 */
import { rename, unlink, writeFile } from 'node:fs/promises';
import { Dataset } from '../../dataset/index.ts';
import type { Analysis } from '../../nlp/types.ts';
import { type InputArticle, type ReadDefaults, readInput } from './readers.ts';

export interface BuildInput extends ReadDefaults {
  path: string;
  /** Read at most this many articles from the file. */
  limit?: number;
}

export interface BuildSummary {
  read: number;
  added: number;
  skipped: { where: string; reason: string }[];
  warnings: { where: string; reason: string }[];
  entities: number;
  claims: number;
  seconds: number;
  /** Of that, time in the NLP pipeline and in the dataset (resolution and indexing). */
  analyzeSeconds: number;
  datasetSeconds: number;
}

export interface BuildOptions {
  /** Start from this dataset (e.g. the default one) instead of an empty one. */
  base?: Dataset;
  /** Draw a progress line on stderr (only sensible on a terminal). */
  progress?: boolean;
  /** Stop after this many articles in all (benchmarks, smoke builds). */
  limit?: number;
  /** The analysis function; defaults to the extension's pipeline. */
  analyze?: (text: string) => Analysis;
  /**
   * Leave out claims that name no entity and have no speaker ("Die Zahl stieg um fünf Prozent",
   * "Auch sei die Dokumentation unvollständig gewesen"): no entity card lists them, only a wording
   * match could bring them up, and they make up a fifth of the text. For size-bound files.
   */
  dropUnattributed?: boolean;
  /**
   * Leave out factual claims whose check-worthiness score is below this (the pipeline keeps those
   * at or above FACTUAL_MIN_SCORE): the bundled base keeps the statements most worth checking.
   */
  minFactualScore?: number;
}

/** Returns the analysis without factual claims scored below `min` for check-worthiness. */
export function withoutWeakFactual(analysis: Analysis, min: number): Analysis {
  const claims = analysis.claims.filter((c) => c.kind !== 'factual' || (c.checkworthy?.score ?? 0) >= min);
  return claims.length === analysis.claims.length ? analysis : { ...analysis, claims };
}

/** Returns the analysis without claims that name no entity and have no speaker. */
export function withoutUnattributed(analysis: Analysis): Analysis {
  const claims = analysis.claims.filter(
    (c) => c.speaker || analysis.entities.some((m) => m.start >= c.start && m.end <= c.end),
  );
  return claims.length === analysis.claims.length ? analysis : { ...analysis, claims };
}

/** Returns the extension's analysis function, loaded on first use. */
async function loadAnalyze(): Promise<(text: string) => Analysis> {
  const [mod] = await Promise.all([import('../../nlp/analyze.ts'), import('../ner-model.ts')]);
  return (text) => mod.analyze(text);
}

function drawProgress(done: number, started: number, where: string): void {
  const rate = done / Math.max(0.001, (performance.now() - started) / 1000);
  const name = where.length > 50 ? `…${where.slice(-49)}` : where;
  process.stderr.write(`\r\x1b[K  ${done} Artikel · ${rate.toFixed(0)}/s · ${name}`);
}

/** Returns the dataset built from the inputs and a summary of the run. */
export async function buildDataset(
  inputs: BuildInput[],
  opts: BuildOptions = {},
): Promise<{ dataset: Dataset; summary: BuildSummary }> {
  const analyze = opts.analyze ?? (await loadAnalyze());
  const dataset = opts.base ?? Dataset.empty();
  const started = performance.now();
  const summary: BuildSummary = {
    read: 0,
    added: 0,
    skipped: [],
    warnings: [],
    entities: 0,
    claims: 0,
    seconds: 0,
    analyzeSeconds: 0,
    datasetSeconds: 0,
  };
  let analyzeMs = 0;
  let datasetMs = 0;
  outer: for (const input of inputs) {
    let fromFile = 0;
    for await (const item of readInput(input.path, input)) {
      if (!item.ok) {
        summary.skipped.push({ where: item.where, reason: item.reason });
        continue;
      }
      if (item.warning) summary.warnings.push({ where: input.path, reason: item.warning });
      summary.read++;
      fromFile++;
      const where = item.article.meta.id ?? item.article.meta.url ?? input.path;
      const result = addOne(dataset, item.article, analyze, opts);
      analyzeMs += result.analyzeMs;
      datasetMs += result.datasetMs;
      if (result.added) summary.added++;
      else summary.skipped.push({ where, reason: result.reason ?? 'not added' });
      if (opts.progress && summary.read % 10 === 0) drawProgress(summary.read, started, input.path);
      if (opts.limit !== undefined && summary.read >= opts.limit) break outer;
      if (input.limit !== undefined && fromFile >= input.limit) break;
    }
  }
  if (opts.progress) process.stderr.write('\r\x1b[K');
  const stats = dataset.stats();
  summary.entities = stats.entities;
  summary.claims = stats.claims;
  summary.seconds = (performance.now() - started) / 1000;
  summary.analyzeSeconds = analyzeMs / 1000;
  summary.datasetSeconds = datasetMs / 1000;
  return { dataset, summary };
}

function addOne(
  dataset: Dataset,
  article: InputArticle,
  analyze: (text: string) => Analysis,
  opts: BuildOptions,
): { added: boolean; reason?: string; analyzeMs: number; datasetMs: number } {
  const t0 = performance.now();
  let analysis: Analysis;
  try {
    analysis = analyze(article.text);
  } catch (error) {
    return {
      added: false,
      reason: `analysis failed: ${(error as Error).message}`,
      analyzeMs: performance.now() - t0,
      datasetMs: 0,
    };
  }
  const t1 = performance.now();
  if (opts.dropUnattributed) analysis = withoutUnattributed(analysis);
  if (opts.minFactualScore !== undefined) analysis = withoutWeakFactual(analysis, opts.minFactualScore);
  const result = dataset.addArticle(article.meta, analysis);
  return { ...result, analyzeMs: t1 - t0, datasetMs: performance.now() - t1 };
}

/** Writes bytes to a path atomically: a temp file beside it, then a rename over the old file. */
export async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => {});
    throw error;
  }
}
