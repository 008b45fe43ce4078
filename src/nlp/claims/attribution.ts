/**
 * Attribution phrases that name a source without a speech verb of the main clause:
 * "laut X", "nach Angaben (von|der|des) X", "X zufolge", "gemäß X", ", wie X mitteilte", ", so X".
 */
import type { Span } from '../types.ts';
import { appositionSubject, isClauseBreak, isCueAt, subjectAfterVerb } from './clause.ts';
import { FINITE_AUXILIARY, isCapitalised, OPENING_QUOTE, PASSIVE_FINITE } from './grammar.ts';
import { cueRatio, MIN_CUE_RATIO } from './lexicon.ts';
import { isPersonRole } from './names.ts';
import { isDomainName, isFrameNoun, phraseAt, type SpeakerPhrase } from './speaker.ts';
import { type ClaimView, mentionsIn } from './view.ts';

/** Nouns after "nach" that make it an attribution ("nach Angaben der Polizei"). */
const NACH_NOUNS =
  /^(\p{Lu}\p{Ll}*)?(Angaben|angaben|Informationen|informationen|Bericht|Berichten|berichten|Berichts|Meldung|Meldungen|meldungen|Darstellung|Ansicht|Auffassung|Einschätzung|Einschätzungen|Meinung|Worten|Schätzung|Schätzungen|Aussage|Aussagen|Erkenntnissen|Erkenntnis|Untersuchung|Untersuchungen|Studie|Umfrage|Prognose|Recherchen|Vorstellungen|Zahlen|Daten|Statistik|Ermittlungen|Ergebnissen|Auskunft|Stellungnahme|Analyse|Analysen|Berechnungen|Vorhersage|Planungen|Bekunden|Vernehmen|Erfahrungen|Hinweisen|Hinweis|Medien|Hochrechnung|Hochrechnungen|Willen|Plänen|Vorschlag|Vorstellung|Idee|Ankündigung)$/u;
/**
 * Compounds whose head is a noun of informing or a source text ("Zeugenaussagen", "Expertenmeinung",
 * "Pressemitteilung", "Grundgesetz", "Erkenntnisstand").
 */
const NACH_HEADS =
  /^\p{Lu}\p{Ll}+(angaben|aussagen|aussage|meinung|meldung|meldungen|mitteilung|bericht|berichten|einschätzung|schätzungen|erkenntnissen|ergebnis|gesetz|verfassung|stand)$/u;
const isNachNoun = (w: string): boolean => {
  // "UNHCR-Angaben", "EU-Dokument": the part after the hyphen decides.
  const tail = /^[\p{L}\d]+-(\p{Lu}\p{Ll}+)$/u.exec(w)?.[1];
  if (tail) return isNachNoun(tail) || /^(Dokument|Papier|Veröffentlichung)$/.test(tail);
  return NACH_NOUNS.test(w) || NACH_HEADS.test(w) || /^(Gesetz|Verfassung|Stand)$/.test(w);
};
/** Third-person possessives ("seine Worte", "ihrer Ansicht"); first-person ones are the writer's (speaker.ts). */
const THIRD_POSSESSIVE = /^(sein|seine|seiner|seines|seinem|seinen|ihr|ihre|ihrer|ihres|ihrem|ihren)$/;

/**
 * The possessive of a phrase that names someone's statement ("seinen Angaben", "Seine exakten Worte",
 * "ihrer Ansicht"): the possessor speaks, as a pronoun would. Returns the possessive's word index, or -1
 * ("Seine Frau", "Ihre Mitarbeiter" are other people; "Seine Meinung zu Kirchhoff" is not Kirchhoff's).
 */
export function statementPossessive(view: ClaimView, p: SpeakerPhrase): number {
  if (p.pronoun || !THIRD_POSSESSIVE.test(view.words[p.w0].lower)) return -1;
  return statementHead(view, p) >= 0 ? p.w0 : -1;
}

/**
 * The word index of the head noun of phrase p when it names a statement ("Das Fazit von X", "Seine
 * exakten Worte", "Die Antwort des Ministers"), else -1.
 */
export function statementHead(view: ClaimView, p: SpeakerPhrase): number {
  const ws = view.words;
  if (p.pronoun) return -1;
  let head = p.w0 + 1;
  while (head < p.w1 && !isCapitalised(ws[head].text)) head++;
  if (head >= p.w1) return -1;
  const noun = ws[head].text;
  return isNachNoun(noun) || (cueRatio(noun.toLowerCase()) >= MIN_CUE_RATIO && !isPersonRole(noun))
    ? head
    : -1;
}

