/**
 * Lower-case words of personal names ("Ursula von der Leyen", "Karl der Große", "bin Salman"), for the
 * tagger's post-processing and for speaker phrases in the claims.
 */

/** Particles that join a surname even where the tagger left them out ("de Maizière", "al-Assad"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'di',
  'da',
  'du',
  'le',
  'la',
  'al',
  'bin',
  'ibn',
  'zu',
]);

/** Every lower-case word that may stand inside a tagged person name: the particles and more. */
export const INNER_NAME_WORDS: ReadonlySet<string> = new Set([
  ...NAME_PARTICLES,
  ...`vom van't zur des do dos das del della les los las lo el y e of the ten op auf`.split(' '),
]);
