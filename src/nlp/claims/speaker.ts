/**
 * Speaker phrases: the noun phrase in the subject slot of a speech verb, mapped to the entity
 * mention it contains (its canonical name), or resolved through a pronoun to an earlier speaker.
 */
import { NAME_PARTICLES } from '../name-particles.ts';
import type { Mention, Speaker } from '../types.ts';
import {
  DETERMINERS,
  FINITE_AUXILIARY,
  isCapitalised,
  NP_GLUE,
  OPENING_QUOTE,
  SPEAKER_PRONOUNS,
} from './grammar.ts';
import { isCueForm } from './lexicon.ts';
import { isKnownNounOrName, isPersonRole } from './names.ts';
import { type ClaimView, mentionsIn, wordAt } from './view.ts';

/** Longest speaker phrase in words ("der Sprecher des Auswärtigen Amtes in Berlin, Max Muster"). */
const MAX_PHRASE_WORDS = 9;

/** Words that are capitalised only at a sentence start and never open a speaker phrase. */
const NOT_SPEAKER_START = new Set(
  'nachdem als weil wenn da obwohl während dass ob bevor sobald seit seitdem indem gemäß laut nach vor bei mit aus zu zum zur im am um an auf in für über unter gegen ohne durch trotz wegen von vom ab bis neben gegenüber bezüglich hinsichtlich angesichts aufgrund infolge anlässlich entgegen besorgt weiter ähnlich ebenso erneut später relativierend zudem außerdem ferner insbesondere besonders allem einerseits andererseits immerhin jedenfalls offenbar offensichtlich vermutlich wahrscheinlich eigentlich stattdessen dabei dazu danach dann damals doch auch so wie insgesamt allerdings zunächst inzwischen bisher daraufhin gleichzeitig dennoch trotzdem hier dort deshalb schließlich jedoch aber und oder sowohl weder zwar nun gestern bereits jetzt zuvor vielmehr überdies ebenfalls gerade nämlich deswegen darum daher folglich somit also erst noch schon bislang derzeit mittlerweile jenseits abseits diesseits innerhalb außerhalb oberhalb unterhalb anstelle mithilfe entlang zwecks samt nebst binnen inmitten seitens mangels fast kaum sogar eben oft selten manchmal meist meistens vielleicht wohl'.split(
    ' ',
  ),
);
/** Pronouns and particles that are capitalised at a sentence start but name no speaker. */
const NOT_NOUNS = new Set(
  'es dies dieses man niemand jemand nichts etwas alles vieles einiges manches sehr viel wenig wobei wodurch womit wonach ansonsten sonst'.split(
    ' ',
  ),
);
/** "Daran", "Dabei", "Darüber", "Worauf" (also fused "Darüberhinaus"): pronominal adverbs, never a speaker. */
const DA_COMPOUND =
  /^(da|dar|wo|wor)(an|auf|aus|bei|durch|für|gegen|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)(hinaus)?$/;
/** Nouns of time, manner and frame that are never the speaker ("zum Beispiel", "im Jahr"). */
const FRAME_NOUNS = new Set(
  'Beispiel Jahr Jahres Jahren Tag Tage Tagen Zeit Woche Wochen Monat Monaten Ende Anfang Mitte Fall Folge Grund Rahmen Zuge Weise Sicht Hinsicht Moment Stunden Minuten Uhr Januar Februar März April Mai Juni Juli August September Oktober November Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Wochenende Morgen Abend Nacht Frühjahr Frühling Sommer Herbst Winter Vormittag Nachmittag Jahresbeginn Jahresende Motto Titel Slogan Überschrift Schlagzeile Aufschrift Losung'.split(
    ' ',
  ),
);

/** Nouns of stance and wish ("vertrat die Meinung", "äußerte die Hoffnung"): the content's frame, never its speaker. */
const STANCE_NOUNS = new Set(
  'Meinung Ansicht Auffassung Hoffnung Befürchtung Aufforderung Überzeugung Standpunkt Eindruck Vermutung Erwartung'.split(
    ' ',
  ),
);

/** A web address used as a source name ("laut faz.net", "der Website worldreferee.com zufolge"). */
export const isDomainName = (word: string): boolean =>
  /^[\p{Ll}\d-]+(\.[\p{Ll}\d-]+)*\.(de|com|net|org|at|ch|eu|info|uk|fr)$/u.test(word);

