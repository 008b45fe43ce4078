/**
 * Within one article: which mentions name the same thing. Mentions group by their document-level
 * canonical name; then a bare surname joins the one full name it ends, a genitive joins its base
 * ("Lukaschenkos" → "Lukaschenko"), and an acronym right after a name joins it
 * ("Europäische Zentralbank (EZB)"). Cross-article resolution works on these groups.
 */

import { placeOfAdjective } from '../nlp/normalize.ts';
import type { Analysis, EntityType, Mention } from '../nlp/types.ts';
import { adjectiveStem, inflectionBases, isAcronym, isAcronymOf, keyTokens, nameKey } from './names.ts';
import { TYPE_CODES } from './store.ts';

export interface DocGroup {
  /** Name key of `name`. */
  key: string;
  /** The best name the article gives (the longest canonical of the group). */
  name: string;
  /** Mention type votes, indexed like TYPE_CODES. */
  votes: number[];
  category?: string;
  /** Indices into analysis.entities. */
  mentions: number[];
  /** Surface forms of non-derived mentions. */
  forms: string[];
  /** Stems of derived adjectives ("belarussisch"). */
  derivs: string[];
  descriptors: string[];
  /** Other names this article gives it (an acronym in brackets). */
  aliases: string[];
  /** True when only derived adjectives name it and the tagger gave no base name. */
  derivOnly: boolean;
}

/** Returns the majority type of a vote array. */
export function voteType(votes: number[]): EntityType {
  let best = 0;
  for (let i = 1; i < 4; i++) if (votes[i] > votes[best]) best = i;
  return TYPE_CODES[best];
}

function mentionName(m: Mention): { name: string; derivOnly: boolean } {
  const canonical = (m.canonical || m.text).trim();
  if (m.form === 'deriv' && nameKey(canonical) === nameKey(m.text)) {
    const place = placeOfAdjective(m.text);
    if (place) return { name: place, derivOnly: false };
    // The tagger gave no base place for this adjective: keep its stem to look up later.
    return { name: adjectiveStem(nameKey(m.text)) ?? nameKey(m.text), derivOnly: true };
  }
  if (m.form === 'part' && canonical === m.text && canonical.includes('-')) {
    // "Nato-Gipfel" without a canonical: the name is the first part.
    return { name: canonical.split('-')[0], derivOnly: false };
  }
  return { name: canonical, derivOnly: false };
}

function mergeInto(target: DocGroup, source: DocGroup): void {
  for (let t = 0; t < 4; t++) target.votes[t] += source.votes[t];
  target.mentions.push(...source.mentions);
  target.forms.push(...source.forms);
  target.derivs.push(...source.derivs);
  target.descriptors.push(...source.descriptors);
  target.aliases.push(...source.aliases);
  if (!target.category) target.category = source.category;
  target.derivOnly = target.derivOnly && source.derivOnly;
}

/** Returns the entity groups of one analysed article and, per mention, the index of its group. */
export function docGroups(analysis: Analysis): { groups: DocGroup[]; groupOf: number[] } {
  const byKey = new Map<string, DocGroup>();
  const mentionKey: string[] = [];
  analysis.entities.forEach((m, i) => {
    const { name, derivOnly } = mentionName(m);
    const key = (derivOnly ? 'deriv:' : '') + nameKey(name);
    mentionKey.push(key);
    if (!nameKey(name)) return;
    let g = byKey.get(key);
    if (!g) {
      g = {
        key: nameKey(name),
        name,
        votes: [0, 0, 0, 0],
        mentions: [],
        forms: [],
        derivs: [],
        descriptors: [],
        aliases: [],
        derivOnly,
      };
      byKey.set(key, g);
    }
    g.votes[TYPE_CODES.indexOf(m.type)] += 1;
    g.mentions.push(i);
    if (m.form === 'deriv') {
      const stem = adjectiveStem(nameKey(m.text));
      if (stem) g.derivs.push(stem);
    } else g.forms.push(m.text);
    if (m.category && !g.category) g.category = m.category;
    if (m.descriptor) g.descriptors.push(m.descriptor);
    if (name.length > g.name.length) g.name = name;
  });

  // Which group absorbs which: surname → the one full name ending in it; genitive → base.
  const redirect = new Map<string, string>();
  const keys = [...byKey.keys()].filter((k) => !k.startsWith('deriv:'));
  for (const k of keys) {
    const g = byKey.get(k)!;
    const tokens = keyTokens(k);
    if (voteType(g.votes) === 'PER' && tokens.length === 1) {
      const full = keys.filter((o) => {
        const ot = keyTokens(o);
        return ot.length > 1 && ot[ot.length - 1] === k && voteType(byKey.get(o)!.votes) === 'PER';
      });
      if (full.length === 1) {
        redirect.set(k, full[0]);
        continue;
      }
    }
    for (const base of inflectionBases(k)) {
      if (byKey.has(base) && base !== k) {
        redirect.set(k, base);
        break;
      }
      // "Lukaschenkos" when only "Alexander Lukaschenko" is in the text.
      if (tokens.length === 1) {
        const full = keys.filter((o) => {
          const ot = keyTokens(o);
          return ot.length > 1 && ot[ot.length - 1] === base;
        });
        if (full.length === 1) {
          redirect.set(k, full[0]);
          break;
        }
      }
    }
  }
  // Acronym in brackets right after a name: "Europäische Zentralbank (EZB)".
  const ents = analysis.entities;
  for (let i = 0; i + 1 < ents.length; i++) {
    const a = ents[i];
    const b = ents[i + 1];
    if (b.start - a.end > 2 || !isAcronym(b.text) || a.text.length <= b.text.length) continue;
    if (!isAcronymOf(b.text, a.text)) continue;
    const ka = mentionKey[i];
    const kb = mentionKey[i + 1];
    if (ka !== kb && byKey.has(ka) && byKey.has(kb) && !redirect.has(kb)) {
      redirect.set(kb, ka);
      byKey.get(ka)!.aliases.push(b.text);
    }
  }

  const finalKey = (k: string): string => {
    let cur = k;
    for (let hops = 0; hops < 5 && redirect.has(cur); hops++) cur = redirect.get(cur)!;
    return cur;
  };
  for (const [from] of redirect) {
    const to = finalKey(from);
    if (to !== from) mergeInto(byKey.get(to)!, byKey.get(from)!);
  }
  const groups: DocGroup[] = [];
  const index = new Map<string, number>();
  for (const [k, g] of byKey) {
    if (finalKey(k) !== k) continue;
    index.set(k, groups.length);
    groups.push(g);
  }
  const groupOf = mentionKey.map((k) => index.get(finalKey(k)) ?? -1);
  return { groups, groupOf };
}
