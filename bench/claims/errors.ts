/**
 * Error listing for tuning on the Wikinews **dev** split (never test): missed gold quotations, false
 * claims and wrong or missing speakers, each with the rule that produced our claim.
 *
 *   npx tsx bench/claims/errors.ts [--split dev|train] [--show missed,false,speaker] [--type Reported]
 *     [--rule main] [--context]   (--context adds the sentence of each error)
 */
import { readWikinews } from '../../scripts/claims/read-corpora.ts';
import '../../src/cli/ner-model.ts';
import { createDoc } from '../../src/nlp/analyze.ts';
import { type ClaimDraft, findClaimDrafts } from '../../src/nlp/claims/index.ts';
import { emptyCounts, noSpeaker, scoreDoc, type WikinewsOutcome } from './wikinews.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
// Dev for tuning, train for learning; the test split is never listed.
const split = (arg('--split') ?? 'dev') as 'dev' | 'train';
if (split !== 'dev' && split !== 'train') throw new Error('errors.ts lists dev or train errors only');
const context = args.includes('--context');
const show = new Set((arg('--show') ?? 'missed,false,speaker').split(','));
const onlyType = arg('--type');
const onlyRule = arg('--rule');

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');
const ruleOf = (c: unknown) => (c as ClaimDraft | undefined)?.rule ?? '-';
const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);

const c = emptyCounts();
for (const d of readWikinews(split)) {
  const doc = createDoc(d.originalText);
  const drafts = findClaimDrafts(doc);
  const lines: string[] = [];
  const sentenceOf = (pos: number) => doc.sentences.findIndex((s) => s.end > pos);
  // With --context, the sentence of the error and (for carried speakers) the two before it.
  const sentenceText = (pos: number) => {
    const i = sentenceOf(pos);
    const s = doc.sentences[i];
    if (!s || !context) return '';
    const before = doc.sentences
      .slice(Math.max(0, i - 2), i)
      .map((p) => `\n      ·${clip(doc.text.slice(p.start, p.end), 250)}`);
    return `${before.join('')}\n      ⟨${clip(doc.text.slice(s.start, s.end), 400)}⟩`;
  };
  const report = (o: WikinewsOutcome) => {
    if (o.what === 'claim') {
      if (o.ok) return;
      count(`false ${ruleOf(o.claim)}`);
      if (show.has('false') && (!onlyRule || ruleOf(o.claim) === onlyRule))
        lines.push(
          `  FALSE [${ruleOf(o.claim)}/${o.claim.kind}] s${sentenceOf(o.claim.start)} ${clip(o.claim.text)}  ← ${o.claim.speaker?.text ?? '–'}${sentenceText(o.claim.start)}`,
        );
      return;
    }
    const g = o.gold;
    if (onlyType && g.type !== onlyType) return;
    const at = g.quote.spans[0]?.charBegin ?? 0;
    if (!o.found) {
      count(`missed ${g.type}`);
      if (show.has('missed'))
        lines.push(
          `  MISSED [${g.type}] s${sentenceOf(at)} ${clip(g.quote.text)}  ← ${g.speaker.text || '∅'} (cue: ${g.cue.text || '∅'})${sentenceText(at)}`,
        );
    } else if (o.speaker === 'wrong' || (o.speaker === 'none' && !noSpeaker(g))) {
      count(`speaker ${o.speaker} ${g.type} [${ruleOf(o.claim)}]`);
      if (show.has('speaker') && (!onlyRule || ruleOf(o.claim) === onlyRule))
        lines.push(
          `  SPEAKER ${o.speaker} [${g.type}/${ruleOf(o.claim)}] s${sentenceOf(at)} gold: ${g.speaker.text || '∅'} | ours: ${o.claim?.speaker ? `${o.claim.speaker.text} → ${o.claim.speaker.canonical}` : '–'} | ${clip(g.quote.text, 90)}${sentenceText(at)}`,
        );
    }
  };
  scoreDoc(d, drafts, c, report);
  if (lines.length) console.log(`\n# ${d.file}\n${lines.join('\n')}`);
}
console.log('\nTally:');
for (const [k, v] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`  ${v}\t${k}`);
