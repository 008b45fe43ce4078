/**
 * Role descriptors from appositions: "Chinas neuer Verteidigungsminister Li Shangfu",
 * "der staatlichen belarussischen Nachrichtenagentur Belta", "Lukaschenko, der belarussische
 * Machthaber, …". The phrase is found from its head noun (a role/organisation/place noun from
 * the lexicon, also as the last part of a compound: "Regierungssprecher") leftwards over
 * adjectives to a determiner or a genitive name, then put into the nominative so descriptors
 * from different sentences compare equal ("der staatlichen …" → "die staatliche …").
 */
import { compoundTailMask, LEX, type Lexicon } from './lexicon.ts';
import type { Token } from './types.ts';

const DEFINITE = new Set(['der', 'die', 'das', 'des', 'dem', 'den']);
const INDEFINITE = new Set(['ein', 'eine', 'einer', 'eines', 'einem', 'einen']);
const POSSESSIVE = /^(?:sein|ihr|unser|euer|mein|dein)(?:e|er|es|em|en)?$/i;
/** Titles that are forms of address, not roles. */
const ADDRESS = new Set([
  'Herr',
  'Herrn',
  'Frau',
  'Dr.',
  'Prof.',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Sir',
  'Lady',
  'Monsieur',
  'Madame',
]);
const ROLE_BITS: Record<string, number> = {
  PER: LEX.PER_TITLE,
  ORG: LEX.ORG_CUE | LEX.MEDIA,
  LOC: LEX.LOC_CUE,
  OTH: LEX.WEAPON_CUE,
};
const FEMININE =
  /(?:in|ung|ur|ion|heit|keit|schaft|ei|tät|ie|ik|bank|gruppe|stadt|gemeinde|kommission|behörde|partei|zeitung|agentur|union|organisation|insel|region|provinz|republik)$/;
const NEUTER =
  /(?:institut|ministerium|amt|gericht|land|unternehmen|blatt|magazin|parlament|komitee|bündnis|dorf|zentrum|system|kabinett|gremium|büro|haus|werk)$/;

type Gender = 'm' | 'f' | 'n';

function gender(noun: string): Gender {
  const w = noun.toLowerCase();
  if (FEMININE.test(w)) return 'f';
  if (NEUTER.test(w)) return 'n';
  return 'm';
}

/** Returns the lexicon role bits of a noun or of the last part of a compound noun. */
function roleMask(noun: string, lexicon: Lexicon): number {
  const m = lexicon.mask(noun);
  return m & ~LEX.COMMON_NOUN ? m : compoundTailMask(lexicon, noun, ~LEX.COMMON_NOUN);
}

/** Returns the nominative singular of a role noun ("Präsidenten" → "Präsident") as far as the lexicon tells. */
function nominativeNoun(noun: string, bits: number, lexicon: Lexicon): string {
  for (const cut of ['en', 'n', 'es', 's']) {
    if (!noun.endsWith(cut)) continue;
    const stem = noun.slice(0, -cut.length);
    if (stem.length > 3 && roleMask(stem, lexicon) & bits) return stem;
  }
  return noun;
}

/**
 * Person nouns the lexicon's title list lacks, also as a compound's tail ("CSU-Politiker",
 * "Parteichef", "Pastor").
 */
const EXTRA_PERSON_TITLES =
  /(politiker|politikerin|chef|chefin|vize|funktionär|funktionärin|experte|expertin|führer|führerin|pastor|pastorin|pfarrer|pfarrerin|pater|bischof|bischöfin|kardinal|rabbiner|rabbinerin|imam)$/i;

/**
 * True when the noun names a person's role or office, in any case and also as the last part of a
 * compound: "Sprecher", "Bundes|ministerin", "des Kanzlers", "CSU-Politiker", "Pastor".
 */
export function isPersonTitle(noun: string, lexicon: Lexicon): boolean {
  const base = nominativeNoun(noun, LEX.PER_TITLE, lexicon);
  return (
    (roleMask(base, lexicon) & LEX.PER_TITLE) !== 0 ||
    EXTRA_PERSON_TITLES.test(noun) ||
    EXTRA_PERSON_TITLES.test(base)
  );
}

