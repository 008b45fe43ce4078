import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, createDoc } from '../../src/nlp/analyze.ts';
import type { Mention } from '../../src/nlp/types.ts';
import { HAS_SHARED, sharedPath } from '../helpers/shared.ts';

const find = (ms: Mention[], text: string): Mention | undefined => ms.find((m) => m.text === text);

describe('entities in analyze()', () => {
  const text =
    'Bundeskanzler Olaf Scholz hat in Berlin den französischen Präsidenten Emmanuel Macron empfangen. ' +
    'Scholz sagte, Frankreichs Unterstützung sei wichtig. Macrons Besuch endete am Abend.';
  const doc = createDoc(text);

  it('finds mentions with exact offsets', () => {
    for (const m of doc.entities) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(find(doc.entities, 'Olaf Scholz')?.type).toBe('PER');
    expect(find(doc.entities, 'Berlin')?.type).toBe('LOC');
  });

  it('links short and inflected names to the full name', () => {
    expect(find(doc.entities, 'Scholz')?.canonical).toBe('Olaf Scholz');
    expect(find(doc.entities, 'Macrons')?.canonical).toBe('Emmanuel Macron');
    expect(find(doc.entities, 'Frankreichs')?.canonical).toBe('Frankreich');
  });

  it('keeps a final s that belongs to the name, strips it in a genitive slot', () => {
    const t =
      'Der Index Dow Jones stieg, berichtete Reuters. Der Chef des Konzerns Siemens widersprach. ' +
      'Seit dem Ende des Zweiten Weltkriegs ist das so.';
    const ms = createDoc(t).entities;
    const canon = (form: string) => ms.find((m) => m.text.endsWith(form))?.canonical;
    // The word lists know "Jones"/"Jone", "Reuters"/"Reuter", "Siemens"/"Siemen" alike.
    expect(canon('Jones')).toMatch(/Jones$/);
    expect(canon('Reuters')).toBe('Reuters');
    expect(canon('Siemens')).toBe('Siemens');
    // After a genitive article (also across an adjective) the s is the genitive.
    expect(canon('Weltkriegs')).toMatch(/Weltkrieg$/);
    // …unless the text uses the s-form outside such a slot as well.
    const golf = createDoc('Tiger Woods gewann. Woods Karriere geht weiter.').entities;
    expect(golf.map((m) => m.canonical)).toEqual(['Tiger Woods', 'Tiger Woods']);
  });

  it('keeps the s of a name the text uses where no genitive can stand, even if the lists know the stem', () => {
    // "Bendel" is a listed surname, "Bendels" is not; "schrieb Bendels." and "mit Bendels nicht" are no genitives.
    const t =
      'Der PR-Berater David Bendels vertritt den Verein. „Kein Kommentar“, schrieb Bendels. ' +
      'Er habe mit Bendels nicht gesprochen.';
    expect(
      new Set(
        createDoc(t)
          .entities.filter((m) => m.type === 'PER')
          .map((m) => m.canonical),
      ),
    ).toEqual(new Set(['David Bendels']));
    // So does a title without article before a full name: "erklärt Pastor Albrecht Martins kurz …".
    const pastor = createDoc(
      '„Das Ziel ist ehrgeizig“, erklärt Pastor Albrecht Martins kurz vor der Auktion.',
    ).entities;
    expect(pastor.find((m) => m.text === 'Albrecht Martins')?.canonical).toBe('Albrecht Martins');
    // A genitive list keeps stripping: "die Energieprobleme Deutschlands und Europas".
    const eu = createDoc('Wir müssen die Energieprobleme Deutschlands und Europas lösen.').entities;
    expect(eu.find((m) => m.text === 'Europas')?.canonical).toBe('Europa');
  });

  it('ends a person name at a lower-case word that is no name particle', () => {
    const ms = createDoc(
      'Die beiden schrieben sich Briefe. Kim lud Trump schließlich nach Pjöngjang ein.',
    ).entities;
    expect(ms.filter((m) => m.type === 'PER').map((m) => m.text)).not.toContain('Kim lud Trump');
    const particles = createDoc('Ursula von der Leyen traf Ali al-Nuaimi in Brüssel.').entities;
    expect(particles.map((m) => m.text)).toContain('Ursula von der Leyen');
  });

  it('finishes a person name the tagger cut short where the document gives it in full', () => {
    const t =
      'Über den Verbleib von Nordkoreas Machthaber Kim Jong Un hat Trump gesprochen. ' +
      'Kim Jong Un lächelt auf den Bildern. Kim Jong Un taucht nach Wochen wieder auf.';
    const names = createDoc(t).entities.filter((m) => m.type === 'PER' && m.text.startsWith('Kim'));
    expect(names.map((m) => m.text)).toEqual(['Kim Jong Un', 'Kim Jong Un', 'Kim Jong Un']);
  });

  it('maps adjectives to places and sets categories and descriptors', () => {
    const adj = find(doc.entities, 'französischen');
    expect(adj).toMatchObject({ type: 'LOC', form: 'deriv', canonical: 'Frankreich', category: 'country' });
    expect(find(doc.entities, 'Emmanuel Macron')?.descriptor).toBe('der französische Präsident');
    expect(find(doc.entities, 'Olaf Scholz')?.descriptor).toBe('Bundeskanzler');
    expect(find(doc.entities, 'Berlin')?.category).toBe('city');
  });

  it('projects to the Analysis shape', () => {
    const a = analyze(text);
    expect(a.tokens).toBeUndefined();
    expect(a.sentences).toHaveLength(3);
    expect(analyze(text, { tokens: true }).tokens?.length).toBe(doc.tokens.length);
    expect(analyze('')).toEqual({ sentences: [], entities: [], claims: [] });
  });
});

