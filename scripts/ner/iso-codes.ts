/**
 * Lexicon entries from the German ISO names of Debian's iso-codes (LGPL-2.1+; extracted by
 * extract-iso-codes.ts into dist/, not shipped: tried in round six, not taken): countries and former countries → COUNTRY,
 * subdivisions → REGION, currencies and languages → OTH_NAME. Multi-word names are kept whole
 * (multi-word lexicon features), never split into parts ("Nordost", "und"); single words that are
 * German common nouns ("Krone", "Süd") are left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LEX } from '../../src/nlp/lexicon.ts';
import { REPO_ROOT } from './paths.ts';

/** The German ISO names extracted by extract-iso-codes.ts. */
export const ISO_CODES_FILE = resolve(REPO_ROOT, 'dist/iso-codes-de.json');

export interface IsoCodes {
  countries: string[];
  formerCountries: string[];
  subdivisions: string[];
  currencies: string[];
  languages: string[];
}

/** Compass and other generic words some subdivisions are called. */
const GENERIC = new Set(
  'Nord Süd Ost West Nordost Nordwest Südost Südwest Mitte Zentrum Central Centre Center North Northern South Southern East Eastern Western Est Ouest Sud Norte Sul Most Paul Mary Reading Unity Lakes Coast Gulf Isla Kanal Grad Litoral Lagunes Savanes Plateau Cascade Antique Delta Pool Capital'.split(
    ' ',
  ),
);

/** Returns the extracted names (dist/iso-codes-de.json). */
export function readIsoCodes(): IsoCodes {
  if (!existsSync(ISO_CODES_FILE))
    throw new Error(
      `${ISO_CODES_FILE} missing: run npx tsx scripts/ner/extract-iso-codes.ts (needs apt-get install iso-codes)`,
    );
  return JSON.parse(readFileSync(ISO_CODES_FILE, 'utf8')) as IsoCodes;
}

/** Returns (name, class bit) entries; `common` = German common-noun forms to leave out. */
export function isoCodeEntries(iso: IsoCodes, common: ReadonlySet<string>): [string, number][] {
  const out: [string, number][] = [];
  const add = (names: string[], bit: number): void => {
    for (const n of names) {
      if (n.length < 4 || n[0] === n[0].toLowerCase()) continue;
      if (!n.includes(' ') && (common.has(n) || GENERIC.has(n))) continue;
      out.push([n, bit]);
    }
  };
  add([...iso.countries, ...iso.formerCountries], LEX.COUNTRY);
  add(iso.subdivisions, LEX.REGION);
  // Currencies also by their head noun ("Algerischer Dinar" → "Dinar", "Bahama-Dollar" → "Dollar").
  const heads = iso.currencies.map((c) => c.split(/[ -]/).pop() ?? c);
  add([...iso.currencies, ...heads], LEX.OTH_NAME);
  add(
    iso.languages.filter((l) => !/sprachen$/i.test(l)),
    LEX.OTH_NAME,
  );
  return out;
}
