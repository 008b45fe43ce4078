/**
 * Unlabelled training text shared by the word clusters (clusters.ts) and self-training
 * (self-train.ts). Only splits whose labels are never evaluated on: no test split is read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { splitSentences } from '../../src/nlp/sentences.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { jsonl } from '../perf/corpus.ts';
import { SHARED } from './paths.ts';

/** Splits raw text into token sentences with the extension's own tokenizer. */
function sentencesOf(text: string, out: string[][]): void {
  const tokens = tokenize(text);
  for (const s of splitSentences(text, tokens))
    out.push(tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
}

/** The article texts of Wikinews quotes train+dev (CC BY-NC-SA 4.0; labels not used). */
export function wikinewsSentences(): string[][] {
  const out: string[][] = [];
  for (const f of ['train.part1', 'train.part2', 'dev'])
    for (const d of jsonl(`data/wikinews_quotes_de/${f}.jsonl.gz`))
      sentencesOf(d.originalText as string, out);
  return out;
}

/** The SpkAtt 2023 train speeches, as tokenised there (CC BY-SA 4.0). */
export function spkattSentences(): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(resolve(SHARED, 'data/spkatt2023/train.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { Sentences: { Tokens: string[] }[] };
    for (const s of doc.Sentences) out.push(s.Tokens);
  }
  return out;
}

/**
 * The tokens of Corpus REDEWIEDERGABE (CC BY-NC-SA 4.0; fiction and non-fiction, 1840–1919), split
 * at its sentence starts; its annotations are not used. Round six: extra text for Brown clusters.
 */
export function redewiedergabeSentences(): string[][] {
  const out: string[][] = [];
  const lines = gunzipSync(readFileSync(resolve(SHARED, 'data/redewiedergabe/main_corpus.tsv.gz')))
    .toString('utf8')
    .split('\n');
  let cur: string[] = [];
  for (const line of lines.slice(1)) {
    const cols = line.split('\t');
    if (cols.length < 7) continue;
    if (cols[6] === 'yes' && cur.length) {
      out.push(cur);
      cur = [];
    }
    cur.push(cols[1]);
  }
  if (cur.length) out.push(cur);
  return out;
}
