/**
 * Learns, from the Wikinews quotation TRAIN split (CC BY-NC-SA), how often a main-clause report
 * ("X kritisierte Y", no complement clause) was a real quotation, per cue verb stem and particle:
 * runs the claims pipeline with the main-clause filter off and scores each such claim like the
 * benchmark (at least half of its characters inside gold quotations). Writes
 * src/nlp/claims/data/main-cues.json. Run: npx tsx scripts/claims/extract-main-cues.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../../src/cli/ner-model.ts';
import { createDoc } from '../../src/nlp/analyze.ts';
import { findClaimDrafts } from '../../src/nlp/claims/index.ts';
import { mainCueKey } from '../../src/nlp/claims/main-cues.ts';
import { readWikinews } from './read-corpora.ts';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/nlp/claims/data/main-cues.json');

const counts = new Map<string, [number, number]>();
let right = 0;
let seen = 0;
for (const doc of readWikinews('train')) {
  const gold = new Uint8Array(doc.originalText.length);
  for (const a of doc.annotations) for (const s of a.quote.spans) gold.fill(1, s.charBegin, s.charEnd);
  for (const d of findClaimDrafts(createDoc(doc.originalText), { filterMainCues: false })) {
    // "Das teilte die Polizei mit." is a main-clause cue whose claim moved to the previous sentence.
    if ((d.rule !== 'main' && d.rule !== 'anaphoric') || !d.cue) continue;
    let inside = 0;
    for (let k = d.start; k < d.end; k++) inside += gold[k];
    const ok = inside * 2 >= d.end - d.start;
    const [verb, particle] = d.cue.toLowerCase().split(' … ');
    const key = mainCueKey(verb, particle);
    const c = counts.get(key) ?? [0, 0];
    if (ok) c[0]++;
    c[1]++;
    counts.set(key, c);
    if (ok) right++;
    seen++;
  }
}
const sorted = Object.fromEntries([...counts].sort((a, b) => b[1][1] - a[1][1] || (a[0] < b[0] ? -1 : 1)));
const prior = Math.round((right / seen) * 1000) / 1000;
writeFileSync(
  OUT,
  `${JSON.stringify(
    {
      version: 1,
      description:
        'Main-clause report cues: [right, seen] claims per verb stem (…particle) on Wikinews quotations train',
      prior,
      counts: sorted,
    },
    null,
    0,
  )}\n`,
);
console.log(`main-cues.json: ${counts.size} cues, ${seen} claims, prior ${prior}`);
