/**
 * Clause-level helpers for the claim rules: finding cue verbs, their subject, separable particles,
 * and trimming a word range to a content span.
 */
import { DETERMINERS, isCapitalised, NP_GLUE, subjunctiveWeight } from './grammar.ts';
import { cueParticles, cueRatio, isComplementCueForm, isCueForm } from './lexicon.ts';
import { appositionName, isFrameNoun, mentionOf, phraseAt, type SpeakerPhrase } from './speaker.ts';
import { type ClaimView, wordAt } from './view.ts';

/** Prepositions and adverbs that open a clause with an adverbial, so the subject follows the verb. */
const ADVERBIAL_OPENERS = new Set(
  'am im in an auf bei nach vor seit mit ohne für gegen über unter zum zur vom aus durch trotz wegen während laut gestern heute morgen zuvor zudem außerdem dabei dazu darin damals dann später nun jetzt auch bereits schon erst zuletzt danach deshalb daher so insgesamt allerdings zunächst inzwischen bisher bislang daraufhin gleichzeitig dennoch trotzdem ebenfalls offenbar hier dort damit deswegen stattdessen weiterhin schließlich zugleich anschließend demnach jedoch aber außerdem vorher nachher kürzlich unterdessen indes mittlerweile erneut wiederholt gegenüber einem einer'.split(
    ' ',
  ),
);
/** True when word i opens an adverbial, not the subject; "Einer der Feuerwehrleute" is a subject. */
function isAdverbialOpener(view: ClaimView, i: number): boolean {
  const w = view.words[i].lower;
  if (!ADVERBIAL_OPENERS.has(w)) return false;
  return !(w === 'einer' && /^(der|des)$/.test(view.words[i + 1]?.lower ?? ''));
}

/**
 * True when the phrase at word i is visibly not nominative: "dem/den/des/einem/eines …", or
 * "der" + adjective in -en ("Der englischsprachigen Zeitung sagte X") — so it cannot be the subject.
 */
function isOblique(view: ClaimView, i: number): boolean {
  const w = view.words[i].lower;
  if (/^(dem|den|des|einem|einen|eines)$/.test(w)) return true;
  const next = view.words[i + 1]?.text ?? '';
  return w === 'der' && /^\p{Ll}[\p{L}-]*en$/u.test(next);
}

/** Words that open a verb-final clause. */
export const SUBORDINATORS = new Set(
  'nachdem als weil wenn da obwohl während dass daß ob bevor sobald seitdem indem'.split(' '),
);
/** Relative pronouns; they open a clause only after a comma ("…, den die Zeitung zitiert"). */
const RELATIVES = new Set('der die das dem den denen dessen deren welcher welche welches'.split(' '));
/** Focus particles that may precede the subject in the slot before the verb ("Auch der Minister sagte"). */
export const FOCUS_PARTICLES = new Set(['auch', 'selbst', 'sogar', 'nur', 'gerade', 'ausgerechnet']);
/** Particles that may stand between a fronted subject and its verb ("Die Partei hingegen sprach …"). */
export const PREFIELD_PARTICLES = new Set([
  'hingegen',
  'dagegen',
  'jedoch',
  'allerdings',
  'wiederum',
  'indes',
  'aber',
]);
/** Conjunctions that join a clause without filling its first slot. */
const CONJUNCTIONS = new Set(['und', 'aber', 'doch', 'oder', 'sondern', 'denn']);
/** Words that may stand between a postposed cue and its subject ("sagte auch der Minister"). */
const SKIPPABLE = new Set([
  'auch',
  'zudem',
  'dazu',
  'weiter',
  'außerdem',
  'noch',
  'jedoch',
  'aber',
  'dann',
  'nun',
  'sich',
  'nun',
  'daraufhin',
  'später',
  'erneut',
  'nur',
  'lediglich',
  'sogar',
  'es', // "sah es das Gericht als erwiesen an": the placeholder object before the subject
]);
/** Auxiliaries that open a postposed attribution before the participle cue (", hatte X … erklärt"). */
export const AUXILIARIES = new Set([
  'hatte',
  'hat',
  'hatten',
  'haben',
  'habe',
  'wurde',
  'wird',
  'war',
  'waren',
  'ist',
  'sind',
  'sei',
]);

