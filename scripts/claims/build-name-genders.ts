/**
 * Builds src/nlp/claims/data/name-genders.json: first names that are given (almost) only to boys or
 * only to girls, so a pronoun "er"/"sie" does not pick a person of the other sex ("Gisela Schön …
 * er sagt" → not Gisela). Source: ../shared/data/gazetteers_de/vornamen_de.tsv (newborns' first
 * names of Köln, Berlin, Leipzig and München, 2010–2021, with sex and counts).
 *
 *   npx tsx scripts/claims/build-name-genders.ts
 *
 * A name is kept when it was given at least MIN_COUNT times and at least SHARE of those times to one
 * sex; ambiguous names ("Kim", "Andrea", "Maria" as a boy's second name) are left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT, SHARED } from '../ner/paths.ts';

const MIN_COUNT = 5;
const SHARE = 0.95;

const src = resolve(SHARED, 'data/gazetteers_de/vornamen_de.tsv');
const male = new Map<string, number>();
const female = new Map<string, number>();
const [header, ...rows] = readFileSync(src, 'utf8').trim().split('\n');
if (header.split('\t').join(',') !== 'name,sex,count,n_city_years')
  throw new Error(`${src}: unexpected header`);
for (const row of rows) {
  const [name, sex, count] = row.split('\t');
  const n = Number(count);
  if (!name || !/^\p{Lu}[\p{L}'-]*$/u.test(name) || !(n > 0)) continue;
  const into = sex === 'm' ? male : sex === 'w' ? female : null;
  if (into) into.set(name, (into.get(name) ?? 0) + n);
}
const names = [...new Set([...male.keys(), ...female.keys()])].sort();
const m: string[] = [];
const f: string[] = [];
for (const name of names) {
  const a = male.get(name) ?? 0;
  const b = female.get(name) ?? 0;
  if (a + b < MIN_COUNT) continue;
  if (a >= SHARE * (a + b)) m.push(name);
  else if (b >= SHARE * (a + b)) f.push(name);
}
const out = {
  version: 1,
  description: `First names given to one sex in at least ${SHARE * 100} % of at least ${MIN_COUNT} births (vornamen_de.tsv); see PROVENANCE.md.`,
  m: m.join(' '),
  f: f.join(' '),
};
const dest = resolve(REPO_ROOT, 'src/nlp/claims/data/name-genders.json');
writeFileSync(dest, `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${dest}: ${m.length} male, ${f.length} female names`);
