import { describe, expect, it } from 'vitest';
import { enforceConsistency } from '../../src/nlp/consistency.ts';
import { shortQuotes } from '../../src/nlp/features.ts';
import { LEX, Lexicon } from '../../src/nlp/lexicon.ts';
import { compoundPartType, postprocessTags } from '../../src/nlp/postprocess.ts';

const lex = Lexicon.fromEntries([
  ['Nato', LEX.ORG_NAME],
  ['SPD', LEX.PARTY],
  ['US', LEX.COUNTRY],
  ['Island', LEX.COUNTRY | LEX.SURNAME],
  ['Gipfel', LEX.COMMON_NOUN],
  ['Präsident', LEX.COMMON_NOUN | LEX.PER_TITLE],
  ['Württemberg', LEX.REGION],
  ['Baden', LEX.REGION | LEX.TOWN],
  ['Raketen', LEX.WEAPON_CUE],
  ['Haus', LEX.COMMON_NOUN],
  ['Zeit', LEX.COMMON_NOUN],
  ['Anna', LEX.FIRST_NAME],
]);

describe('names after a kind noun', () => {
  it('takes unknown capitalised words after an organisation noun as its name', () => {
    const words = ['Die', 'Rockband', 'Fold', 'Zandura', 'spielte', 'beim', 'Rüstungskonzern', 'EADS', '.'];
    const tags = words.map(() => 'O');
    expect(postprocessTags(words, tags, lex)).toEqual([
      'O',
      'O',
      'B-ORG',
      'I-ORG',
      'O',
      'O',
      'O',
      'B-ORG',
      'O',
    ]);
  });

  it('leaves common nouns, function words, first names and other chunks alone', () => {
    const words = [
      'der',
      'Verein',
      'Zeit',
      'und',
      'die',
      'Stiftung',
      'Anna',
      'und',
      'der',
      'Konzern',
      'Seit',
      'Berlin',
    ];
    const tags = ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-LOC'];
    expect(postprocessTags(words, tags, lex)).toEqual(tags);
  });

  it('types a short quoted title by the noun before it', () => {
    const words = [
      'der',
      'Film',
      '„',
      'Der',
      'unsichtbare',
      'Dritte',
      '“',
      'und',
      'die',
      'Zeitung',
      '„',
      'Eckart',
      '“',
    ];
    const out = postprocessTags(
      words,
      words.map(() => 'O'),
      lex,
    );
    expect(out.slice(3, 6)).toEqual(['B-OTH', 'I-OTH', 'I-OTH']);
    expect(out[11]).toBe('B-ORG');
    // Without a work noun a quote is no title; quotation marks never join the name.
    const plain = ['er', 'sagte', '„', 'Nein', '“'];
    expect(
      postprocessTags(
        plain,
        plain.map(() => 'O'),
        lex,
      ),
    ).toEqual(plain.map(() => 'O'));
    expect(out[2]).toBe('O');
  });
});

describe('compound -part rule', () => {
  it('types a compound by the known name leading it', () => {
    expect(compoundPartType('Nato-Gipfel', lex)).toBe('ORG');
    expect(compoundPartType('SPD-geführte', lex)).toBe('ORG');
    expect(compoundPartType('US-Präsident', lex)).toBe('LOC');
    expect(compoundPartType('Island-Reiseführer', lex)).toBe('LOC');
    // An unknown all-capital abbreviation is taken as an organisation.
    expect(compoundPartType('DLR-Forscher', lex)).toBe('ORG');
  });

  it('leaves names made of two name parts and compounds without a name alone', () => {
    expect(compoundPartType('Baden-Württemberg', lex)).toBe('');
    expect(compoundPartType('Haus-Gipfel', lex)).toBe('');
    expect(compoundPartType('Nato-', lex)).toBe('');
    expect(compoundPartType('A-Klasse', lex)).toBe('');
  });

  it('tags only words the tagger left outside a name, weapons first', () => {
    const words = ['Der', 'Nato-Gipfel', 'und', 'Patriot-Raketen', 'in', 'Baden-Württemberg'];
    const tags = ['O', 'O', 'O', 'O', 'O', 'B-LOC'];
    expect(postprocessTags(words, tags, lex)).toEqual(['O', 'B-ORGpart', 'O', 'B-OTH', 'O', 'B-LOC']);
    expect(postprocessTags(words, tags, lex, { parts: false })[1]).toBe('O');
  });
});

describe('quotation marks and names', () => {
  it('moves a chunk opened on a quotation mark to the next word', () => {
    const words = ['des', '„', 'Verbandes', 'Norddeutscher', 'Frauenvereine', '“'];
    const tags = ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'];
    expect(postprocessTags(words, tags, lex)).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });

  it('marks words of short quoted spans (titles), not long quotations', () => {
    expect([...shortQuotes(['der', 'Film', '„', 'Das', 'Boot', '“', 'lief'])]).toEqual([0, 0, 0, 1, 2, 0, 0]);
    const speech = ['„', ...'Wir werden das sehr genau prüfen und dann entscheiden'.split(' '), '“'];
    expect([...shortQuotes(speech)].every((x) => x === 0)).toBe(true);
    expect([...shortQuotes(['„', 'offen', 'ohne', 'Ende'])]).toEqual([0, 0, 0, 0]);
  });
});

