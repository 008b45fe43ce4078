/**
 * Closed word classes of German that the claim rules need: Konjunktiv I/II verb forms, pronouns,
 * complementisers, determiners. Hand-written from German grammar (no corpus or article behind them).
 */

/** Unambiguous Konjunktiv I forms (3rd person) of frequent verbs, plus the modal verbs. */
const KONJ1 = new Set(
  'sei seien seiest habe werde könne müsse dürfe solle wolle möge wisse gebe gehe komme stehe liege lasse sehe halte bleibe brauche fehle gelte handle führe mache bringe denke finde glaube heiße kenne lebe nehme sage spiele stelle trage wachse zeige arbeite befinde bestehe betrage entstehe erhalte erwarte gehöre plane verfüge verliere warte wirke ziele beginne besitze drohe erlaube gewinne hoffe kämpfe lade laufe leide liefere nutze rechne reiche setze sitze spreche strebe treffe trete verstehe wünsche zahle richte bedeute berichte fürchte betrachte leiste biete gestalte verhalte enthalte ruhe'.split(
    ' ',
  ),
);
/**
 * Konjunktiv II forms used for reported speech when Konjunktiv I equals the indicative ("sollte",
 * "wollte" are left out: they are also the plain past tense).
 */
const KONJ2 = new Set(
  'wäre wären hätte hätten würde würden könnte könnten müsste müssten dürfte dürften gäbe käme ginge läge lägen stünde stünden bliebe fände fänden hieße wüsste wüssten bräuchte bräuchten befände befänden gälte kämen gäben'.split(
    ' ',
  ),
);

/** Past modals whose Konjunktiv II is the same form; read as Konjunktiv only in a reported clause. */
const PAST_MODALS = new Set(['sollte', 'sollten', 'wollte', 'wollten']);

/** Lower-case words ending in -e that are not verbs (adverbs, pronouns, particles, adjectives). */
const E_NON_VERBS = new Set(
  'die sie wie eine keine meine deine seine ihre unsere eure diese jene solche welche manche einige alle beide viele wenige andere gerne gern lange online offline heute gerade ohne bitte danke alleine schade müde leise gemeinsame hierzulande zugrunde zustande imstande ende dabei ebenfalls bislang jemals daraufhin ferne nahe schnelle große kleine neue alte erste letzte nächste weitere ganze halbe jede jeder derselbe dieselbe selbe zuhause lediglich mitte rasche'.split(
    ' ',
  ),
);
/** Words after a V2 Konjunktiv verb ("verlasse sich", "gehe es", "habe nicht"). */
const AFTER_FINITE = new Set([
  'sich',
  'es',
  'er',
  'sie',
  'nicht',
  'auch',
  'nur',
  'man',
  'ihm',
  'ihn',
  'ihr',
  'kein',
  'keine',
  'noch',
  'dies',
  'das',
]);

/**
 * Returns 1 for a known Konjunktiv I form, 0.75 for a likely one (a lower-case -e word that sits where a
 * finite verb sits: before a clause break or a pronoun), 0.5 for a reported-speech Konjunktiv II form, else 0.
 * `afterCue`: the word stands in a clause governed by a speech verb (past modals then count as Konjunktiv II).
 */
export function subjunctiveWeight(form: string, next = '', afterCue = false): number {
  if (KONJ1.has(form)) return 1;
  // Right after a speech verb "sollte", "wollte" are Konjunktiv II ("sagte, die Zahlen sollten …").
  if (afterCue && PAST_MODALS.has(form)) return 0.5;
  // Reportive "sollen" in a main clause: "Der Mann soll geflohen sein" reports what others say
  // (clause-final "…, der das verbieten soll" is the plain modal).
  if ((form === 'soll' || form === 'sollen') && next !== '' && !/^[,.;:!?)–]$/.test(next)) return 0.75;
  if (KONJ2.has(form)) return 0.5;
  // A lower-case "-iere" form is a verb of the -ieren class ("funktioniere", "profitiere"): 1st person
  // (ruled out by the caller next to ich/wir) or Konjunktiv I.
  if (form.length > 6 && form.endsWith('iere') && /^\p{Ll}+$/u.test(form)) return 1;
  // Past-tense forms end in -te ("hatte", "sagte"): the -t- Konjunktiv forms are in the list above.
  if (
    form.length > 4 &&
    form.endsWith('e') &&
    !form.endsWith('te') &&
    form !== 'wurde' &&
    !E_NON_VERBS.has(form) &&
    !form.endsWith('weise') && // "möglicherweise", "teilweise": adverbs
    /^\p{Ll}+$/u.test(form)
  ) {
    if (next === '' || /^[,.;:!?)–]$/.test(next) || AFTER_FINITE.has(next)) return 0.75;
  }
  return 0;
}

