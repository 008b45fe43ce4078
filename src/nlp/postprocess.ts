/**
 * Rules applied to the tagger's output, written from general German grammar and word
 * formation (not from any evaluation text):
 *  - a lower-case nationality/region adjective ("belarussische") is a LOCderiv mention, also
 *    where the model called it a place;
 *  - a capitalised "-er" word formed from a known town, before a capitalised noun
 *    ("Kölner Dom", "Moskauer Konferenz"), is a LOCderiv mention;
 *  - a hyphenated compound of an unknown capitalised name and a weapon noun
 *    ("Patriot-Raketen", "Taurus-Marschflugkörper") is an OTH mention (a weapons system);
 *  - any other hyphenated compound led by a known name ("Nato-Gipfel", "US-Präsident",
 *    "SPD-geführte") is a -part mention of that name's type (GermEval's scheme);
 *  - unknown capitalised words right after a noun for a kind of organisation ("die Rockband X",
 *    "der Rüstungskonzern Y") are that organisation's name;
 *  - a short quoted title right after a noun for a work ("der Film „…“", "das Album „…“") is an OTH
 *    name, after a newspaper, band or party noun an ORG name;
 *  - an abbreviation in brackets right after a name takes its type ("Bundesamt für Gesundheit (BAG)");
 *  - an unknown name right after a verb of saying that closes the clause is a person ("…, sagte
 *    Prizak."); one after "in"/"nach" that closes the phrase is a place ("nach Kratie.");
 *  - web and e-mail addresses and currency signs are OTH, as GermEval annotates them;
 *  - a person's name ends at a lower-case word that is no name particle ("Kim lud Trump ein").
 * The rules from "unknown capitalised words after an organisation noun" on run at inference only
 * (`kinds`), never on the training corpora's labels.
 */
import { erStemMask, QUOTE_TOKENS } from './features.ts';
import { compoundTailMask, LEX, type Lexicon } from './lexicon.ts';
import { INNER_NAME_WORDS } from './name-particles.ts';

/** Role and cue words are never place adjectives, whatever their ending. */
const ROLE_WORDS = LEX.PER_TITLE | LEX.ORG_CUE | LEX.LOC_CUE | LEX.WEAPON_CUE;

