/**
 * The speech-cue lexicon learned from training data (data/cues.json, built by
 * scripts/claims/extract-cues.ts) plus small hand-written closed word classes of German grammar.
 * The JSON is validated on load; a malformed file is an error, not an empty lexicon.
 */
import cueData from './data/cues.json' with { type: 'json' };
import { cueStem } from './stem.ts';

interface CueFile {
  version: number;
  forms: Record<string, [number, number]>;
  stems: Record<string, [number, number]>;
  particles: Record<string, string[]>;
}

function validate(raw: unknown): CueFile {
  const d = raw as CueFile;
  if (
    d?.version !== 1 ||
    typeof d.forms !== 'object' ||
    typeof d.stems !== 'object' ||
    typeof d.particles !== 'object'
  ) {
    throw new Error('claims: data/cues.json is not a version-1 cue lexicon');
  }
  for (const [form, v] of Object.entries(d.forms)) {
    if (!Array.isArray(v) || v.length !== 2 || !(v[1] > 0))
      throw new Error(`claims: bad cue entry "${form}"`);
  }
  return d;
}

const CUES = validate(cueData);

/**
 * Share of a form's training occurrences that were speech cues; tuned on the Wikinews dev split.
 * Forms below it are too ambiguous to trigger a claim on their own.
 */
export const MIN_CUE_RATIO = 0.3;

/** Function words and light verbs the corpora sometimes mark as part of a cue; never a cue alone. */
const NOT_CUES = new Set(
  'hatte hat haben hatten habe ist war sind waren wird wurde werden wurden sein nach laut zufolge gemäß so wie als davon darauf dazu es sich bin gab gibt geben steht klar sicher ein eine einen der die das dass ob um zu von mit an auf aus in im bei für über vor den dem des man ich wir sie er ihr ihnen uns mir mich dir kann können muss müssen soll sollen will wollen darf dürfen mag möchte gerade noch schon auch nicht nur dann dafür damit daran heute hier da immer weiter worden lassen lässt ließ geht ging gehen kommt kam kommen macht machte machen nehmen nehme genommen führen führt geführt halten gehalten stellen gestellt stellt zeigen zeigt zeigte gezeigt finden finde gefunden tun sehen sehe sah gesehen wissen weiß hören gehört hört lesen bitte danke ernst einig froh dankbar'.split(
    ' ',
  ),
);
/**
 * Verbs of deciding and negotiating, and a few verbs of fearing and inferring the corpora saw too rarely
 * (hand-written from German grammar): speech-like only with a complement clause ("entschied, die Lizenz
 * zu entziehen"); alone ("hat das Gesetz beschlossen") they report an event, a factual claim.
 */
const COMPLEMENT_ONLY = new Set(
  'vorlegen vorgelegt entscheiden entschieden entschied beschlossen beschließen beschloss diskutieren diskutiert beraten vereinbart vereinbarte verpflichtet informieren legte festgelegt fürchtet fürchten fürchtete befürchtet befürchten befürchtete bezweifelt bezweifeln bezweifelte vermutet vermuten vermutete folgert folgerte schließen schließt schlossen'.split(
    ' ',
  ),
);

/**
 * Cognition and perception verbs that the corpora mark as cues but that report a stance (Kiew sieht …
 * als …) rather than speech; they count only with an object phrase, never with a bare clause.
 */
export const STANCE_CUES = new Set([
  'sieht',
  'sehen',
  'sah',
  'hält',
  'halten',
  'hielt',
  'wertet',
  'werten',
  'wertete',
]);

/** A form seen this often in training is judged on its own counts, a rarer one by its stem's. */
const MIN_FORM_SUPPORT = 5;

/** Returns the training cue ratio of a lower-cased word form (pooled by stem when rare), or 0. */
function computeCueRatio(form: string): number {
  if (NOT_CUES.has(form)) return 0;
  const v = CUES.forms[form];
  if (v && v[1] >= MIN_FORM_SUPPORT) return Math.min(1, v[0] / v[1]);
  // A rare form: the better of its own counts and its stem's (the stem may be diluted by a noun:
  // "teilten" shares "teil" with "zum Teil").
  const s = CUES.stems[cueStem(form)];
  return Math.min(1, Math.max(v ? v[0] / v[1] : 0, s ? s[0] / s[1] : 0));
}

/** Memo of cueRatio per form (a pure function of the static lexicon); cleared when large. */
const cueRatioMemo = new Map<string, number>();

