/**
 * Direct speech: paired quotations that hold speech (not scare quotes or titles), with the speaker
 * and cue of an attribution after the quote ("„…“, sagte X") or before it ("X sagte: „…“").
 */
import type { Span } from '../types.ts';
import { findAttributions, statementHead, statementPossessive } from './attribution.ts';
import {
  AUXILIARIES,
  isClauseBreak,
  isCueAt,
  isParticleCueAt,
  LASSEN,
  particleOf,
  SUBORDINATORS,
  subjectOf,
} from './clause.ts';
import { cueRatio } from './lexicon.ts';
import { mediaIn } from './media.ts';
import type { QuoteSpan } from './quotes.ts';
import { phraseAt, type SpeakerPhrase } from './speaker.ts';
import { type ClaimView, mentionsIn, wordAt } from './view.ts';
import { impersonalCue } from './voice.ts';

/** A quotation shorter than this many words is speech only when an attribution sits next to it. */
const MIN_SPEECH_WORDS = 4;
/** …and that attribution's cue must be at least this sure. */
const SHORT_QUOTE_MIN_RATIO = 0.6;

/** Articles and prepositions that titles and names carry in lower case (German, English, French…). */
const TITLE_GLUE = new Set(
  'der die das des dem den und für von vom zum zur mit im in an am auf aus of the and for on in at to de du des la le les pour et un une y del della di da van von'.split(
    ' ',
  ),
);

/**
 * "zeigte sich zufrieden", "gab sich zuversichtlich": a reflexive frame of attitude that introduces a
 * quote like a speech verb (hand-written from German grammar; the cue lexicon never sees "sich").
 */
const STANCE_FRAME = /^(zeigt|zeigte|zeigten|zeigen|gibt|gab|gaben|geben)$/;
/** How sure a stance frame is as a quote's cue (short quotes need a sure cue). */
const STANCE_FRAME_STRENGTH = 0.6;
function isStanceFrame(view: ClaimView, i: number): boolean {
  return STANCE_FRAME.test(view.words[i]?.lower ?? '') && view.words[i + 1]?.lower === 'sich';
}

/** Object pronouns that stand between a verb and its subject ("so beschrieb ihn X"). */
const OBJECT_PRONOUNS = new Set(['ihn', 'ihm', 'ihnen', 'sich', 'es', 'uns', 'mich', 'mir', 'dich', 'dir']);

/** What was found around a direct quotation. */
export interface QuoteAttribution {
  phrase: SpeakerPhrase | null;
  cue?: string;
  cueSpans: Span[];
  via: string[];
  /** Training cue ratio of the attributing verb (1 for a colon after a name). */
  strength: number;
  /** A passive cue without agent ("wurde … als „…“ bezeichnet"): no speaker beyond `phrase`. */
  impersonal?: boolean;
}

const cueText = (view: ClaimView, cue: number, particle: number) =>
  particle >= 0 ? `${view.words[cue].text} … ${view.words[particle].text}` : view.words[cue].text;
const spanOf = (view: ClaimView, i: number): Span => ({ start: view.words[i].start, end: view.words[i].end });
/** The spans of a cue verb and its separable particle, if any (-1: none). */
const cueSpansOf = (view: ClaimView, cue: number, particle: number): Span[] => [
  spanOf(view, cue),
  ...(particle >= 0 ? [spanOf(view, particle)] : []),
];

