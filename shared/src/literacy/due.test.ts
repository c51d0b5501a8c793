import { describe, expect, it } from 'vitest';
import type { DeviceRule } from '../schemas/literacy';
import { moduleDue, scorePercent } from './due';
import { ruleCovers, departmentMatches } from './match';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 5, 1);
const rule = (over: Partial<DeviceRule> = {}): DeviceRule => ({
  id: '0190f0aa-0000-7000-8000-000000000001',
  moduleId: 'ai-basics',
  toolId: null,
  toolCategory: null,
  decisionStatus: null,
  dataClass: null,
  annexIII: null,
  dueDays: 14,
  renewalDays: 365,
  mode: 'acknowledge',
  createdAt: T0,
  ...over,
});
const use = {
  toolId: 'chatgpt',
  category: 'chat' as const,
  decisionStatus: null,
  dataClasses: [],
  annexIII: false,
};

describe('literacy rules and due dates', () => {
  it('a rule covers a use only when every selector it sets holds', () => {
    expect(ruleCovers(rule({ toolCategory: 'chat' }), use)).toBe(true);
    expect(ruleCovers(rule({ toolCategory: 'coding' }), use)).toBe(false);
    expect(ruleCovers(rule({ decisionStatus: 'review' }), use)).toBe(true); // no decision = under review
    expect(ruleCovers(rule({ dataClass: 'personal' }), use)).toBe(false);
    expect(ruleCovers(rule({ dataClass: 'personal' }), { ...use, dataClasses: ['personal'] })).toBe(true);
    expect(ruleCovers(rule({ annexIII: true }), use)).toBe(false);
    expect(departmentMatches(' Sales ', 'sales')).toBe(true);
    expect(departmentMatches('Sales', null)).toBe(false);
  });

  it('is due from the first use, overdue after the due period, done until the renewal lapses', () => {
    const first = T0 + 10 * DAY;
    expect(moduleDue([rule()], null, first, first + DAY)).toMatchObject({
      status: 'due',
      dueAt: first + 14 * DAY,
    });
    expect(moduleDue([rule()], null, first, first + 14 * DAY)).toMatchObject({ status: 'overdue' });
    const done = { moduleId: 'ai-basics', version: 1, at: first + 2 * DAY };
    expect(moduleDue([rule()], done, first, first + 300 * DAY)).toMatchObject({
      status: 'done',
      validUntil: done.at + 365 * DAY,
    });
    expect(moduleDue([rule()], done, first, done.at + 366 * DAY)).toMatchObject({
      status: 'due',
      dueAt: done.at + 379 * DAY,
    });
    // The strictest rule wins: the shortest renewal and due period, block over acknowledge.
    const strict = moduleDue(
      [
        rule(),
        rule({ id: '0190f0aa-0000-7000-8000-000000000002', dueDays: 0, renewalDays: 30, mode: 'block' }),
      ],
      null,
      first,
      first,
    );
    expect(strict).toMatchObject({ status: 'overdue', mode: 'block' });
  });

  it('scores the share of right answers, rounded down', () => {
    expect(scorePercent([1, 0, 2], [1, 0, 0])).toBe(66);
    expect(scorePercent([], [])).toBe(100);
  });
});
