/**
 * Reported speech in one sentence (outside direct quotations): a speech verb with a dass-clause,
 * a Konjunktiv clause or an infinitive ("betonte, … zu haben"); a postposed cue ("…, sagte X");
 * a main-clause report or announcement ("X kündigte … an", "X sieht Y als Z"); a "Name: …" headline.
 */
import type { ClaimKind, Span } from '../types.ts';
import {
  AUXILIARIES,
  appositionSubject,
  contentSpan,
  cueStrength,
  FOCUS_PARTICLES,
  isClauseBreak,
  isComplementCueAt,
  isCueAt,
  isParticleCueAt,
  OBJECT_ARTICLES,
  openingSubject,
  PREFIELD_PARTICLES,
  particleOf,
  SUBORDINATORS,
  subjectOf,
} from './clause.ts';
import {
  COMPLEMENTISERS,
  DETERMINERS,
  FINITE_AUXILIARY,
  FIRST_SECOND_PERSON,
  isCapitalised,
  NP_GLUE,
  OPENING_QUOTE,
  subjunctiveWeight,
} from './grammar.ts';
import { cueRatio, isAnnouncement, isBareParticle, STANCE_CUES, takesParticle } from './lexicon.ts';
import { MAIN_CUE_MIN_PRECISION, mainCueKey, mainCuePrecision } from './main-cues.ts';
import { relativeReport } from './relative.ts';
import { appositionName, mentionOf, phraseAt, type SpeakerPhrase } from './speaker.ts';
import { isConversation, isSpeechAct, isSpeechActParticiple, mayBeSpeechAct } from './speech-acts.ts';
import { type ClaimView, mentionsIn, wordAt } from './view.ts';
import { impersonalCue } from './voice.ts';

/** A cue that reports speech in a main clause without a complement must be at least this sure. */
export const MAIN_CLAUSE_MIN_RATIO = 0.4;
/** Words that open an adverbial or relative clause rather than reported content. */
const NOT_COMPLEMENT =
  /^(weil|da|falls|wenn|obwohl|obgleich|während|nachdem|bevor|sobald|seitdem|damit|sodass|indem|deren|dessen|denen|welche|welcher|welches|und|oder|aber|doch|sondern|denn|jedoch|sowie|bzw)$/;
/**
 * Nouns of stance and conclusion that take a reported clause ("den Standpunkt vertreten, …", "kam zu
 * dem Schluss, dass …"), from German grammar; rare in the cue corpus, so listed.
 */
const CONTENT_NOUNS = new Set(['standpunkt', 'schluss', 'feststellung', 'einschätzung', 'annahme']);
/** Infinitive clauses of purpose or manner ("um … zu", "ohne … zu"): never reported content. */
const PURPOSE = /^(um|ohne|statt|anstatt)$/;
/** After a noun, a preposition or relative pronoun opens a relative clause, not reported content. */
const NOUN_NOT_COMPLEMENT =
  /^(in|mit|durch|um|an|auf|bei|für|von|zu|aus|nach|über|unter|gegen|der|die|das|den|dem|denen|deren|dessen|welche|welcher|welches|darunter|und|oder|sowie|da|weil|wenn|als|wie|wo)$/;
/**
 * Words looked at around one cue candidate (clause start, complement Konjunktiv, "als"). Bounding it
 * keeps a sentence with many cue words linear (1 MB without a full stop is one "sentence").
 */
const WINDOW = 60;
/** Words between a cue and the comma of its complement ("plant die Regierung aus CDU/CSU und SPD, …"). */
const COMPLEMENT_REACH = 8;
/** A noun this often a cue in training ("Meinung", "Forderung", "Vorwurf") may introduce reported content. */
const NOUN_CUE_MIN_RATIO = 0.3;
/** A cue this sure ("sagte", "erklärte") reports any clause after its comma, even in the indicative. */
const SAYING_MIN_RATIO = 0.85;
/** A w-clause after a cue ("sagte, wie …") is reported speech only after a cue this sure. */
const W_CLAUSE_MIN_RATIO = 0.6;
/** Words before an attributive participle: articles, possessives, "zu", or a lower-case adjective. */
const ARTICLE_LIKE =
  /^(der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|zu|ihre|seine|ihren|seinen)$/;
const isDeterminerLike = (w: { text: string; lower: string }) =>
  ARTICLE_LIKE.test(w.lower) || /^\p{Ll}+(e|en)$/u.test(w.text); // "Den Schaden bezifferte X": a noun is none
/** Prepositions before an adjective and its noun: "auf wiederholte Nachfrage", "nach erneuter Prüfung". */
const ATTRIBUTIVE_AFTER =
  /^(auf|nach|mit|bei|in|an|für|gegen|ohne|unter|über|aus|von|vor|zu|durch|trotz|wegen|seit)$/;
/** Adverbs that end like inflected adjectives. */
const ADVERBS_IN_E = new Set(['heute', 'gerne', 'lange', 'alleine', 'ferne', 'bitte', 'gerade']);
/** Modals of intention: "Die SPD will die Steuern senken" announces a plan. */
const INTENT_MODALS = new Set(['will', 'wollen', 'wollte', 'wollten', 'möchte', 'möchten']);
/** Auxiliaries of the perfect ("hat … angekündigt"); werden forms are passive or future, not reports. */
const PERFECT_AUX = new Set(['hat', 'hatte', 'haben', 'hatten']);
/** …and then only an announcement or a cue at least this sure reports (tuned on dev). */
const PERFECT_MIN_RATIO = 0.6;
/** A postposed cue ("…, sagte X") without Konjunktiv in the content must be at least this sure. */
const POSTPOSED_MIN_RATIO = 0.5;