/** Returns the attribution after a quotation (", sagte X", ", so X"), or null. */
function after(view: ClaimView, q: QuoteSpan): QuoteAttribution | null {
  const ws = view.words;
  let a = wordAt(view, q.end);
  if (a >= ws.length) return null;
  const sEnd = view.sentences[ws[a].sentence].w1;
  if (ws[a].text === ',') a++;
  if (a >= sEnd) return null;
  // The attribution tail is short; bounding it keeps many quotes in one endless sentence linear.
  const via = () => mediaIn(view, a, Math.min(sEnd, a + 30));
  if (AUXILIARIES.has(ws[a].lower) || LASSEN.has(ws[a].lower)) {
    // "„…“, hatte VW-Chef X in einem Interview erklärt": the participle ends the clause; so does the
    // infinitive of "„…“, ließ ein Sprecher kurz verlauten".
    let k = a + 1;
    while (k < sEnd && !isClauseBreak(view, k) && !/^[.!?]$/.test(ws[k].text) && k - a < 14) k++;
    if (k - 1 > a && isCueAt(view, k - 1)) {
      const imp = impersonalCue(view, k - 1, a, k);
      const phrase = imp ? imp.agent : phraseAt(view, a + 1, k - 1);
      return {
        phrase,
        impersonal: imp !== null,
        cue: `${ws[a].text} … ${ws[k - 1].text}`,
        cueSpans: [spanOf(view, a), spanOf(view, k - 1)],
        via: via(),
        strength: cueRatio(ws[k - 1].lower),
      };
    }
  }
  if (isStanceFrame(view, a)) {
    // "„…“, zeigte sich X nach dem Spiel zufrieden": the frame's subject follows "sich".
    return {
      phrase: subjectOf(view, a, a, sEnd),
      cue: `${ws[a].text} sich`,
      cueSpans: [spanOf(view, a), spanOf(view, a + 1)],
      via: via(),
      strength: STANCE_FRAME_STRENGTH,
    };
  }
  if (isCueAt(view, a)) {
    // "… als „…“ bezeichnet worden": a passive names only its agent or source, searched from the sentence start.
    // "werden von Musikkennern als „…“ bezeichnet": the auxiliary stands before the quote.
    let imp = impersonalCue(view, a, a, sEnd, view.sentences[ws[a].sentence].w0, wordAt(view, q.start) - 1);
    // A source found inside the quote itself ("„… im Gebet …“, heißt es in einer Erklärung") is none.
    if (imp?.agent && ws[imp.agent.w0].start >= q.start && ws[imp.agent.w0].start < q.end)
      imp = impersonalCue(view, a, a, sEnd, a, wordAt(view, q.start) - 1);
    // "„…“, zitierte man X": the impersonal "man" quotes; X is the one quoted.
    const quotedByMan = ws[a].lower.startsWith('zitiert') && ws[a + 1]?.lower === 'man';
    const phrase = quotedByMan
      ? phraseAt(view, a + 2, sEnd)
      : imp
        ? imp.agent
        : (quotedPerson(view, a, sEnd) ?? verbFinalSubject(view, q, a, sEnd) ?? subjectOf(view, a, a, sEnd));
    const particle = particleOf(view, a, sEnd);
    const cueSpans = cueSpansOf(view, a, particle);
    const strength = cueRatio(ws[a].lower);
    return {
      phrase,
      cue: cueText(view, a, particle),
      cueSpans,
      via: via(),
      strength,
      impersonal: imp !== null,
    };
  }
  if (
    ws[a].lower === 'so' &&
    ws[a - 1]?.text === ',' &&
    a + 1 < sEnd &&
    (isCueAt(view, a + 1) || isParticleCueAt(view, a + 1, sEnd) || /^\p{Ll}{4,}te$/u.test(ws[a + 1].text))
  ) {
    // "„…“, so kommentierte X die Entscheidung", "„…“, so charakterisierte ihn X": "so" fills the slot
    // before a verb of saying (or any weak past, which after a quote and "so" characterises it); its
    // subject follows.
    const c = a + 1;
    const particle = particleOf(view, c, sEnd);
    // "so charakterisierte ihn X": the object pronoun comes before the subject.
    let j = c + 1;
    while (j < sEnd && OBJECT_PRONOUNS.has(ws[j].lower)) j++;
    return {
      phrase: j > c + 1 ? phraseAt(view, j, sEnd) : subjectOf(view, c, c, sEnd),
      cue: cueText(view, c, particle),
      cueSpans: cueSpansOf(view, c, particle),
      via: via(),
      strength: cueRatio(ws[c].lower),
    };
  }
  if (ws[a].lower === 'so') {
    const phrase = phraseAt(view, a + 1, sEnd);
    if (phrase) return { phrase, cue: ws[a].text, cueSpans: [spanOf(view, a)], via: via(), strength: 1 };
  }
  if ((ws[a].lower === 'heißt' || ws[a].lower === 'hieß') && ws[a + 1]?.lower === 'es') {
    let j = a + 2;
    while (j < sEnd && !/^(in|im|aus|von|vom|bei|beim)$/.test(ws[j].lower) && j - a < 5) j++;
    const phrase = j < sEnd ? phraseAt(view, j + 1, sEnd) : null;
    return {
      phrase,
      cue: 'heißt es',
      cueSpans: [spanOf(view, a), spanOf(view, a + 1)],
      via: via(),
      strength: 1,
    };
  }
  return null;
}