/** "ließ X verlauten": finite "lassen" with the speech verb as infinitive at the clause end. */
export const LASSEN = new Set(['ließ', 'ließen', 'lässt', 'lassen']);
/** How far before the cue a fronted auxiliary is looked for. */
const FRONTED_REACH = 30;

/** How far after its verb a separable particle is searched. */
const PARTICLE_REACH = 24;

/** Separable verb prefixes of German that end a clause as particles ("spricht sich … aus"). */
const SEPARABLE_PREFIXES = new Set([
  'an',
  'aus',
  'ab',
  'mit',
  'zu',
  'vor',
  'hin',
  'fest',
  'ein',
  'auf',
  'hervor',
  'hinzu',
  'zurück',
  'voraus',
]);

/** Returns true when word i is a punctuation mark that ends a clause. */
export function isClauseBreak(view: ClaimView, i: number): boolean {
  const t = view.words[i].text;
  return t === ',' || t === ':' || t === ';' || t === '–' || t === '—' || t === '(' || t === ')';
}

/** Returns true when word i can be a speech-cue verb (lower-case, in the lexicon). */
export function isCueAt(view: ClaimView, i: number): boolean {
  const w = view.words[i];
  return !isCapitalised(w.text) && isCueForm(w.lower);
}

/** Returns true when word i can be a cue verb before a complement clause (weaker evidence suffices). */
export function isComplementCueAt(view: ClaimView, i: number): boolean {
  const w = view.words[i];
  return !isCapitalised(w.text) && isComplementCueForm(w.lower);
}

/**
 * Returns true when word i is a light verb whose learned particle closes the clause ("gab … an",
 * "wies … hin", "teilten … mit"): together they are a speech cue even though the verb alone is not.
 */
export function isParticleCueAt(view: ClaimView, i: number, limit: number): boolean {
  const w = view.words[i];
  if (isCapitalised(w.text)) return false;
  const ps = cueParticles(w.lower);
  if (!ps.length) return false;
  const p = particleOf(view, i, limit);
  return p >= 0 && ps.includes(view.words[p].lower);
}

/**
 * Returns the subject phrase opening a main clause at word w0 (a name or a determiner phrase directly
 * followed by a lower-case word, the finite verb), or null.
 */
export function openingSubject(view: ClaimView, first: number, w1: number): SpeakerPhrase | null {
  const ws = view.words;
  // "Auch die SPD will …": skip a focus particle before the subject.
  const w0 = first + 1 < w1 && FOCUS_PARTICLES.has(ws[first].lower) ? first + 1 : first;
  if (w0 >= w1 || isAdverbialOpener(view, w0) || isOblique(view, w0)) return null;
  const p = phraseAt(view, w0, w1);
  if (!p || p.pronoun || p.w1 >= w1) return null;
  const next = ws[p.w1].text;
  return /^\p{Ll}/u.test(next) ? p : null;
}

/**
 * Returns the subject right after the finite verb of a sentence that opens with an adverbial ("Am
 * 15. Mai hat die Wahlkommission …", "Für die Neuwahl gab General Sonthi …"), or null. The verb is the
 * first auxiliary or weak past form (-te, -ten) after the opening phrase, within a few words.
 */
