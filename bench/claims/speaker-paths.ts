/**
 * Speaker accuracy per claim rule on the Wikinews **train** or **dev** split (never test), to see which
 * rule's speakers are worth keeping: a speaker helps speaker F1 only when it is right more often than
 * about F1 / 2 of the time (F1 = 2·right / (predicted + eligible)).
 *
 *   npx tsx bench/claims/speaker-paths.ts [train|dev]
 */
import { readWikinews } from '../../scripts/claims/read-corpora.ts';
import '../../src/cli/ner-model.ts';
import { createDoc } from '../../src/nlp/analyze.ts';
import { type ClaimDraft, findClaimDrafts } from '../../src/nlp/claims/index.ts';
import { table } from './table.ts';
import { emptyCounts, noSpeaker, scoreDoc } from './wikinews.ts';

const split = process.argv[2] ?? 'train';
if (split !== 'train' && split !== 'dev') throw new Error('speaker-paths.ts reads train or dev only');
/** Speakers that refer back ("er", "Demnach"): their own row per rule. */
const REFERRING = /^(er|sie|es|ihm|ihr|seiner|ihrer|demnach|wonach|danach)$/i;
// Per rule: right, wrong (gold names someone else), wrong (gold names no one), none.
const rows = new Map<string, [number, number, number, number]>();
const c = emptyCounts();
for (const d of readWikinews(split)) {
  scoreDoc(d, findClaimDrafts(createDoc(d.originalText)), c, (o) => {
    if (o.what !== 'gold' || !o.found || o.speaker === 'skip') return;
    const draft = o.claim as ClaimDraft | undefined;
    const first = draft?.speaker?.text.split(' ')[0] ?? '';
    const key = `${draft?.rule ?? '-'}${REFERRING.test(first) ? ' (referring)' : ''}`;
    const row = rows.get(key) ?? [0, 0, 0, 0];
    if (o.speaker === 'right') row[0]++;
    else if (o.speaker === 'wrong') row[noSpeaker(o.gold) ? 2 : 1]++;
    else row[3]++;
    rows.set(key, row);
  });
}
const sorted = [...rows].sort((a, b) => b[1][0] - a[1][0]);
console.log(
  table(
    ['rule', 'right', 'wrong', 'wrong (gold names no one)', 'none', 'accuracy'],
    sorted.map(([k, [r, w, w0, n]]) => [k, r, w, w0, n, r / Math.max(1, r + w + w0)]),
  ),
);