/** Words allowed between "nach" and its noun ("nach ersten Untersuchungen", "nach Celebis Angaben"). */
const NACH_FILLER =
  /^(der|die|den|dem|des|einem|einer|eigener|eigenen|ihren|seinen|ihrer|seiner|\p{Ll}{3,}(e|en|er|em)|\p{Lu}\p{Ll}+[^s]s)$/u;

/** Words before the noun of postposed "nach" ("nach eigenen Angaben" → "eigenen Angaben nach"). */
const POST_NACH_FILLER = /^(der|dem|den|des|einem|einer|\p{Ll}{3,}(en|er|em))$/u;

/** An attribution phrase found in a sentence. */
export interface Attribution {
  /** The source phrase; "demnach"/"wonach" refer back like a pronoun (`pronoun: true`). */
  source: SpeakerPhrase | null;
  cue: string;
  cueSpans: Span[];
  /** Word range [w0, w1) of the whole attribution phrase, to cut out of the content. */
  w0: number;
  w1: number;
}

/** True when words [a, b) are only a time phrase after the source ("Ersten Angaben vom gestrigen Mittwoch zufolge"). */
function onlyFrameTail(view: ClaimView, a: number, b: number): boolean {
  const ws = view.words;
  if (b - a > 4 || !/^(vom|von|am|des)$/.test(ws[a]?.lower ?? '')) return false;
  for (let k = a + 1; k < b; k++)
    if (
      !isFrameNoun(ws[k].text) &&
      !/^\p{Ll}+(e|en|er|em)$/u.test(ws[k].text) &&
      !/^\d+\.?$/.test(ws[k].text)
    )
      return false;
  return isFrameNoun(ws[b - 1].text);
}

/** Words a noun phrase is built from: names and nouns, articles, inflected adjectives, glue. */
const isPhraseWord = (w: string) =>
  /^\p{Lu}/u.test(w) ||
  isDomainName(w) ||
  /^\p{Ll}+-\p{Lu}/u.test(w) || // "al-Dschasira", "dpa-Meldung"
  (/^(der|die|das|den|dem|des|ein|eine|einer|einem|eines|von|vom|und|\p{Ll}{2,}(e|en|er|es|em))$/u.test(w) &&
    !NON_PHRASE.has(w));
/** Finite verbs and adverbs that end like adjectives ("Die Erschütterungen waren Berichten … zufolge"). */
const NON_PHRASE = new Set(
  'waren haben hatten werden wurden sollen können müssen wollen seien gewesen worden sind ist aber oder immer wieder über unter gegen'.split(
    ' ',
  ),
);

/** Words that open the source of "…, so der Sprecher" / "…, so sein Appell". */
const SO_SOURCE_START = /^(der|die|das|ein|eine|sein|seine|ihr|ihre|unser|unsere)$/;
/** "„Wikiasari“, so heißt ein Projekt": naming, not an attribution. */
const NAMING_VERB = /^(heißt|hieß|heißen|hießen|nennt|nannte|nennen|nannten)$/;

/** "eigenen Angaben", "eigener Darstellung", "eigenem Bekunden": the source is the clause's own subject. */
const OWN = /^eigene[mnr]?$/;

/**
 * The subject of the clause holding "nach eigenen Angaben" at words [a, e): the phrase opening the
 * sentence before its finite verb ("Der Konzern hat nach eigenen Angaben …"), else the one after the
 * verb ("Nach eigenen Angaben hat die Firma …", "Im Mai hat der Konzern nach eigenen Angaben …"), or
 * null (then there is no speaker: "eigenen Angaben" names no one).
 */
function ownSubject(view: ClaimView, w0: number, w1: number, a: number, e: number): SpeakerPhrase | null {
  const ws = view.words;
  if (a > w0) {
    const p = phraseAt(view, w0, a);
    if (p && p.w1 < a && /^\p{Ll}/u.test(ws[p.w1].text)) return p;
    // "Der Bruder des Papstes, Georg Ratzinger, war nach eigenem Bekunden …": subject and apposition.
    const apposed = appositionSubject(view, w0, a);
    if (apposed) return apposed.subject;
    return subjectAfterVerb(view, w0, a);
  }
  // "Nach eigenen Angaben wurden 300 Stellen gestrichen": after a passive the subject is no speaker.
  if (e + 1 >= w1 || !/^\p{Ll}/u.test(ws[e].text) || PASSIVE_FINITE.has(ws[e].lower)) return null;
  return phraseAt(view, e + 1, w1);
}