export function subjectAfterVerb(view: ClaimView, w0: number, w1: number): SpeakerPhrase | null {
  const ws = view.words;
  // "Den Unmut … brachte die Sprecherin … zum Ausdruck": a fronted object opens the sentence like an adverbial.
  if (w0 >= w1 || !(isAdverbialOpener(view, w0) || isOblique(view, w0))) return null;
  // "In seiner Stellungnahme befand der Premierminister …": after an opening prepositional phrase the
  // next lower-case word is the finite verb, whatever its form (strong pasts have no -te).
  const pp = prepositionalPhrase(view, w0, w1);
  if (pp && !pp.pronoun && pp.w1 + 2 < w1) {
    const verb = ws[pp.w1];
    const next = ws[pp.w1 + 1];
    // The subject starts with a capital, an article, or an adjective before a noun ("gehören" is no article).
    const opensSubject =
      isCapitalised(next.text) ||
      DETERMINERS.has(next.lower) ||
      (/^\p{Ll}+(e|en|er|es)$/u.test(next.text) && isCapitalised(ws[pp.w1 + 2].text));
    if (
      /^\p{Ll}{3,}$/u.test(verb.text) &&
      !DETERMINERS.has(verb.lower) &&
      !NP_GLUE.has(verb.lower) &&
      !PREPOSITIONS.has(verb.lower) &&
      !PREFIELD_PARTICLES.has(verb.lower) &&
      !FOCUS_PARTICLES.has(verb.lower) &&
      opensSubject
    ) {
      const p = phraseAt(view, pp.w1 + 1, w1);
      if (p && !p.pronoun) return p;
    }
  }
  for (let k = w0 + 1; k < w1 && k - w0 <= 10; k++) {
    const w = ws[k].lower;
    if (ws[k].text === ',' || !/^\p{Ll}/u.test(ws[k].text)) continue;
    if (!AUXILIARIES.has(w) && !/^\p{Ll}{3,}te[nt]?$/u.test(w)) continue;
    const next = ws[k + 1]?.text ?? '';
    if (!isCapitalised(next) && !DETERMINER_START.test(next)) return null;
    const p = phraseAt(view, k + 1, w1);
    return p && !p.pronoun ? p : null;
  }
  return null;
}

/** The phrase after an opening preposition ("In seiner Stellungnahme", "Am 15. Mai"), or null. */
function prepositionalPhrase(view: ClaimView, w0: number, w1: number): SpeakerPhrase | null {
  if (!PREPOSITIONS.has(view.words[w0].lower)) return null;
  return phraseAt(view, w0 + 1, w1) ?? timePhrase(view, w0 + 1, w1);
}

/**
 * The words of a time phrase after a preposition, which phraseAt does not take for a speaker ("Am
 * Montag", "Am 15. Mai", "In der Nacht zum Sonntag"): determiners, numbers, glue words and nouns.
 */
function timePhrase(view: ClaimView, a: number, limit: number): SpeakerPhrase | null {
  const ws = view.words;
  let j = a;
  let noun = -1;
  while (j < limit && j - a < 6) {
    const w = ws[j];
    if (isCapitalised(w.text)) noun = j;
    // "vor ein paar Tagen die Regierung": an article after the noun opens the next phrase.
    else if (noun >= 0 && DETERMINERS.has(w.lower)) break;
    else if (
      !(
        DETERMINERS.has(w.lower) ||
        NP_GLUE.has(w.lower) ||
        /^\d+$/.test(w.text) ||
        w.text === '.' ||
        w.lower === 'paar'
      )
    )
      break;
    j++;
  }
  // Numbers after the noun belong to it ("Im Januar 2007", "Am 15. Mai").
  while (j > noun + 1 && !/^\d+$|^\.$/.test(ws[j - 1].text)) j--;
  return noun >= 0 ? { w0: a, w1: Math.max(noun + 1, j), pronoun: false } : null;
}

/** Prepositions of a time phrase that may stand between the verb and its subject ("vor zwei Tagen"). */
const TIME_PREPOSITIONS = new Set(['vor', 'am', 'im', 'seit', 'nach', 'in', 'an']);

/** Prepositions that open a fronted prepositional phrase ("In seiner Rede …", "Nach dem Treffen …"). */
const PREPOSITIONS = new Set(
  'am im in an auf bei beim nach vor seit mit ohne für gegen über unter zum zur vom aus durch trotz wegen während gegenüber zwischen von bis um hinter neben ab angesichts aufgrund infolge'.split(
    ' ',
  ),
);
/** Words a subject phrase after the verb may start with besides a capitalised word. */
const DETERMINER_START = /^(der|die|das|ein|eine|\p{Ll}+(e|en|er))$/u;

/** Longest apposition between a subject and its verb ("X, Vorsitzende des Verbandes, verteidigte …"). */
const APPOSITION_WORDS = 15;

/**
 * Returns the subject phrase opening the sentence when an apposition in commas separates it from the
 * finite verb ("Gabriela Schimmer-Göresz, Vorsitzende des Kreisverbandes, verteidigte …") and the comma
 * closing the apposition, else null.
 */
