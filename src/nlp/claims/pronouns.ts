/**
 * What a speaker pronoun stands for: "er"/"sie" (singular) → the nearest preceding person whose
 * gender the text does not contradict; plural "sie" ("Sie stellten …") → the last speaker, never a
 * single person. Gender comes from the text — "Frau"/"Herr" or a role noun before the name
 * ("Bundeskanzlerin Angela Merkel"), or the mention's descriptor ("die Außenministerin") — else from
 * the first name when birth registers give it to one sex only ("Gisela", "Udo"; not "Kim", "Andrea").
 */
import type { Mention, Speaker } from '../types.ts';
import nameGenders from './data/name-genders.json' with { type: 'json' };
import { type ClaimView, mentionsIn } from './view.ts';

/** How many mentions back a pronoun may look for a person (keeps long texts linear). */
const PERSON_LOOKBACK = 60;

type Gender = 'm' | 'f';

/** Male role nouns and forms of address before a name; female ones end in -in ("Ministerin") or are "Frau". */
const MALE_BEFORE =
  /^(herr|herrn|\p{L}*(minister|sprecher|präsident|kanzler|chef|vorsitzende[r]?|direktor|leiter|bürgermeister|abgeordnete[r]?|anwalt|richter|trainer|autor|sänger|könig|papst|general|senator|gouverneur))$/u;
const FEMALE_BEFORE = /^(frau|\p{L}{3,}in)$/u;

/** First names given (almost) only to one sex (data/name-genders.json, from birth registers). */
let firstNames: Map<string, Gender> | undefined;

/** Builds the first-name table on first use, not when the worker starts. */
function firstNameTable(): Map<string, Gender> {
  if (firstNames) return firstNames;
  const d = nameGenders as { version: number; m: string; f: string };
  if (d?.version !== 1 || typeof d.m !== 'string' || typeof d.f !== 'string')
    throw new Error('claims: data/name-genders.json is not a version-1 name list');
  firstNames = new Map<string, Gender>();
  for (const n of d.m.split(' ')) firstNames.set(n, 'm');
  for (const n of d.f.split(' ')) firstNames.set(n, 'f');
  return firstNames;
}

/** The gender of a full name's first name ("Gisela Schön", "Frank-Walter Steinmeier"), if the lists are sure. */
function firstNameGender(name: string): Gender | undefined {
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  const table = firstNameTable();
  return table.get(words[0]) ?? table.get(words[0].split('-')[0]);
}

/** Returns the gender the text gives a person mention, else the one its first name tells, if any. */
function genderOf(view: ClaimView, m: Mention): Gender | undefined {
  return genderInText(view, m) ?? firstNameGender(m.canonical);
}

/** Returns the gender the text gives a person mention, if any. */
function genderInText(view: ClaimView, m: Mention): Gender | undefined {
  const d = m.descriptor?.toLowerCase();
  if (d) {
    const head = d.split(' ').pop() ?? '';
    if (/^(die|eine)\b/.test(d) || /\p{L}{3,}in$/u.test(head)) return 'f';
    if (/^(der|ein)\b/.test(d)) return 'm';
  }
  // The word right before the name ("Bundeskanzlerin Angela Merkel", "Herr Müller").
  const before = view.text.slice(Math.max(0, m.start - 40), m.start).match(/(\p{L}+)[\s,]*$/u)?.[1];
  if (!before || !/^\p{Lu}/u.test(before)) return undefined;
  const w = before.toLowerCase();
  if (MALE_BEFORE.test(w)) return 'm';
  if (FEMALE_BEFORE.test(w) && !/(berlin|wien|turin|medizin|termin)$/.test(w)) return 'f';
  return undefined;
}

/** True when the finite verb next to the pronoun at word i is plural ("Sie stellten", "sagten sie"). */
function pluralVerb(view: ClaimView, i: number): boolean {
  const ws = view.words;
  const s = view.sentences[ws[i].sentence];
  // Subject before its verb at a clause start, else the verb right before ("sagten sie").
  const verb = i === s.w0 || /^[,;:–]$/.test(ws[i - 1]?.text ?? '') ? ws[i + 1] : ws[i - 1];
  return (!!verb && /^\p{Ll}+en$/u.test(verb.text)) || verb?.lower === 'sind' || verb?.lower === 'waren';
}

/** Returns the most recent person mention before `pos` that `gender` does not rule out, as a speaker. */
function lastPerson(view: ClaimView, pos: number, gender?: Gender): Speaker | undefined {
  const es = view.entities;
  let lo = 0;
  let hi = es.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (es[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && lo - i <= PERSON_LOOKBACK; i--) {
    const m = es[i];
    if (m.type !== 'PER') continue;
    const g = gender ? genderOf(view, m) : undefined;
    if (g && g !== gender) continue;
    return { text: m.text, canonical: m.canonical, start: m.start, end: m.end };
  }
  return undefined;
}

/**
 * The gender a speaker phrase shows: its person mention's, else its article and noun ("der
 * AfD-Politiker" m, "die Ministerin" f); "die" before another noun may be plural, so it tells nothing.
 */
function speakerGender(view: ClaimView, sp: Speaker): Gender | 'person' | undefined {
  const [a, b] = [sp.start ?? -1, sp.end ?? -1];
  const m = mentionsIn(view, a, b).find((e) => e.type === 'PER' && e.start >= a && e.end <= b);
  if (m) return genderOf(view, m) ?? 'person';
  const words = sp.text.split(' ');
  const head = words[words.length - 1] ?? '';
  if (/^(der|ein)$/i.test(words[0] ?? '') && MALE_BEFORE.test(head.toLowerCase())) return 'm';
  if (/^(die|eine)$/i.test(words[0] ?? '') && FEMALE_BEFORE.test(head.toLowerCase())) return 'f';
  return undefined;
}

/** Returns the speaker a pronoun at word i refers to, given the last speaker found. */
export function antecedent(
  view: ClaimView,
  i: number,
  lastSpeaker?: Speaker,
  /** The last speaker spoke in this sentence or the one before: the most salient person. */
  recent = false,
): Speaker | undefined {
  const w = view.words[i].lower;
  const pos = view.words[i].start;
  // "Demnach", "wonach" point back to a report, not to a person.
  if (w === 'demnach' || w === 'wonach') return lastSpeaker;
  if (w === 'sie' && pluralVerb(view, i)) return lastSpeaker;
  const gender: Gender | undefined =
    w === 'er' || w === 'ihm' || w === 'dieser' || w.startsWith('sein')
      ? 'm'
      : w === 'sie' || w === 'ihr' || w === 'diese'
        ? 'f'
        : undefined;
  // "…, so der AfD-Politiker. … nannte er …": a person who just spoke is who "er"/"sie" most likely
  // is, before any other person named since (an object, a person spoken about).
  // A person named earlier in the pronoun's own sentence comes first ("Als Bill Gates …, sagte er").
  const sentenceStart = view.sentences[view.words[i].sentence].start;
  const here = lastPerson(view, pos, gender);
  if (here && (here.start ?? -1) >= sentenceStart) return here;
  if (recent && lastSpeaker && gender) {
    const g = speakerGender(view, lastSpeaker);
    // A person whose gender neither the text nor the first name tells is taken too.
    if (g === gender || g === 'person') return lastSpeaker;
  }
  return here ?? lastSpeaker;
}