describe('document consistency', () => {
  const lexicon = Lexicon.fromEntries([
    ['Besuch', LEX.COMMON_NOUN],
    ['Politik', LEX.COMMON_NOUN],
    ['Kanzleramt', LEX.COMMON_NOUN | LEX.ORG_CUE],
  ]);

  it('cuts a known name in the genitive off the common noun after it, also a compound noun', () => {
    const sentences = [
      ['Novak', 'kam', '.'],
      ['Novak', 'sprach', '.'],
      ['Novaks', 'Staatsbesuch', 'endete', '.'],
      ['Novaks', 'Politik', '.'],
    ];
    const tags = [
      ['B-PER', 'O', 'O'],
      ['B-PER', 'O', 'O'],
      ['B-LOC', 'I-LOC', 'O', 'O'],
      ['B-ORG', 'I-ORG', 'O'],
    ];
    enforceConsistency(sentences, tags, lexicon);
    expect(tags[2]).toEqual(['B-PER', 'O', 'O', 'O']);
    expect(tags[3]).toEqual(['B-PER', 'O', 'O']);
  });

  it('keeps mentions whose second word is a name or an organisation word', () => {
    const sentences = [
      ['Novak', 'kam'],
      ['Novak', 'ging'],
      ['Novaks', 'Kanzleramt', 'schwieg'],
    ];
    const tags = [
      ['B-PER', 'O'],
      ['B-PER', 'O'],
      ['B-ORG', 'I-ORG', 'O'],
    ];
    enforceConsistency(sentences, tags, lexicon);
    expect(tags[2]).toEqual(['B-ORG', 'I-ORG', 'O']);
  });

  it('gives a one-word mention the clear majority type of its form in the document', () => {
    const sentences = [
      ['Varo', 'siegte'],
      ['Varo', 'lachte'],
      ['in', 'Varo'],
      ['Lima', 'und', 'Lima'],
    ];
    const tags = [
      ['B-PER', 'O'],
      ['B-PER', 'O'],
      ['O', 'B-LOC'],
      ['B-LOC', 'O', 'B-ORG'],
    ];
    enforceConsistency(sentences, tags, lexicon);
    expect(tags[2]).toEqual(['O', 'B-PER']);
    // One vote against one: no clear majority, both stay.
    expect(tags[3]).toEqual(['B-LOC', 'O', 'B-ORG']);
  });
});

describe('names by their company (round six rules)', () => {
  const tag = (sentence: string, given: Record<number, string> = {}) => {
    const words = sentence.split(' ');
    return postprocessTags(
      words,
      words.map((_, i) => given[i] ?? 'O'),
      lex,
    );
  };

  it('gives an abbreviation in brackets the type of the name right before it', () => {
    expect(tag('das Bundesamt für Gesundheit ( BAG ) hat', { 1: 'B-ORG', 2: 'I-ORG', 3: 'I-ORG' })[5]).toBe(
      'B-ORG',
    );
    // Without a name before, or for a word that is no abbreviation, nothing changes.
    expect(tag('die Behörde ( BAG ) hat')[3]).toBe('O');
    expect(tag('die Nato ( Bündnis ) hat', { 1: 'B-ORG' })[3]).toBe('O');
  });

  it('takes an unknown name right after a verb of saying, closing the clause, as a person', () => {
    expect(tag('Das sei nicht zu ändern , sagte Prizak .')[7]).toBe('B-PER');
    expect(tag('Prizak meinte , dass es regne .')[0]).toBe('B-PER');
    // A common noun is not taken; a first name is.
    expect(tag('Das sei so , sagte Präsident Weber .')[5]).toBe('O');
    expect(tag('Es regnet , sagte Anna .')[4]).toBe('B-PER');
  });

  it('takes an unknown name after "in"/"nach" that closes a phrase as a place', () => {
    expect(tag('Er reiste nach Kratie , wo er blieb .')[3]).toBe('B-LOC');
    expect(tag('Sie lebt in Skovlunde .')[3]).toBe('B-LOC');
    expect(tag('Sie sind in Haus und Hof .')[3]).toBe('O');
  });

  it('marks web and e-mail addresses and currency signs as OTH, as GermEval does', () => {
    const out = tag('Mehr auf www.example.de und t-online.de oder an info@example.org für 5 € .');
    expect(out[2]).toBe('B-OTH');
    expect(out[4]).toBe('B-OTH');
    expect(out[7]).toBe('B-OTH');
    expect(out[10]).toBe('B-OTH');
    expect(tag('z.B. bzw. usw. 5 Euro')).toEqual(['O', 'O', 'O', 'O', 'O']);
  });
});