/** True for nouns of time, manner and frame ("Jahr", "April", "Montag") that never name a speaker. */
export const isFrameNoun = (word: string): boolean => FRAME_NOUNS.has(word);

/** A speaker candidate: word range [w0, w1) and whether it is a pronoun needing resolution. */
export interface SpeakerPhrase {
  w0: number;
  w1: number;
  pronoun: boolean;
  /** "nach eigenen Angaben": the phrase names no one; the subject it refers to speaks. */
  refersTo?: SpeakerPhrase | null;
}

/** Prepositions, conjunctions and adverbs that end like an inflected adjective but are none. */
const NOT_ADJECTIVES = new Set(
  'über unter hinter gegen neben zwischen wegen außer ohne aber oder wieder immer weder sehr mehr eher seither daher woher wohin einer einem eines einen waren haben hatten werden wurden sollen können müssen wollen dürfen seien gewesen gegeben worden lassen wieder wiederum wurde werde würde hatte habe hätte wäre sollte wollte könnte müsste dürfte konnte musste durfte'.split(
    ' ',
  ),
);
const isAdjective = (word: string) =>
  word.length > 3 && /(e|en|er|es|em)$/.test(word) && /^\p{Ll}/u.test(word) && !NOT_ADJECTIVES.has(word);
/** Prepositions that may open a phrase inside an attributive participle ("der für … zuständige"). */
const ATTRIBUTIVE_PREPOSITIONS = new Set([
  'zur',
  'zum',
  'für',
  'von',
  'vom',
  'mit',
  'in',
  'im',
  'an',
  'am',
  'auf',
  'aus',
  'bei',
  'über',
  'seit',
]);
/** Lower-case or mixed-case names: "n-tv", "iPhone", "eBay". */
const isOddName = (word: string) => /^\p{Ll}+-\p{L}+$/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);

/** True when word i lies inside a person or organisation name the tagger found ("von der Leyen"). */
function inName(view: ClaimView, i: number): boolean {
  const named = (k: number) =>
    mentionsIn(view, view.words[k].start, view.words[k].end).some(
      (m) => m.type === 'PER' || m.type === 'ORG',
    );
  // A particle right before a tagged surname belongs to it even when the tagger left it out ("de Maizière").
  // So does one between a tagged first name and a word tagged as any name ("Karl-Theodor zu
  // Guttenberg", the surname taken for a place), not a common noun ("Peer Steinbrück zu Beginn").
  const ws = view.words;
  const tagged = (k: number) => mentionsIn(view, ws[k].start, ws[k].end).length > 0;
  return (
    named(i) ||
    (NAME_PARTICLES.has(ws[i].lower) &&
      i + 1 < ws.length &&
      (named(i + 1) || (i > 0 && !ARTICLE_PARTICLES.has(ws[i].lower) && named(i - 1) && tagged(i + 1))))
  );
}
/** Name particles that are also German articles: after a name they open its object ("X den Behörden"). */
const ARTICLE_PARTICLES = new Set(['der', 'den', 'die', 'das', 'dem']);

/** Adverbs that may grade an adjective inside a noun phrase ("ein nicht näher genannter Sprecher"). */
const INNER_ADVERBS = new Set(['nicht', 'näher', 'bisher', 'bislang', 'namentlich', 'noch', 'sehr']);

/**
 * Returns the noun phrase starting at word i (or null): determiners and inflected adjectives, then
 * capitalised words joined by glue words ("Sprecher des Ministeriums"), stopping at punctuation or a verb.
 */
