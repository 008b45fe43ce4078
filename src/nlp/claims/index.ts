/**
 * The claims component of the pipeline: direct quotes, reported speech, announcements and factual
 * assertions, each with speaker, cue, media chain and (for factual claims) check-worthiness.
 *
 * Order of work, one pass over the sentences:
 * 1. pair quotation marks over the whole text (quotes may span sentences);
 * 2. per sentence: direct quotes ending here get their attribution (after, before, or carried over);
 *    words outside speech quotes are searched for reported speech, attribution phrases, and
 *    Konjunktiv clauses that continue the previous speaker; what is left may be a factual claim;
 * 3. pronoun speakers resolve to the last speaker; the article byline ("(dpa)") ends every via chain.
 */
import type { Claim, Doc, Span, Speaker } from '../types.ts';
import { type Attribution, findAttributions, mediumThenSource, statementPossessive } from './attribution.ts';
import { contentSpan, openingSubject, sentenceSubject } from './clause.ts';
import { type ClaimDraft, toClaim } from './draft.ts';
import { checkworthiness, FACTUAL_MIN_SCORE } from './factual.ts';
import {
  anaphoricReport,
  inheritForward,
  isAnaphoric,
  nearestActor,
  sourceSpeaker,
  trimEnd,
  viaOf,
} from './fallbacks.ts';
import { isConditional, subordinateReport } from './free-indirect.ts';
import { PASSIVE_FINITE } from './grammar.ts';
import { bylineAgencies, mediaIn } from './media.ts';
import { antecedent } from './pronouns.ts';
import { findQuotations } from './quotes.ts';
import { findReported, subjunctiveAt } from './reported.ts';
import { framedQuoteReport, reportBeforeQuoteCue, secondReport } from './second-report.ts';
import { appositionName, mentionOf, type SpeakerPhrase, speakerOf, stripDeterminer } from './speaker.ts';
import { allQuoted, quoteMask, speechQuotes } from './speech-quotes.ts';
import { buildView, wordAt } from './view.ts';
import { agentPhrase } from './voice.ts';

export type { ClaimDraft } from './draft.ts';

/** Finite verb forms of the third person plural ("machen", "sind", "hatten"). */
const PLURAL_FINITE = /^(\p{Ll}+en|sind|waren)$/u;
/** A speaker carries over to an unattributed quote or Konjunktiv sentence at most this many sentences on. */
const CARRY_SENTENCES = 3;
/** How far before a Konjunktiv verb a colon is looked for ("X kritisierte Y: Das Gesetz beschränke …"). */
const COLON_REACH = 30;

/** Returns the claims of a document, in text order. */
export function findClaims(doc: Doc): Claim[] {
  return findClaimDrafts(doc).map(toClaim);
}

/** Options of findClaimDrafts, for training scripts. */
export interface DraftOptions {
  /** Skip main-clause cues that mostly headed actions in training (default true). */
  filterMainCues?: boolean;
}