/** Returns the training cue ratio of a lower-cased word form (pooled by stem when rare), or 0. */
export function cueRatio(form: string): number {
  let r = cueRatioMemo.get(form);
  if (r === undefined) {
    r = computeCueRatio(form);
    if (cueRatioMemo.size > 100_000) cueRatioMemo.clear();
    cueRatioMemo.set(form, r);
  }
  return r;
}

/** A form this sure may introduce a dass-, Konjunktiv or infinitive clause (tuned on Wikinews dev). */
export const MIN_COMPLEMENT_CUE_RATIO = 0.12;

/** Returns true when a lower-case word form is a speech cue on its own. */
export function isCueForm(form: string): boolean {
  if (COMPLEMENT_ONLY.has(form)) return false;
  return STANCE_CUES.has(form) || cueRatio(form) >= MIN_CUE_RATIO;
}

/** Returns true when a lower-case form is a cue when followed by a complement clause. */
export function isComplementCueForm(form: string): boolean {
  return COMPLEMENT_ONLY.has(form) || cueRatio(form) >= MIN_COMPLEMENT_CUE_RATIO;
}

/**
 * Separable particles the corpora mark inside cues ("fügte … hinzu", "stellte … fest"): alone they are
 * a cue only with such a verb before them ("stellte X, Epidemiologe bei der WHO, fest, dass …"), not in
 * "Hinzu kommt, dass …" or "Fest steht, dass …". ("hin" stays a cue alone: "Messungen deuten darauf
 * hin, dass …" reports evidence.)
 */
export function isBareParticle(form: string): boolean {
  return form === 'hinzu' || form === 'fest';
}

/** True when any form of this verb's stem was seen with the particle in a cue ("stellen" like "stellte … fest"). */
export function takesParticle(form: string, particle: string): boolean {
  if (FUNCTION_WORDS.has(form)) return false;
  return (
    (CUES.particles[form]?.includes(particle) ?? false) ||
    (STEM_PARTICLES.get(cueStem(form))?.includes(particle) ?? false)
  );
}

/** Returns the separable particles learned for a cue verb form ("teilte" → ["mit"]). */
export function cueParticles(form: string): readonly string[] {
  // Function words the corpora sometimes mark inside a cue ("sah … als … an") take no particle.
  if (FUNCTION_WORDS.has(form)) return NO_PARTICLES;
  let p = particleMemo.get(form);
  if (p === undefined) {
    // A form the corpus never saw with its particle takes those of its stem's other forms
    // ("gingen … aus" like "ging … aus"), as cue ratios pool rare forms by stem.
    p = CUES.particles[form] ?? STEM_PARTICLES.get(cueStem(form)) ?? NO_PARTICLES;
    if (particleMemo.size > 100_000) particleMemo.clear();
    particleMemo.set(form, p);
  }
  return p;
}
const NO_PARTICLES: readonly string[] = [];
/** Conjunctions and particles that are never a verb with a separable particle. */
const FUNCTION_WORDS = new Set(['als', 'wie', 'so', 'und', 'oder', 'dass', 'ob', 'zu', 'um', 'es', 'sich']);
const STEM_PARTICLES = new Map<string, string[]>();
for (const [form, ps] of Object.entries(CUES.particles)) {
  const stem = cueStem(form);
  const all = STEM_PARTICLES.get(stem) ?? [];
  for (const p of ps) if (!all.includes(p)) all.push(p);
  STEM_PARTICLES.set(stem, all);
}
const particleMemo = new Map<string, readonly string[]>();

/**
 * Announcement verbs (future actions): hand-written from German grammar, not from any article.
 * Matched on the lower-cased verb form or on verb + separable particle.
 */
const ANNOUNCE_FORMS = new Set(
  'ankündigen angekündigt ankündigte ankündigten ankündigt kündigen kündigt kündigte kündigten plant planen plante planten geplant beabsichtigt beabsichtigen beabsichtigte versprach versprochen verspricht versprechen'.split(
    ' ',
  ),
);
const ANNOUNCE_SEPARABLE: Record<string, string> = {
  kündigte: 'an',
  kündigt: 'an',
  kündigten: 'an',
  kündigen: 'an',
  sagte: 'zu',
  sagt: 'zu',
  sagten: 'zu',
  sicherte: 'zu',
  sichert: 'zu',
  stellte: 'in Aussicht',
};

/** Returns true when the verb (with its particle, if any) announces a future action. */
export function isAnnouncement(verb: string, particle?: string): boolean {
  const sep = ANNOUNCE_SEPARABLE[verb];
  if (sep) return particle === sep;
  return ANNOUNCE_FORMS.has(verb);
}