/** A reported claim found in a sentence, before speaker resolution. */
export interface ReportedFinding {
  /** Which rule found it: a complement clause, a postposed cue, a main-clause report, a headline. */
  rule: 'complement' | 'postposed' | 'main' | 'noun' | 'headline' | 'anaphoric' | 'relative';
  kind: ClaimKind;
  content: Span;
  phrase: SpeakerPhrase | null;
  cue?: string;
  cueSpans: Span[];
  /** A passive or impersonal cue ("es wird angenommen"): only its agent, if any, is the speaker. */
  impersonal?: boolean;
}

/** Returns the Konjunktiv weight of words [w0, w1): 1 for a Konjunktiv I form not after ich/wir. */
export function subjunctiveIn(view: ClaimView, w0: number, w1: number, afterCue = false): number {
  return subjunctiveAt(view, w0, w1, afterCue).weight;
}

/** Returns the strongest Konjunktiv weight of words [w0, w1) and the first word carrying it (-1: none). */
export function subjunctiveAt(
  view: ClaimView,
  w0: number,
  w1: number,
  afterCue = false,
): { weight: number; at: number } {
  let best = 0;
  let at = -1;
  // A Konjunktiv verb is never the first word and never capitalised ("Siehe auch …" is an imperative).
  for (let i = w0 + 1; i < w1; i++) {
    if (isCapitalised(view.words[i].text)) continue;
    const next = i + 1 < w1 ? view.words[i + 1].lower : '';
    let w = subjunctiveWeight(view.words[i].lower, next, afterCue);
    if (!w) continue;
    // Reportive "sollen" has a perfect infinitive ("soll geflohen sein"); "soll … verlegt werden" is a plan.
    if (w === 0.75 && /^soll(en)?$/.test(view.words[i].lower) && !endsInPerfect(view, i, w1)) w = 0.5;
    const prev = i > w0 ? view.words[i - 1].lower : '';
    if (FIRST_SECOND_PERSON.has(prev) || FIRST_SECOND_PERSON.has(next)) continue;
    // Set phrases, not reported speech: "es sei denn" (unless), "Gott sei Dank".
    if (view.words[i].lower === 'sei' && (next === 'denn' || next === 'dank')) continue;
    if (w > best) [best, at] = [w, i];
  }
  return { weight: best, at };
}

/**
 * Returns the subject opening the sentence at w0 when only a short bracket ("(CDU)", "(GdP)") stands
 * between it and the verb at word c, else null.
 */
function subjectBeforeBracket(view: ClaimView, w0: number, c: number): SpeakerPhrase | null {
  const ws = view.words;
  if (c < w0 + 3 || ws[c - 1].text !== ')') return null;
  let b = c - 2;
  while (b > w0 && c - b <= 6 && ws[b].text !== '(' && ws[b].text !== ')') b--;
  if (ws[b].text !== '(' || b <= w0) return null;
  const p = phraseAt(view, w0, b);
  return p && p.w1 === b ? p : null;
}

/**
 * The passive main-clause report ending in the cue participle at word c ("wurde von X als … bezeichnet",
 * "Ihr wird von den Behörden Spionage vorgeworfen"), or null: a listed speech-act participle or a sure
 * cue, a passive auxiliary before it, and an agent phrase (without one, who spoke is unknown).
 */
function passiveReport(
  view: ClaimView,
  c: number,
  w0: number,
  w1: number,
): { content: Span; phrase: SpeakerPhrase | null } | null {
  const ws = view.words;
  const closes = c + 1 >= w1 || /^[.!?;]$/.test(ws[c + 1].text);
  if (!closes || !(isSpeechActParticiple(ws[c].lower) || cueStrength(view, c) >= PERFECT_MIN_RATIO))
    return null;
  const imp = impersonalCue(view, c, w0, w1);
  if (!imp?.agent) return null;
  const content = contentSpan(view, w0, w1);
  return content ? { content, phrase: imp.agent } : null;
}

/** True when the clause words call something "als „…“" (someone's quoted label for it). */
function labelsQuote(words: readonly string[]): boolean {
  return words.some((w, k) => w === 'als' && OPENING_QUOTE.test(words[k + 1] ?? ''));
}

/** Returns the lower-case words from i to the clause end (at most WINDOW words). */
function clauseWords(view: ClaimView, i: number, w1: number): string[] {
  const out: string[] = [];
  for (let j = i; j < w1 && j - i < WINDOW; j++) {
    if (isClauseBreak(view, j)) {
      // "schätzt die Zahl der Kinder, die … werden, auf 150 Millionen": an embedded relative clause is
      // skipped; the clause goes on after its closing comma.
      if (view.words[j].text !== ',' || !RELATIVE_START.test(view.words[j + 1]?.lower ?? '')) break;
      let e = j + 1;
      while (e < w1 && e - i < WINDOW && !isClauseBreak(view, e)) e++;
      if (e >= w1 || view.words[e].text !== ',') break;
      j = e;
      continue;
    }
    out.push(view.words[j].lower);
  }
  return out;
}

/** True when the clause of word i ends in "… haben" or "… sein" (a perfect infinitive). */
function endsInPerfect(view: ClaimView, i: number, w1: number): boolean {
  let j = i + 1;
  while (j < w1 && !/^[,.;:!?–]$/.test(view.words[j].text)) j++;
  return j - 1 > i && /^(haben|sein)$/.test(view.words[j - 1].lower);
}

