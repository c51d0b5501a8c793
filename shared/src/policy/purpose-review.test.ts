import { describe, expect, it } from 'vitest';
import type { Decision } from '../schemas/decision';
import { annexIIIFlag, dataClassesBeyondAllowed } from './purpose-review';
import { localDay, nextLocalMidnight } from './day';

describe('annexIIIFlag', () => {
  it('flags recruitment as Annex III area 4 for review', () => {
    expect(annexIIIFlag('recruitment-hr')).toEqual({
      area: 4,
      areaName: 'Employment, workers management and access to self-employment',
    });
  });
  it('does not flag everyday purposes', () => {
    expect(annexIIIFlag('drafting')).toBeNull();
    expect(annexIIIFlag('other')).toBeNull();
  });
});

describe('dataClassesBeyondAllowed', () => {
  const decision = { allowedDataClasses: ['public', 'internal'] } as Decision;
  it('names the picked classes the organisation did not allow', () => {
    expect(dataClassesBeyondAllowed(decision, ['internal', 'personal', 'special-category'])).toEqual([
      'personal',
      'special-category',
    ]);
  });
  it('sets no limit when the decision lists none or there is no decision', () => {
    expect(dataClassesBeyondAllowed({ ...decision, allowedDataClasses: [] }, ['personal'])).toEqual([]);
    expect(dataClassesBeyondAllowed(null, ['personal'])).toEqual([]);
  });
});

describe('local days', () => {
  it('names the local day and the next local midnight', () => {
    const at = new Date(2026, 10, 23, 23, 59).getTime();
    expect(localDay(at)).toBe('2026-11-23');
    expect(nextLocalMidnight(at)).toBe(new Date(2026, 10, 24).getTime());
    expect(localDay(nextLocalMidnight(at))).toBe('2026-11-24');
  });
});
