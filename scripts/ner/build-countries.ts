/**
 * Builds src/nlp/model/countries.json from ../shared/data/gazetteers_de/staaten_staatsangehoerigkeit_de.tsv
 * (Destatis code list, official work): current states with German name, short name and
 * nationality adjective, plus common everyday names written from general German knowledge.
 * Run: npx tsx scripts/ner/build-countries.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHARED } from './paths.ts';

/** Everyday German names for states whose official short name differs (general knowledge). */
const EVERYDAY_NAMES: Record<string, string[]> = {
  RU: ['Russland'],
  US: ['USA', 'Amerika', 'Vereinigte Staaten', 'US'],
  GB: ['Großbritannien', 'England', 'Vereinigtes Königreich'],
  KP: ['Nordkorea'],
  KR: ['Südkorea'],
  NL: ['Holland'],
  CD: ['Kongo'],
  CZ: ['Tschechien'],
  IR: ['Iran'],
  SY: ['Syrien'],
  MD: ['Moldau', 'Moldawien'],
  VA: ['Vatikan'],
  AE: ['VAE', 'Emirate'],
  BO: ['Bolivien'],
  VE: ['Venezuela'],
  TW: ['Taiwan'],
  PS: ['Palästina'],
  XK: ['Kosovo'],
};
/** Further aliases that are not the preferred display name. */
const EXTRA_ALIASES: Record<string, string[]> = { BY: ['Weißrussland'], RU: ['Russische Föderation'] };
/** Everyday adjectives where the official one is a genitive phrase or differs. */
const EVERYDAY_ADJECTIVES: Record<string, string[]> = {
  KP: ['nordkoreanisch'],
  KR: ['südkoreanisch'],
  US: ['amerikanisch', 'us-amerikanisch'],
  GB: ['britisch', 'englisch'],
  BY: ['weißrussisch'],
  NL: ['holländisch', 'niederländisch'],
  AE: ['emiratisch'],
  CZ: ['tschechisch'],
  XK: ['kosovarisch'],
};

interface Country {
  iso2: string;
  name: string;
  aliases: string[];
  adjectives: string[];
}

const tsv = readFileSync(resolve(SHARED, 'data/gazetteers_de/staaten_staatsangehoerigkeit_de.tsv'), 'utf8');
const byIso = new Map<string, Country>();
for (const line of tsv.split('\n').slice(1)) {
  const f = line.split('\t');
  if (f.length < 8) continue;
  const [, iso2, , , name, short, , adj, , validTo] = f;
  if (validTo || iso2.startsWith('X')) continue; // historical states and "staatenlos" rows
  const everyday = EVERYDAY_NAMES[iso2] ?? [];
  const display = everyday[0] ?? (short.includes(',') ? name : short);
  const aliases = [
    ...new Set(
      [display, name, short, ...everyday, ...(EXTRA_ALIASES[iso2] ?? [])].filter((a) => !a.includes(',')),
    ),
  ];
  const adjectives = [
    ...new Set([...(adj.includes(' ') ? [] : [adj.toLowerCase()]), ...(EVERYDAY_ADJECTIVES[iso2] ?? [])]),
  ];
  byIso.set(iso2, { iso2, name: display, aliases, adjectives });
}
const out = resolve(import.meta.dirname, '../../src/nlp/model/countries.json');
writeFileSync(out, `${JSON.stringify([...byIso.values()])}\n`);
console.log(`wrote ${byIso.size} countries to ${out}`);
