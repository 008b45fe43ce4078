import { describe, expect, it } from 'vitest';
import { groupEntities, visibleClaims } from '../../src/popup/pageModel.ts';
import { makeResult } from './fixtures.ts';

describe('groupEntities', () => {
  it('groups mentions by dataset entity, types in fixed order, most mentioned first', () => {
    const { groups, hidden } = groupEntities(makeResult(), ['PER', 'ORG', 'LOC', 'OTH']);
    expect(hidden).toBe(0);
    expect(groups.map((g) => g.type)).toEqual(['PER', 'ORG', 'LOC']);
    const per = groups[0].rows[0];
    expect(per).toMatchObject({
      id: 'e1',
      name: 'Erika Beispiel',
      indices: [0, 2],
      descriptors: ['Bürgermeisterin'],
    });
    expect(groups[1].rows[0]).toMatchObject({ id: null, key: 'ORG:Verein Süd', indices: [3] });
  });

  it('leaves out types the settings hide and counts their mentions', () => {
    const { groups, hidden } = groupEntities(makeResult(), ['LOC']);
    expect(groups.map((g) => g.type)).toEqual(['LOC']);
    expect(hidden).toBe(3);
  });

  it('rejects a result whose entityIds do not line up with its mentions', () => {
    const bad = makeResult();
    bad.entityIds.pop();
    expect(() => groupEntities(bad, ['PER'])).toThrow(/entityIds/);
  });
});

describe('visibleClaims', () => {
  it('keeps text order and the index into analysis.claims', () => {
    const { rows, hidden } = visibleClaims(makeResult(), ['factual']);
    expect(rows.map((r) => r.index)).toEqual([1]);
    expect(hidden).toBe(1);
  });
});