/** Returns the claims of a document with their cue spans (what benchmarks score), in text order. */
export function findClaimDrafts(doc: Doc, options: DraftOptions = {}): ClaimDraft[] {
  const quotes = findQuotations(doc.text);
  const view = buildView(doc, quotes);
  const byline = bylineAgencies(doc.text);
  const speech = speechQuotes(view, quotes);
  const quoted = quoteMask(
    view,
    speech.map((s) => s.q),
  );
  const inQuote = (i: number) => quoted[i] === 1;
  // Sentences whose speech verb attributes a direct quote hold no second, reported claim.
  // Per such sentence, its first word of a quote cue: "Er sagte, A sei B, und fügte hinzu: „…“" still
  // reports A before that cue.
  const consumed = new Map<number, number>();
  for (const { attribution, naming } of speech) {
    if (naming) continue;
    for (const c of attribution?.cueSpans ?? []) {
      const w = wordAt(view, c.start);
      const s = view.words[w].sentence;
      consumed.set(s, Math.min(consumed.get(s) ?? w, w));
    }
  }
  const drafts: ClaimDraft[] = [];
  let last = null as { speaker: Speaker; sentence: number } | null;
  // The sentence of the last reported or quoted claim, with or without a speaker ("Es hieß, …").
  let lastReport = -Infinity;
  let qi = 0;
  // The previous sentence when it had no claim but may hold a main-clause report that the cue table
  // filtered out (see below); its draft is only built when the next sentence asks for it.
  let filtered = null as { sentence: number; w0: number; w1: number; attributions: Attribution[] } | null;

  // The phrase as the speaker's text, standing for `who` ("nach eigenen Angaben", "Seine Worte").
  const standingFor = (p: SpeakerPhrase, who: Speaker): Speaker => {
    const a = view.words[p.w0];
    const b = view.words[p.w1 - 1];
    return { text: view.text.slice(a.start, b.end), canonical: who.canonical, start: a.start, end: b.end };
  };
  const resolve = (p: SpeakerPhrase | null): Speaker | undefined => {
    if (!p) return undefined;
    // "Der Konzern hat nach eigenen Angaben …": the words "eigenen Angaben" are the speaker's mention,
    // the clause's subject is who speaks (like a pronoun and its antecedent).
    if (p.refersTo !== undefined) {
      const own = resolve(p.refersTo);
      return own && standingFor(p, own);
    }
    // "Seine exakten Worte", "ihrer Ansicht nach": the possessor speaks; resolved like a pronoun,
    // the phrase kept as the speaker's text (and as its canonical when no one is found).
    const owner = statementPossessive(view, p);
    const who = owner >= 0 ? resolve({ w0: owner, w1: owner + 1, pronoun: true }) : undefined;
    if (who) return standingFor(p, who);
    if (!p.pronoun) return speakerOf(view, p);
    // "Forscher der Universität X machen … verantwortlich. Sie gehen davon aus, …": the actor of the
    // sentence before, when newer than the last speaker, is what a pronoun without a person points to.
    const s = view.words[p.w0].sentence;
    const w = view.words[p.w0].lower;
    // "Die Wahlkommission gab das Ergebnis bekannt. Demnach …": a reference back to a report points to
    // the subject of the sentence before, named or not, when it is newer than the last speaker.
    const report =
      (w === 'demnach' || w === 'wonach' || w === 'danach') && fresh(subject, s) ? subject : null;
    const back = report ?? (w === 'sie' && fresh(plural, s) ? plural : fresh(actor, s) ? actor : last);
    const recent = back !== null && back === last && s - back.sentence <= 1;
    return speakerOf(view, p, antecedent(view, p.w0, back?.speaker, recent));
  };
  const push = (d: ClaimDraft) => {
    d.via = [...d.via, ...byline.filter((b) => !d.via.includes(b))];
    drafts.push(d);
    if (d.speaker) last = { speaker: d.speaker, sentence: d.sentence };
    if (d.kind !== 'factual') lastReport = d.sentence;
  };
  // A named person, organisation or place (metonymy: "Der Iran streitet dies ab.") opening the previous
  // sentence without a claim ("X verteidigte sein Vorgehen.") is who a following Konjunktiv sentence most
  // likely reports, if newer than the last speaker.
  let actor = null as { speaker: Speaker; sentence: number } | null;
  let plural = null as { speaker: Speaker; sentence: number } | null;
  // Any noun subject of the sentence before, named or not (for "Demnach").
  let subject = null as { speaker: Speaker; sentence: number } | null;
  // A subject noted in the sentence right before s that is newer than the last speaker.
  const fresh = (a: typeof actor, s: number) =>
    a !== null && s - a.sentence === 1 && (!last || a.sentence > last.sentence);
  const carried = (s: number) => {
    const c = fresh(actor, s) ? actor : last;
    return c && s - c.sentence <= CARRY_SENTENCES ? c.speaker : undefined;
  };
  const noteActor = (s: number, w0: number, w1: number) => {
    const p = sentenceSubject(view, w0, w1);
    // "X wurden von Y … bezeichnet": the subject of a passive is not who acts; the agent Y is.
    if (p && PASSIVE_FINITE.has(view.words[p.w1]?.lower ?? '')) {
      const isActor = (q: SpeakerPhrase) => ['PER', 'ORG'].includes(mentionOf(view, q)?.type ?? '');
      const agent = agentPhrase(view, p.w1 + 1, w1, isActor);
      const sp = agent ? speakerOf(view, agent) : undefined;
      if (sp) actor = { speaker: sp, sentence: s };
      return;
    }
    // Any noun subject, named or not (computed once: the actor and plural checks below reuse it).
    const any = p && !p.pronoun ? speakerOf(view, p) : undefined;
    if (any) subject = { speaker: any, sentence: s };
    const m = p ? (mentionOf(view, p) ?? appositionName(view, p.w1)) : undefined;
    const sp = p && m && m.type !== 'OTH' ? (any ?? speakerOf(view, p)) : undefined;
    // "Die Forscher machen …": a plural noun subject is what a plural "sie" next may point to.
    if (p && !m && PLURAL_FINITE.test(view.words[p.w1]?.text ?? '')) {
      const ps = any ?? speakerOf(view, p);
      if (ps) plural = { speaker: ps, sentence: s };
    }
    if (sp) actor = { speaker: sp, sentence: s };
  };
  // The main-clause report of a claimless sentence as it would be without the cue table (null if none).
  const revive = (f: { sentence: number; w0: number; w1: number; attributions: Attribution[] }) => {
    const r = findReported(view, f.w0, f.w1, inQuote, false);
    if (r?.rule !== 'main') return null;
    const cueAt = r.cueSpans[0]?.start ?? view.words[f.w1 - 1].end;
    const sp = r.impersonal
      ? resolve(r.phrase)
      : (resolve(r.phrase) ??
        resolve(openingSubject(view, f.w0, f.w1)) ??
        nearestActor(view, view.words[f.w0].start, cueAt));
    const draft: ClaimDraft = {
      ...r.content,
      text: doc.text.slice(r.content.start, r.content.end),
      kind: r.kind,
      speaker: sp,
      cue: r.cue,
      cueSpans: r.cueSpans,
      via: viaOf(view, f.attributions),
      sentence: f.sentence,
      rule: 'main-revived',
    };
    return draft;
  };

  for (let s = 0; s < view.sentences.length; s++) {
    const { w0, w1, end } = view.sentences[s];
    // Direct quotes that end in this sentence; pushed after the sentence's own claim has a speaker.
    const here: (typeof speech)[number][] = [];
    while (qi < speech.length && speech[qi].q.end <= end) here.push(speech[qi++]);
    // "Der Verkehr sei „…“, sagte ein Sprecher.": the Konjunktiv clause around the quote is the
    // speaker's report too, not only the quoted words.
    const pushFramed = (qs: typeof here, from: number, cue: number) => {
      const framed = qs.find(
        (h) =>
          !h.naming && h.attribution?.cueSpans[0] && wordAt(view, h.attribution.cueSpans[0].start) === cue,
      );
      const span = framed ? framedQuoteReport(view, from, wordAt(view, framed.q.start), cue) : null;
      const at = framed?.attribution;
      if (!span || !at || at.impersonal) return;
      push({
        ...span,
        text: doc.text.slice(span.start, span.end),
        kind: 'indirect',
        speaker: resolve(at.phrase),
        cue: at.cue,
        cueSpans: at.cueSpans,
        via: at.via,
        sentence: s,
        rule: 'postposed',
      });
    };
    // `reported`: the sentence is reported speech (Konjunktiv), or the span of the claim the host speaks;
    // a quote inside it is the host's wording, whatever the sentence's grammatical subject.
    const pushQuotes = (host?: Speaker, reported: boolean | Span = false) => {
      // "Die „…“ hätten „…“, so X.": an attributed quote speaks for the unattributed ones of its sentence.
      const attributed = here.find((h) => h.attribution?.phrase && !h.attribution.impersonal && !h.naming);
      const sibling = attributed ? resolve(attributed.attribution?.phrase ?? null) : undefined;
      for (const { q, attribution: at } of here) {
        // An embedded quote without attribution belongs to the sentence's subject ("Die SPD will „…“").
        // "Hier sparte der Bundespräsident nicht mit Kritik: „…“": the subject after the verb of an
        // adverbial-first sentence, in the words before the quote.
        const embedded =
          !at && q.start > view.words[w0].start ? sentenceSubject(view, w0, w1, wordAt(view, q.start)) : null;
        // An attribution whose cue has no subject phrase ("…, biss den Fluggast und rief: „…“",
        // "wird X wie folgt zitiert:"): the person or organisation named before the cue in its sentence.
        const cueAt = at?.cueSpans[0];
        const cueSentence = cueAt
          ? view.sentences[view.words[wordAt(view, cueAt.start)].sentence]
          : undefined;
        // …else the phrase opening that sentence ("Der Student … schlief ein und hatte gefragt: „…“").
        const actor =
          at && !at.phrase && !at.impersonal && cueAt && cueSentence
            ? (nearestActor(view, cueSentence.start, cueAt.start) ??
              resolve(openingSubject(view, cueSentence.w0, wordAt(view, cueAt.start))))
            : undefined;
        // A passive attribution without agent ("wurde als „…“ bezeichnet") names no one else.
        const speaker = at?.impersonal
          ? resolve(at.phrase)
          : ((at ? resolve(at.phrase) : undefined) ??
            actor ??
            (at ? undefined : sibling) ??
            // In a Konjunktiv sentence ("Die Nachfrage sei hoch, „mehr als …“") the quote is the
            // reporting speaker's words, not its grammatical subject's.
            (reported === true || (reported && q.start >= reported.start && q.end <= reported.end + 1)
              ? host
              : undefined) ??
            (embedded ? resolve(embedded) : undefined) ??
            host ??
            carried(s));
        push({
          start: q.start,
          end: q.end,
          text: doc.text.slice(q.start, q.end),
          kind: 'direct',
          speaker,
          cue: at?.cue,
          cueSpans: at?.cueSpans ?? [],
          via: at?.via ?? [],
          sentence: s,
          rule: at ? 'quote' : host ? 'quote-in-report' : 'quote-carried',
        });
      }
    };
    if (w1 <= w0 || consumed.has(s) || allQuoted(view, w0, w1, inQuote)) {
      pushQuotes();
      const before = consumed.has(s) ? reportBeforeQuoteCue(view, w0, consumed.get(s) ?? w0, inQuote) : null;
      if (!before && consumed.has(s)) pushFramed(here, w0, consumed.get(s) ?? w0);
      if (before) {
        const speaker = resolve(before.phrase) ?? resolve(openingSubject(view, w0, w1)) ?? carried(s);
        push({
          ...before.content,
          text: doc.text.slice(before.content.start, before.content.end),
          kind: before.kind,
          speaker,
          cue: before.cue,
          cueSpans: before.cueSpans,
          via: [],
          sentence: s,
          rule: before.rule,
        });
      }
      continue;
    }
    const attributions = findAttributions(view, w0, w1, inQuote);
    let reported = findReported(view, w0, w1, inQuote, options.filterMainCues ?? true);
    // "Das erklärte ein Sprecher.", "Dies geht aus einer Mitteilung hervor.": a speech verb right after
    // an anaphoric "Das"/"Dies" attributes the previous sentence, whatever the verb heads elsewhere.
    if (!reported) reported = anaphoricReport(view, w0, w1, s > 0);
    // A named source ("laut X", "X zufolge") outranks a main-clause verb as the claim's origin; an
    // announcement stays one ("Agenturmeldungen zufolge will X …": X announces, the agency reports it).
    let announced = false;
    if (reported?.rule === 'main' && attributions.some((a) => a.source && !a.source.pronoun)) {
      announced = reported.kind === 'announcement';
      reported = null;
    }
    // "Nach Angaben der Polizei habe der Mann …, verlangt, …": a source opening the sentence, followed by
    // Konjunktiv before the cue, attributes the whole sentence; the cue sits inside what is reported.
    const opener = attributions[0];
    if (
      reported &&
      opener?.w0 === w0 &&
      opener.source &&
      !opener.source.pronoun &&
      reported.cueSpans[0] &&
      subjunctiveAt(view, opener.w1 - 1, wordAt(view, reported.cueSpans[0].start)).weight >= 0.75
    )
      reported = null;
    if (reported && isAnaphoric(view, w0, reported.cueSpans) && s > 0) {
      // "Das teilte die Polizei mit." reports the previous sentence: the claim is that sentence.
      const prev = view.sentences[s - 1];
      const content = contentSpan(view, prev.w0, prev.w1);
      // Drafts come in sentence order: only the last one can belong to the previous sentence.
      const lastDraft = drafts[drafts.length - 1];
      const prevHasClaim = lastDraft?.sentence === s - 1;
      const leftover = prevHasClaim && (lastDraft.kind === 'factual' || lastDraft.rule === 'free-indirect');
      // "„Ja, es gibt Zumutungen.“ Das musste der Minister einräumen.": the quote before gets the speaker.
      const sp =
        prevHasClaim && lastDraft.rule === 'quote-carried' && !lastDraft.speaker
          ? resolve(reported.phrase)
          : undefined;
      if (sp) {
        for (const d of drafts)
          if (d.sentence === s - 1 && d.rule === 'quote-carried' && !d.speaker)
            Object.assign(d, { speaker: sp, cue: reported.cue, cueSpans: reported.cueSpans });
        last = { speaker: sp, sentence: s };
        lastReport = s;
        pushQuotes(sp);
        continue;
      }
      const i = leftover ? drafts.length - 1 : -1;
      if (content && (leftover || !prevHasClaim)) {
        if (i >= 0) drafts.splice(i, 1);
        reported = { ...reported, content, rule: 'anaphoric' };
      }
    }
    if (reported) {
      const via = viaOf(view, attributions);
      // No subject found next to the cue: a named source, the phrase opening the sentence, the person
      // or organisation named before the cue, or the previous speaker — in that order.
      const cueAt = reported.cueSpans[0]?.start ?? view.words[w1 - 1].end;
      // A passive or impersonal cue ("Es wird befürchtet, …") names a speaker only through its agent.
      const speaker = reported.impersonal
        ? (resolve(reported.phrase) ?? sourceSpeaker(attributions, resolve))
        : (resolve(reported.phrase) ??
          sourceSpeaker(attributions, resolve) ??
          resolve(openingSubject(view, w0, w1)) ??
          nearestActor(view, view.words[w0].start, cueAt) ??
          carried(s));
      pushQuotes(speaker, reported.content);
      // "X sagte, A sei tot, doch Y erklärte, B …": two reports, each with its own speaker.
      const two = secondReport(view, reported, w1, inQuote);
      const content = two ? two.first : reported.content;
      push({
        ...content,
        text: doc.text.slice(content.start, content.end),
        kind: reported.kind,
        speaker,
        cue: reported.cue,
        cueSpans: reported.cueSpans,
        via,
        sentence: s,
        rule: reported.rule,
      });
      if (two) {
        const r = two.second;
        push({
          ...r.content,
          text: doc.text.slice(r.content.start, r.content.end),
          kind: r.kind,
          speaker: resolve(r.phrase),
          cue: r.cue,
          cueSpans: r.cueSpans,
          via: [],
          sentence: s,
          rule: 'second',
        });
      }
      continue;
    }
    // A question asks, it claims nothing ("Welche Vorschläge sind Ihrer Meinung nach verfassungswidrig?").
    const question = view.words[w1 - 1]?.text === '?';
    const withSource = question ? undefined : attributions[0];
    if (withSource) {
      // The attribution phrase itself is not part of what is claimed when it opens or closes the sentence.
      const content = (withSource.w0 === w0 ? contentSpan(view, withSource.w1, w1) : null) ??
        (withSource.w1 >= w1 - 1 && withSource.w0 > w0 ? contentSpan(view, w0, withSource.w0) : null) ?? {
          start: view.words[w0].start,
          end: trimEnd(view, w1),
        };
      // "Wie die Zeitung berichtete, soll laut einer Studie …": the medium passes on what the inner
      // source says; the inner source speaks, the medium is the channel.
      const inner = mediumThenSource(view, attributions);
      const speaker =
        (inner ? resolve(inner.source) : undefined) ?? sourceSpeaker(attributions, resolve) ?? carried(s);
      pushQuotes(speaker);
      const media = withSource.source ? mediaIn(view, withSource.source.w0, withSource.source.w1) : [];
      if (inner && withSource.source && media.length === 0)
        media.push(
          stripDeterminer(
            view.text.slice(view.words[withSource.source.w0].start, view.words[withSource.source.w1 - 1].end),
          ),
        );
      push({
        ...content,
        text: doc.text.slice(content.start, content.end),
        kind: announced ? 'announcement' : 'indirect',
        speaker,
        cue: (inner ?? withSource).cue,
        cueSpans: (inner ?? withSource).cueSpans,
        via: media.filter((m) => m !== speaker?.canonical && m !== speaker?.text),
        sentence: s,
        rule: 'attribution',
      });
      continue;
    }
    const { weight: konj, at: konjAt } = subjunctiveAt(view, w0, w1);
    // A Konjunktiv only in a clause after an indicative main clause reports that clause, spoken by the
    // main clause's subject ("X hat den Vorwurf zurückgewiesen, da er jeder Grundlage entbehre").
    const sub = konj >= 0.75 ? subordinateReport(view, w0, konjAt) : null;
    // A main-clause speech verb the cue table let pass as an action ("Die Regierung warnt vor …")
    // right before a Konjunktiv sentence reported speech after all: its sentence is a claim, and its
    // subject speaks on.
    const revived = !sub && konj >= 0.75 && filtered?.sentence === s - 1 ? revive(filtered) : null;
    if (revived) {
      const lastDraft = drafts[drafts.length - 1];
      if (lastDraft?.sentence === s - 1 && lastDraft.kind === 'factual') drafts.pop();
      if (drafts[drafts.length - 1]?.sentence !== s - 1) push(revived);
    }
    filtered = null;
    const speaker = carried(s);
    pushQuotes(speaker, konj >= 0.75);
    if (sub) {
      const content = { start: view.words[sub.w0].start, end: trimEnd(view, w1) };
      push({
        ...content,
        text: doc.text.slice(content.start, content.end),
        kind: 'indirect',
        // "Des Weiteren verwies Steinbrück darauf, dass …": no phrase opens the main clause; the
        // person or organisation named in it speaks.
        speaker:
          resolve(sub.subject) ??
          nearestActor(view, view.words[w0].start, view.words[sub.w0].start) ??
          speaker,
        cueSpans: [],
        via: [],
        sentence: s,
        rule: 'subordinate',
      });
      continue;
    }
    // "X kritisierte Y: Das Gesetz beschränke …": Konjunktiv after a colon is what the subject of the
    // clause before the colon says.
    let colon = -1;
    if (konj >= 0.75) {
      for (let k = konjAt - 1; k > w0 + 1 && konjAt - k < COLON_REACH; k--) {
        if (view.words[k].text === ':' && !inQuote(k)) {
          colon = k;
          break;
        }
      }
    }
    const beforeColon = colon > 0 ? openingSubject(view, w0, colon) : null;
    const colonSpeaker = beforeColon && !beforeColon.pronoun ? resolve(beforeColon) : undefined;
    // Free indirect speech: Konjunktiv I continues the previous report; Konjunktiv II only right after one.
    // Konjunktiv II of a condition ("Falls X, wäre es …", "Sollte der Antrag angenommen werden,
    // könnte …") is hypothetical, not reported.
    const conditional = konj <= 0.5 && isConditional(view, w0);
    const near = s - lastReport <= 1 && !conditional;
    // Konjunktiv I right after a sentence that names a person or organisation is that actor's speech,
    // even with no report before ("Der Konzern Siemens hat seine Zahlen vorgelegt. Der Umsatz sei …");
    // an opening "Er"/"Sie" picks the actor by gender ("Müntefering (SPD) trat zurück. Er werde …").
    const opensWithPronoun = /^(er|sie)$/.test(view.words[w0].lower);
    // The last person or organisation of the previous sentence; only Konjunktiv sentences ask for it.
    const prevNamed =
      konj >= 0.5 && s > 0
        ? nearestActor(view, view.sentences[s - 1].start, view.words[w0].start)
        : undefined;
    const prevActor =
      konj >= 0.75 && s > 0
        ? ((opensWithPronoun ? antecedent(view, w0) : undefined) ?? prevNamed)
        : undefined;
    if (
      colonSpeaker ||
      (konj >= 0.75 && (speaker || s - lastReport <= CARRY_SENTENCES)) ||
      (konj >= 0.5 && near) ||
      prevActor !== undefined ||
      // A known Konjunktiv I form ("Auch sei die Dokumentation unvollständig gewesen") goes on with a
      // report even when its speaker is too far back to name: a claim without a speaker. Free indirect
      // speech continues text before it; a first sentence has none.
      (konj >= 1 && s > 0)
    ) {
      const content = { start: view.words[colonSpeaker ? colon + 1 : w0].start, end: trimEnd(view, w1) };
      push({
        ...content,
        text: doc.text.slice(content.start, content.end),
        kind: 'indirect',
        speaker: colonSpeaker ?? speaker ?? prevActor ?? prevNamed,
        cueSpans: [],
        via: [],
        sentence: s,
        rule: 'free-indirect',
      });
      continue;
    }
    noteActor(s, w0, w1);
    if (options.filterMainCues ?? true) filtered = { sentence: s, w0, w1, attributions };
    const cw = checkworthiness(view, w0, w1);
    if (cw.score >= FACTUAL_MIN_SCORE && w1 - w0 >= 4) {
      const content = { start: view.words[w0].start, end: trimEnd(view, w1) };
      push({
        ...content,
        text: doc.text.slice(content.start, content.end),
        kind: 'factual',
        cueSpans: [],
        via: [],
        checkworthy: cw,
        sentence: s,
        rule: 'factual',
      });
    }
  }
  inheritForward(drafts);
  return drafts.sort((a, b) => a.start - b.start || b.end - a.end);
}
