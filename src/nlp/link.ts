/**
 * In-document linking: canonical names and categories of mentions. Inflected names go to their
 * base form (Lukaschenkos → Lukaschenko), adjectives and inhabitant nouns to their place
 * (belarussischen → Belarus, Moskauer → Moskau), compounds to their name part (Nato-Gipfel →
 * Nato), and a bare surname to the full name the text gives elsewhere (→ Alexander Lukaschenko).
 */

import { countryByName } from './countries.ts';
import { isPersonTitle } from './descriptors.ts';
import { capitalise, LEX, type Lexicon } from './lexicon.ts';
import { baseForm, countryName, placeOfAdjective, placeOfDemonym, townOfAdjective } from './normalize.ts';
import { REGION_ADJECTIVES } from './places.ts';
import { isWeaponCompound } from './postprocess.ts';
import type { Mention } from './types.ts';

const LEADING_ADJECTIVE = /^(\p{Lu}\p{Ll}+(?:isch|sch|lich|ig|al|ell|iv|är|ert|t))e[nmrs]$/u;
/** Banks that are public institutions, not companies. */
const INSTITUTION_BANK = /(?:zentral|bundes|welt|noten|entwicklungs|investitions|landes)bank$/i;
const REGIONS = new Set(Object.values(REGION_ADJECTIVES));
const COMPANY_SUFFIX = /^(?:GmbH|AG|SE|KG|OHG|KGaA|Inc\.?|Ltd\.?|Corp\.?|Co\.?|LLC|plc|S\.A\.|N\.V\.)$/;
const COMPANY_WORDS = /(?:konzern|bank|holding|werke|airlines|airways|motors|versicherung|verlag|gruppe)$/i;
const MEDIA_WORDS =
  /(?:nachrichtenagentur|agentur|zeitung|sender|magazin|rundfunk|fernsehen|fernsehsender|tageszeitung|wochenzeitung|zeitschrift|portal|nachrichtenportal|blatt)$/i;

/** Returns the name part of a compound mention ("Nato-Gipfel" → "Nato", "CDU-Chef" → "CDU"). */
export function namePart(text: string, lexicon: Lexicon): string {
  const parts = text.split('-').filter(Boolean);
  if (parts.length < 2) return text;
  // The name is usually the first part; skip a leading common noun ("Anti-…", "Ex-…").
  for (const p of parts) {
    if (/^\p{Lu}/u.test(p) && !(lexicon.mask(p) & LEX.COMMON_NOUN)) return p;
  }
  return parts[0];
}

/** Genitive articles: "des Zweiten Weltkriegs", "eines Staats". */
const GENITIVE_ARTICLES = new Set(['des', 'eines', 'dieses', 'jenes']);

/** An inflected adjective or ordinal between article and name ("Zweiten", "sogenannten"), not a noun. */
function isAdjectiveForm(word: string, lexicon: Lexicon): boolean {
  return /^\p{L}+en$/u.test(word) && (lexicon.mask(capitalise(word)) & LEX.COMMON_NOUN) === 0;
}

/** Prepositions that govern the genitive ("wegen Putins"); any other one before a name rules a genitive out. */
const GENITIVE_PREPOSITIONS =
  /^(wegen|trotz|während|statt|anstatt|aufgrund|infolge|laut|angesichts|seitens|innerhalb|außerhalb|mithilfe|anhand|bezüglich|hinsichtlich|zugunsten|ungeachtet|dank|gemäß)$/i;

/**
 * True when the mention stands where no genitive can: after a lower-case word that is no article
 * nor genitive preposition (a verb, "mit", "an"), and before punctuation or a lower-case word that
 * does not look like an inflected adjective.
 */