export function phraseAt(view: ClaimView, i: number, limit: number): SpeakerPhrase | null {
  const ws = view.words;
  if (i >= limit) return null;
  // "dieser"/"diese" before a noun is its determiner ("laut dieser Studie"), alone a pronoun ("Dieser sagte").
  const demonstrative = /^diese[rsnm]?$/.test(ws[i].lower) && isCapitalised(ws[i + 1]?.text ?? '');
  if (SPEAKER_PRONOUNS.has(ws[i].lower) && ws[i].lower !== 'es' && !demonstrative)
    return { w0: i, w1: i + 1, pronoun: true };
  let j = i;
  // Articles, adjectives and numbers before the noun: "die 13 beteiligten Feuerwehrmänner".
  // A speech verb in -e ("nannte", "sagte") is no adjective.
  const isModifier = (w: string) =>
    DETERMINERS.has(w.toLowerCase()) ||
    w === 'paar' || // "ein paar Experten"
    (isAdjective(w) && !isCueForm(w) && !isDomainName(w)) || // "t-online.de" ends like an adjective
    /^\d+$/.test(w) ||
    /^\d+-\p{Ll}+$/u.test(w); // "Der 23-jährige Sportler"
  // "Berlins früherer Bürgermeister Eberhard Diepgen": a name in the Saxon genitive before an adjective
  // stands in for the article.
  if (
    i + 2 < limit &&
    /^\p{Lu}.*s$/u.test(ws[i].text) &&
    isAdjective(ws[i + 1].text) &&
    isCapitalised(ws[i + 2].text) &&
    mentionsIn(view, ws[i].start, ws[i].end).length > 0
  )
    j = i + 1;
  // "Die afghanischen und ausländischen Soldaten": adjectives joined by und/oder.
  while (j < limit && j - i < MAX_PHRASE_WORDS) {
    if (isModifier(ws[j].text)) j++;
    // "Ein nicht (näher) genannter Vertreter", "der bislang unbekannte Täter": an adverb before an adjective.
    else if (
      j > i &&
      INNER_ADVERBS.has(ws[j].lower) &&
      (isAdjective(ws[j + 1]?.text ?? '') || INNER_ADVERBS.has(ws[j + 1]?.lower ?? ''))
    )
      j++;
    else if (j > i && DETERMINERS.has(ws[j - 1].lower) && ATTRIBUTIVE_PREPOSITIONS.has(ws[j].lower)) {
      // "der für die Omo-Region zuständige Koordinator": a prepositional phrase inside an attributive
      // participle phrase, up to the participle before the noun — the last such word in reach, as the
      // phrase may hold an adjective of its own ("die zur kalifornischen Stanford University gehörende").
      let participle = -1;
      for (let k = j + 1; k < limit && k - j <= 6 && !/^[,.;:!?]$/.test(ws[k].text); k++)
        if (isAdjective(ws[k].text) && isCapitalised(ws[k + 1]?.text ?? '')) participle = k;
      if (participle < 0) break;
      j = participle;
    } else if (
      j > i &&
      (ws[j].lower === 'und' || ws[j].lower === 'oder') &&
      j + 1 < limit &&
      isAdjective(ws[j - 1].text) &&
      isAdjective(ws[j + 1].text)
    )
      j++;
    else break;
  }
  // "der 81-jährige in einem Interview": a nominalised age written in lower case is the noun.
  if (j > i && /^\d+-jährige[nr]?$/.test(ws[j - 1].text) && !isCapitalised(ws[j]?.text ?? ''))
    return { w0: i, w1: j, pronoun: false };
  let lastNoun = -1;
  // The last noun before the latest glue word: "der Weltverband FIFA in der Nacht" ends at "FIFA".
  let beforeGlue = -1;
  let openQuote = false;
  let genitive = false;
  let lastGlue = -1;
  while (j < limit && j - i < MAX_PHRASE_WORDS) {
    const w = ws[j];
    // Quoted names belong to the phrase: laut „Reuters“, die Zeitung „Die Welt“.
    if (/^[„"»«“‚]$/.test(w.text) && (openQuote || OPENING_QUOTE.test(w.text))) {
      // "nannte Minister Karl Bauer „alarmierend“": lower-case wording after a person's name is what
      // the person says, not part of the name.
      if (!openQuote && j > i && /^\p{Ll}/u.test(ws[j + 1]?.text ?? '') && personEndsAt(view, ws[j - 1].end))
        break;
      if (openQuote) lastNoun = j;
      openQuote = !openQuote;
      j++;
      continue;
    }
    if (openQuote) {
      j++; // anything inside a quoted name: „Channel 10“
      continue;
    }
    // The polite "Sie" is a pronoun of its own, never part of a name ("Können Sie sich vorstellen").
    if (j > i && w.text === 'Sie') break;
    // Cue nouns belong to a phrase too: "Die Botschaft teilte mit", "Die Studie kommt zu dem Schluss";
    // so do lower-case name particles the tagger put inside a name ("de Maizière", "al-Assad").
    if (
      isCapitalised(w.text) ||
      (lastNoun >= 0 && isOddName(w.text)) ||
      // "Bündnis 90/Die Grünen": a number before a slash, and the slash, inside a name.
      (lastNoun === j - 1 && /^\d+$/.test(w.text) && ws[j + 1]?.text === '/') ||
      (lastNoun === j - 1 && w.text === '/' && isCapitalised(ws[j + 1]?.text ?? '')) ||
      /^\p{Ll}+-\p{Lu}/u.test(w.text) || // "dpa-Meldung", "al-Dschasira"
      isDomainName(w.text) ||
      inName(view, j)
    ) {
      lastNoun = j;
      j++;
    } else if (lastNoun >= 0 && NP_GLUE.has(w.lower)) {
      lastGlue = j;
      // "eine Sprecherin des Ministeriums der Zeitung": after a genitive, "der" before a medium is
      // the dative the speaker spoke to ("sagte … der „Rheinischen Post“"), not another genitive.
      if (w.lower === 'der' && genitive && mediumAt(view, j + 1, limit)) break;
      // Right after a person's name no genitive follows: "der"/"dem" before an organisation is who was
      // spoken to ("sagte Lauterbach der „Rheinischen Post“", "sagte Esken der Stuttgarter Zeitung").
      if (
        (w.lower === 'der' || w.lower === 'dem') &&
        personEndsAt(view, ws[j - 1].end) &&
        organisationAt(view, j + 1, limit)
      )
        break;
      if (w.lower === 'des' || w.lower === 'der') genitive = true;
      if (isCapitalised(ws[j - 1].text) || ws[j - 1].text === '“') beforeGlue = lastNoun;
      j++;
    } else if (
      lastNoun >= 0 &&
      j > i &&
      !isCapitalised(ws[j - 1].text) &&
      !/^[“”"»«‘]$/.test(ws[j - 1].text) &&
      isModifier(w.text)
    ) {
      // Articles and adjectives only after a glue word: "Sprecher des Auswärtigen Amtes", never "Polizei wurden".
      j++;
    } else break;
  }
  if (lastNoun < 0) return null;
  // A trailing frame phrase ("… in der Nacht", "… am Montag") is cut off; a phrase that is nothing
  // but a frame noun ("zum Beispiel", "im Jahr"), or opens with a word that is no noun ("Nachdem",
  // "Gemäß", "Besorgt"), names no speaker.
  if (FRAME_NOUNS.has(ws[lastNoun].text)) {
    if (beforeGlue < 0 || FRAME_NOUNS.has(ws[beforeGlue].text)) return null;
    lastNoun = beforeGlue;
  }
  // "Bolsonaro in einem Radiointerview", "Anja Reschke in der ARD-Sendung „Panorama“": where it was
  // said is no part of who said it.
  if (lastGlue >= 0 && beforeGlue >= 0 && /^(in|im)$/.test(ws[lastGlue].lower) && saidIn(view, lastGlue, j))
    lastNoun = beforeGlue;
  if (STANCE_NOUNS.has(ws[lastNoun].text) && beforeGlue < 0) return null;
  if (NOT_SPEAKER_START.has(ws[i].lower) && !inName(view, i)) return null;
  if (NOT_NOUNS.has(ws[i].lower) || DA_COMPOUND.test(ws[i].lower)) return null;
  // A lone word opening the sentence that is no entity and in no noun or name list is an adverb,
  // adjective or verb capitalised by position ("Vorerst", "Kurzzeitig", "Sollten").
  // Adverb and adjective forms are none either, even when a compound split finds a noun in them
  // ("Infolgedessen" → "Essen", "Praktisch" → "Tisch"); nor is a lone opener right before a pronoun
  // subject ("Können Sie sich vorstellen, …") or before a verb and one ("Gestern sagte er").
  const opener =
    lastNoun === i &&
    view.sentences[ws[i].sentence].w0 === i &&
    mentionsIn(view, ws[i].start, ws[i].end).length === 0;
  if (
    opener &&
    ((!isKnownNounOrName(ws[i].text) && !subjectOfNextVerb(view, i)) ||
      ADVERB_FORM.test(ws[i].text) ||
      // A finite verb opening a conditional or a question ("Würde das Gesetz …, könnte …").
      FINITE_AUXILIARY.test(ws[i].lower) ||
      /^(gibt|gab)$/.test(ws[i].lower) ||
      PRONOUN.test(ws[i + 1]?.text ?? '') ||
      (/^\p{Ll}/u.test(ws[i + 1]?.text ?? '') && SUBJECT_PRONOUN.test(ws[i + 2]?.text ?? '')))
  )
    return null;
  return { w0: i, w1: lastNoun + 1, pronoun: false };
}

/** True when mention m is a genitive name ("Dresdens") right before a person role noun in phrase p. */
function possessorOfRole(view: ClaimView, m: Mention, p: SpeakerPhrase): boolean {
  const i = wordAt(view, m.start);
  const w = view.words[i];
  if (i < p.w0 || i + 1 >= p.w1 || w.end !== m.end || !/s$/.test(w.text)) return false;
  // Adjectives may stand between ("Chinas neuer Verteidigungsminister").
  let j = i + 1;
  while (j < p.w1 - 1 && isAdjective(view.words[j].text)) j++;
  return isPersonRole(view.words[j].text);
}

/** True when a person mention ends at character `end`. */
function personEndsAt(view: ClaimView, end: number): boolean {
  return mentionsIn(view, end - 1, end).some((m) => m.type === 'PER' && m.end === end);
}

/**
 * Returns the best entity mention in the head of a phrase (before any glue word: "Sprecher der Bahn"
 * is a spokesperson, not the Bahn): persons first, then organisations, then places.
 */
export function mentionOf(view: ClaimView, p: SpeakerPhrase): Mention | undefined {
  let head = p.w0;
  while (
    head < p.w1 &&
    !(head > p.w0 && NP_GLUE.has(view.words[head].lower) && view.words[head].lower !== 'und')
  )
    head++;
  const ms = mentionsIn(view, view.words[p.w0].start, view.words[head - 1].end);
  const rank = (m: Mention) => (m.type === 'PER' ? 0 : m.type === 'ORG' ? 1 : m.type === 'LOC' ? 2 : 3);
  // "der CSU-Politiker", "der Stiko-Vorsitzende": a person, not the body named inside the compound.
  const personRole = (m: Mention) =>
    m.form === 'part' && isPersonRole(view.words[wordAt(view, m.start)].text);
  return ms
    .filter((m) => m.form !== 'deriv' && !personRole(m))
    .sort((a, b) => rank(a) - rank(b) || b.end - a.end)[0];
}

/** Returns the speaker for a phrase; pronouns resolve to `previous` (the last speaker) when given. */
export function speakerOf(view: ClaimView, p: SpeakerPhrase, previous?: Speaker): Speaker | undefined {
  const a = view.words[p.w0];
  const b = view.words[p.w1 - 1];
  if (p.pronoun) {
    if (!previous || a.lower === 'man') return undefined;
    return { text: a.text, canonical: previous.canonical, start: a.start, end: a.end };
  }
  // The text is the whole phrase as written ("Chinas neuer Verteidigungsminister Li Shangfu"); the
  // canonical name is its entity's, else the phrase without its article.
  const text = view.text.slice(a.start, b.end);
  const found = mentionOf(view, p);
  // "Dresdens Bürgermeister", "Chinas Außenministerium": a name in the genitive before a role or body
  // is whose it is; the speaker is the role, not the place.
  const m = found && found.type !== 'PER' && possessorOfRole(view, found, p) ? undefined : found;
  if (m?.type !== 'PER') {
    // "Der Sprecher des Innenministeriums Max Müller": a name closing a role phrase is the speaker.
    const closing = closingName(view, p);
    if (closing) return { text, canonical: closing.canonical, start: a.start, end: b.end };
    // "Der Vorsitzende des Ausschusses, Sebastian Edathy, …": the name in the apposition is the speaker.
    const named = appositionName(view, p.w1);
    if (named) {
      return {
        text: view.text.slice(a.start, named.end),
        canonical: named.canonical,
        start: a.start,
        end: named.end,
      };
    }
  }
  // "Meiner Meinung nach", "unseren Informationen zufolge": the writer speaks.
  const firstPerson = FIRST_PERSON_POSSESSIVE.exec(text)?.[1]?.toLowerCase();
  if (!m && firstPerson)
    return { text, canonical: firstPerson.startsWith('u') ? 'Wir' : 'Ich', start: a.start, end: b.end };
  return { text, canonical: m ? m.canonical : nominativeName(text), start: a.start, end: b.end };
}

/**
 * The canonical name of a common-noun speaker: without its article, and a genitive singular put back
 * into the nominative ("des Generalanwalts" → "Generalanwalt", "des französischen Betreibers" →
 * "französische Betreiber") so the same speaker compares equal across sentences.
 */
function nominativeName(text: string): string {
  const words = text.split(' ');
  if (!/^(des|eines)$/i.test(words[0] ?? '') || words.length < 2) return stripDeterminer(text);
  let i = 1;
  for (; i < words.length && /^\p{Ll}+en$/u.test(words[i]); i++) words[i] = words[i].slice(0, -1);
  const head = words[i];
  if (head && isCapitalised(head)) {
    for (const cut of ['es', 's']) {
      const stem = head.slice(0, -cut.length);
      if (head.endsWith(cut) && stem.length > 3 && isKnownNounOrName(stem)) {
        words[i] = stem;
        break;
      }
    }
  }
  return words.slice(1).join(' ');
}

/** Longest noun-phrase apposition skipped before a name (", Nachfolgeorganisation der ÖTV,"). */
const APPOSITION_SKIP = 12;

/**
 * Returns the person named in an apposition right after word `w` (", Sebastian Edathy,"), if any; also
 * after one noun-phrase apposition before it (", Nachfolgeorganisation der ÖTV, Frank Bsirske,").
 */
export function appositionName(view: ClaimView, w: number): Mention | undefined {
  const ws = view.words;
  const first = nameAfterComma(view, w);
  if (first || ws[w]?.text !== ',' || !isCapitalised(ws[w + 1]?.text ?? '')) return first;
  let k = w + 1;
  while (
    k < ws.length &&
    k - w <= APPOSITION_SKIP &&
    (isCapitalised(ws[k].text) || NP_GLUE.has(ws[k].lower) || isAdjective(ws[k].text))
  )
    k++;
  return ws[k]?.text === ',' ? nameAfterComma(view, k) : undefined;
}

/** The person whose name fills the apposition opened by the comma at word `w`, if any. */
function nameAfterComma(view: ClaimView, w: number): Mention | undefined {
  const ws = view.words;
  if (ws[w]?.text !== ',' || w + 1 >= ws.length) return undefined;
  const m = mentionsIn(view, ws[w + 1].start, ws[w + 1].end).find(
    (x) => x.type === 'PER' && x.start === ws[w + 1].start,
  );
  if (!m) return undefined;
  // The name must fill the apposition: a comma, a bracket or the clause end follows it.
  const after = wordAt(view, m.end);
  const next = ws[after]?.text ?? '.';
  return /^[,.;:!?(–]$/.test(next) ? m : undefined;
}

/** A phrase opened by a first-person possessive ("meiner Meinung", "unseren Informationen"). */
const FIRST_PERSON_POSSESSIVE = /^(mein|meine|meiner|meinem|meinen|unser|unsere|unserer|unserem|unseren)\s/i;

/** Adverbs and adjectives by their ending ("Infolgedessen", "Praktisch", "Möglicherweise", "Erstmals"). */
const ADVERB_FORM = /^\p{Lu}\p{Ll}*(dessen|isch|lich|\p{Ll}{3}weise|mals|falls)$/u;
/** Personal pronouns; right after a lone opener they show it is a verb ("Können Sie", "Hieß es"). */
const PRONOUN = /^(Sie|sie|es|ich|du|er|wir|ihr|man)$/;
/** Pronouns that can only be subjects (nominative), as written after a verb ("sagte er", "glaubt man"). */
const SUBJECT_PRONOUN = /^(ich|du|er|wir|man)$/;

/** Occasions of speaking ("in einem Interview", "in der Sendung", "in einem Schreiben"), also as a compound's tail. */
const OCCASION_NOUN =
  /(interview|gespräch|schreiben|brief|sendung|talkshow|pressekonferenz|rede|ansprache|videobotschaft|podcast|fernsehauftritt|blog|beitrag|tweet|video|kolumne|stellungnahme|pressemitteilung|statement)$/i;

/** True when the first capitalised word in (glue, end) is an occasion of speaking. */
function saidIn(view: ClaimView, glue: number, end: number): boolean {
  for (let k = glue + 1; k < end; k++)
    if (isCapitalised(view.words[k].text)) return OCCASION_NOUN.test(view.words[k].text);
  return false;
}

/** Nouns of the press and broadcasting, also as a compound's tail ("Tages|zeitung", "Fernseh|sender"). */
const MEDIUM_NOUN =
  /(zeitung|blatt|nachrichtenagentur|presseagentur|sender|magazin|rundfunk|fernsehen|radio|portal)$/i;

/** True when an organisation mention starts at word k, after an opening quote. */
function organisationAt(view: ClaimView, k: number, limit: number): boolean {
  const ws = view.words;
  while (k < limit && OPENING_QUOTE.test(ws[k].text)) k++;
  if (k >= limit) return false;
  return mentionsIn(view, ws[k].start, ws[k].end).some((m) => m.type === 'ORG' && m.start === ws[k].start);
}

/** True when a medium starts at word k, after adjectives or an opening quote: "der „Rheinischen Post“", "der Zeitung". */
function mediumAt(view: ClaimView, k: number, limit: number): boolean {
  const ws = view.words;
  while (k < limit && OPENING_QUOTE.test(ws[k].text)) k++;
  if (k < limit && mentionsIn(view, ws[k].start, ws[k].end).some((m) => m.category === 'media')) return true;
  while (k < limit && isAdjective(ws[k].text)) k++;
  return k < limit && isCapitalised(ws[k].text) && MEDIUM_NOUN.test(ws[k].text);
}

/**
 * The person named at the end of a phrase headed by a role noun, as a close apposition: "Die
 * Bundesministerin der Justiz Christine Lambrecht", "Der Sprecher des Innenministeriums Max Müller".
 * Not after a preposition ("die Regierung von Angela Merkel") nor after a second role noun, whose
 * name it is ("der Sprecher des Kanzlers Olaf Scholz").
 */
function closingName(view: ClaimView, p: SpeakerPhrase): Mention | undefined {
  const ws = view.words;
  const end = ws[p.w1 - 1].end;
  const m = mentionsIn(view, ws[p.w0].start, end).find((x) => x.type === 'PER' && x.end === end);
  if (!m) return undefined;
  const first = wordAt(view, m.start);
  const before = ws[first - 1];
  if (first <= p.w0 || !before || !isCapitalised(before.text) || isPersonRole(before.text)) return undefined;
  // The role noun heads the phrase: before its first glue word ("des", "der", "für", "von").
  for (let i = p.w0; i < first - 1; i++) {
    if (i > p.w0 && NP_GLUE.has(ws[i].lower)) return undefined;
    if (isCapitalised(ws[i].text) && isPersonRole(ws[i].text)) return m;
  }
  return undefined;
}

/** The phrase without its leading article ("die Süddeutsche Zeitung" → "Süddeutsche Zeitung"). */
export function stripDeterminer(text: string): string {
  return text.replace(/^(der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen)\s+/i, '');
}

/**
 * True when the word at i stands right before a finite speech verb whose subject cannot follow it
 * ("Carriles wies darauf hin", not "Vorerst sagte er", "Gestern erklärte die Polizei"): then the
 * unknown word is the subject, a name the tagger missed.
 */
function subjectOfNextVerb(view: ClaimView, i: number): boolean {
  const ws = view.words;
  const verb = ws[i + 1];
  const after = ws[i + 2];
  if (!verb || !after || !/^\p{Ll}/u.test(verb.text) || !isCueForm(verb.text)) return false;
  if (isCapitalised(after.text) || DETERMINERS.has(after.lower) || SPEAKER_PRONOUNS.has(after.lower))
    return false;
  return !/^(ich|du|wir|ihr|sich|man)$/.test(after.lower);
}