export function appositionSubject(
  view: ClaimView,
  w0: number,
  w1: number,
): { subject: SpeakerPhrase; comma: number } | null {
  const ws = view.words;
  const p = phraseAt(view, w0, w1);
  if (!p || p.pronoun || p.w1 >= w1 || ws[p.w1].text !== ',') return null;
  let j = p.w1 + 1;
  while (j < w1 && j - p.w1 <= APPOSITION_WORDS && ws[j].text !== ',' && !/^[.;:!?]$/.test(ws[j].text)) j++;
  if (j + 1 >= w1 || ws[j].text !== ',' || RELATIVES.has(ws[p.w1 + 1].lower)) return null;
  // "Sadiq Khan, eines der Mitglieder, die den Brief unterschrieben, verurteilte …": one relative clause
  // inside the apposition; the verb follows the comma that closes it.
  if (RELATIVES.has(ws[j + 1].lower)) {
    const r = j;
    j++;
    while (j < w1 && j - r <= APPOSITION_WORDS && ws[j].text !== ',' && !/^[.;:!?]$/.test(ws[j].text)) j++;
    if (j + 1 >= w1 || ws[j].text !== ',') return null;
  } else if (isCapitalised(ws[j + 1].text)) {
    // "Der Vorsitzende von ver.di, Nachfolgeorganisation der ÖTV, Frank Bsirske, würdigte …": a second
    // apposition, the person's name, before the verb.
    const name = appositionName(view, j);
    if (!name) return null;
    j = wordAt(view, name.end);
    if (j + 1 >= w1 || ws[j].text !== ',') return null;
  }
  return /^\p{Ll}/u.test(ws[j + 1].text) && !RELATIVES.has(ws[j + 1].lower) ? { subject: p, comma: j } : null;
}

/**
 * Returns the subject of a later clause whose apposition in commas ends right before the verb at
 * `cue` ("X wies dies zurück, die Sprecherin der Fraktion, Y, erklärte: …"), or null. Looks back over
 * at most three commas (bounded: keeps one endless sentence linear).
 */
function appositionBefore(
  view: ClaimView,
  sentenceStart: number,
  cue: number,
  limit: number,
): SpeakerPhrase | null {
  const ws = view.words;
  if (cue - 1 <= sentenceStart || ws[cue - 1].text !== ',') return null;
  for (let m = cue - 2, commas = 0; m > sentenceStart && cue - m <= APPOSITION_WORDS * 2; m--) {
    if (ws[m].text !== ',') continue;
    if (++commas > 3) break;
    const a = appositionSubject(view, m + 1, limit);
    if (a?.comma === cue - 1) return a.subject;
  }
  return null;
}

/**
 * Returns the subject of a sentence [w0, w1) for noting who acts in it: the phrase opening it, the
 * same before an apposition, or the subject after the verb of an adverbial- or object-first sentence
 * (looked for before `verbLimit`, e.g. a quote inside the sentence).
 */
export function sentenceSubject(
  view: ClaimView,
  w0: number,
  w1: number,
  verbLimit = w1,
): SpeakerPhrase | null {
  return (
    openingSubject(view, w0, w1) ??
    appositionSubject(view, w0, w1)?.subject ??
    subjectAfterVerb(view, w0, verbLimit)
  );
}

/** Returns the training ratio of the cue at word i. */
export function cueStrength(view: ClaimView, i: number): number {
  return cueRatio(view.words[i].lower);
}

/**
 * Returns the subject phrase of the cue verb at word `cue` in the clause starting at `clauseStart`:
 * the phrase that fills the slot before the verb, else the one right after it (verb-second order).
 */
export function subjectOf(
  view: ClaimView,
  cue: number,
  clauseStart: number,
  limit: number,
  sentenceStart = clauseStart,
): SpeakerPhrase | null {
  const own = clauseSubject(view, cue, clauseStart, limit, sentenceStart);
  // "Am Montag traf der Minister die Gewerkschaft und kündigte an, …": a verb after "und" without a
  // subject of its own shares the subject of the first conjunct.
  // The phrase after such a verb is its object ("… äußerte Vorbehalte und wagte die Prognose").
  if (cue <= clauseStart + 2 || view.words[cue - 1].lower !== 'und') return own;
  // A bracket ("Renate Schmidt (SPD) äußerte …") ends no clause: the conjunct starts before it.
  const from =
    clauseStart > sentenceStart && view.words[clauseStart - 1].text === ')' ? sentenceStart : clauseStart;
  return firstConjunctSubject(view, from, cue - 1, sentenceStart) ?? own;
}