function isLowerInitial(w: string): boolean {
  if (w === '') return false;
  const c = w[0];
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function isUpperInitial(w: string): boolean {
  if (w === '') return false;
  const c = w[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Returns whether a hyphenated word is "<Name>-<weapon noun>". */
export function isWeaponCompound(word: string, lexicon: Lexicon): boolean {
  const dash = word.lastIndexOf('-');
  if (dash <= 0 || dash === word.length - 1) return false;
  const head = word.slice(dash + 1);
  const headCap = head.charAt(0).toUpperCase() + head.slice(1);
  if (!(lexicon.mask(headCap) & LEX.WEAPON_CUE)) return false;
  const name = word.slice(0, dash);
  const first = name.split('-')[0];
  if (!isUpperInitial(first) && !/^\p{Lu}|\d/u.test(first)) return false;
  // A common noun in front ("Flugabwehr-Raketen", "Atom-Raketen") is not a name.
  return !(lexicon.mask(first) & (LEX.COMMON_NOUN | LEX.NATIONALITY_ADJ | LEX.COUNTRY));
}

/**
 * Nouns that name a kind of organisation and are followed by its name ("die Rockband X", "das
 * Unternehmen Y", "der Traditionsverein Z"); also as the tail of a compound. General German, written
 * from the language, not from any text.
 */
const ORG_KIND =
  /(?:^band|(?:rock|pop|punk|metal|jazz|boy|girl|musik|indie|-)band|gruppe|firma|unternehmen|konzern|verein|club|klub|partei|zeitung|magazin|zeitschrift|sender|verlag|label|reederei|brauerei|bank|versicherung|agentur|institut|mannschaft|team|orchester|chor|ensemble|fraktion|gewerkschaft|stiftung|hochschule|universität|akademie|kette|hersteller|produktion|studio|theater|kanzlei|büro|genossenschaft|airline|fluggesellschaft|gesellschaft|holding|behörde|organisation)$/i;
const MAX_ORG_NAME = 4;

/** Articles, prepositions, conjunctions and pronouns, capitalised only at a sentence or title start. */
const FUNCTION_WORDS = new Set(
  'der die das den dem des ein eine einer eines einem einen seit bei mit von vom zu zur zum in im an am auf aus für über unter vor nach um und oder aber sowie als wie wenn dass ob er sie es wir ihr ich man sich sein ihre seine dieser diese dieses jener'.split(
    ' ',
  ),
);

/** A capitalised word that is no common noun, function word or (unless allowed) first name. */
function isNameWord(w: string, lexicon: Lexicon, firstNames = false): boolean {
  if (!isUpperInitial(w)) return false;
  if (lexicon.mask(w) & (LEX.COMMON_NOUN | LEX.COMMON_WORD | (firstNames ? 0 : LEX.FIRST_NAME))) return false;
  if (FUNCTION_WORDS.has(w.toLowerCase())) return false;
  // A compound whose last part is a common noun ("Synergieeffekte", "Hochdosis-Impfungen") is none.
  return !(compoundTailMask(lexicon, w, LEX.COMMON_NOUN, 3, 5) & LEX.COMMON_NOUN);
}

/** "die Rockband Fold Zandura": unknown capitalised words after an organisation-kind noun are its name. */
function orgAfterKind(words: readonly string[], out: string[], lexicon: Lexicon): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (out[i] !== 'O' || !isUpperInitial(words[i]) || !ORG_KIND.test(words[i])) continue;
    let j = i + 1;
    while (
      j < words.length &&
      j - i <= MAX_ORG_NAME &&
      isNameWord(words[j], lexicon) &&
      (out[j] === 'O' || out[j].endsWith('ORG'))
    )
      j++;
    if (j === i + 1) continue;
    // Only where the tagger saw nothing or a broken organisation (no chunk of another type is touched).
    if (j < words.length && out[j].startsWith('I-')) continue;
    for (let k = i + 1; k < j; k++) out[k] = k === i + 1 ? 'B-ORG' : 'I-ORG';
    i = j - 1;
  }
}

/** Nouns for works and products whose title follows in quotation marks ("der Film „…“"). */
const WORK_KIND =
  /(?:film|filme|films|album|albums|lied|liedes|song|songs|single|buch|buches|buchs|roman|romans|titel|sendung|serie|spiel|spiels|spieles|oper|stück|stücks|gedicht|theaterstück|musical|revue|hörspiel|komödie|drama|thriller|dokumentation|reportage|kinderbuch|werk|werks|essay|aufsatz|ausstellung|show|operation|codename|codenamen)$/i;
const MAX_TITLE = 8;

/** "der Film „Der unsichtbare Dritte“": a short quoted title after a work noun is an OTH name. */
function titleAfterKind(words: readonly string[], out: string[]): void {
  for (let q = 1; q < words.length; q++) {
    if (!QUOTE_TOKENS.has(words[q]) || !isUpperInitial(words[q + 1] ?? '')) continue;
    let e = q + 1;
    while (e < words.length && e - q <= MAX_TITLE + 1 && !QUOTE_TOKENS.has(words[e])) e++;
    if (e >= words.length || !QUOTE_TOKENS.has(words[e]) || e - q - 1 > MAX_TITLE) continue;
    // The noun before the quote says what the title names: a work, or a newspaper, band, party ….
    let label = '';
    for (const w of [words[q - 1], words[q - 2]]) {
      if (!w || !isUpperInitial(w)) continue;
      label = ORG_KIND.test(w) ? 'ORG' : WORK_KIND.test(w) ? 'OTH' : '';
      if (label) break;
    }
    if (label && out.slice(q + 1, e).every((t) => t === 'O'))
      for (let k = q + 1; k < e; k++) out[k] = k === q + 1 ? `B-${label}` : `I-${label}`;
    q = e;
  }
}

/** Returns the tags with rule corrections applied (a new array; the input is not changed). */
export function postprocessTags(
  words: readonly string[],
  tags: readonly string[],
  lexicon: Lexicon,
  opts: { parts?: boolean; kinds?: boolean } = {},
): string[] {
  const parts = opts.parts ?? true;
  const out = [...tags];
  // Quotation marks are never part of a name: a chunk opened on one starts at the next word.
  for (let i = 0; i < words.length; i++) {
    if (!out[i].startsWith('B-') || !QUOTE_TOKENS.has(words[i])) continue;
    const label = out[i].slice(2);
    out[i] = 'O';
    if (out[i + 1] === `I-${label}`) out[i + 1] = `B-${label}`;
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // A lone letter or digit is a label ("Person A"), not a name.
    if (w.length === 1 && out[i].startsWith('B-') && !out[i + 1]?.startsWith('I-')) out[i] = 'O';
    if (w.length < 4) continue;
    const mask = lexicon.mask(w);
    const next = words[i + 1];
    const single = out[i] === 'B-LOC' && out[i + 1] !== 'I-LOC';
    if (isLowerInitial(w)) {
      // A lower-case nationality adjective is a derivation, never a place itself ("deutschen").
      if ((out[i] === 'O' || single) && mask & LEX.NATIONALITY_ADJ) out[i] = 'B-LOCderiv';
      continue;
    }
    // "US-amerikanische", "deutsch-französische": the last part decides.
    const dash = w.lastIndexOf('-');
    if (
      dash > 0 &&
      (out[i] === 'O' || single) &&
      isLowerInitial(w.slice(dash + 1)) &&
      lexicon.mask(w.slice(dash + 1)) & LEX.NATIONALITY_ADJ
    ) {
      out[i] = 'B-LOCderiv';
      continue;
    }
    // Sentence-initial capitalised nationality adjective before a lower-case or noun word ("Israelische Forscher").
    if (i === 0 && out[i] === 'O' && next && mask & LEX.NATIONALITY_ADJ && !(mask & LEX.COUNTRY)) {
      out[i] = 'B-LOCderiv';
      continue;
    }
    // "Kölner" tagged as a place itself: a town adjective (the word is not a town name).
    if (single && next && isUpperInitial(next) && !(mask & LEX.TOWN)) {
      if (erStemMask(w, lexicon) & LEX.TOWN) out[i] = 'B-LOCderiv';
      continue;
    }
    if (out[i] !== 'O') continue;
    // Town adjectives are also inhabitant nouns ("der Moskauer"), so a common-noun entry is no obstacle.
    if (next && isUpperInitial(next) && !(mask & ROLE_WORDS) && erStemMask(w, lexicon) & LEX.TOWN) {
      out[i] = 'B-LOCderiv';
      continue;
    }
    if (!w.includes('-')) continue;
    if (isWeaponCompound(w, lexicon)) out[i] = 'B-OTH';
    else if (parts) {
      const part = compoundPartType(w, lexicon);
      if (part) out[i] = `B-${part}part`;
    }
  }
  if (opts.kinds ?? true) {
    orgAfterKind(words, out, lexicon);
    titleAfterKind(words, out);
    acronymAfterName(words, out);
    speakerAfterVerb(words, out, lexicon);
    placeAfterPreposition(words, out, lexicon);
    addressesAndCurrencies(words, out);
    splitPersonsAtVerbs(words, out);
  }
  return out;
}

/**
 * A person chunk ends at a lower-case word that is no name particle: "Kim lud Trump ein" is two
 * persons and a verb, never one name.
 */
function splitPersonsAtVerbs(words: readonly string[], out: string[]): void {
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    // "al-Nuaimi", "d’Ennery": a particle joined to the name.
    if (
      out[i] !== 'I-PER' ||
      !isLowerInitial(w) ||
      INNER_NAME_WORDS.has(w) ||
      /^\p{Ll}+[-’'‘]\p{Lu}/u.test(w)
    )
      continue;
    out[i] = 'O';
    if (out[i + 1] === 'I-PER') out[i + 1] = 'B-PER';
  }
}

const ORG_NAMES = LEX.ORG_NAME | LEX.PARTY | LEX.MEDIA;
const PLACE_NAMES = LEX.COUNTRY | LEX.REGION | LEX.TOWN;

/**
 * Returns the type of the name leading a hyphenated compound ("Nato-Gipfel" → ORG,
 * "US-Präsident" → LOC), or '' when the first part is no known organisation or place.
 * An unknown all-capital abbreviation ("DLR-Forscher") is taken as an organisation.
 */
export function compoundPartType(word: string, lexicon: Lexicon): '' | 'ORG' | 'LOC' {
  const dash = word.indexOf('-');
  if (dash <= 0 || dash >= word.length - 2) return '';
  const first = word.slice(0, dash);
  const tail = word.slice(dash + 1);
  if (!isUpperInitial(first) || !/^\p{L}/u.test(tail)) return '';
  // "Baden-Württemberg", "Karl-Marx": two name parts make one name, not a compound with a name in it.
  const tailMask = lexicon.mask(tail.split('-')[0]);
  if (
    isUpperInitial(tail) &&
    tailMask & (PLACE_NAMES | LEX.FIRST_NAME | LEX.SURNAME) &&
    !(tailMask & LEX.COMMON_NOUN)
  )
    return '';
  const m = lexicon.mask(first);
  if (m & ORG_NAMES) return 'ORG';
  if (m & PLACE_NAMES) return 'LOC';
  if (first.length >= 2 && first.length <= 5 && first === first.toUpperCase() && !/\d/.test(first))
    return 'ORG';
  return '';
}

/** An abbreviation in brackets right after a name ("Bundesamt für Gesundheit (BAG)") names the same thing. */
function acronymAfterName(words: readonly string[], out: string[]): void {
  for (let i = 2; i + 1 < words.length; i++) {
    if (words[i - 1] !== '(' || words[i + 1] !== ')' || out[i] !== 'O') continue;
    if (!/^\p{Lu}[\p{Lu}\d&-]{1,7}$/u.test(words[i]) || !/\p{Lu}.*\p{Lu}/u.test(words[i])) continue;
    const before = out[i - 2];
    const label = before.startsWith('B-') || before.startsWith('I-') ? before.slice(2) : '';
    if (label === 'ORG' || label === 'LOC' || label === 'OTH') out[i] = `B-${label}`;
  }
}

/** Verbs of saying that a bare name follows at the end of a clause ("…, sagte Thierse."). */
const SAYING =
  /^(sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|meinte|meint|kritisierte|kritisiert|berichtete|berichtet|schreibt|schrieb|warnte|warnt|ergänzte|ergänzt|bestätigte|bestätigt|erläuterte|forderte|fordert|so)$/;

/** "…, sagte Thierse.", "Prizak meinte, …": an unknown capitalised word next to a saying verb is a person. */
function speakerAfterVerb(words: readonly string[], out: string[], lexicon: Lexicon): void {
  for (let i = 1; i < words.length; i++) {
    if (out[i] !== 'O' || !SAYING.test(words[i - 1]) || !isNameWord(words[i], lexicon, true)) continue;
    if (!/^[.,;:!?)"“”«»]$/.test(words[i + 1] ?? '.')) continue;
    out[i] = 'B-PER';
  }
  if (
    words.length > 2 &&
    out[0] === 'O' &&
    SAYING.test(words[1]) &&
    /^[,:]$/.test(words[2]) &&
    isNameWord(words[0], lexicon, true)
  )
    out[0] = 'B-PER';
}

const PLACE_PREPOSITIONS = new Set(['in', 'nach']);

/** "nach Kratie.", "in Skovlunde,": an unknown name word after "in"/"nach", closing a phrase, is a place ("aus", "bei", "von" often lead to organisations and persons). */
function placeAfterPreposition(words: readonly string[], out: string[], lexicon: Lexicon): void {
  for (let i = 1; i < words.length; i++) {
    if (out[i] !== 'O' || !PLACE_PREPOSITIONS.has(words[i - 1]) || !isNameWord(words[i], lexicon)) continue;
    if (!/^[.,;:)]$/.test(words[i + 1] ?? '.')) continue;
    out[i] = 'B-LOC';
  }
}

/** Currency signs and codes (GermEval annotates them OTH; the training's partial labels use them too). */
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set([
  '€',
  '$',
  '£',
  '¥',
  '₽',
  '₹',
  'EUR',
  'USD',
  'CHF',
  'GBP',
  'JPY',
]);

/**
 * Web and e-mail addresses and currency signs: GermEval's OTH. The address test is not tokenize.ts's
 * (which decides token boundaries, also of the SmartData training text, and knows other top-level
 * domains): one shared list would change either the tokens or the trained model.
 */
const ADDRESS =
  /^(https?:\/\/\S+|www\.\S+|[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}|[\p{L}\d-]+(\.[\p{L}\d-]+)*\.(de|com|org|net|ch|at|eu|info|fr|uk|it|nl|es|ru|tv)(\/\S*)?)$/iu;

function addressesAndCurrencies(words: readonly string[], out: string[]): void {
  for (let i = 0; i < words.length; i++) {
    if (out[i] !== 'O') continue;
    const w = words[i];
    // Cheap tests first: only a word with a dot or an at sign can be an address.
    if (CURRENCY_SIGNS.has(w) || ((w.includes('.') || w.includes('@')) && ADDRESS.test(w))) out[i] = 'B-OTH';
  }
}