/**
 * "„…“, zitiert Welt-Online den Minister", "„…“, zitiert ihn die Zeitung": the object of "zitieren"
 * after a quote is who spoke; its subject is the medium quoting (a via when known as a medium). Null when no
 * object follows.
 */
function quotedPerson(view: ClaimView, a: number, sEnd: number): SpeakerPhrase | null {
  const ws = view.words;
  if (!ws[a].lower.startsWith('zitiert') || a + 1 >= sEnd) return null;
  if (OBJECT_PRONOUNS.has(ws[a + 1].lower)) return { w0: a + 1, w1: a + 2, pronoun: true };
  const subject = phraseAt(view, a + 1, sEnd);
  if (!subject || subject.pronoun || subject.w1 >= sEnd) return null;
  const object = phraseAt(view, subject.w1, sEnd);
  return object && !object.pronoun ? object : null;
}

/**
 * "…, weil die US-Regierung Georgien als „…“ bezeichnet hat": a verb-final cue right after the quote
 * (no comma between) closes a subordinate clause that opened before the quote; its subject follows
 * the subordinator. Returns that subject, or null.
 */
function verbFinalSubject(view: ClaimView, q: QuoteSpan, cue: number, sEnd: number): SpeakerPhrase | null {
  const ws = view.words;
  const q0 = wordAt(view, q.start);
  if (ws[cue - 1]?.text === ',' || q0 < 2) return null;
  const verbFinal = cue + 1 >= sEnd || isClauseBreak(view, cue + 1) || AUXILIARIES.has(ws[cue + 1].lower);
  if (!verbFinal) return null;
  const w0 = view.sentences[ws[cue].sentence].w0;
  let k = q0 - 1;
  while (k > w0 && !isClauseBreak(view, k - 1) && q0 - k < VERB_FINAL_REACH) k--;
  // The subject stands between the subordinator and the quote ("als „…“ bezeichnet" is no clause start).
  if (!SUBORDINATORS.has(ws[k].lower) || k + 1 >= q0) return null;
  const p = phraseAt(view, k + 1, q0);
  return p && p.w1 <= q0 ? p : null;
}
/** How far before a quote a subordinate clause around it may open. */
const VERB_FINAL_REACH = 20;