/** subjectOf without the coordination fallback. */
function clauseSubject(
  view: ClaimView,
  cue: number,
  clauseStart: number,
  limit: number,
  sentenceStart: number,
): SpeakerPhrase | null {
  const ws = view.words;
  // "Petra Pau, Abgeordnete der PDS, sagte …": the subject opens the sentence before an apposition.
  const opening = () => {
    // "Auch die Ministerin X (SPD) äußerte …": a focus particle before the subject fills no slot.
    const first =
      FOCUS_PARTICLES.has(ws[sentenceStart].lower) && sentenceStart + 1 < clauseStart
        ? sentenceStart + 1
        : sentenceStart;
    if (first >= clauseStart || isAdverbialOpener(view, first)) return null;
    const p = phraseAt(view, first, clauseStart);
    return p && (p.w1 === clauseStart || isClauseBreak(view, p.w1)) ? p : null;
  };
  // A subordinate or relative clause ("nachdem die Anwältin dem Richter mitgeteilt hatte", "von dem die
  // Polizei glaubt"): the subject is the first phrase after the subordinator, the verb is last.
  let k = clauseStart;
  if (k < cue && /^(von|mit|bei|für|über|nach|zu)$/.test(ws[k].lower)) k++;
  const relative =
    k < cue && RELATIVES.has(ws[k].lower) && k > sentenceStart && !isCapitalised(ws[k + 1]?.text ?? '');
  // Verb-final: the cue (or its auxiliary) closes the clause; "Als Grund … gab die Schule an" is V2.
  const verbFinal = cue + 1 >= limit || isClauseBreak(view, cue + 1) || AUXILIARIES.has(ws[cue + 1].lower);
  if (k < cue && verbFinal && (SUBORDINATORS.has(ws[k].lower) || relative)) {
    const p = phraseAt(view, k + 1, cue);
    if (p) return p;
  }
  let j = cue + 1;
  while (j < limit && SKIPPABLE.has(ws[j].lower)) j++;
  // "kündigte vor ein paar Tagen die Regierung an": a time phrase before the subject fills no slot.
  if (j < limit && TIME_PREPOSITIONS.has(ws[j].lower)) {
    const pp = prepositionalPhrase(view, j, limit);
    const next = pp && isFrameNoun(ws[pp.w1 - 1].text) ? ws[pp.w1] : undefined;
    if (pp && next && (DETERMINER_START.test(next.lower) || isCapitalised(next.text))) j = pp.w1;
  }
  // A dative or genitive phrase after the verb ("teilte dem Sender mit") is no subject.
  const after = j < limit && !isOblique(view, j) ? phraseAt(view, j, limit) : null;
  // "Auch der Außenminister X attackierte …": a focus particle before the subject fills no slot of its own.
  // "…, und UNICEF rief Russland auf": a conjunction joining the clause fills no slot either.
  let s0 = clauseStart;
  if (CONJUNCTIONS.has(ws[s0].lower) && s0 + 1 < cue) s0++;
  if (FOCUS_PARTICLES.has(ws[s0].lower) && s0 + 1 < cue) s0++;
  if (s0 < cue && !isAdverbialOpener(view, s0) && !isOblique(view, s0)) {
    const p = phraseAt(view, s0, cue);
    // "X hat … erklärt": the subject phrase is followed by the auxiliary, the cue is the participle;
    // "Die Entlassung hat er … begründet": a nominative-only pronoun after it is the subject instead.
    if (p && p.w1 < cue && AUXILIARIES.has(ws[p.w1].lower)) {
      const q = NOMINATIVE_PRONOUN.test(ws[p.w1 + 1]?.lower ?? '') ? phraseAt(view, p.w1 + 1, cue) : null;
      return q?.pronoun ? q : p;
    }
    // Capitalised adverbs opening the sentence ("Insgesamt spricht die Polizei") are no phrase at all
    // (phraseAt), so what fills the slot before the verb is its subject.
    // "Die Armeeleitung hingegen sprach …": a contrastive particle may follow the subject in the prefield.
    if (p && p.w1 + 1 === cue && PREFIELD_PARTICLES.has(ws[p.w1].lower)) return p;
    if (p && p.w1 === cue) {
      // "Die praktische Anwendung … stellte der SPD-Vorsitzende Franz Müntefering in Frage": a fronted
      // object without a name before the verb, a nominative "der" phrase naming a person after it.
      return after && frontedObject(view, p, after, cue) ? after : p;
    }
  }
  // "Der Vorsitzende, Wolfgang Jüttner, hatte Lenz aufgefordert": an auxiliary right after the
  // apposition continues the subject's clause; what follows it is the object.
  if (clauseStart === cue || (clauseStart < cue && AUXILIARIES.has(ws[clauseStart].lower))) {
    const inner = clauseStart === cue ? appositionBefore(view, sentenceStart, cue, limit) : null;
    if (inner) return inner;
    const first = opening();
    // "Die Zahl der Menschen, die …, bezifferte die Nachrichtenagentur Xinhua mit 13": a fronted
    // object with a relative clause or apposition; the named subject follows the verb.
    if (first && clauseStart === cue && after && frontedObject(view, first, after, cue)) return after;
    if (first) return first;
  }
  // "Bereits am Montag hatte die Gewerkschaft erklärt", "Außerdem ließ der Dienst verlauten": the subject
  // follows the finite auxiliary or "lassen" (bounded: keeps one endless sentence linear).
  for (let a = Math.max(clauseStart, cue - FRONTED_REACH); a < cue - 1; a++) {
    if (!AUXILIARIES.has(ws[a].lower) && !LASSEN.has(ws[a].lower)) continue;
    const p = isOblique(view, a + 1) ? null : phraseAt(view, a + 1, cue);
    if (p && !p.pronoun) return p;
    break;
  }
  // "sagte er", "erklärte der Sprecher": the subject right after the verb.
  return after ?? opening();
}