const span = (view: ClaimView, i: number): Span => ({ start: view.words[i].start, end: view.words[i].end });

/** Returns the attribution phrases in words [w0, w1), in text order. */
export function findAttributions(
  view: ClaimView,
  w0: number,
  w1: number,
  inQuote: (i: number) => boolean,
): Attribution[] {
  const ws = view.words;
  const out: Attribution[] = [];
  for (let i = w0; i < w1; i++) {
    if (inQuote(i)) continue;
    const lower = ws[i].lower;
    if (lower === 'laut' || lower === 'gemäß') {
      const p = phraseAt(view, i + 1, w1);
      if (p && !p.pronoun)
        out.push({ source: p, cue: ws[i].text, cueSpans: [span(view, i)], w0: i, w1: p.w1 });
    } else if (
      lower === 'nach' &&
      i > w0 &&
      isNachNoun(ws[i - 1].text) &&
      !isNachNoun(ws[i + 1]?.text ?? '')
    ) {
      // "seiner Meinung nach", "eigenen Angaben nach", "dem Vernehmen nach": the postposition.
      let a = i - 1;
      // Adjectives and determiners only: "Nordkorea besitze seiner Meinung nach" starts at "seiner".
      while (a > w0 && i - a <= 3 && POST_NACH_FILLER.test(ws[a - 1].text)) a--;
      if (
        a > w0 &&
        i - a <= 3 &&
        /^(der|dem|den|des|seiner|ihrer|seinen|ihren|meiner|meinen|unserer|unseren)$/.test(ws[a - 1].lower)
      )
        a--;
      // A possessive stands for the person it refers to ("seiner Meinung nach" → the last speaker).
      const pronoun = /^(seiner|ihrer|seinen|ihren)$/.test(ws[a].lower);
      const own = OWN.test(ws[a].lower);
      out.push({
        source: own
          ? { w0: a, w1: i, pronoun: false, refersTo: ownSubject(view, w0, w1, a, i + 1) }
          : { w0: a, w1: i, pronoun },
        cue: ws[i].text,
        cueSpans: [span(view, i)],
        w0: a,
        w1: i + 1,
      });
    } else if (lower === 'nach') {
      let n = i + 1;
      while (n < w1 && n - i <= 3 && !isNachNoun(ws[n].text) && NACH_FILLER.test(ws[n].text)) n++;
      if (n >= w1 || !isNachNoun(ws[n].text)) continue;
      let j = n + 1;
      if (j < w1 && /^(von|vom)$/.test(ws[j].lower)) j++;
      // Only a genitive or "von" phrase names the source ("nach Angaben der Polizei"); "nach ersten
      // Meldungen Schäden …" has none, and the source is the noun phrase itself.
      const genitive = j > n + 1 || (j < w1 && /^(der|des|eines|einer)$/.test(ws[j].lower));
      const named = j < w1 && mentionsIn(view, ws[j].start, ws[j].end).length > 0;
      const p = genitive || named ? phraseAt(view, j, w1) : null;
      const end = p ? p.w1 : n + 1;
      // "nach Angaben der Polizei": the source follows; "nach Polizeiangaben", "nach Celebis Angaben": it is inside;
      // "nach eigenen Angaben": the subject of the clause speaks of itself.
      const own = !p && OWN.test(ws[i + 1].lower);
      const source =
        p && !p.pronoun
          ? p
          : {
              w0: i + 1,
              w1: n + 1,
              pronoun: false,
              refersTo: own ? ownSubject(view, w0, w1, i, end) : undefined,
            };
      out.push({
        source,
        cue: `${ws[i].text} ${ws[n].text}`,
        cueSpans: [span(view, i), span(view, n)],
        w0: i,
        w1: end,
      });
    } else if (lower === 'aus') {
      const a = sichtAttribution(view, i, w1);
      if (a) out.push(a);
    } else if (lower === 'zufolge') {
      // "Dem Bericht der Zeitung zufolge": the noun phrase right before it, back to its determiner.
      let a = i;
      // A lower-case word right after a noun is a verb, not an adjective of this phrase ("Am Samstag
      // starben behördlichen Angaben zufolge …").
      const afterNoun = (k: number) =>
        /^\p{Ll}{2,}(e|en|er|es|em)$/u.test(ws[k].text) && k > w0 && /^\p{Lu}/u.test(ws[k - 1].text);
      // "Einer Presseerklärung des Verbandes (VDR) zufolge": the phrase ends before the bracket.
      const end = i - 3 > w0 && ws[i - 1].text === ')' && ws[i - 3].text === '(' ? i - 3 : i;
      a = end;
      while (a > w0 && end - a < 10 && isPhraseWord(ws[a - 1].text) && !afterNoun(a - 1)) a--;
      const fits = (q: SpeakerPhrase | null) =>
        q !== null && (q.w1 === end || onlyFrameTail(view, q.w1, end));
      let p = a < end ? phraseAt(view, a, end) : null;
      // "starben behördlichen Angaben zufolge": a verb in -en before the phrase is no part of it.
      for (let b = a + 1; b < end && !fits(p); b++) p = phraseAt(view, b, end);
      if (p && !p.pronoun && fits(p))
        out.push({ source: p, cue: ws[i].text, cueSpans: [span(view, i)], w0: a, w1: i + 1 });
      else if (i > w0 && /^(ihm|ihr|ihnen)$/.test(ws[i - 1].lower)) {
        // "Ihnen zufolge": the pronoun resolves to the last speaker or person.
        const source = { w0: i - 1, w1: i, pronoun: true };
        out.push({ source, cue: ws[i].text, cueSpans: [span(view, i)], w0: i - 1, w1: i + 1 });
      }
    } else if (
      lower === 'wie' &&
      (i === w0 ||
        isClauseBreak(view, i - 1) ||
        (i === w0 + 1 && /^(denn|und|aber|doch|auch)$/.test(ws[w0].lower)))
    ) {
      // ", wie die Polizei mitteilte" — the cue verb ends the clause.
      let j = i + 1;
      while (j < w1 && !isClauseBreak(view, j) && !/^[.!?]$/.test(ws[j].text) && j - i < WIE_REACH) j++;
      // "wie Burt Rutan, Chef der Firma, mitteilte": an apposition in commas before the verb; the
      // closing comma is sometimes left out ("wie X, Direktor der NASA betont.").
      if (ws[j]?.text === ',' && !isCueAt(view, j - 1)) {
        let k = j + 1;
        while (k < w1 && !isClauseBreak(view, k) && !/^[.!?]$/.test(ws[k].text) && k - i < 24) k++;
        if (ws[k]?.text === ',' && k + 1 < w1 && isCueAt(view, k + 1)) j = k + 2;
        else if ((k >= w1 || /^[.!?]$/.test(ws[k].text)) && k - 1 > j + 1 && isCueAt(view, k - 1)) j = k;
      }
      // The cue ends the clause, maybe with a preceding particle-like cue word ("bekannt gab").
      const cue = j - 1 > i + 1 && !isCueAt(view, j - 1) && isCueAt(view, j - 2) ? j - 2 : j - 1;
      if (cue > i + 1 && isCueAt(view, cue)) {
        let a = i + 1;
        // "wie sich aus der Auswertung ergab": the reflexive is no source.
        if (ws[a].lower === 'sich' && /^(aus|in|im)$/.test(ws[a + 1].lower)) a++;
        if (/^(aus|von|vom|in|im)$/.test(ws[a].lower)) a++; // "wie aus Regierungskreisen verlautete"
        const p = phraseAt(view, a, cue);
        out.push({
          source: p,
          cue: `${ws[i].text} … ${ws[cue].text}`,
          cueSpans: [span(view, i), span(view, cue)],
          // "Denn wie X berichtete, …": the conjunction goes with the phrase cut from the content.
          w0: i === w0 + 1 ? w0 : i,
          w1: j,
        });
      }
    } else if (lower === 'so' && i > w0 && ws[i - 1].text === ',') {
      // "…, so der Sprecher." at the end of a sentence.
      // "…, so das Ergebnis einer Studie der Stiftung." — the rest of the sentence is the attribution.
      // "…, so „schütze sie Gott“": a quote after "so" is what is said, not who says it.
      // "…, so lange könne die Belastung nicht bestehen": "so" + adverb is no attribution. The source
      // is a name or starts with an article ("so der Sprecher", "so verdi-Chef X"), or follows the verb
      // ("so schätzen die Forscher").
      const next = ws[i + 1]?.text ?? '';
      const start =
        isCapitalised(next) || SO_SOURCE_START.test(next) || /^\p{Ll}+-\p{Lu}/u.test(next)
          ? i + 1
          : /^\p{Ll}{3,}(en|t|te|ten)$/u.test(next) && !FINITE_AUXILIARY.test(next) && !NAMING_VERB.test(next)
            ? i + 2
            : -1;
      const p = OPENING_QUOTE.test(next) || start < 0 ? null : phraseAt(view, start, w1);
      // After the verb the source closes the clause ("…, so schätzen die Forscher, …").
      const closes = (q: SpeakerPhrase) =>
        q.w1 >= w1 || ws[q.w1].text === ',' || (q.w1 === w1 - 1 && /^[.;:!?]$/.test(ws[q.w1].text));
      if (p && !p.pronoun && (start === i + 1 || closes(p))) {
        out.push({ source: p, cue: ws[i].text, cueSpans: [span(view, i)], w0: i, w1: p.w1 });
      }
    } else if (
      ((lower === 'demnach' || lower === 'wonach') && !inQuote(i)) ||
      (lower === 'danach' && !inQuote(i) && (i === w0 || ws[i - 1].text === ',') && documentBefore(view, w0))
    ) {
      // The source is the word itself, resolved like a pronoun to the last speaker ("Demnach …").
      const source = { w0: i, w1: i + 1, pronoun: true };
      out.push({ source, cue: ws[i].text, cueSpans: [span(view, i)], w0: i, w1: i + 1 });
    }
  }
  return out;
}