/** Returns the attribution before a quotation ("X sagte: „…“", "X: „…“"), or null. */
function before(view: ClaimView, q: QuoteSpan): QuoteAttribution | null {
  const ws = view.words;
  const b = wordAt(view, q.start) - 1;
  if (b < 0 || (ws[b].text !== ':' && ws[b].text !== ',')) return null;
  const s = view.sentences[ws[b].sentence];
  let c0 = b;
  while (c0 > s.w0 && !(isClauseBreak(view, c0 - 1) && c0 - 1 !== b)) c0--;
  for (let i = c0; i < b; i++) {
    // "In der ARD zeigte sich der Trainer zufrieden: „…“": a stance frame before the colon.
    if (ws[b].text === ':' && isStanceFrame(view, i)) {
      return {
        phrase: subjectOf(view, i, c0, b, s.w0),
        cue: `${ws[i].text} sich`,
        cueSpans: [spanOf(view, i), spanOf(view, i + 1)],
        via: mediaIn(view, c0, b),
        strength: STANCE_FRAME_STRENGTH,
      };
    }
    if (!isCueAt(view, i) && !isParticleCueAt(view, i, b + 1)) continue;
    const particle = particleOf(view, i, b);
    const cueSpans = cueSpansOf(view, i, particle);
    const subject = subjectOf(view, i, c0, b, s.w0);
    if (ws[i].lower.startsWith('zitier') && subject && subject.w0 < i) {
      // "Die Zeitung zitiert X mit den Worten: „…“": X speaks, the subject is the medium.
      let j = i + 1;
      while (j < b && /^(dazu|auch|nun|erneut)$/.test(ws[j].lower)) j++;
      const quoted = phraseAt(view, j, b);
      if (quoted) {
        const via = [
          view.text.slice(ws[subject.w0].start, ws[subject.w1 - 1].end).replace(/^(der|die|das)\s+/i, ''),
        ];
        return { phrase: quoted, cue: cueText(view, i, particle), cueSpans, via, strength: 1 };
      }
    }
    // "Im letzten Satz der Anordnung, die …, heißt es: „…“": the source may stand before a relative clause.
    const imp = impersonalCue(view, i, c0, b, s.w0);
    return {
      phrase: imp ? imp.agent : subject,
      cue: cueText(view, i, particle),
      cueSpans,
      via: mediaIn(view, c0, b),
      strength: cueRatio(ws[i].lower),
      impersonal: imp !== null,
    };
  }
  if (ws[b].text === ':') {
    const phrase = phraseAt(view, c0, b);
    if (phrase && phrase.w1 === b) return { phrase, cueSpans: [], via: [], strength: 1 };
    // "Das Fazit von Sandra Boser überrascht nicht: „…“", "Seine Antwort fiel knapp aus: „…“": a clause
    // about a statement introduces it; its possessor or the name in it speaks.
    const owner = phrase && phrase.w0 === c0 ? statementOwner(view, phrase) : null;
    if (owner)
      return { phrase: owner, cueSpans: [], via: mediaIn(view, c0, b), strength: STATEMENT_STRENGTH };
  }
  return null;
}

/** Cue strength given to a statement noun opening the clause before a colon. */
const STATEMENT_STRENGTH = 0.5;

/** Who owns the statement named by phrase p: the phrase itself when possessive, else a name after its head. */
function statementOwner(view: ClaimView, p: SpeakerPhrase): SpeakerPhrase | null {
  const head = statementHead(view, p);
  if (head < 0) return null;
  if (statementPossessive(view, p) >= 0) return p;
  const m = mentionsIn(view, view.words[head].end, view.words[p.w1 - 1].end).find(
    (x) => x.type === 'PER' || x.type === 'ORG',
  );
  if (!m) return null;
  const a = wordAt(view, m.start);
  return { w0: a, w1: wordAt(view, m.end), pronoun: false };
}

/** Returns the attribution of a quotation: after it first, then before it; null when none. */
export function attributeQuote(
  view: ClaimView,
  q: QuoteSpan,
  inQuote: (i: number) => boolean,
): QuoteAttribution | null {
  const tail = after(view, q);
  // "X sagte: „…“, betont sie.": a pronoun after the quote refers back to the name before it.
  const head = !tail || tail.phrase?.pronoun ? before(view, q) : null;
  const found = head?.phrase && !head.phrase.pronoun ? head : (tail ?? head);
  if (!found) return null;
  // "nach Angaben der Nachrichtenagentur X" in the same sentence is the channel, not the speaker.
  const a = wordAt(view, q.end);
  if (a < view.words.length) {
    const s = view.sentences[view.words[a].sentence];
    for (const at of findAttributions(view, a, Math.min(s.w1, a + 30), inQuote)) {
      if (!at.source) continue;
      for (const m of mediaIn(view, at.source.w0, at.source.w1))
        if (!found.via.includes(m)) found.via.push(m);
    }
  }
  return found;
}

