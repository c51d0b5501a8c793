import { describe, expect, it } from 'vitest';
import { dayRange, fillDays, rollingAverage, weekly } from './days';

describe('day series', () => {
  it('covers every day up to today, across a month end', () => {
    expect(dayRange('2026-03-02', 4)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('fills quiet days with zero', () => {
    const range = dayRange('2026-01-05', 5);
    expect(
      fillDays(
        range,
        [
          { day: '2026-01-02', n: 4 },
          { day: '2026-01-05', n: 1 },
        ],
        (r) => r.n,
      ),
    ).toEqual([0, 4, 0, 0, 1]);
  });

  it('sums whole weeks ending today, dropping the incomplete oldest days', () => {
    const range = dayRange('2026-01-16', 16);
    const { labels, values } = weekly(
      range,
      range.map(() => 1),
    );
    expect(values).toEqual([7, 7]);
    expect(labels).toHaveLength(2);
  });

  it('averages over a trailing window, shorter at the start', () => {
    expect(rollingAverage([7, 0, 0, 0, 0, 0, 0, 7], 7)).toEqual([7, 3.5, 2.3, 1.8, 1.4, 1.2, 1, 1]);
  });
});
