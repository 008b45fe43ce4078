/**
 * Writes dist/iso-codes-de.json (ISO_CODES_FILE): German names of countries (ISO 3166-1), former
 * countries (ISO 3166-3), subdivisions (ISO 3166-2), currencies (ISO 4217) and languages (ISO 639-2)
 * from Debian's iso-codes package (LGPL-2.1+; `apt-get install iso-codes`), for the lexicon
 * (build-lexicon.ts, round six). Run: `npx tsx scripts/ner/extract-iso-codes.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ISO_CODES_FILE } from './iso-codes.ts';

const JSON_DIR = '/usr/share/iso-codes/json';
const MO_DIR = '/usr/share/locale/de/LC_MESSAGES';

/** Returns the msgid → msgstr catalogue of a GNU .mo file (little-endian). */
function readMo(path: string): Map<string, string> {
  const b = readFileSync(path);
  if (b.readUInt32LE(0) !== 0x950412de) throw new Error(`${path}: not a little-endian .mo file`);
  const n = b.readUInt32LE(8);
  const orig = b.readUInt32LE(12);
  const trans = b.readUInt32LE(16);
  const str = (table: number, i: number): string => {
    const len = b.readUInt32LE(table + 8 * i);
    const off = b.readUInt32LE(table + 8 * i + 4);
    return b.toString('utf8', off, off + len);
  };
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) out.set(str(orig, i), str(trans, i));
  return out;
}

function entries(standard: string, key = standard): Record<string, string>[] {
  return JSON.parse(readFileSync(`${JSON_DIR}/iso_${standard}.json`, 'utf8'))[key];
}

/** German form of an English name, cleaned: "[…]" and "(…)" dropped, "X, Republik" → "X". */
function clean(name: string): string[] {
  return name
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    .split(/\s+\/\s+|;/)
    .map((s) => s.split(',')[0].replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 1 && !/\d/.test(s));
}

function german(standard: string, rows: Record<string, string>[], fields: string[]): string[] {
  const mo = readMo(`${MO_DIR}/iso_${standard}.mo`);
  const out = new Set<string>();
  for (const r of rows)
    for (const f of fields) if (r[f]) for (const n of clean(mo.get(r[f]) || r[f])) out.add(n);
  return [...out].sort();
}

const data = {
  source: 'Debian iso-codes (LGPL-2.1-or-later), German translations',
  countries: german('3166-1', entries('3166-1'), ['name', 'common_name']),
  formerCountries: german('3166-3', entries('3166-3'), ['name']),
  subdivisions: german('3166-2', entries('3166-2'), ['name']),
  // X… codes are funds, metals and test codes, not currencies.
  currencies: german(
    '4217',
    entries('4217').filter((r) => !r.alpha_3.startsWith('X')),
    ['name'],
  ),
  languages: german('639-2', entries('639-2'), ['name']).filter((n) => !n.includes(' ')),
};
mkdirSync(dirname(ISO_CODES_FILE), { recursive: true });
writeFileSync(ISO_CODES_FILE, `${JSON.stringify(data, null, 1)}\n`);
console.log(
  Object.entries(data)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.length : v}`)
    .join(', '),
);
