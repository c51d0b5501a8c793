import { describe, expect, it } from 'vitest';
import { fmtDate, fmtDuration, fmtPercent, fmtRelative } from './format';

describe('formatting', () => {
  it('says durations the way people do', () => {
    expect(fmtDuration(42)).toBe('42 s');
    expect(fmtDuration(45 * 60)).toBe('45 min');
    expect(fmtDuration(3.25 * 3600)).toBe('3.3 h');
    expect(fmtDuration(40 * 3600)).toBe('40 h');
  });

  it('shows a missing share as a dash, not 0%', () => {
    expect(fmtPercent(null)).toBe('—');
    expect(fmtPercent(0.678)).toBe('68%');
  });

  it('leaves the year out of dates in the current year only', () => {
    const now = Date.UTC(2026, 5, 1);
    expect(fmtDate(Date.UTC(2026, 10, 23, 12), now)).toBe('23 Nov');
    expect(fmtDate(Date.UTC(2025, 10, 23, 12), now)).toBe('23 Nov 2025');
    expect(fmtDate(null)).toBe('—');
  });

  it('describes times relative to now', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(fmtRelative(now + 5 * 60_000, now)).toBe('in 5 minutes');
    expect(fmtRelative(now - 3 * 86_400_000, now)).toBe('3 days ago');
  });
});