/**
 * True for a finite verb form that is singular ("beschrieb", "sagte", "nennt"): plurals end in -n
 * ("beschrieben", "sagten"); "ist", "sind" and "hat" are left out.
 */
function isSingularFinite(form: string): boolean {
  return (
    /te$/.test(form) || (/^\p{Ll}{3,}$/u.test(form) && !/n$/.test(form) && !/^(ist|sind|hat)$/.test(form))
  );
}

/** Personal pronouns that are only ever nominative ("sie" may be an object: "Die Ministerin hat sie kritisiert"). */
const NOMINATIVE_PRONOUN = /^(er|ich|wir|du)$/;

/**
 * The subject of the clause [w0, end) that a coordinated verb after it shares: the phrase opening it,
 * or the one right after its first finite verb ("Am Montag traf der Minister …", "Dies wollte die
 * Schülerin …"), or null.
 */
function firstConjunctSubject(
  view: ClaimView,
  from: number,
  end: number,
  sentenceStart: number,
): SpeakerPhrase | null {
  const ws = view.words;
  // "…, aber die Regierungsvertreter forderten Ruhe und berichteten": the conjunction fills no slot.
  const w0 = CONJUNCTIONS.has(ws[from].lower) && from + 1 < end ? from + 1 : from;
  // "Dresdens Bürgermeister, der FDP-Mann X, verurteilte Pegida und kündigte an": the first verb opens
  // the clause after an apposition; its subject stands before it.
  if (
    w0 > sentenceStart &&
    ws[w0 - 1].text === ',' &&
    /^\p{Ll}{3,}$/u.test(ws[w0].text) &&
    !DETERMINERS.has(ws[w0].lower)
  )
    return appositionBefore(view, sentenceStart, w0, end) ?? subjectAfterClause(view, sentenceStart, w0, end);
  // "Er sagte, Europa brauche X, und fügte hinzu": a Konjunktiv clause is reported content; the verb
  // after "und" joins the reporting verb, not it.
  // (Bounded, like every look-back here: one endless sentence stays linear.)
  if (end - w0 > CONJUNCT_REACH) return null;
  for (let i = w0 + 1; i < end; i++)
    if (!isCapitalised(ws[i].text) && subjunctiveWeight(ws[i].lower, ws[i + 1]?.lower ?? '') >= 0.75)
      return null;
  const opening =
    openingSubject(view, w0, end) ?? bracketedSubject(view, w0, end) ?? subjectAfterVerb(view, w0, end);
  if (opening) return opening;
  // "Im Januar legte er sein Amt nieder und verkündete, …": a pronoun right after the first verb.
  const pp = prepositionalPhrase(view, w0, end);
  if (pp) {
    const v = pp.w1;
    if (
      v > 0 &&
      v + 1 < end &&
      /^\p{Ll}{3,}$/u.test(ws[v].text) &&
      /^(er|sie|ich|wir)$/.test(ws[v + 1].lower)
    )
      return { w0: v + 1, w1: v + 2, pronoun: true };
  }
  // "Dies wollte X …", "Das hat X …": a fronted demonstrative, then the finite verb, then the subject.
  if (!/^(dies|das|diese|dieses)$/.test(ws[w0].lower) || w0 + 2 >= end) return null;
  const verb = ws[w0 + 1];
  if (!/^\p{Ll}{3,}$/u.test(verb.text) || DETERMINERS.has(verb.lower)) return null;
  const p = isOblique(view, w0 + 2) ? null : phraseAt(view, w0 + 2, end);
  return p && !p.pronoun ? p : null;
}

