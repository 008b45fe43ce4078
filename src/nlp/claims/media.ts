/**
 * The media chain a claim came through: agencies and outlets named next to it ("nach Angaben der
 * Nachrichtenagentur X", "berichtete der Sender Y"), translations ("laut russischer Übersetzung"),
 * and the article's agency byline ("(dpa)"), nearest first.
 */
import { isCapitalised } from './grammar.ts';
import { isDomainName } from './speaker.ts';
import { type ClaimView, mentionsIn } from './view.ts';

/** News agencies by their usual short names (general knowledge of the German news market). */
export const AGENCIES = new Set(
  'dpa afp reuters ap kna epd sid dts ddp apa sda ansa efe tass interfax xinhua bloomberg ukrinform unian irna anadolu yonhap kyodo'.split(
    ' ',
  ),
);
/** Nouns naming a medium; the name follows them ("Nachrichtenagentur X", "Zeitung „Y“"). */
const MEDIA_NOUNS =
  /^(Nachrichtenagentur|Agentur|Zeitung|Tageszeitung|Wochenzeitung|Sender|Fernsehsender|Radiosender|Staatssender|Staatsfernsehen|Staatsmedien|Magazin|Nachrichtenmagazin|Nachrichtenportal|Portal|Rundfunk|Blatt|Onlineportal|Internetseite|Nachrichtensender)$/;
/** Adjectives that end a translation phrase ("laut russischer Übersetzung" → "russische Übersetzung"). */
const TRANSLATION = /^(Übersetzung|Übersetzungen|Dolmetscher|Dolmetscherin)$/;

/** Returns the base form of an inflected adjective ("russischer" → "russische"). */
function adjectiveBase(word: string): string {
  return word.replace(/(e)(n|r|m|s)$/, '$1');
}

/** Returns media named within word range [w0, w1), in text order. */
export function mediaIn(view: ClaimView, w0: number, w1: number): string[] {
  const ws = view.words;
  const out: string[] = [];
  for (let i = w0; i < w1; i++) {
    const w = ws[i];
    if (MEDIA_NOUNS.test(w.text)) {
      // The name is the next capitalised word or quoted title; skip adjectives in between.
      let j = i + 1;
      while (j < w1 && /^[„"»«“]$/.test(ws[j].text)) j++;
      if (j < w1 && isCapitalised(ws[j].text)) {
        let k = j + 1;
        while (k < w1 && isCapitalised(ws[k].text) && k - j < 3) k++;
        out.push(view.text.slice(ws[j].start, ws[k - 1].end));
        i = k - 1;
        continue;
      }
    }
    if (TRANSLATION.test(w.text)) {
      const adj =
        i > w0 && /^\p{Ll}+(e|en|er|em|es)$/u.test(ws[i - 1].text) ? `${adjectiveBase(ws[i - 1].text)} ` : '';
      out.push(`${adj}${w.text}`);
      continue;
    }
    if (AGENCIES.has(w.lower) && !isCapitalisedWordInSentence(w.text)) {
      out.push(w.text);
    } else if (isDomainName(w.text)) out.push(w.text); // "laut faz.net": a news site
  }
  for (const m of mentionsIn(view, ws[w0]?.start ?? 0, ws[w1 - 1]?.end ?? 0)) {
    if (m.category === 'media' && !out.some((o) => o.includes(m.text) || m.text.includes(o)))
      out.push(m.canonical);
  }
  return out;
}

/** "Ap" or "Sid" written as a normal word is not an agency; agencies are all-caps or all-lower. */
function isCapitalisedWordInSentence(word: string): boolean {
  return word.length > 1 && word !== word.toUpperCase() && word !== word.toLowerCase();
}

/** Returns the agencies of the article's byline ("(dpa)", "Berlin (AFP) –", "(dpa/AFP)"), or []. */
export function bylineAgencies(text: string): string[] {
  const out: string[] = [];
  // Bounded, non-nested pattern: linear time on any input.
  const re = /\(([A-Za-z]{2,9}(?:\s?[/,]\s?[A-Za-z]{2,9}){0,3})\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const part of m[1].split(/\s?[/,]\s?/)) {
      if (AGENCIES.has(part.toLowerCase()) && !out.includes(part)) out.push(part);
    }
  }
  return out;
}
