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
  /** The participle that heads a passive report of the act ("wurde von X kritisiert"). */
  participle?: string;
}

const ACTS: SpeechAct[] = [
  { forms: 'wirft werfen warf warfen', particle: 'vor', participle: 'vorgeworfen' },
  { forms: 'schätzt schätzen schätzte schätzten', prep: 'auf', participle: 'geschätzt' },
  { forms: 'beziffert beziffern bezifferte bezifferten', participle: 'beziffert' },
  { forms: 'klagt klagen klagte klagten', prep: 'über' },
  { forms: 'beklagt beklagen beklagte beklagten' },
  { forms: 'warnt warnen warnte warnten', prep: 'vor', participle: 'gewarnt' },
  { forms: 'berichtet berichten berichtete berichteten', prep: 'von' },
  { forms: 'spricht sprechen sprach sprachen', prep: 'von' },
  { forms: 'bezeichnet bezeichnen bezeichnete bezeichneten', prep: 'als', participle: 'bezeichnet' },
  { forms: 'betrachtet betrachten betrachtete betrachteten', prep: 'als' },
  { forms: 'wertet werten wertete werteten', prep: 'als' },
  { forms: 'kritisiert kritisieren kritisierte kritisierten', participle: 'kritisiert' },
  { forms: 'bemängelt bemängeln bemängelte bemängelten', participle: 'bemängelt' },
  { forms: 'beanstandet beanstanden beanstandete beanstandeten', participle: 'beanstandet' },
  { forms: 'prangert prangern prangerte prangerten', particle: 'an', participle: 'angeprangert' },
  { forms: 'verurteilt verurteilen verurteilte verurteilten', participle: 'verurteilt' },
  { forms: 'bedauert bedauern bedauerte bedauerten' },
  { forms: 'dementiert dementieren dementierte dementierten', participle: 'dementiert' },
  { forms: 'bestreitet bestreiten bestritt bestritten', participle: 'bestritten' },
  { forms: 'räumt räumen räumte räumten', particle: 'ein' },
  { forms: 'weist weisen wies wiesen', particle: 'zurück', participle: 'zurückgewiesen' },
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
  { forms: 'befürchtet befürchten befürchtete befürchteten', participle: 'befürchtet' },
  { forms: 'bezweifelt bezweifeln bezweifelte bezweifelten', participle: 'bezweifelt' },
  { forms: 'vermutet vermuten vermutete vermuteten', participle: 'vermutet' },
  { forms: 'beschuldigt beschuldigen beschuldigte beschuldigten', participle: 'beschuldigt' },
  { forms: 'fordert fordern forderte forderten', participle: 'gefordert' },
  { forms: 'verlangt verlangen verlangte verlangten', participle: 'verlangt' },
];

const BY_FORM = new Map<string, SpeechAct[]>();
for (const a of ACTS)
  for (const f of a.forms.split(' ')) {
    const list = BY_FORM.get(f) ?? [];
    list.push(a);
    BY_FORM.set(f, list);
  }
const PARTICIPLES = new Set(ACTS.flatMap((a) => (a.participle ? [a.participle] : [])));
/** Forms of "sprechen", which reports with "von"/"über" but talks with "mit". */
const SPRECHEN = new Set('spricht sprechen sprach sprachen'.split(' '));

/** Returns true when a lower-case participle can head a passive report of the list. */
export function isSpeechActParticiple(form: string): boolean {
  return PARTICIPLES.has(form);
}

/**
 * Returns true when the verb names a conversation, not a report: "X sprach mit seiner Frau" (unlike
 * "sprach von …", "sprach mit ihm über …", "sprach sich … aus"). `after` as for isSpeechAct.
 */
export function isConversation(
  form: string,
  particle: string | undefined,
  after: readonly string[],
): boolean {
  return (
    SPRECHEN.has(form) &&
    !particle &&
    after.includes('mit') &&
    !after.some((w) => w === 'von' || w === 'über')
  );
}

/**
 * Returns true when the lower-case verb form, with the clause's closing particle (or none) and the
 * words after it, is a speech act of the list. `after` holds the lower-case words from the verb to
 * the clause end.
 */
export function isSpeechAct(form: string, particle: string | undefined, after: readonly string[]): boolean {
  const acts = BY_FORM.get(form);
  if (!acts) return false;
  return acts.some((a) => a.particle === particle && (!a.prep || after.includes(a.prep)));
}

/** Returns true when the form can head a speech act of the list (the cheap first check). */
export function mayBeSpeechAct(form: string): boolean {
  return BY_FORM.has(form);
}