/**
 * "Als ein Gast half, biss der Mann ihn und rief: …": after a fronted subordinate clause the main clause
 * opens with its finite verb at w0; the subject follows it. Null when the sentence does not open with
 * a subordinate clause.
 */
function subjectAfterClause(
  view: ClaimView,
  sentenceStart: number,
  w0: number,
  end: number,
): SpeakerPhrase | null {
  const ws = view.words;
  if (!SUBORDINATORS.has(ws[sentenceStart].lower) || w0 + 1 >= end || w0 - sentenceStart > CONJUNCT_REACH)
    return null;
  for (let i = sentenceStart + 1; i < w0 - 1; i++) if (ws[i].text === ',') return null;
  const p = isOblique(view, w0 + 1) ? null : phraseAt(view, w0 + 1, end);
  return p && (!p.pronoun || NOMINATIVE_PRONOUN.test(ws[p.w0].lower)) ? p : null;
}

/** Longest first conjunct whose subject a verb after "und" shares. */
const CONJUNCT_REACH = 40;

/** "(Auch) Renate Schmidt (SPD) äußerte …": the phrase opening the clause, a bracket, then the verb. */
function bracketedSubject(view: ClaimView, first: number, end: number): SpeakerPhrase | null {
  const ws = view.words;
  const w0 = first + 1 < end && FOCUS_PARTICLES.has(ws[first].lower) ? first + 1 : first;
  if (isAdverbialOpener(view, w0) || isOblique(view, w0)) return null;
  const p = phraseAt(view, w0, end);
  if (!p || p.pronoun || ws[p.w1]?.text !== '(') return null;
  let k = p.w1 + 1;
  while (k < end && k - p.w1 <= 6 && ws[k].text !== ')') k++;
  return ws[k]?.text === ')' && /^\p{Ll}/u.test(ws[k + 1]?.text ?? '') ? p : null;
}

/** Nouns of amount that a report puts at a figure ("beziffern", "schätzen", "angeben"); hand-written. */
const MEASURE_NOUNS = new Set(
  'Zahl Anzahl Höhe Summe Kosten Schaden Schadenssumme Wert Umfang Menge Betrag Verluste Verlust Gewinn Umsatz Quote Dauer'.split(
    ' ',
  ),
);

/** Articles that cannot open a subject: a phrase led by one before the verb is an object. */
export const OBJECT_ARTICLES = new Set(['den', 'dem', 'einen', 'einem']);

/**
 * True when the phrase after a V2 cue is its subject while the phrase before it, which names no one, is
 * a fronted object: "… stellte der SPD-Vorsitzende Franz Müntefering in Frage", "Eine Verschiebung
 * bezeichnete Conze als fatal", "… bezifferte die Nachrichtenagentur Xinhua mit 13", "… schreibt er … zu".
 */
/** Noun suffixes that only form plurals ("Äußerungen", "Gemeinsamkeiten", "Positionen"). */
const PLURAL_HEAD = /^\p{Lu}[\p{L}-]*(ungen|heiten|keiten|schaften|ionen|täten)$/u;