/** Returns true when a quotation holds speech: long enough, a full sentence, or short but attributed. */
export function isSpeechQuote(text: string, q: QuoteSpan, at: QuoteAttribution | null): boolean {
  const inner = text.slice(q.start + 1, q.end - 1);
  if (/[.!?…]\s*$/.test(inner)) return true;
  let words = 0;
  let lower = 0;
  for (const part of inner.split(/\s+/)) {
    if (!part) continue;
    words++;
    if (/^\p{Ll}/u.test(part) && !TITLE_GLUE.has(part)) lower++;
  }
  // A title or name in quotes ("Department of Vertebrate Zoology", "Preis für geistige Freiheit" has
  // one) has no lower-case word beyond articles and prepositions.
  if (lower === 0 && !(at && at.strength >= SHORT_QUOTE_MIN_RATIO)) return false;
  // Without a cue, a quote with no word that could be a verb is a title or a name ("„Woche des
  // verbotenen Buches“", "„Schule ohne Rassismus – Schule mit Courage“"), not speech.
  if (!at && words >= 3 && isTitleLike(inner)) return false;
  // After an article it is a name even with a cue: "Die „Kampagne für ein Freies Tibet“ berichtete …".
  if (
    words >= 3 &&
    /\b(der|die|das|des|dem|den)\s$/i.test(text.slice(Math.max(0, q.start - 5), q.start)) &&
    isTitleLike(inner)
  )
    return false;
  if (words >= MIN_SPEECH_WORDS) return true;
  // A short quote right after a noun names it ("die Zeitung „Yemen Observer“", "die Enzyklika
  // „Deus caritas est“"), even when a speech verb follows: the verb's content is elsewhere.
  if (/\p{Lu}\p{Ll}+\s$/u.test(text.slice(Math.max(0, q.start - 40), q.start))) return false;
  // Speech is set off from its cue by a comma or colon; a short quote running straight into the next
  // word ("„BBC News“ berichtet", "von der „Aktion Deutschland hilft“ sagte", "„Bild“-Zeitung") is
  // part of a noun phrase.
  // "als „Geschäft des Jahrhunderts“ bezeichnet" is the naming verb's quoted wording, not a name.
  if (
    /^(\s*\p{L}|-)/u.test(text.slice(q.end, q.end + 3)) &&
    !/\bals\s$/.test(text.slice(Math.max(0, q.start - 5), q.start))
  )
    return false;
  // A one- or two-word quote is a name or a scare quote unless a sure speech verb frames it.
  return at !== null && words >= 2 && at.strength >= SHORT_QUOTE_MIN_RATIO;
}

/** Function words of titles and names: TITLE_GLUE plus articles, prepositions, conjunctions, possessives. */
const NON_VERBS = new Set([
  ...TITLE_GLUE,
  ...'ein eine einer eines einem einen oder ohne bei nach über unter gegen um bis durch als wie zu zwischen seine ihre sein ihr unser'.split(
    ' ',
  ),
]);

/** True when a quote's text has no possible verb and at least half of its words are capitalised. */
function isTitleLike(inner: string): boolean {
  if (mayHoldVerb(inner)) return false;
  const ws = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const caps = ws.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  // A title starts with a capital ("„unter Druck stehenden Soldaten“" is quoted wording).
  return caps * 2 >= ws.length && /^[^\p{L}]*\p{Lu}/u.test(ws[0] ?? '');
}

/** True when a quote's text has a lower-case word that may be a verb (not a function word, number or attributive adjective). */
function mayHoldVerb(inner: string): boolean {
  const ws = inner.split(/[\s–—-]+/).filter((w) => /\p{L}/u.test(w));
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (!/^\p{Ll}/u.test(w) || NON_VERBS.has(w)) continue;
    // An inflected adjective before a noun ("des verbotenen Buches").
    if (/(e|en|er|es|em)$/.test(w) && /^\p{Lu}/u.test(ws[i + 1] ?? '')) continue;
    return true;
  }
  return false;
}