/** Returns true when words [w0, w1) end in an infinitive with "zu" ("… zu haben", "anzugreifen"). */
function isInfinitiveClause(view: ClaimView, w0: number, w1: number): boolean {
  let b = w1;
  while (b > w0 && /^[.!?,;:]$/.test(view.words[b - 1].text)) b--;
  if (b - w0 < 2) return false;
  const last = view.words[b - 1].lower;
  return view.words[b - 2].lower === 'zu' || /^\p{Ll}+zu\p{Ll}+en$/u.test(last);
}

const spanOf = (view: ClaimView, i: number): Span => ({ start: view.words[i].start, end: view.words[i].end });

function cueInfo(
  view: ClaimView,
  cue: number,
  limit: number,
): { cue: string; cueSpans: Span[]; particle: number } {
  const particle = particleOf(view, cue, limit);
  const w = view.words[cue].text;
  return particle >= 0
    ? {
        cue: `${w} … ${view.words[particle].text}`,
        cueSpans: [spanOf(view, cue), spanOf(view, particle)],
        particle,
      }
    : { cue: w, cueSpans: [spanOf(view, cue)], particle };
}

/**
 * Returns the reported claim of sentence `s` (word range [w0, w1), speech quotes masked by inQuote),
 * or null. Only the first cue that forms a report is used. `filterMain: false` keeps every main-clause
 * cue (for learning the main-cue table).
 */
