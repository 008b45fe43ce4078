/**
 * Checkable assertions of fact without a speaker, scored for check-worthiness.
 *
 * Score = sum of the weights of the signals present (number, date, named actor, quantity unit,
 * comparison, event verb), minus penalties for opinion and rhetoric (first/second person, modal
 * evaluation, questions, exclamations), clipped to [0, 1]. A sentence is a factual claim when the
 * score reaches FACTUAL_MIN_SCORE (tuned on CheckThat! 2025 train + dev, never dev_test).
 */
import { isCapitalised } from './grammar.ts';
import { type ClaimView, mentionsIn } from './view.ts';

/** Lowest score for a sentence to count as a factual claim (tuned on CheckThat train + dev). */
export const FACTUAL_MIN_SCORE = 0.35;

const NUMBER_WORDS =
  /^(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|dutzende|hunderte|tausende|zehntausende|hunderttausende|millionen|milliarden|million|milliarde|hälfte|drittel|viertel|doppelt|dreimal)$/;
const UNITS = /^(prozent|euro|dollar|franken|pfund|rubel|yuan|kilometer|meter|tonnen|grad|stunden|tage|jahre|monate|wochen|einwohner|menschen|soldaten|todesopfer|tote|verletzte)$/;
const MONTHS =
  /^(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/;
const COMPARISON = /^(mehr|weniger|mehrere|größte|größten|höchste|höchsten|niedrigste|erstmals|rekord|doppelt|halb|zuletzt|bisher|bislang|insgesamt|fast|rund|etwa|knapp|über)$/;
/** Participles and verbs of events and decisions that can be checked against records. */
const EVENT_VERBS =
  /^(stationiert|beschlossen|vereinbart|verabschiedet|unterzeichnet|gewählt|ernannt|getötet|verletzt|festgenommen|verhaftet|verurteilt|freigesprochen|eröffnet|geschlossen|gestorben|starb|starben|gegründet|verkauft|gekauft|übernommen|eingeführt|abgeschafft|erhöht|gesenkt|gestiegen|gesunken|zerstört|beschädigt|evakuiert|entlassen|angeklagt|genehmigt|verboten|zugelassen|geliefert|umgerüstet|bereitgestellt|besucht|besuchte|traf|trafen|gewann|verlor|fand|statt|stattgefunden|liegt|lag|beträgt|betrug|hat|hatte|wurde|wurden|ist|sind|war|waren)$/;
const OPINION =
  /^(ich|wir|du|ihr|mich|mir|uns|euch|unser|unsere|unserer|meine|mein|sollte|sollten|müsste|müssten|leider|hoffentlich|vielleicht|wohl|vermutlich|offenbar|scheint|scheinen|eigentlich|natürlich|sicherlich|zweifellos|angeblich|skandal|skandalös|absurd|lächerlich|unglaublich|schrecklich|gut|schlecht|richtig|falsch|besser|schlimmer|schön|wichtig|gefährlich|dringend|endlich|nie|niemals|immer|ganz|sehr|viel|zu|doch|ja|eben|halt|bloß|geradezu|man|kann|könnte|wird|werden|muss|müssen)$/;

/** The check-worthiness of a sentence. */
export interface Checkworthiness {
  score: number;
  reasons: string[];
}

/** Returns the check-worthiness of words [w0, w1) with the reasons that raised or lowered it. */
export function checkworthiness(view: ClaimView, w0: number, w1: number): Checkworthiness {
  const ws = view.words;
  const reasons = new Set<string>();
  let opinion = 0;
  let question = false;
  for (let i = w0; i < w1; i++) {
    const w = ws[i];
    if (/\d/.test(w.text)) {
      if (/^(1[89]|20)\d\d$/.test(w.text)) reasons.add('date');
      else reasons.add('number');
    }
    if (NUMBER_WORDS.test(w.lower)) reasons.add('number');
    if (UNITS.test(w.lower)) reasons.add('quantity');
    if (MONTHS.test(w.lower)) reasons.add('date');
    if (COMPARISON.test(w.lower) || /^\p{Ll}+(st|ß)(e|en)$/u.test(w.lower)) reasons.add('comparative');
    if (EVENT_VERBS.test(w.lower) && !isCapitalised(w.text)) reasons.add('event');
    if (OPINION.test(w.lower)) opinion++;
    if (w.text === '?' || w.text === '!') question = true;
  }
  const named = mentionsIn(view, ws[w0].start, ws[w1 - 1].end).filter((m) => m.type !== 'OTH' || m.category);
  if (named.length) reasons.add('named actor');
  const weights: Record<string, number> = {
    number: 0.3,
    date: 0.2,
    quantity: 0.15,
    'named actor': 0.2,
    comparative: 0.1,
    event: 0.15,
  };
  let score = 0;
  for (const r of reasons) score += weights[r] ?? 0;
  if (opinion) {
    reasons.add('opinion or rhetoric');
    score -= Math.min(0.45, 0.12 * opinion);
  }
  if (question) {
    reasons.add('question or exclamation');
    score -= 0.4;
  }
  return { score: Math.round(Math.max(0, Math.min(1, score)) * 100) / 100, reasons: [...reasons] };
}