/** First- and second-person pronouns: "ich habe" / "wir werden" are indicative, not Konjunktiv. */
export const FIRST_SECOND_PERSON = new Set(['ich', 'du', 'wir', 'ihr']);

/** Personal pronouns that can stand for a speaker and resolve to an earlier one. */
export const SPEAKER_PRONOUNS = new Set(['er', 'sie', 'es', 'ihm', 'ihr', 'ihnen', 'dieser', 'diese', 'man']);

/** Subordinating words that open a reported clause after a speech verb. */
export const COMPLEMENTISERS = new Set([
  'dass',
  'daß',
  'ob',
  'wie',
  'warum',
  'weshalb',
  'wann',
  'wer',
  'welche',
  'welcher',
  'welches',
  'wieso',
]);

/** Finite forms of "werden" after a subject: a passive sentence, whose subject is not its actor. */
export const PASSIVE_FINITE = new Set(['wird', 'werden', 'wurde', 'wurden']);

/**
 * Finite auxiliaries and modals (lower case): they open a main clause right after a fronted
 * subordinate clause, a yes/no question ("Können Sie …?") and a conditional ("Würde das …,").
 */
export const FINITE_AUXILIARY =
  /^(ist|sind|war|waren|wäre|wären|hat|haben|hatte|hatten|hätte|hätten|wird|werden|wurde|wurden|würde|würden|kann|können|konnte|könnte|könnten|muss|müssen|musste|müsste|soll|sollen|sollte|sollten|darf|dürfte)$/;

/** Determiners and adjectives that may start a speaker noun phrase ("der neue Minister"). */
export const DETERMINERS = new Set(
  'der die das den dem des ein eine einer eines einem einen sein seine ihr ihre dessen deren mehrere viele einige zwei drei alle beide dieser diese dieses diesem diesen'.split(
    ' ',
  ),
);

/** Words that glue parts of a speaker phrase ("Sprecher des Ministeriums", "Li und Lukaschenko"). */
export const NP_GLUE = new Set([
  'von',
  'vom',
  'des',
  'der',
  'und',
  'sowie',
  'für',
  'im',
  'in',
  'zur',
  'zum',
  'aus',
]);

/** Words that end the search for a speaker (clause boundaries, verbs that are not cues). */
export const CLAUSE_WORDS = new Set([
  'dass',
  'daß',
  'weil',
  'wenn',
  'obwohl',
  'als',
  'nachdem',
  'während',
  'denn',
]);

/** An opening quotation mark of any German style („ » « ‚ and the straight "). */
export const OPENING_QUOTE = /^[„"»«‚]$/;

/** Returns true when the word starts with an upper-case letter (German nouns and names). */
export function isCapitalised(word: string): boolean {
  // "58-Jährige", "3D-Drucker": a number-prefixed noun counts as capitalised.
  // (\d is ASCII 0-9 even with the u flag, so the regex can only match after a digit.)
  const c0 = word.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57 && /^\d+\p{L}?-\p{Lu}/u.test(word)) return true;
  if (c0 < 128) return c0 >= 65 && c0 <= 90; // ASCII: exactly A-Z (NaN for '' fails both tests)
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Returns true when the token is a word (letters, digits, hyphens), not punctuation. */
export function isWordToken(word: string): boolean {
  return /[\p{L}\p{N}]/u.test(word);
}
