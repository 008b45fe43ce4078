/**
 * CheckThat! 2025 German subjectivity: each sentence is analysed alone; it is OBJ when the pipeline
 * finds a factual claim in it, or a reported statement with a named (non-pronoun) source.
 */
import type { CheckThatRow } from '../../scripts/claims/read-corpora.ts';
import { analyze } from '../../src/nlp/analyze.ts';

const PRONOUNS = /^(er|sie|es|man|ich|wir|du|ihr)$/i;

/** Returns our label for one sentence. */
export function classify(sentence: string): 'OBJ' | 'SUBJ' {
  for (const c of analyze(sentence).claims) {
    if (c.kind === 'factual') return 'OBJ';
    if (c.speaker && !PRONOUNS.test(c.speaker.text)) return 'OBJ';
  }
  return 'SUBJ';
}

/** Returns macro-F1 (and per-class F1) of predictions against gold labels. */
export function macroF1(
  rows: CheckThatRow[],
  pred: ('OBJ' | 'SUBJ')[],
): { macro: number; obj: number; subj: number; acc: number } {
  const f1 = (label: 'OBJ' | 'SUBJ') => {
    let tp = 0;
    let p = 0;
    let g = 0;
    rows.forEach((r, i) => {
      if (pred[i] === label) p++;
      if (r.label === label) g++;
      if (pred[i] === label && r.label === label) tp++;
    });
    const pr = p ? tp / p : 0;
    const rc = g ? tp / g : 0;
    return pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
  };
  const obj = f1('OBJ');
  const subj = f1('SUBJ');
  const acc = rows.filter((r, i) => r.label === pred[i]).length / rows.length;
  return { macro: (obj + subj) / 2, obj, subj, acc };
}
