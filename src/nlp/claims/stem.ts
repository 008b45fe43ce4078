/**
 * A crude German verb stemmer for pooling cue statistics across inflected forms
 * ("sagte", "sagen", "gesagt" → "sag"). Shared by the lexicon builder and the runtime lookup.
 */

const SUFFIXES = ['eten', 'ete', 'test', 'ten', 'te', 'est', 'en', 'et', 'st', 't', 'e', 'n'];

/** Returns the pooled stem of a lower-case word form. */
export function cueStem(form: string): string {
  let w = form;
  // Participles: "gesagt", "geschätzt" (not "gehen", "gegen": the ge- form must end in -t).
  if (w.length > 5 && w.startsWith('ge') && w.endsWith('t')) w = w.slice(2);
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 3 && w.endsWith(s)) return w.slice(0, -s.length);
  }
  return w;
}
