/**
 * Learns the speech-cue lexicon from the TRAIN splits of Wikinews quotation attribution (CC BY-NC-SA)
 * and SpkAtt-2023 (CC BY-SA): for every lower-cased word form, how often it is (part of) an annotated
 * cue versus how often it occurs at all. Writes src/nlp/claims/data/cues.json.
 * Run: npx tsx scripts/claims/extract-cues.ts && npx biome format --write src/nlp/claims/data
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cueStem } from '../../src/nlp/claims/stem.ts';
import { readSpkAtt, readWikinews } from './read-corpora.ts';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/nlp/claims/data/cues.json');
/** A form must be a cue this often (both corpora together) to enter the lexicon. */
const MIN_CUE_COUNT = 2;
/** …and be a cue in at least this share of its occurrences. */
const MIN_RATIO = 0.12;

const cueCount = new Map<string, number>();
const total = new Map<string, number>();
/** Separable-verb particles: verb form → particle → count ("teilte" → "mit"). */
const particles = new Map<string, Map<string, number>>();
/** Auxiliaries are no particle verbs ("war … worden", "hat … gesagt" pair an auxiliary with a participle). */
const AUXILIARY =
  /^(war|waren|ist|sind|sei|seien|hat|hatte|hatten|haben|habe|wird|wurde|wurden|werden|worden|gewesen|sein|wäre|hätte|würde)$/;
const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const isWord = (w: string) => /^\p{L}[\p{L}-]*$/u.test(w);

function addCue(words: string[]): void {
  const ws = words.map((w) => w.toLowerCase()).filter(isWord);
  for (const w of new Set(ws)) inc(cueCount, w);
  // A two-part cue whose last word is short and lower-case is a separable verb + particle.
  if (ws.length >= 2) {
    const last = ws[ws.length - 1];
    if (last.length <= 8 && /^\p{Ll}/u.test(last) && !AUXILIARY.test(ws[0]) && !AUXILIARY.test(last)) {
      const verb = ws[0];
      const m = particles.get(verb) ?? new Map<string, number>();
      particles.set(verb, m);
      inc(m, last);
    }
  }
}

for (const doc of readWikinews('train')) {
  for (const t of doc.tokens) if (isWord(t.text)) inc(total, t.text.toLowerCase());
  const byId = new Map(doc.tokens.map((t) => [t.id, t.text]));
  for (const a of doc.annotations) {
    if (a.cue.tokenIds.length) addCue(a.cue.tokenIds.map((id) => byId.get(id) ?? ''));
  }
}
for (const doc of readSpkAtt('train')) {
  for (const s of doc.Sentences) for (const t of s.Tokens) if (isWord(t)) inc(total, t.toLowerCase());
  for (const a of doc.Annotations) {
    const words = a.Cue.map((id) => {
      const [s, t] = id.split(':').map(Number);
      return doc.Sentences[s]?.Tokens[t] ?? '';
    });
    if (words.length) addCue(words);
  }
}

const forms: Record<string, [number, number]> = {};
for (const [w, c] of [...cueCount].sort((a, b) => b[1] - a[1])) {
  const n = total.get(w) ?? c;
  if (c >= MIN_CUE_COUNT && c / n >= MIN_RATIO) forms[w] = [c, n];
}
// Pool the counts of all forms of one stem so rare forms of common verbs are known ("schätzte").
const stemCue = new Map<string, number>();
const stemTotal = new Map<string, number>();
for (const [w, n] of total) stemTotal.set(cueStem(w), (stemTotal.get(cueStem(w)) ?? 0) + n);
for (const [w, c] of cueCount) stemCue.set(cueStem(w), (stemCue.get(cueStem(w)) ?? 0) + c);
const stems: Record<string, [number, number]> = {};
for (const [st, c] of [...stemCue].sort((a, b) => b[1] - a[1])) {
  const n = Math.max(c, stemTotal.get(st) ?? c);
  if (c / n >= MIN_RATIO && st.length >= 3) stems[st] = [c, n];
}
const sep: Record<string, string[]> = {};
for (const [verb, m] of particles) {
  // Keep particles seen twice, or once with a verb that is itself a cue form.
  const ps = [...m].filter(([, c]) => c >= 2 || forms[verb]).map(([p]) => p);
  if (ps.length) sep[verb] = ps;
}
const out = {
  version: 1,
  description:
    'Speech-cue word forms: [times a cue, occurrences] in Wikinews-quotes train + SpkAtt-2023 train',
  forms,
  stems,
  particles: sep,
};
writeFileSync(OUT, `${JSON.stringify(out)}\n`);
console.log(
  `cue forms: ${Object.keys(forms).length}, stems: ${Object.keys(stems).length}, separable verbs: ${Object.keys(sep).length} → ${OUT}`,
);