/**
 * Nouns and verbs that introduce a text with content: after them, "Danach" means "according to it"
 * ("Die UBS veröffentlichte Quartalszahlen. Danach verzeichnet …"), elsewhere mostly "afterwards".
 */
const DOCUMENT =
  /^(\p{Lu}\p{Ll}*(studie|bericht|umfrage|analyse|untersuchung|statistik|erhebung|gutachten|zahlen|darstellung|prognose|hochrechnung|mitteilung|veröffentlichung)|Studie|Bericht|Umfrage|Analyse|Untersuchung|Statistik|Erhebung|Gutachten|Zahlen|Darstellung|Prognose|Hochrechnung|Mitteilung|Veröffentlichung|veröffentlicht|veröffentlichte|veröffentlichten|vorgestellt|vorgelegt)$/u;

/** True when the sentence before the one starting at word w0 introduces a document (see DOCUMENT). */
function documentBefore(view: ClaimView, w0: number): boolean {
  const s = view.words[w0].sentence;
  if (s === 0) return false;
  const prev = view.sentences[s - 1];
  for (let k = prev.w0; k < prev.w1; k++) if (DOCUMENT.test(view.words[k].text)) return true;
  return false;
}

/** "aus Sicht der Organisationen", "aus der Sicht von Experten" at word i ("aus"): whose view the clause states. */
function sichtAttribution(view: ClaimView, i: number, w1: number): Attribution | null {
  const ws = view.words;
  // The word index of "Sicht" in "(der) Sicht".
  const n =
    ws[i + 1]?.text === 'Sicht'
      ? i + 1
      : i + 2 < w1 && ws[i + 1].lower === 'der' && ws[i + 2].text === 'Sicht'
        ? i + 2
        : -1;
  if (n < 0) return null;
  let j = n + 1;
  if (j < w1 && /^(von|vom)$/.test(ws[j].lower)) j++;
  const p = j < w1 ? phraseAt(view, j, w1) : null;
  if (!p || p.pronoun || !(j > n + 1 || /^(der|des|eines|einer)$/.test(ws[n + 1].lower))) return null;
  return {
    source: p,
    cue: `${ws[i].text} ${ws[n].text}`,
    cueSpans: [span(view, i), span(view, n)],
    w0: i,
    w1: p.w1,
  };
}

/** How many words a "wie X mitteilte" clause may have before its cue. */
const WIE_REACH = 20;

/** Verbs of a medium passing news on ("wie die Zeitung berichtete"). */
const MEDIUM_CUES = /^(berichtete|berichtet|berichteten|meldete|meldet|meldeten|schrieb|schreibt|schrieben)$/;

/** The second attribution when the first is "wie X berichtete" and another source follows, else null. */
export function mediumThenSource(view: ClaimView, ats: Attribution[]): Attribution | null {
  if (ats.length < 2 || !ats[0].source || ats[0].source.pronoun) return null;
  const cue = ats[0].cueSpans[ats[0].cueSpans.length - 1];
  const cueWord = cue ? view.text.slice(cue.start, cue.end).toLowerCase() : '';
  if (!/^wie\b/i.test(ats[0].cue) || !MEDIUM_CUES.test(cueWord)) return null;
  const next = ats.slice(1).find((a) => a.source && !a.source.pronoun);
  return next ?? null;
}