export function findReported(
  view: ClaimView,
  w0: number,
  w1: number,
  inQuote: (i: number) => boolean,
  filterMain = true,
): ReportedFinding | null {
  const ws = view.words;
  // "Können Sie sich vorstellen, dass …?", "Unter welchen Voraussetzungen halten Sie …?": a question
  // asks, it reports nothing.
  if (isQuestion(view, w0, w1, inQuote)) return null;
  const headline = headlineClaim(view, w0, w1);
  if (headline) return headline;
  const closing = closingAttribution(view, w0, w1, inQuote);
  if (closing) return closing;
  for (let c = w0; c < w1; c++) {
    if (inQuote(c)) continue;
    // "Kurz gesagt, …", "Anders formuliert, …", "Ehrlich gesagt, …": a discourse marker, no report.
    if (DISCOURSE_PARTICIPLE.test(ws[c].lower) && c > w0 && c - w0 <= 2 && ws[c + 1]?.text === ',') continue;
    const relative = relativeReport(view, c, w0, w1);
    if (relative) return relative;
    if (isCapitalised(ws[c].text) && c > w0) {
      const noun = nounComplement(view, c, w0, w1);
      if (noun) return noun;
      continue;
    }
    if (isBareParticle(ws[c].lower) && !particleVerbBefore(view, c, w0)) continue;
    const strongCue = isCueAt(view, c) || isParticleCueAt(view, c, w1);
    // "Die Partei will …": a modal of intention heading the main clause announces (main clause only).
    const intent = INTENT_MODALS.has(ws[c].lower);
    // A listed speech act ("wirft … vor", "spricht von") may head a main-clause report.
    const act = mayBeSpeechAct(ws[c].lower) || isSpeechActParticiple(ws[c].lower);
    if (!strongCue && !intent && !act && !isComplementCueAt(view, c)) continue;
    // An inflected participle before a noun is attributive ("die diskutierten Themen"), not a verb.
    if (
      c + 1 < w1 &&
      /(e|en|er|es|em)$/.test(ws[c].lower) &&
      isCapitalised(ws[c + 1].text) &&
      c > w0 &&
      (isDeterminerLike(ws[c - 1]) || ATTRIBUTIVE_AFTER.test(ws[c - 1].lower)) &&
      // "Heute bestätigte Gabriel Müller …": an adverb, not an adjective, before the verb.
      !ADVERBS_IN_E.has(ws[c - 1].lower)
    )
      continue;
    let clauseStart = c;
    while (clauseStart > w0 && !isClauseBreak(view, clauseStart - 1) && c - clauseStart < WINDOW)
      clauseStart--;
    // "Wie die Polizei mitteilte, …" is an attribution phrase, handled by attribution.ts.
    if (ws[clauseStart].lower === 'wie') continue;
    const info = cueInfo(view, c, w1);
    const announce =
      intent || isAnnouncement(ws[c].lower, info.particle >= 0 ? ws[info.particle].lower : undefined);
    // 1. Complement clause after the cue: "betonte, dass …", "sagte, er werde …", "betont, … zu haben".
    let k = c + 1;
    while (k < w1 && !isClauseBreak(view, k) && k - c <= COMPLEMENT_REACH) k++;
    // "sagte der Direktor, Mohammed el-Baradei, Nordkorea besitze …": the name in apposition to the
    // subject after the cue is no content; the complement follows the comma after it.
    const named = k < w1 && ws[k].text === ',' ? appositionName(view, k) : undefined;
    if (named) {
      const after = wordAt(view, named.end);
      if (after < w1 && ws[after].text === ',') k = after;
    }
    // "kündigte an, um X zu verhindern, mehr Truppen zu schicken": a purpose clause right after the
    // comma is skipped; what follows its own comma is the complement. Alone it is none.
    if (k + 1 < w1 && ws[k].text === ',' && PURPOSE.test(ws[k + 1].lower)) {
      let e = k + 2;
      while (e < w1 && !isClauseBreak(view, e)) e++;
      k = e < w1 - 1 && ws[e].text === ',' ? e : w1;
    }
    if (
      !intent &&
      k < w1 &&
      (ws[k].text === ',' || ws[k].text === ':') &&
      k + 1 < w1 &&
      !STANCE_CUES.has(ws[c].lower) &&
      !appositionAfterPostposed(view, c, k, w0, w1, clauseStart) &&
      // "verboten, weil …", "…, der …": an adverbial or relative clause is no reported content; the
      // clause before it may still be a main-clause report ("X forderte den Rücktritt, weil …").
      !NOT_COMPLEMENT.test(ws[k + 1].lower)
    ) {
      // "Dies wollte X nicht akzeptieren und gab vor, …": a coordinated cue before the comma takes the
      // complement, not the verb of the first conjunct.
      if (coordinatedCueBefore(view, c + 1, k)) continue;
      const first = ws[k + 1].lower;
      // "…, an X zu zweifeln, wie er bekundete.": a closing "wie"-clause with a cue is an attribution.
      if (first === 'wie' && closingWieCue(view, k + 1, w1)) continue;
      // "X, den die Zeitung zitiert, kommentierte, …": a verb after the comma ends an embedded clause;
      // the cue of the main clause comes next.
      if (startsWithVerb(view, k + 1, w1)) continue;
      // "Nachdem … bekannt wurde, hat Frau X angekündigt …": a finite verb right after a subordinate
      // clause opens the main clause; it is not the subordinate cue's content.
      if (SUBORDINATORS.has(ws[clauseStart].lower) && FINITE_AUXILIARY.test(first)) continue;
      // A weak cue needs a dass-clause or infinitive; Konjunktiv alone is too common after them.
      const comp = strongCue
        ? ws[k].text === ':' ||
          cueStrength(view, c) >= SAYING_MIN_RATIO ||
          first === 'dass' ||
          first === 'daß' ||
          first === 'ob' ||
          (COMPLEMENTISERS.has(first) && cueStrength(view, c) >= W_CLAUSE_MIN_RATIO) ||
          subjunctiveIn(view, k + 1, Math.min(w1, k + 1 + WINDOW), true) > 0 ||
          isInfinitiveClause(view, k + 1, w1)
        : first === 'dass' || first === 'daß' || isInfinitiveClause(view, k + 1, w1);
      // A one- or two-word rest ("…, erklärte er, Schottland.") is a list item or apposition, no clause.
      const content = comp && wordCount(view, k + 1, w1) >= 3 ? contentSpan(view, k + 1, w1) : null;
      if (content) {
        // The source of "In der Vorabversion des Berichts, der …, heißt es" may stand before a comma.
        const imp = impersonalCue(view, c, clauseStart, k, w0);
        const phrase = imp ? imp.agent : subjectOf(view, c, clauseStart, k, w0);
        const kind = announce ? 'announcement' : 'indirect';
        return { rule: 'complement', kind, content, phrase, ...info, impersonal: imp !== null };
      }
    }
    if (!strongCue && !intent && !act) continue;
    // 2. Postposed cue: "Das sei falsch, sagte der Minister."
    // A cue followed by a comma or colon opens its own complement: what precedes is its subject.
    const opensComplement = c + 1 < w1 && (ws[c + 1].text === ',' || ws[c + 1].text === ':');
    // "X, Rolle, kritisierte …": what precedes the comma is the subject with an apposition, not content;
    // "…, wie X, Rolle, mitteilte" is an attribution phrase.
    const apposition = subjectBefore(view, w0, c) || inWieClause(view, w0, c);
    if (
      strongCue &&
      c > w0 &&
      ws[c - 1].text === ',' &&
      clauseStart === c &&
      !opensComplement &&
      !apposition
    ) {
      const strong = cueStrength(view, c) >= POSTPOSED_MIN_RATIO || subjunctiveIn(view, w0, c, true) > 0;
      // "Die Politikerin der Grünen, Anja Hajduk, kritisierte …": a noun phrase is no content.
      const content = strong && hasVerbCandidate(view, w0, c - 1) ? contentSpan(view, w0, c - 1) : null;
      if (content) {
        const imp = impersonalCue(view, c, c, w1, w0);
        const phrase = imp ? imp.agent : subjectOf(view, c, c, w1);
        const kind = announce ? 'announcement' : 'indirect';
        return { rule: 'postposed', kind, content, phrase, ...info, impersonal: imp !== null };
      }
    }
    // 2b. Postposed cue after an auxiliary: "Es drohe ein Wettlauf, hatte Obama bei dem Treffen gesagt."
    const aux =
      clauseStart - 1 > w0 && ws[clauseStart - 1].text === ',' && AUXILIARIES.has(ws[clauseStart].lower);
    const clauseEnd = c + 1 >= w1 || /^[.!?,;:]$/.test(ws[c + 1].text);
    if (
      strongCue &&
      aux &&
      clauseEnd &&
      c > clauseStart + 1 &&
      subjunctiveIn(view, w0, clauseStart - 1) > 0
    ) {
      const content = contentSpan(view, w0, clauseStart - 1);
      if (content) {
        const phrase = phraseAt(view, clauseStart + 1, c);
        return { rule: 'postposed', kind: announce ? 'announcement' : 'indirect', content, phrase, ...info };
      }
    }
    // 3. Main-clause report: "X kündigte … an", "X sieht Y als Z", "X kritisierte die Entscheidung".
    // "Die Regierungspartei Palästinas, die Hamas, bezeichnete …": the subject and its apposition fill
    // the slot before the verb.
    const appSubject =
      clauseStart === c && c > w0 + 1 && ws[c - 1].text === ',' && subjectBefore(view, w0, c);
    // "Angela Merkel (CDU) kritisierte …": a short bracket between the subject and the verb.
    const bracketed = clauseStart === c && !appSubject ? subjectBeforeBracket(view, w0, c) : null;
    if (clauseStart === w0 || appSubject || bracketed) {
      const last = c + 1 >= w1 || /^[.!?,;:]$/.test(ws[c + 1].text);
      // "Die Regierung zeigte sich bestürzt und verurteilte den Anschlag": a verb after "und" shares
      // the subject opening the sentence.
      const shared =
        !appSubject && !intent && c > w0 + 2 && ws[c - 1].lower === 'und'
          ? openingSubject(view, w0, w1)
          : null;
      const coordinated = shared && shared.w1 < c - 1 ? shared : null;
      // "Die Pläne wurden von der Opposition scharf kritisiert.": a passive report; its agent speaks.
      const passive = clauseStart === w0 && !intent ? passiveReport(view, c, w0, w1) : null;
      if (passive) return { rule: 'main', kind: 'indirect', ...passive, ...info, impersonal: true };
      // "X, Rolle, Name, würdigte …": the phrase opening the sentence, when its apposition names a
      // person (else it may be a fronted object: "Den Einspareffekt, …, bezifferte X auf …").
      const opening = appSubject ? appositiveSubject(view, w0, c) : null;
      const apposed = opening && appositionName(view, opening.w1) ? opening : null;
      const phrase =
        coordinated ??
        bracketed ??
        (appSubject ? (apposed ?? subjectOf(view, c, c, w1, w0)) : subjectOf(view, c, w0, w1));
      if (!phrase) continue;
      // Only a finite verb in second position reports: the subject right before it, or right after it
      // when it follows one opening word; a clause-final participle ("hatten … beantragt") does not.
      const v2 =
        coordinated !== null ||
        bracketed !== null ||
        phrase === apposed ||
        phrase.w1 === c ||
        (appSubject && (phrase.w0 === w0 || phrase.w0 === c + 1)) ||
        (phrase.w1 + 1 === c && PREFIELD_PARTICLES.has(ws[phrase.w1].lower)) ||
        (phrase.w0 === c + 1 && c === w0 + 1) ||
        (phrase.w0 > c && c <= w0 + 3) ||
        // "Eine Verschiebung des Wahltermins bezeichnete Conze als fatal": one fronted object phrase.
        (phrase.w0 === c + 1 && frontedPhrase(view, w0, c));
      // The perfect: "X hat … angekündigt", "Bereits … hatte X … bekannt gegeben" (cue closes the clause).
      const perfect =
        last &&
        PERFECT_AUX.has(ws[phrase.w1]?.lower ?? '') !== PERFECT_AUX.has(ws[phrase.w0 - 1]?.lower ?? '');
      // A quoted word in the clause ("hatte vor einer „Katastrophe“ gewarnt") is someone's wording: the
      // perfect reports it, whatever the cue ratio of the participle alone.
      const sure =
        announce ||
        cueStrength(view, c) >= PERFECT_MIN_RATIO ||
        (perfect && clauseWords(view, clauseStart, w1).some((w) => OPENING_QUOTE.test(w)));
      if (!(perfect && sure) && (!v2 || last)) continue;
      // "X wies … zurück" without a speech complement is an action, not speech: ask for a strong cue.
      const stance =
        STANCE_CUES.has(ws[c].lower) && hasWord(view, c + 1, Math.min(w1, c + WINDOW), /^(als|für)$/);
      const particleCue = info.particle >= 0 && isParticleCueAt(view, c, w1);
      // Verbs that in training headed actions more often than reports ("bestätigte", "stellte … vor") are skipped.
      const particle = info.particle >= 0 ? ws[info.particle].lower : undefined;
      const after = clauseWords(view, c + 1, w1);
      if (isConversation(ws[c].lower, particle, after)) continue;
      // "Mit einer Besserung rechnet der Wetterdienst …": the preposition may open the clause.
      const speechAct =
        act &&
        (isSpeechAct(ws[c].lower, particle, after) ||
          isSpeechAct(ws[c].lower, particle, clauseWords(view, clauseStart, c)));
      const reports =
        !filterMain ||
        // "X sagte weitere Hilfe zu": an announcement verb announces, whatever the table saw of it;
        // a modal of intention ("Tausende wollten die Region verlassen") has to pass the table.
        (announce && !intent) ||
        labelsQuote(after) ||
        mainCuePrecision(mainCueKey(ws[c].lower, particle)) >= MAIN_CUE_MIN_PRECISION;
      if (
        reports &&
        (announce ||
          stance ||
          particleCue ||
          speechAct ||
          cueStrength(view, c) >= (coordinated ? PERFECT_MIN_RATIO : MAIN_CLAUSE_MIN_RATIO))
      ) {
        const content = contentSpan(view, w0, w1);
        const imp = impersonalCue(view, c, w0, w1);
        const kind = announce ? 'announcement' : 'indirect';
        if (content)
          return {
            rule: 'main',
            kind,
            content,
            phrase: imp ? imp.agent : phrase,
            ...info,
            impersonal: imp !== null,
          };
      }
    }
  }
  return null;
}

