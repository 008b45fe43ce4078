/** Lookup tables over the shipped country list (model/countries.json, Destatis code list). */
import COUNTRY_DATA from './model/countries.json' with { type: 'json' };

export interface Country {
  iso2: string;
  name: string;
  aliases: string[];
  adjectives: string[];
}

const COUNTRIES = COUNTRY_DATA as Country[];
const BY_ALIAS = new Map<string, Country>();
const BY_ADJECTIVE = new Map<string, Country>();
for (const c of COUNTRIES) {
  for (const a of c.aliases) BY_ALIAS.set(a, c);
  for (const a of c.adjectives) BY_ADJECTIVE.set(a, c);
}

/** Returns the country with this exact name or alias ("Russland", "Vereinigte Staaten"), if any. */
export function countryByName(name: string): Country | undefined {
  return BY_ALIAS.get(name);
}

/** Returns the country of an uninflected nationality adjective ("belarussisch" → Belarus), if any. */
export function countryByAdjective(stem: string): Country | undefined {
  return BY_ADJECTIVE.get(stem);
}

/** Returns every country alias made of several words, longest first (for multi-token matching). */
export function multiWordCountryAliases(): string[][] {
  const out: string[][] = [];
  for (const a of BY_ALIAS.keys()) if (a.includes(' ')) out.push(a.split(' '));
  return out.sort((x, y) => y.length - x.length);
}
