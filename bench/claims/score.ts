/**
 * Tuning figures on the splits the claim rules may be tuned on (never test): Wikinews quotation
 * attribution on **train** and **dev** (quote and speaker F1) and CheckThat! 2025 subjectivity on
 * **train** and **dev** (macro-F1). The test splits are scored only by `npm run bench:claims`, for the record.
 *
 *   npx tsx bench/claims/score.ts                 # everything
 *   npx tsx bench/claims/score.ts wikinews:dev    # one part
 */
import { readCheckThat, readWikinews } from '../../scripts/claims/read-corpora.ts';
import '../../src/cli/ner-model.ts';
import { analyze } from '../../src/nlp/analyze.ts';
import { classify, macroF1 } from './checkthat.ts';
import { emptyCounts, scoreDoc, wikinewsScores } from './wikinews.ts';

const PARTS = ['wikinews:train', 'wikinews:dev', 'checkthat:train', 'checkthat:dev'];
const wanted = process.argv.slice(2);
for (const part of wanted.length ? wanted : PARTS) {
  if (!PARTS.includes(part)) throw new Error(`score.ts scores ${PARTS.join(', ')} only, not ${part}`);
  const [corpus, split] = part.split(':') as ['wikinews' | 'checkthat', 'train' | 'dev'];
  if (corpus === 'checkthat') {
    const rows = readCheckThat(split);
    const m = macroF1(
      rows,
      rows.map((r) => classify(r.sentence)),
    );
    console.log(
      `${part}\tmacro-F1 ${m.macro.toFixed(4)} (OBJ ${m.obj.toFixed(3)}, SUBJ ${m.subj.toFixed(3)})`,
    );
    continue;
  }
  const c = emptyCounts();
  for (const d of readWikinews(split)) scoreDoc(d, analyze(d.originalText).claims, c);
  const { quotes: q, speakers: s } = wikinewsScores(c);
  console.log(
    `${part}\tquote P ${q.p.toFixed(4)} R ${q.r.toFixed(4)} F1 ${q.f1.toFixed(4)}\t` +
      `speaker P ${s.p.toFixed(4)} R ${s.r.toFixed(4)} F1 ${s.f1.toFixed(4)} (${c.spkRight}/${c.spkPredicted}/${c.spkEligible})`,
  );
}