/** Cue forms after a comma that open a source clause of their own (relative.ts), not a closing "sagte X". */
const NOT_CLOSING_CUE = /^(wonach|demnach)$/;
/** True when words [a, b) hold "und"/"oder" followed by a cue verb of its own ("… und gab vor"). */
function coordinatedCueBefore(view: ClaimView, a: number, b: number): boolean {
  for (let i = a; i + 1 < b; i++) {
    if (!/^(und|oder)$/.test(view.words[i].lower)) continue;
    // A stance verb ("… und sieht, wie viele Länder, politische Gründe") takes no complement clause.
    if (
      (isCueAt(view, i + 1) && !STANCE_CUES.has(view.words[i + 1].lower)) ||
      isParticleCueAt(view, i + 1, b + 1)
    )
      return true;
  }
  return false;
}

/** Longest closing attribution clause (", sagte der SPD-Vorsitzende X nach dem Treffen in Berlin."). */
const CLOSING_WORDS = 16;

/**
 * "Einen Plan B – für den Fall, dass das Gericht das Verfahren für grundgesetzwidrig erklären sollte –
 * gäbe es nicht, sagte X.": a Konjunktiv sentence closed by ", <saying verb> <subject> …" reports
 * everything before that comma, whatever cue words stand inside it (there they are content).
 */