describe.skipIf(!HAS_SHARED)('seed article end to end', () => {
  it('finds every person, organisation, place and weapons system with links', () => {
    const seed = readFileSync(sharedPath('seed-article.txt'), 'utf8');
    const ms = analyze(seed).entities;
    const canon = (t: string): string[] => ms.filter((m) => m.text === t).map((m) => m.canonical);
    for (const [t, c] of [
      ['Li Shangfu', 'Li Shangfu'],
      ['Alexander Lukaschenko', 'Alexander Lukaschenko'],
      ['Lukaschenko', 'Alexander Lukaschenko'],
      ['Lukaschenkos', 'Alexander Lukaschenko'],
      ['Wladimir Putin', 'Wladimir Putin'],
      ['Belta', 'Belta'],
      ['dpa', 'dpa'],
      ['Minsk', 'Minsk'],
      ['Belarus', 'Belarus'],
      ['China', 'China'],
      ['Chinas', 'China'],
      ['Russland', 'Russland'],
      ['USA', 'USA'],
      ['Ukraine', 'Ukraine'],
      ['Kiew', 'Kiew'],
      ['Moskauer', 'Moskau'],
      ['belarussische', 'Belarus'],
      ['russische', 'Russland'],
      ['Iskander-Raketen', 'Iskander'],
    ]) {
      expect(canon(t), t).toContain(c);
    }
    expect(ms.find((m) => m.text === 'Iskander-Raketen')).toMatchObject({ type: 'OTH', category: 'weapon' });
    expect(ms.find((m) => m.text === 'Belta')?.descriptor).toBe(
      'die staatliche belarussische Nachrichtenagentur',
    );
    expect(ms.find((m) => m.text === 'Wladimir Putin')?.descriptor).toBe('der russische Präsident');
    // Every occurrence of the capital is found (document-level consistency).
    expect(ms.filter((m) => m.text === 'Minsk')).toHaveLength(seed.split('Minsk').length - 1);
  });
});

describe('descriptors', () => {
  it('reads appositions after the name and puts them into the nominative', () => {
    const d = createDoc('Gestern sprach Jens Stoltenberg, der frühere Generalsekretär, in Oslo.');
    expect(d.entities.find((m) => m.text === 'Jens Stoltenberg')?.descriptor).toBe(
      'der frühere Generalsekretär',
    );
    const e = createDoc('Sie traf den ukrainischen Außenminister Dmytro Kuleba in Kiew.');
    expect(e.entities.find((m) => m.text === 'Dmytro Kuleba')?.descriptor).toBe(
      'der ukrainische Außenminister',
    );
  });
});
