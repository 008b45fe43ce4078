import { describe, expect, it } from 'vitest';
import { noSpeaker, pronounOnly, speakerMatches } from '../../bench/claims/wikinews.ts';
import type { WikinewsAnnotation } from '../../scripts/claims/read-corpora.ts';

const gold = (speaker: string) => ({ speaker: { text: speaker } }) as unknown as WikinewsAnnotation;

describe('Wikinews speaker scoring (the issue: pronoun-only gold speakers left out)', () => {
  it('leaves out gold speakers that are only pronouns, relative and demonstrative ones too', () => {
    for (const p of ['er', 'Sie', 'denen', 'welchem', 'Letztere', 'diesem', 'derselbe', 'wem'])
      expect(pronounOnly(gold(p)), p).toBe(true);
  });

  it('keeps speakers with a noun or name, and pronominal adverbs that the rules give as speakers', () => {
    for (const p of ['die Polizei', 'er und Merkel', 'Demnach', 'eigenen Angaben', 'niemand'])
      expect(pronounOnly(gold(p)), p).toBe(false);
    expect(noSpeaker(gold(''))).toBe(true);
  });

  it('matches by a shared content word of the text or the canonical name', () => {
    const sp = { text: 'Er', canonical: 'Wolfgang Schäuble', start: 0, end: 2 };
    expect(speakerMatches(sp, 'Innenminister Schäuble')).toBe(true);
    expect(speakerMatches(sp, 'der Minister')).toBe(false);
    expect(speakerMatches(undefined, 'Schäuble')).toBe(false);
  });
});
