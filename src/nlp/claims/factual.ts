/**
 * Checkable assertions of fact without a speaker, scored for check-worthiness.
 *
 * A sentence is described by binary signals (number, date, quantity unit, named actor, comparison,
 * event verb; and against: first/second person, modal evaluation, opinion particles, evaluative
 * adjectives, intensifiers, questions, exclamations). A logistic model over these signals, learned on
 * CheckThat! 2025 German subjectivity TRAIN and tuned on DEV (scripts/claims/train-factual.ts;
 * weights in data/factual-weights.json), gives the probability that the sentence is an objective,
 * checkable statement: that probability is the score. The reasons are the signals present that
 * pushed the score up, and "opinion or rhetoric" when signals pushed it down.
 */
import weightData from './data/factual-weights.json' with { type: 'json' };
import { isCapitalised } from './grammar.ts';
import { type ClaimView, mentionsIn } from './view.ts';

const NUMBER_WORDS =
  /^(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|dutzende|hunderte|tausende|zehntausende|hunderttausende|millionen|milliarden|million|milliarde|hälfte|drittel|viertel|doppelt|dreimal)$/;
const UNITS =
  /^(prozent|euro|dollar|franken|pfund|rubel|yuan|kilometer|meter|tonnen|grad|stunden|tage|jahre|monate|wochen|einwohner|menschen|soldaten|todesopfer|tote|verletzte|%|€|\$)$/;
const DATES =
  /^(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|vorgestern)$/;
const COMPARISON =
  /^(mehr|weniger|mehrere|erstmals|rekord|doppelt|halb|zuletzt|bisher|bislang|insgesamt|fast|rund|etwa|knapp|mindestens|höchstens)$/;
/** Participles and verbs of events and decisions that can be checked against records. */
const EVENT_VERBS =
  /^(stationiert|beschlossen|vereinbart|verabschiedet|unterzeichnet|gewählt|ernannt|getötet|verletzt|festgenommen|verhaftet|verurteilt|freigesprochen|eröffnet|geschlossen|gestorben|starb|starben|gegründet|verkauft|gekauft|übernommen|eingeführt|abgeschafft|erhöht|gesenkt|gestiegen|gesunken|zerstört|beschädigt|evakuiert|entlassen|angeklagt|genehmigt|verboten|zugelassen|geliefert|umgerüstet|bereitgestellt|besucht|besuchte|traf|trafen|gewann|verlor|stattgefunden|beträgt|betrug|wurde|wurden)$/;
const FIRST_PERSON =
  /^(ich|wir|mich|mir|uns|unser|unsere|unserer|unseren|unserem|meine|mein|meiner|meinen|meinem)$/;
const SECOND_PERSON = /^(du|dich|dir|euch|euer|eure)$/;
const MODALS =
  /^(sollte|sollten|müsste|müssten|muss|müssen|darf|dürfen|könnte|könnten|hätte|hätten|wäre|wären|würde|würden)$/;
const PARTICLES =
  /^(leider|hoffentlich|vielleicht|wohl|vermutlich|eigentlich|natürlich|sicherlich|zweifellos|doch|ja|eben|halt|bloß|geradezu|endlich|schließlich|offenbar|offensichtlich|angeblich|gar|überhaupt|nun|einmal|mal)$/;
const EVALUATIVE =
  /^(gut|gute|guten|schlecht|schlechte|richtig|falsch|besser|schlimm|schlimmer|schön|wichtig|wichtige|gefährlich|dringend|absurd|lächerlich|unglaublich|schrecklich|skandalös|katastrophal|fatal|problematisch|fragwürdig|notwendig|nötig|großartig|peinlich|dumm|klug|fair|unfair|gerecht|ungerecht|verantwortungslos|erschreckend|bedenklich|enttäuschend|beeindruckend)$/;
const INTENSIFIERS =
  /^(sehr|ganz|äußerst|völlig|absolut|total|extrem|besonders|zu|so|viel|immer|nie|niemals|nichts|kaum)$/;
const SUPERLATIVE = /^\p{Ll}{3,}(ste|sten|ster|stes)$/u;

