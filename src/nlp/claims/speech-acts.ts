/**
 * Speech-act verbs that report a statement with a noun object, no clause ("Die Behörden werfen ihm
 * Betrug vor", "UNICEF schätzt die Zahl auf …", "Die Schüler klagten über Stress"). Their word forms
 * are too often something else in the cue corpus to pass its ratio ("werfen" 0.26), but with their
 * particle or preposition they are reports. Listed from German grammar (verba dicendi et sentiendi of
 * news German), not from any article; only the main-clause rule of reported.ts uses them.
 */

interface SpeechAct {
  /** Finite forms of the third person, present and past. */
  forms: string;
  /** Separable particle that must close the clause ("wirft … vor"). */
  particle?: string;
  /** A preposition that must follow the verb in the clause ("spricht von", "warnt vor"). */
  prep?: string;
}

const ACTS: SpeechAct[] = [
  { forms: 'wirft werfen warf warfen', particle: 'vor' },
  { forms: 'schätzt schätzen schätzte schätzten', prep: 'auf' },
  { forms: 'beziffert beziffern bezifferte bezifferten' },
  { forms: 'klagt klagen klagte klagten', prep: 'über' },
  { forms: 'beklagt beklagen beklagte beklagten' },
  { forms: 'warnt warnen warnte warnten', prep: 'vor' },
  { forms: 'berichtet berichten berichtete berichteten', prep: 'von' },
  { forms: 'spricht sprechen sprach sprachen', prep: 'von' },
  { forms: 'bezeichnet bezeichnen bezeichnete bezeichneten', prep: 'als' },
  { forms: 'betrachtet betrachten betrachtete betrachteten', prep: 'als' },
  { forms: 'wertet werten wertete werteten', prep: 'als' },
  { forms: 'kritisiert kritisieren kritisierte kritisierten' },
  { forms: 'bemängelt bemängeln bemängelte bemängelten' },
  { forms: 'beanstandet beanstanden beanstandete beanstandeten' },
  { forms: 'prangert prangern prangerte prangerten', particle: 'an' },
  { forms: 'verurteilt verurteilen verurteilte verurteilten' },
  { forms: 'bedauert bedauern bedauerte bedauerten' },
  { forms: 'dementiert dementieren dementierte dementierten' },
  { forms: 'bestreitet bestreiten bestritt bestritten' },
  { forms: 'räumt räumen räumte räumten', particle: 'ein' },
  { forms: 'weist weisen wies wiesen', particle: 'zurück' },
  { forms: 'weist weisen wies wiesen', particle: 'hin' },
  { forms: 'verweist verweisen verwies verwiesen', prep: 'auf' },
  { forms: 'appelliert appellieren appellierte appellierten', prep: 'an' },
  { forms: 'ruft rufen rief riefen', particle: 'auf' },
  { forms: 'spricht sprechen sprach sprachen', particle: 'aus' },
  { forms: 'gibt geben gab gaben', particle: 'an' },
  { forms: 'gibt geben gab gaben', particle: 'bekannt' },
  { forms: 'regt regen regte regten', particle: 'an' },
  { forms: 'schätzt schätzen schätzte schätzten', particle: 'ein' },
  { forms: 'sagt sagen sagte sagten', particle: 'voraus' },
  { forms: 'rechnet rechnen rechnete rechneten', prep: 'mit' },
  { forms: 'befürchtet befürchten befürchtete befürchteten' },
  { forms: 'bezweifelt bezweifeln bezweifelte bezweifelten' },
  { forms: 'vermutet vermuten vermutete vermuteten' },
  { forms: 'beschuldigt beschuldigen beschuldigte beschuldigten' },
  { forms: 'fordert fordern forderte forderten' },
  { forms: 'verlangt verlangen verlangte verlangten' },
];

/** Participles of the list that head a passive report ("wurde von X kritisiert"). */
const PARTICIPLES = new Set(
  'vorgeworfen kritisiert bezeichnet gefordert verlangt beschuldigt verurteilt dementiert bestritten zurückgewiesen bemängelt beanstandet angeprangert bezweifelt befürchtet vermutet gewarnt beziffert geschätzt'.split(
    ' ',
  ),
);

/** Returns true when a lower-case participle can head a passive report of the list. */
export function isSpeechActParticiple(form: string): boolean {
  return PARTICIPLES.has(form);
}

const BY_FORM = new Map<string, SpeechAct[]>();
for (const a of ACTS)
  for (const f of a.forms.split(' ')) {
    const list = BY_FORM.get(f) ?? [];
    list.push(a);
    BY_FORM.set(f, list);
  }

/**
 * Returns true when the lower-case verb form, with the clause's closing particle (or none) and the
 * words after it, is a speech act of the list. `after` holds the lower-case words from the verb to
 * the clause end.
 */
export function isSpeechAct(form: string, particle: string | undefined, after: readonly string[]): boolean {
  const acts = BY_FORM.get(form);
  if (!acts) return false;
  return acts.some((a) => (a.particle ?? undefined) === particle && (!a.prep || after.includes(a.prep)));
}

/** Returns true when the form can head a speech act of the list (the cheap first check). */
export function mayBeSpeechAct(form: string): boolean {
  return BY_FORM.has(form);
}