function adjectiveBase(w: string): string {
  for (const e of ['en', 'em', 'er', 'es', 'e'])
    if (w.endsWith(e) && w.length > e.length + 2) return w.slice(0, -e.length);
  return w;
}

function isAdjective(w: string): boolean {
  return /^\p{Ll}/u.test(w) && /(?:e|en|em|er|es)$/.test(w) && w.length > 3;
}

/** Returns whether a lower-case word is an adjective we trust without a determiner ("belarussische", "ehemalige"). */
function isClearAdjective(w: string): boolean {
  return /(?:isch|lich|ig|ell|al|iv|neu|ehemalig|früher|amtierend|scheidend|designiert|stellvertretend)(?:e|en|em|er|es)$/.test(
    w,
  );
}

interface Phrase {
  det?: string;
  genitive?: string;
  adjectives: string[];
  head: string;
}

function render(p: Phrase, bits: number, lexicon: Lexicon): string {
  const head = nominativeNoun(p.head, bits, lexicon);
  const g = gender(head);
  const parts: string[] = [];
  let weak = false;
  if (p.genitive) parts.push(p.genitive);
  else if (p.det && DEFINITE.has(p.det.toLowerCase())) {
    parts.push(g === 'f' ? 'die' : g === 'n' ? 'das' : 'der');
    weak = true;
  } else if (p.det && INDEFINITE.has(p.det.toLowerCase())) {
    parts.push(g === 'f' ? 'eine' : 'ein');
  } else if (p.det) parts.push(p.det);
  for (const a of p.adjectives) {
    const base = adjectiveBase(a);
    parts.push(weak || g === 'f' ? `${base}e` : g === 'n' ? `${base}es` : `${base}er`);
  }
  parts.push(head);
  return parts.join(' ');
}

/**
 * Returns the descriptor of the mention covering tokens [start, end) of a sentence (token
 * indices into `tokens`), or undefined. `isMention(i)` says whether token i is inside any mention.
 */
export function findDescriptor(
  tokens: readonly Token[],
  sentenceStart: number,
  sentenceEnd: number,
  start: number,
  end: number,
  type: string,
  lexicon: Lexicon,
  isMention: (i: number) => boolean,
): string | undefined {
  const bits = ROLE_BITS[type] ?? 0;
  if (!bits) return undefined;
  const isRole = (i: number): boolean => {
    const w = tokens[i].text;
    return /^\p{Lu}/u.test(w) && !ADDRESS.has(w) && !isMention(i) && (roleMask(w, lexicon) & bits) !== 0;
  };
  // Left: [det | genitive] adj* HEAD <mention>
  const h = start - 1;
  if (h >= sentenceStart && isRole(h)) {
    const phrase: Phrase = { adjectives: [], head: tokens[h].text };
    let k = h - 1;
    while (k >= sentenceStart && isAdjective(tokens[k].text)) {
      phrase.adjectives.unshift(tokens[k].text);
      k--;
    }
    const before = k >= sentenceStart ? tokens[k].text : '';
    const lower = before.toLowerCase();
    if (DEFINITE.has(lower) || INDEFINITE.has(lower) || POSSESSIVE.test(before)) phrase.det = before;
    else if (k >= sentenceStart && /^\p{Lu}.*s$/u.test(before) && isMention(k)) phrase.genitive = before;
    else phrase.adjectives = phrase.adjectives.filter(isClearAdjective);
    if (phrase.adjectives.length === 0 && !phrase.det && !phrase.genitive) {
      // A bare role noun right before a name ("Kanzler Scholz") is still a descriptor.
      return nominativeNoun(tokens[h].text, bits, lexicon);
    }
    return render(phrase, bits, lexicon);
  }
  // Right: <mention> , det adj* HEAD [,]
  if (end + 2 < sentenceEnd && tokens[end].text === ',') {
    const det = tokens[end + 1].text;
    if (!DEFINITE.has(det.toLowerCase()) && !INDEFINITE.has(det.toLowerCase())) return undefined;
    const phrase: Phrase = { det, adjectives: [], head: '' };
    let k = end + 2;
    while (k < sentenceEnd && isAdjective(tokens[k].text)) phrase.adjectives.push(tokens[k++].text);
    if (k < sentenceEnd && isRole(k)) {
      phrase.head = tokens[k].text;
      return render(phrase, bits, lexicon);
    }
  }
  return undefined;
}