function notGenitive(c: MentionContext | undefined, titled = false): boolean {
  if (!c) return false;
  // "erklärt Pastor Albrecht Martins.": a title without article before a full name is its apposition.
  const prev = titled ? c.before[1] : c.before[0];
  if (!/^\p{Ll}+$/u.test(prev) || GENITIVE_ARTICLES.has(prev) || GENITIVE_PREPOSITIONS.test(prev))
    return false;
  // Articles, conjunctions (a genitive list: "Deutschlands und Europas") and inflected adjectives
  // ("des islamischen …") can stand before a genitive; a past-tense verb in -e cannot ("sagte").
  if (/^(der|die|das|dem|den|ein|eine|einer|einem|einen|und|oder|sowie|bzw|als|wie)$/.test(prev))
    return false;
  if (/(en|er|em|es)$/.test(prev)) return false;
  return /^[.,;:!?)]$/.test(c.after) || (/^\p{Ll}+$/u.test(c.after) && !/(e|er|en|em|es)$/.test(c.after));
}

/** The words around a mention, for telling a genitive -s from a name's own s. */
export interface MentionContext {
  /** The two words before the mention, nearest first. */
  before: [string, string];
  after: string;
}

/**
 * Sets `canonical` and `category` on every mention of one document (in place); `context[i]` holds
 * the words around mention i.
 */
export function linkMentions(mentions: Mention[], lexicon: Lexicon, context: MentionContext[] = []): void {
  // Forms the text itself confirms as names: whole mentions and their last words ("Macron").
  const lastWords = mentions.map((m) => m.text.split(/\s+/).pop() ?? '');
  const surface = new Set([...mentions.map((m) => m.text), ...lastWords]);
  const isName = (w: string) => (lexicon.mask(w) & ~LEX.COMMON_NOUN) !== 0;
  // A genitive slot: a genitive article before the name, also across an adjective ("des Zweiten
  // Weltkriegs", but not "des Konzerns Siemens"), or a noun or a quoted title right after it
  // ("Putins Krieg").
  const inSlot = mentions.map((_, i) => {
    const c = context[i];
    return (
      !!c &&
      (GENITIVE_ARTICLES.has(c.before[0].toLowerCase()) ||
        (GENITIVE_ARTICLES.has(c.before[1].toLowerCase()) && isAdjectiveForm(c.before[0], lexicon)) ||
        c.after === '„' ||
        (/^\p{Lu}/u.test(c.after) && (lexicon.mask(c.after) & LEX.COMMON_NOUN) !== 0))
    );
  });
  // Last words the text uses outside any genitive slot ("Tiger Woods sagte"): there the s is the name's.
  const bare = new Set(lastWords.filter((_, i) => !inSlot[i]));
  // Of those, the ones in a place no genitive can stand: after a verb or a non-genitive preposition
  // and before punctuation or a word that is neither noun nor adjective ("schrieb Bendels.", "mit
  // Bendels nicht", "weigerte Bendels sich"; not "sagte Putins Sprecher", "hat Putins engster …").
  const titled = (i: number): boolean => {
    const c = context[i];
    const words = mentions[i].text.split(/\s+/);
    return (
      !!c &&
      words.length >= 2 &&
      (lexicon.mask(words[0]) & LEX.FIRST_NAME) !== 0 &&
      isPersonTitle(c.before[0], lexicon)
    );
  };
  const surelyBare = new Set(
    lastWords.filter(
      (_, i) => !inSlot[i] && (notGenitive(context[i]) || (titled(i) && notGenitive(context[i], true))),
    ),
  );
  mentions.forEach((m, i) => {
    // Without the text's word, the lists decide. When they know the s-form as a name too ("Jones"
    // and "Jone", "Siemens" and "Siemen"; the surname list also holds genitives such as "Putins"),
    // only a genitive slot strips the s, and only when the text never uses the s-form outside one
    // ("Woods Comeback" after "Tiger Woods sagte" keeps its s).
    const known = (cand: string): boolean =>
      surface.has(cand) ||
      (isName(cand) &&
        !surelyBare.has(`${cand}s`) &&
        (inSlot[i] ? !bare.has(`${cand}s`) : !isName(`${cand}s`)));
    m.canonical = baseCanonical(m, known, lexicon);
  });
  // A short person name links to a longer one in the text that ends with it: the nearest
  // earlier one, else the first later one. Indexed by word suffix so long texts stay linear.
  const persons = mentions.filter((m) => m.type === 'PER' && !m.form).sort((x, y) => x.start - y.start);
  const bySuffix = new Map<string, Mention[]>();
  for (const p of persons) {
    const words = p.canonical.split(' ');
    for (let k = 1; k < words.length; k++) {
      const key = words.slice(k).join(' ');
      const list = bySuffix.get(key);
      if (list) list.push(p);
      else bySuffix.set(key, [p]);
    }
  }
  for (const m of persons) {
    const list = bySuffix.get(m.canonical);
    if (!list) continue;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid].start < m.start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    m.canonical = list[Math.max(found, 0)].canonical;
  }
  for (const m of mentions) {
    const category = categoryOf(m, lexicon);
    if (category) m.category = category;
  }
}