/** The signals, in the order of the weight vector. */
export const FACTUAL_SIGNALS = [
  'number',
  'date',
  'quantity',
  'named actor',
  'comparative',
  'event',
  'first person',
  'second person',
  'modal',
  'particle',
  'evaluative',
  'intensifier',
  'question',
  'exclamation',
  'quotation',
  'short',
  'long',
] as const;
export type FactualSignal = (typeof FACTUAL_SIGNALS)[number];
/** Signals that speak against a factual claim; they are reported as "opinion or rhetoric". */
const AGAINST = new Set<FactualSignal>([
  'first person',
  'second person',
  'modal',
  'particle',
  'evaluative',
  'intensifier',
  'question',
  'exclamation',
]);

interface WeightFile {
  version: number;
  signals: string[];
  bias: number;
  weights: number[];
  threshold: number;
}

function validate(raw: unknown): WeightFile {
  const d = raw as WeightFile;
  const ok =
    d &&
    d.version === 1 &&
    Array.isArray(d.weights) &&
    d.weights.length === FACTUAL_SIGNALS.length &&
    d.signals.every((s, i) => s === FACTUAL_SIGNALS[i]) &&
    typeof d.bias === 'number' &&
    typeof d.threshold === 'number';
  if (!ok) throw new Error('claims: data/factual-weights.json does not match the factual signals');
  return d;
}

const MODEL = validate(weightData);
/** Lowest score for a sentence to count as a factual claim (tuned on CheckThat dev). */
export const FACTUAL_MIN_SCORE = MODEL.threshold;

/** The check-worthiness of a sentence. */
export interface Checkworthiness {
  score: number;
  reasons: string[];
}

/** Returns the signal vector (0/1 per FACTUAL_SIGNALS entry) of words [w0, w1). */
export function factualSignals(view: ClaimView, w0: number, w1: number): number[] {
  const ws = view.words;
  const on = new Set<FactualSignal>();
  let words = 0;
  for (let i = w0; i < w1; i++) {
    const w = ws[i];
    const l = w.lower;
    if (/\p{L}/u.test(w.text)) words++;
    if (/\d/.test(w.text)) on.add(/^(1[89]|20)\d\d$/.test(w.text) ? 'date' : 'number');
    if (NUMBER_WORDS.test(l)) on.add('number');
    if (UNITS.test(l)) on.add('quantity');
    if (DATES.test(l)) on.add('date');
    if (COMPARISON.test(l) || SUPERLATIVE.test(w.text)) on.add('comparative');
    if (EVENT_VERBS.test(l) && !isCapitalised(w.text)) on.add('event');
    if (FIRST_PERSON.test(l)) on.add('first person');
    if (SECOND_PERSON.test(l)) on.add('second person');
    if (MODALS.test(l)) on.add('modal');
    if (PARTICLES.test(l)) on.add('particle');
    if (EVALUATIVE.test(l)) on.add('evaluative');
    if (INTENSIFIERS.test(l)) on.add('intensifier');
    if (w.text === '?') on.add('question');
    if (w.text === '!') on.add('exclamation');
    if (/^[„“”"»«]$/.test(w.text)) on.add('quotation');
  }
  if (w1 > w0 && mentionsIn(view, ws[w0].start, ws[w1 - 1].end).some((m) => m.type !== 'OTH' || m.category)) {
    on.add('named actor');
  }
  if (words < 8) on.add('short');
  if (words > 30) on.add('long');
  return FACTUAL_SIGNALS.map((s) => (on.has(s) ? 1 : 0));
}

/** Returns the model's score in [0, 1] for a signal vector. */
export function scoreSignals(x: number[]): number {
  let z = MODEL.bias;
  for (let i = 0; i < x.length; i++) z += MODEL.weights[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

/** Returns the check-worthiness of words [w0, w1) with the reasons that raised or lowered it. */
export function checkworthiness(view: ClaimView, w0: number, w1: number): Checkworthiness {
  const x = factualSignals(view, w0, w1);
  const reasons: string[] = [];
  let against = false;
  FACTUAL_SIGNALS.forEach((s, i) => {
    if (!x[i]) return;
    if (AGAINST.has(s)) against = true;
    else if (MODEL.weights[i] > 0) reasons.push(s);
  });
  if (against) reasons.push('opinion or rhetoric');
  return { score: Math.round(scoreSignals(x) * 100) / 100, reasons };
}
