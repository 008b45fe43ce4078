/**
 * Loaders for the speech-attribution corpora under ../shared/data (Node only: scripts, bench, tests).
 * Each loader returns plain records; nothing here is shipped in the extension.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Absolute path of a file under ../shared/data (the reference data beside the repo). */
export function dataPath(...parts: string[]): string {
  return resolve(REPO_ROOT, '../shared/data', ...parts);
}

export interface WikinewsSpan {
  begin: number;
  end: number;
  charBegin: number;
  charEnd: number;
}
export interface WikinewsRole {
  spans: WikinewsSpan[];
  text: string;
  tokenIds: number[];
}
export interface WikinewsAnnotation {
  id: number;
  type: string;
  medium: string;
  isNested: boolean;
  quote: WikinewsRole;
  speaker: WikinewsRole;
  cue: WikinewsRole;
}
export interface WikinewsDoc {
  file: string;
  originalText: string;
  tokens: { id: number; sentence: number; text: string; charBegin: number; charEnd: number }[];
  annotations: WikinewsAnnotation[];
}

const WIKINEWS_FILES: Record<string, string[]> = {
  train: ['train.part1.jsonl.gz', 'train.part2.jsonl.gz'],
  dev: ['dev.jsonl.gz'],
  test: ['test.jsonl.gz'],
};

/** Returns the Wikinews quotation documents of one split (train, dev or test). */
export function readWikinews(split: 'train' | 'dev' | 'test'): WikinewsDoc[] {
  const docs: WikinewsDoc[] = [];
  for (const file of WIKINEWS_FILES[split]) {
    const text = gunzipSync(readFileSync(dataPath('wikinews_quotes_de', file))).toString('utf8');
    for (const line of text.split('\n')) if (line.trim()) docs.push(JSON.parse(line) as WikinewsDoc);
  }
  return docs;
}

export interface SpkAttDoc {
  doc: string;
  Sentences: { SentenceId: number; Tokens: string[] }[];
  Annotations: Record<'Cue' | 'Source' | 'Message', string[]>[];
}

/** Returns the SpkAtt-2023 task-1 speeches of one split (train or dev). */
export function readSpkAtt(split: 'train' | 'dev'): SpkAttDoc[] {
  const text = readFileSync(dataPath('spkatt2023', `${split}.jsonl`), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SpkAttDoc);
}

export interface CheckThatRow {
  id: string;
  sentence: string;
  label: 'OBJ' | 'SUBJ';
}

/** Returns the CheckThat! 2025 German subjectivity sentences of one split. */
export function readCheckThat(split: 'train' | 'dev' | 'dev_test'): CheckThatRow[] {
  const text = readFileSync(dataPath('checkthat2025_de', 'subjectivity', `${split}_de.tsv`), 'utf8');
  const rows: CheckThatRow[] = [];
  for (const line of text.split('\n').slice(1)) {
    if (!line.trim()) continue;
    const [id, sentence, label] = line.split('\t');
    if (label !== 'OBJ' && label !== 'SUBJ')
      throw new Error(`CheckThat ${split}: bad label in ${line.slice(0, 80)}`);
    rows.push({ id, sentence, label });
  }
  return rows;
}

export interface RwToken {
  sample: string;
  tok: string;
  sentstart: boolean;
  /** STWR types on this token (direct, indirect, reported, freeIndirect, …). */
  types: string[];
}

/** Returns the Redewiedergabe main-corpus tokens in corpus order. */
export function readRedewiedergabe(): RwToken[] {
  const text = gunzipSync(readFileSync(dataPath('redewiedergabe', 'main_corpus.tsv.gz'))).toString('utf8');
  const out: RwToken[] = [];
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const c = lines[i].split('\t');
    if (c.length < 8) continue;
    const types = c[7] === '-' ? [] : c[7].split('|').map((s) => s.split('.')[0]);
    out.push({ sample: c[0], tok: c[1], sentstart: c[6] === 'yes', types });
  }
  return out;
}