function baseCanonical(m: Mention, known: (c: string) => boolean, lexicon: Lexicon): string {
  const text = m.text;
  if (m.form === 'deriv') {
    return placeOfAdjective(text) ?? placeOfDemonym(text) ?? townOfAdjective(text, lexicon) ?? text;
  }
  if (m.form === 'part') {
    const part = baseForm(namePart(text, lexicon), known);
    return m.type === 'LOC' ? (countryName(part) ?? part) : part;
  }
  if (m.type === 'LOC') {
    const place = placeOfDemonym(text) ?? (/^\p{Ll}/u.test(text) ? placeOfAdjective(text) : undefined);
    if (place) return place;
  }
  if (m.type === 'OTH' && isWeaponCompound(text, lexicon)) return text.slice(0, text.lastIndexOf('-'));
  const words = text.split(/\s+/);
  const last = words[words.length - 1];
  words[words.length - 1] = baseForm(last, known);
  // An inflected leading adjective goes to its "die …" form: "Europäischen Zentralbank" →
  // "Europäische Zentralbank", "Vereinten Nationen" → "Vereinte Nationen".
  if (words.length > 1 && m.type !== 'PER') words[0] = words[0].replace(LEADING_ADJECTIVE, '$1e');
  const joined = words.join(' ');
  return countryName(joined) ?? joined;
}

function categoryOf(m: Mention, lexicon: Lexicon): string | undefined {
  const name = m.canonical;
  const mask = lexicon.mask(name);
  switch (m.type) {
    case 'PER':
      return m.form ? undefined : 'person';
    case 'LOC':
      if (countryByName(name)) return 'country';
      // City states (Berlin, Hamburg) are towns first.
      if (mask & LEX.TOWN) return 'city';
      if (REGIONS.has(name) || mask & LEX.REGION) return 'region';
      return undefined;
    case 'ORG': {
      const words = m.text.split(/\s+/);
      if (mask & LEX.MEDIA || (m.descriptor && MEDIA_WORDS.test(m.descriptor))) return 'media';
      if (mask & LEX.PARTY) return 'party';
      if (INSTITUTION_BANK.test(name)) return 'organisation';
      if (COMPANY_SUFFIX.test(words[words.length - 1]) || COMPANY_WORDS.test(words[words.length - 1]))
        return 'company';
      if (m.descriptor && /(?:unternehmen|konzern|hersteller|firma|bank)$/i.test(m.descriptor))
        return 'company';
      if (mask & LEX.ORG_NAME) return 'organisation';
      return undefined;
    }
    case 'OTH':
      if (
        isWeaponCompound(m.text, lexicon) ||
        (m.descriptor && lexicon.mask(capitalise(m.descriptor.split(' ').pop() ?? '')) & LEX.WEAPON_CUE)
      ) {
        return 'weapon';
      }
      return undefined;
  }
}
