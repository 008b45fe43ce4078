/**
 * Content words of claims for similarity and search: lower case, German stop words removed,
 * common inflection endings cut so "Zusammenarbeit"/"Zusammenarbeiten" and "Kooperation"/
 * "Kooperationen" meet.
 */

const STOP = new Set(
  (
    'aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bereits bin bis bisher ' +
    'bist da dabei dadurch dafür dagegen daher damit dann darauf darin darüber das dass dem den denen denn der deren ' +
    'des dessen deshalb die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines ' +
    'er es etwa euch euer für gab gegen geht gewesen habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ' +
    'ihr ihre ihrem ihren ihrer im immer in ins ist ja jede jedem jeden jeder jedoch jetzt kann kein keine keinen ' +
    'können könnte man mehr mein meine mit muss müssen nach nicht nichts noch nun nur ob oder ohne sagte sagt sagten ' +
    'sei seien sein seine seinem seinen seiner seit sich sie sind so solche soll sollen sollte sondern sowie über um ' +
    'und uns unser unsere unter vom von vor wann war waren warum was weil weiter weitere welche wenn wer werde werden ' +
    'wie wieder will wir wird wo wollen worden würde würden zu zum zur zwar zwischen laut erklärte betonte heißt hieß ' +
    'schon sehr viel viele wurde wurden heute gestern morgen'
  ).split(' '),
);

/** Returns the stem of one lower-case word (cuts plural and case endings of longer words). */
export function stem(word: string): string {
  if (word.length <= 5) return word;
  for (const end of ['ungen', 'innen', 'ionen', 'en', 'er', 'es', 'em', 'e', 'n', 's']) {
    if (word.endsWith(end) && word.length - end.length >= 4) {
      return end === 'ungen'
        ? `${word.slice(0, -5)}ung`
        : end === 'ionen'
          ? `${word.slice(0, -5)}ion`
          : word.slice(0, -end.length);
    }
  }
  return word;
}

/** Returns the distinct content-word stems of a text. */
export function terms(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}\p{N}]{2,}/gu)) {
    const w = m[0];
    if (STOP.has(w)) continue;
    out.add(stem(w));
  }
  return [...out];
}
