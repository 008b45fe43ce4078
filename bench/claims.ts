/**
 * Claims benchmark (issue 4): Wikinews quotation attribution (test), SpkAtt-2023 (dev), Redewiedergabe
 * (all), CheckThat! 2025 subjectivity (dev_test), throughput and linear time, and the seed article.
 * Prints tables to stdout and writes docs/bench-claims.md.
 *
 *   npm run bench:claims                  # everything, Wikinews on test
 *   npx tsx bench/claims.ts --split dev   # Wikinews on dev (for tuning; never tune on test)
 *   npx tsx bench/claims.ts --only wikinews,speed
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  dataPath,
  type RwToken,
  readCheckThat,
  readRedewiedergabe,
  readSpkAtt,
  readWikinews,
} from '../scripts/claims/read-corpora.ts';
import '../src/cli/ner-model.ts';
import { analyze } from '../src/nlp/analyze.ts';
import { classify, macroF1 } from './claims/checkthat.ts';
import { emptyRwCounts, scoreSample } from './claims/redewiedergabe.ts';
import { adversarialText, denseSpeechText, randomText, throughput, timeOne } from './claims/speed.ts';
import { type SpkAttCounts, scoreSpeech } from './claims/spkatt.ts';
import { fmt, prf, table } from './claims/table.ts';
import { addCounts, bootstrapF1, emptyCounts, scoreDoc, wikinewsScores } from './claims/wikinews.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const split = (arg('--split') ?? 'test') as 'dev' | 'test';
if (split !== 'dev' && split !== 'test') throw new Error(`--split must be dev or test, not ${split}`);
const only = arg('--only')?.split(',');
const want = (s: string) => !only || only.includes(s);
const out: string[] = [];
const section = (title: string, body: string) => {
  const text = `\n## ${title}\n\n${body}\n`;
  console.log(text);
  out.push(text);
};

if (want('wikinews')) {
  const t0 = performance.now();
  const docs = readWikinews(split);
  // Scored once per document: the pooled counts and the bootstrap both start from these.
  const perDoc = docs.map((d) => {
    const one = emptyCounts();
    scoreDoc(d, analyze(d.originalText).claims, one);
    return one;
  });
  const c = perDoc.reduce(addCounts, emptyCounts());
  const { quotes: q, speakers: s } = wikinewsScores(c);
  const qf = q.f1;
  const ci = bootstrapF1(perDoc);
  const range = ([lo, hi]: [number, number]) => `${fmt(lo)}–${fmt(hi)}`;
  const rows: (string | number)[][] = [
    ['quotes (all)', c.gold, q.p, q.r, qf],
    ['speakers (non-pronoun gold)', c.spkEligible, s.p, s.r, s.f1],
  ];
  const perType = Object.entries(c.goldByType).map(([t, [n, found]]) => {
    const [sn, sr] = c.spkByType[t] ?? [0, 0];
    return [t, n, found / n, sn ? sr / sn : 0];
  });
  const perKind = Object.entries(c.predByKind).map(([k, [n, ok]]) => [k, n, ok / n]);
  section(
    `Wikinews quotation attribution (${split}: ${docs.length} documents, ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    `${table(['what', 'gold', 'precision', 'recall', 'F1'], rows)}\n\n` +
      `Recall and speaker accuracy (right speaker / eligible gold quotes) per gold type:\n\n${table(['gold type', 'gold', 'recall', 'speaker right'], perType)}\n\n` +
      `Precision per predicted kind (announcements count as indirect):\n\n${table(['our kind', 'predicted', 'precision'], perKind)}\n\n` +
      `Speaker accuracy on found quotes with a predicted speaker: ${fmt(c.spkRight / Math.max(1, c.spkPredicted))} (${c.spkRight}/${c.spkPredicted}).\n\n` +
      `95 % document-bootstrap interval (${docs.length} documents resampled 1,000 times, seeded): quote F1 ${range(ci.quote)}, speaker F1 ${range(ci.speaker)}.\n\n` +
      'Definitions: quote precision = share of our non-factual claims with at least half of their characters inside ' +
      'gold quotations; quote recall = share of gold quotations with at least half of their characters covered by ' +
      'our non-factual claims. A speaker is right when our speaker (its text or canonical name) shares a content ' +
      'word with the gold speaker; pronoun-only gold speakers are left out. Speaker recall = right / eligible gold ' +
      'quotations; speaker precision = right / found quotations (pronoun-only gold left out) whose covering claim has ' +
      'a speaker — a speaker given to a gold quotation that names none is a wrong one.\n\n' +
      `Targets: quote F1 ≥ 0.80 — ${qf >= 0.8 ? 'reached' : `not reached (${fmt(qf)})`}; speaker F1 ≥ 0.75 — ${s.f1 >= 0.75 ? 'reached' : `not reached (${fmt(s.f1)})`}.`,
  );
}

if (want('spkatt')) {
  const c: SpkAttCounts = {
    cue: { tp: 0, pred: 0, gold: 0 },
    source: { tp: 0, pred: 0, gold: 0 },
    sentences: 0,
  };
  const docs = readSpkAtt('dev');
  for (const d of docs) scoreSpeech(d, c);
  const cue = prf(c.cue.tp, c.cue.pred, c.cue.gold);
  const src = prf(c.source.tp, c.source.pred, c.source.gold);
  section(
    `SpkAtt-2023 dev (${docs.length} speeches, ${c.sentences} sentences), token-level`,
    table(
      ['role', 'gold tokens', 'precision', 'recall', 'F1'],
      [
        ['cue', c.cue.gold, cue.p, cue.r, cue.f1],
        ['source', c.source.gold, src.p, src.r, src.f1],
      ],
    ) +
      '\n\nAnchors (official event-level scorer, not directly comparable): BERT 0.83 overall; QLoRA LLM 0.889 cue / 0.804 roles.',
  );
}

if (want('redewiedergabe')) {
  const c = emptyRwCounts();
  const tokens = readRedewiedergabe();
  const t0 = performance.now();
  let sentences = 0;
  let samples = 0;
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i].sample !== tokens[from].sample) {
      sentences += scoreSample(tokens.slice(from, i) as RwToken[], c);
      samples++;
      from = i;
    }
  }
  const d = prf(c.direct.tp, c.direct.pred, c.direct.gold);
  const ind = prf(c.indirect.tp, c.indirect.pred, c.indirect.gold);
  section(
    `Redewiedergabe (all ${samples} samples, ${sentences} sentences, ${tokens.length} tokens, ${((performance.now() - t0) / 1000).toFixed(1)} s), token-level`,
    table(
      ['type', 'gold tokens', 'precision', 'recall', 'F1', 'anchor F1'],
      [
        ['direct', c.direct.gold, d.p, d.r, d.f1, 0.85],
        ['indirect', c.indirect.gold, ind.p, ind.r, ind.f1, 0.76],
      ],
    ),
  );
}

if (want('checkthat')) {
  const rows = readCheckThat('dev_test');
  const pred = rows.map((r) => classify(r.sentence));
  const m = macroF1(rows, pred);
  section(
    `CheckThat! 2025 German subjectivity (dev_test, ${rows.length} sentences)`,
    table(['macro-F1', 'F1 OBJ', 'F1 SUBJ', 'accuracy'], [[m.macro, m.obj, m.subj, m.acc]]) +
      '\n\nOBJ = the sentence holds a factual claim, or a reported statement with a named (non-pronoun) source.',
  );
}

if (want('speed')) {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  const texts = readWikinews('dev').map((d) => d.originalText);
  const tp = throughput(texts, 2);
  const rows: (string | number)[][] = [];
  for (const n of [125_000, 250_000, 500_000, 1_000_000]) {
    const r = timeOne(randomText(n));
    const a = timeOne(adversarialText(n));
    const d = timeOne(denseSpeechText(n));
    rows.push([n, ...[r, a, d].flatMap((x) => [x.docMs.toFixed(0), x.claimsMs.toFixed(0)])]);
  }
  const speedTable = table(
    ['pipeline', 'sentences / s (wall clock)', 'sentences / s (CPU time)'],
    [
      ['analyze (tokens, sentences, entities, claims)', tp.analyzeWall.toFixed(0), tp.analyzeCpu.toFixed(0)],
      ['findClaims alone (on prepared Docs)', tp.claimsWall.toFixed(0), tp.claimsCpu.toFixed(0)],
    ],
  );
  const linearTable = table(
    [
      'characters',
      'random: createDoc ms',
      'random: findClaims ms',
      'unclosed: createDoc ms',
      'unclosed: findClaims ms',
      'dense speech: createDoc ms',
      'dense speech: findClaims ms',
    ],
    rows,
  );
  section(
    `Throughput (one Node thread; Wikinews dev texts, ${tp.sentences} sentences, 2 rounds)`,
    `${speedTable}\n\nLoad average at the start: ${load} on ${cpus().length} cores shared with other jobs; the CPU-time ` +
      "column divides by this process's own CPU time, the wall-clock column includes waiting for the CPU.\n\n" +
      'Linear time (CPU milliseconds of this process): createDoc and findClaims on random text (letters, all quotation marks, mixed ' +
      'scripts), on *unclosed* text (one unclosed „ followed by cue words, no sentence end) and on *dense speech* ' +
      '(quotes, cues, Konjunktiv and attributions repeated without a full stop: the whole input is one sentence):' +
      `\n\n${linearTable}`,
  );
}

if (want('seed')) {
  const seedPath = resolve(dataPath(), '../seed-article.txt');
  const text = readFileSync(seedPath, 'utf8');
  const rows = analyze(text).claims.map((c) => [
    c.kind,
    c.speaker ? `${c.speaker.text} → ${c.speaker.canonical}` : '–',
    c.cue ?? '–',
    c.via.join(', ') || '–',
    c.checkworthy ? `${c.checkworthy.score} (${c.checkworthy.reasons.join(', ')})` : '–',
    c.text.length > 70 ? `${c.text.slice(0, 70)}…` : c.text,
  ]);
  section(
    'Seed article (../shared/seed-article.txt)',
    table(['kind', 'speaker', 'cue', 'via', 'checkworthy', 'text'], rows),
  );
}

const command = `npx tsx bench/claims.ts ${args.join(' ')}`.trim();
const header = `# Claims benchmark\n\nMeasured ${new Date().toISOString()} with \`${command}\` (Node ${process.version}).\n`;
if (!only || args.includes('--write')) {
  writeFileSync(resolve(REPO, 'docs/bench-claims.md'), `${header}${out.join('')}`);
  console.log('\nwritten: docs/bench-claims.md');
}