function closingAttribution(
  view: ClaimView,
  w0: number,
  w1: number,
  inQuote: (i: number) => boolean,
): ReportedFinding | null {
  const ws = view.words;
  let e = w1;
  while (e > w0 && /^[.!?“”"»«]$/.test(ws[e - 1].text)) e--;
  let k = e - 1;
  while (k > w0 && e - k <= CLOSING_WORDS && ws[k].text !== ',' && !/^[;:–]$/.test(ws[k].text)) k--;
  const c = k + 1;
  if (k <= w0 + 2 || ws[k].text !== ',' || inQuote(k) || c >= e) return null;
  // "…, so heißt es in einer Erklärung des Verbands.": an impersonal closing names its source, if any.
  const h = ws[c].lower === 'so' ? c + 1 : c;
  if (
    /^(heißt|hieß)$/.test(ws[h]?.lower ?? '') &&
    ws[h + 1]?.lower === 'es' &&
    hasVerbCandidate(view, w0, k)
  ) {
    const content = contentSpan(view, w0, k);
    if (!content) return null;
    const imp = impersonalCue(view, h, h, e, h);
    const at = (i: number) => ({ start: ws[i].start, end: ws[i].end });
    return {
      rule: 'postposed',
      kind: 'indirect',
      content,
      phrase: imp?.agent ?? null,
      cue: `${ws[h].text} es`,
      cueSpans: [at(h), at(h + 1)],
      impersonal: true,
    };
  }
  // (", wie …", ", so …", ", laut …" are no cue forms at all; attribution.ts reads them.)
  if (NOT_CLOSING_CUE.test(ws[c].lower) || !isCueAt(view, c) || cueStrength(view, c) < SAYING_MIN_RATIO)
    return null;
  if (subjunctiveIn(view, w0, k, true) <= 0 || !hasVerbCandidate(view, w0, k)) return null;
  if (subjectBefore(view, w0, c) || inWieClause(view, w0, c)) return null;
  const phrase = subjectOf(view, c, c, e);
  const content = phrase && phrase.w0 === c + 1 ? contentSpan(view, w0, k) : null;
  if (!content) return null;
  const info = cueInfo(view, c, w1);
  return { rule: 'postposed', kind: 'indirect', content, phrase, ...info };
}

/** Finite verbs besides the auxiliaries that open a yes/no question ("Gibt es …?", "Glauben Sie …?"). */
const QUESTION_VERB =
  /^(kannst|dürfen|will|wollen|wollte|gibt|gab|glauben|glaubt|meinen|wissen|weiß|sehen|sieht)$/;

/** Participles of saying that, right after an adverb at the sentence start, only frame it ("Kurz gesagt,"). */
const DISCOURSE_PARTICIPLE = /^(gesagt|formuliert|ausgedrückt|gesprochen)$/;

/** Words that open a question ("Warum …?", "Inwiefern widersprechen sich …?", "Unter welchen …?"). */
const QUESTION_WORD =
  /^(wer|wen|wem|wessen|was|wie|wo|wann|warum|wieso|weshalb|weswegen|wozu|wodurch|womit|woran|worauf|worüber|wovon|inwiefern|inwieweit|welche|welcher|welches|welchen|welchem)$/;

/**
 * True when the sentence [w0, w1) is a question outside quotes: it ends with a question mark and
 * opens with a finite verb ("Können Sie …?") or has a question word among its first three words.
 */
function isQuestion(view: ClaimView, w0: number, w1: number, inQuote: (i: number) => boolean): boolean {
  const ws = view.words;
  let last = w1 - 1;
  while (last > w0 && /^[“”"»«‘’)]$/.test(ws[last].text)) last--;
  if (ws[last]?.text !== '?' || inQuote(w0) || inQuote(last)) return false;
  if (FINITE_AUXILIARY.test(ws[w0].lower) || QUESTION_VERB.test(ws[w0].lower)) return true;
  for (let k = w0; k < Math.min(w1, w0 + 3); k++) if (QUESTION_WORD.test(ws[k].lower)) return true;
  return false;
}

/**
 * A speech noun with a complement: "ist der Meinung, dass …", "die Forderung des X, … zu …",
 * "der Vorwurf, das Gericht sei …". The speaker is the genitive after the noun, if any (else the caller's fallbacks).
 */
function nounComplement(view: ClaimView, c: number, _w0: number, w1: number): ReportedFinding | null {
  const ws = view.words;
  if (cueRatio(ws[c].lower) < NOUN_CUE_MIN_RATIO && !CONTENT_NOUNS.has(ws[c].lower)) return null;
  // A name is no speech noun ("Emily Lau, …" shares a stem with "laut").
  if (mentionsIn(view, ws[c].start, ws[c].end).length > 0) return null;
  let k = c + 1;
  while (k < w1 && !isClauseBreak(view, k) && k - c <= 6) k++;
  if (k + 1 >= w1 || ws[k].text !== ',') return null;
  // "Die Erklärung betont, dass …": a speech verb before the comma is the cue, the noun its subject.
  for (let i = c + 1; i < k; i++) if (isCueAt(view, i)) return null;
  const first = ws[k + 1].lower;
  // "der/die/das" before a noun is an article ("den Standpunkt vertreten, das Gericht sei …"), not a relative.
  // "den Vorschlag unterbreitet, dem Defizit … zu begegnen": "dem"/"den" too, before an infinitive.
  const article =
    isCapitalised(ws[k + 2]?.text ?? '') &&
    (/^(der|die|das)$/.test(first) || (/^(dem|den)$/.test(first) && isInfinitiveClause(view, k + 1, w1)));
  if (NOUN_NOT_COMPLEMENT.test(first) && !article) return null;
  // "Emily Lau, die Vorsitzende der Partei, sagte, …": the noun was in an apposition; its verb follows.
  if (startsWithVerb(view, k + 1, w1)) return null;
  // "Falls der Antrag angenommen wird, wäre …": a finite verb after the comma opens the main clause.
  if (FINITE_AUXILIARY.test(first)) return null;
  const comp =
    first === 'dass' ||
    first === 'daß' ||
    first === 'ob' ||
    subjunctiveIn(view, k + 1, Math.min(w1, k + 1 + WINDOW)) >= 0.75 ||
    isInfinitiveClause(view, k + 1, w1);
  const content = comp ? contentSpan(view, k + 1, w1) : null;
  if (!content) return null;
  const genitive = c + 1 < k && /^(des|der|von|vom)$/.test(ws[c + 1].lower) ? phraseAt(view, c + 2, k) : null;
  // Without a genitive the speaker is left to the caller: a named source ("nach Angaben des Sprechers")
  // comes before the sentence's subject ("Die Nähe des Bären stellt nach Angaben … dar").
  const phrase = genitive;
  return { rule: 'noun', kind: 'indirect', content, phrase, cue: ws[c].text, cueSpans: [spanOf(view, c)] };
}

/** True when a verb that takes the particle at word p as its cue particle stands before it in reach. */
function particleVerbBefore(view: ClaimView, p: number, w0: number): boolean {
  const particle = view.words[p].lower;
  for (let k = p - 1; k >= w0 && p - k <= PARTICLE_VERB_REACH; k--)
    if (takesParticle(view.words[k].lower, particle)) return true;
  return false;
}
/** How far before a bare particle its verb is looked for ("stellte X, Y bei der WHO, fest"). */
const PARTICLE_VERB_REACH = 24;

/** True when word i is a speech or announcement verb (a clause after a comma that opens with one is a main clause). */
function startsWithVerb(view: ClaimView, i: number, w1: number): boolean {
  return (
    isCueAt(view, i) ||
    isParticleCueAt(view, i, w1) ||
    isComplementCueAt(view, i) ||
    isAnnouncement(view.words[i].lower)
  );
}

/**
 * True when words [w0, c - 1) are the subject of the cue at c with an apposition or a relative clause
 * ("Auch die Fraktionschefin, Renate Künast, sagte"; "X, der bei Y verantwortlich ist, erklärte").
 */
function subjectBefore(view: ClaimView, w0: number, c: number): boolean {
  return appositiveSubject(view, w0, c) !== null || relativeSubject(view, w0, c);
}

/** Word w0, or the one after it when w0 is a focus particle ("Auch die Fraktionschefin, …"). */
function afterFocus(view: ClaimView, w0: number, c: number): number {
  return w0 + 1 < c && FOCUS_PARTICLES.has(view.words[w0].lower) ? w0 + 1 : w0;
}

/** The subject of the cue at c when an apposition in commas ends right before it, else null. */
function appositiveSubject(view: ClaimView, w0: number, c: number): SpeakerPhrase | null {
  const a = appositionSubject(view, afterFocus(view, w0, c), c + 1);
  return a?.comma === c - 1 ? a.subject : null;
}

/** True when words [w0, c - 1) are a subject phrase with a relative clause before the cue at c. */
function relativeSubject(view: ClaimView, w0: number, c: number): boolean {
  const ws = view.words;
  const p = phraseAt(view, afterFocus(view, w0, c), c);
  // A relative clause right after the subject phrase runs up to the comma before the cue
  // ("Der Plan, den X vorlegte, sei gescheitert, sagte Y" has more after it: that is content).
  if (!p || p.pronoun || ws[p.w1]?.text !== ',' || !RELATIVE_START.test(ws[p.w1 + 1]?.lower ?? ''))
    return false;
  for (let i = p.w1 + 2; i < c - 1; i++) if (isClauseBreak(view, i)) return false;
  return true;
}
const RELATIVE_START = /^(der|die|das|dem|den|denen|dessen|deren|welche|welcher|welches)$/;

/** True when the cue closes a ", wie X, Rolle, mitteilte" attribution (attribution.ts handles it). */
function inWieClause(view: ClaimView, w0: number, c: number): boolean {
  for (let k = c - 1; k > w0 && c - k <= WIE_REACH; k--) {
    if (view.words[k].lower === 'wie' && view.words[k - 1].text === ',') return true;
    if (/^[.;:!?]$/.test(view.words[k].text)) return false;
  }
  return false;
}
/** Longest ", wie X, Rolle, verb" clause. */
const WIE_REACH = 24;

function hasWord(view: ClaimView, a: number, b: number, re: RegExp): boolean {
  for (let i = a; i < b; i++) if (re.test(view.words[i].lower)) return true;
  return false;
}

/** "Name: Aussage" (a headline or summary line): the name phrase fills everything before the colon. */
function headlineClaim(view: ClaimView, w0: number, w1: number): ReportedFinding | null {
  let colon = -1;
  for (let i = w0; i < Math.min(w1, w0 + 6); i++) {
    if (view.words[i].text === ':') {
      colon = i;
      break;
    }
  }
  if (colon <= w0 || colon + 2 >= w1) return null;
  if (/^[„"»«“‚]$/.test(view.words[colon + 1].text)) return null; // a quote: direct speech handles it
  const phrase = phraseAt(view, w0, colon);
  if (!phrase || phrase.w1 !== colon || phrase.pronoun) return null;
  // A label like "Hinweis:" is no speaker: ask for a named entity or Konjunktiv in the statement.
  // "Verkehr: Für den Ausbau sollen …": a bare noun without article or name is a section label.
  const named = mentionOf(view, phrase) !== undefined;
  if (!named && (subjunctiveIn(view, colon + 1, w1) < 0.5 || phrase.w1 - phrase.w0 === 1)) return null;
  // A statement has words in lower case; a table row ("Partei: 28.56 % Sitze 7") or a label line has not.
  let lower = 0;
  for (let i = colon + 1; i < w1 && lower < 2; i++) if (/^\p{Ll}{2,}/u.test(view.words[i].text)) lower++;
  if (lower < 2) return null;
  const content = contentSpan(view, colon + 1, w1);
  return content ? { rule: 'headline', kind: 'indirect', content, phrase, cueSpans: [] } : null;
}

/**
 * "Das sei falsch, sagte X, der Sprecher der Polizei.": after a postposed cue (right after a comma),
 * a noun phrase without a Konjunktiv or infinitive is the subject's apposition, not a complement.
 */
function appositionAfterPostposed(
  view: ClaimView,
  c: number,
  k: number,
  w0: number,
  w1: number,
  clauseStart: number,
): boolean {
  const ws = view.words;
  if (!(c > w0 && ws[c - 1].text === ',' && clauseStart === c && ws[k].text === ',')) return false;
  if (subjunctiveIn(view, k + 1, w1, true) !== 0 || isInfinitiveClause(view, k + 1, w1)) return false;
  // "…, sagte X, kanadischer General und Kommandeur des Einsatzes.": a role without an article is an
  // apposition too when nothing after the comma may be a verb.
  return /^(der|die|das|ein|eine)$/.test(ws[k + 1].lower) || isNounPhrase(view, k + 1, w1);
}

/** Prepositions that may follow a noun inside a noun phrase or a time adverbial ("am Montag"). */
const NP_PREPOSITIONS = new Set('am an auf bei beim mit nach über unter gegen vor seit bis'.split(' '));

/** True when words [a, b) are a noun phrase with adverbials: every lower-case word glue or adjective. */
function isNounPhrase(view: ClaimView, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const w = view.words[i];
    if (!/^\p{Ll}/u.test(w.text) || DETERMINERS.has(w.lower) || NP_GLUE.has(w.lower)) continue;
    if (NP_PREPOSITIONS.has(w.lower)) continue;
    if (/(e|en|er|es|em)$/.test(w.lower) && isCapitalised(view.words[i + 1]?.text ?? '')) continue;
    return false;
  }
  return true;
}

/**
 * True when words [w0, c) are one noun phrase or one prepositional phrase before the verb at c ("Eine
 * Verschiebung des Termins bezeichnete …", "Mit einer Besserung rechnet …"): the subject follows the verb.
 */
function frontedPhrase(view: ClaimView, w0: number, c: number): boolean {
  if (phraseAt(view, w0, c)?.w1 === c) return true;
  // A preposition, or an article no subject starts with ("Den Schaden bezifferte …"), before the phrase.
  const first = view.words[w0].lower;
  return (
    (FRONTED_PREPOSITIONS.has(first) || OBJECT_ARTICLES.has(first)) && phraseAt(view, w0 + 1, c)?.w1 === c
  );
}
const FRONTED_PREPOSITIONS = new Set('mit von vor über auf für gegen zu zum zur nach bei an aus'.split(' '));

/** True when words [a, b) hold a lower-case word that may be a verb (not an article, glue word or adjective). */
function hasVerbCandidate(view: ClaimView, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const w = view.words[i];
    if (!/^\p{Ll}/u.test(w.text) || DETERMINERS.has(w.lower) || NP_GLUE.has(w.lower)) continue;
    if (/(e|en|er|es|em)$/.test(w.lower) && isCapitalised(view.words[i + 1]?.text ?? '')) continue;
    return true;
  }
  return false;
}

/** Number of words (not punctuation) in [a, b). */
function wordCount(view: ClaimView, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (/[\p{L}\p{N}]/u.test(view.words[i].text)) n++;
  return n;
}

/** True when words [a, w1) are a short "wie X <cue>" clause that ends the sentence. */
function closingWieCue(view: ClaimView, a: number, w1: number): boolean {
  let e = w1;
  while (e > a && /^[.!?“”"»«]$/.test(view.words[e - 1].text)) e--;
  if (e - a > 20) return false;
  for (let i = a + 1; i < e; i++) if (isClauseBreak(view, i)) return false;
  return e - 1 > a && isCueAt(view, e - 1);
}