function frontedObject(view: ClaimView, fronted: SpeakerPhrase, after: SpeakerPhrase, cue: number): boolean {
  const ws = view.words;
  if (fronted.pronoun) return false;
  let head = fronted.w0;
  while (head < fronted.w1 && (DETERMINERS.has(ws[head].lower) || !isCapitalised(ws[head].text))) head++;
  const article = ws[fronted.w0].lower;
  const first = ws[after.w0].lower;
  // A plural cannot be the subject of a singular verb, whatever names its genitive holds: "die" + an
  // adjective in -en ("Die tibetischen Mönche … beschrieb die Agentur als „aggressiv“"; a singular takes
  // -e: "die tibetische Nonne") or a plural-only noun ("Die Äußerungen Hassemers bezeichnete Wiefelspütz …").
  if (
    article === 'die' &&
    ((/^\p{Ll}+en$/u.test(ws[fronted.w0 + 1]?.text ?? '') && isCapitalised(ws[fronted.w0 + 2]?.text ?? '')) ||
      PLURAL_HEAD.test(ws[head]?.text ?? '')) &&
    isSingularFinite(ws[cue].lower)
  )
    return !after.pronoun || first === 'er' || first === 'sie';
  if (mentionOf(view, fronted)) return false;
  const m = mentionOf(view, after);
  const type = m?.type ?? appositionName(view, after.w1)?.type;
  // "Die Zahl der Toten bezifferte die Agentur Xinhua mit 13": a measure is what is put at a figure,
  // never who does so; the phrase after the verb is the subject.
  if (MEASURE_NOUNS.has(ws[head]?.text ?? '')) return true;
  // "der" before an organisation is as often a dative ("sagte der Zeitung"): persons only.
  if (first === 'der') return type === 'PER';
  // "er" is nominative whatever stands before the verb ("Die große Anzahl der Fans schreibt er … zu").
  if (after.pronoun) return first === 'er';
  // Otherwise the phrase before must look like an object: with an article ("Kritiker werfen Obama vor").
  if (!OBJECT_ARTICLES.has(article)) {
    // After "Die/Eine …" and a singular verb, a bare name is the subject only when the name ends the
    // phrase and no second noun follows ("Eine Verschiebung bezeichnete Conze als fatal"), unlike
    // "Die Polizei warf Thomas Müller Betrug vor", where the name is the dative object.
    if (!/^(die|eine|das|ein)$/.test(article) || /en$/.test(ws[cue].lower)) return false;
    if (DETERMINERS.has(first) || type !== 'PER' || m === undefined) return false;
    return m.end === ws[after.w1 - 1].end && !isCapitalised(ws[after.w1]?.text ?? '');
  }
  if (first === 'die') return type === 'ORG';
  // A bare name: "verglich Merkel", "bezifferte Airbus-Chef Thomas Enders".
  return !DETERMINERS.has(first) && type === 'PER';
}

/**
 * Returns the word index of the separable particle of the cue at `cue` (the last word before the
 * clause ends, when the lexicon knows it for this verb), or -1.
 */
export function particleOf(view: ClaimView, cue: number, limit: number): number {
  const ps = cueParticles(view.words[cue].lower);
  let end = cue + 1;
  // Bounded: a particle more than PARTICLE_REACH words after its verb is not recognised (keeps it linear).
  while (
    end < limit &&
    end - cue < PARTICLE_REACH &&
    !isClauseBreak(view, end) &&
    !/^[.!?]$/.test(view.words[end].text)
  )
    end++;
  const last = end - 1;
  if (last <= cue) return -1;
  const p = view.words[last].lower;
  return ps.includes(p) || SEPARABLE_PREFIXES.has(p) ? last : -1;
}

/** Returns the character span of words [w0, w1) without trailing punctuation, or null when empty. */
export function contentSpan(view: ClaimView, w0: number, w1: number): { start: number; end: number } | null {
  const ws = view.words;
  let a = w0;
  let b = w1;
  while (a < b && /^[,;:–—-]$/.test(ws[a].text)) a++;
  while (b > a && /^[.!?,;:–—-]$/.test(ws[b - 1].text)) b--;
  if (a >= b) return null;
  return { start: ws[a].start, end: ws[b - 1].end };
}
