// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './helpers.ts';

describe('passive and impersonal cues', () => {
  it('gives a passive cue without agent no speaker, not the previous one', () => {
    const cs = claimsOf(
      'Der Minister besuchte am Montag das Werk. Es wird befürchtet, dass die Produktion eingestellt wird.',
    );
    const c = claimWith(cs, 'Produktion');
    expect(c.kind).toBe('indirect');
    expect(c.speaker).toBeUndefined();
  });

  it('does not take the subject of a passive cue for the speaker', () => {
    const c = claimWith(claimsOf('Dem Angeklagten wird vorgeworfen, Geld unterschlagen zu haben.'), 'Geld');
    expect(c.speaker).toBeUndefined();
  });

  it('takes the agent of a passive cue as speaker', () => {
    const c = claimWith(
      claimsOf('Von der Polizei wurde mitgeteilt, dass die Straße wieder frei sei.'),
      'Straße',
    );
    expect(c.speaker?.text).toBe('der Polizei');
  });

  it('takes the document of "In X heißt es, …" as speaker', () => {
    const c = claimWith(
      claimsOf('In einem Papier des Innenministeriums heißt es, die Regeln hätten sich bewährt.'),
      'Regeln',
    );
    expect(c.speaker?.text).toBe('einem Papier des Innenministeriums');
  });
});

describe('speaker phrases', () => {
  it('never takes a capitalised adverb or "Es" opening the sentence for the speaker', () => {
    const a = claimWith(claimsOf('Vorerst hieß es nur, dass die Ermittlungen andauern.'), 'Ermittlungen');
    expect(a.speaker?.text).not.toBe('Vorerst');
    const b = claimWith(claimsOf('Es sei eine Illusion, sagte der Minister.'), 'Illusion');
    expect(b.speaker?.text).toBe('der Minister');
  });
});

describe('free indirect speech', () => {
  it('continues a report that has no speaker with the next Konjunktiv I sentence', () => {
    const cs = claimsOf(
      'Es wird erwartet, dass die Preise steigen. Die Kunden müssten sich auf höhere Kosten einstellen. Der Laden war voll.',
    );
    expect(claimWith(cs, 'Kunden').kind).toBe('indirect');
    expect(cs.some((c) => c.text.includes('Laden') && c.kind !== 'factual')).toBe(false);
  });
});
