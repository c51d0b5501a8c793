import { describe, expect, it } from 'vitest';
import { totalsByTool, warningsByClass } from './series';

const rows = [
  { toolId: 'chatgpt', day: '2026-11-21', dataClass: 'personal', warnings: 3, pastedAnyway: 1 },
  { toolId: 'claude', day: '2026-11-21', dataClass: 'personal', warnings: 2, pastedAnyway: 0 },
  { toolId: 'chatgpt', day: '2026-11-23', dataClass: 'confidential', warnings: 1, pastedAnyway: 1 },
];

describe('data guard chart series', () => {
  it('sums tools per class and day, and fills the days in between with zero', () => {
    expect(warningsByClass(rows, null)).toEqual({
      labels: ['2026-11-21', '2026-11-22', '2026-11-23'],
      series: [
        { name: 'confidential', values: [0, 0, 1] },
        { name: 'personal', values: [5, 0, 0] },
      ],
    });
  });

  it('shows one tool alone when one is picked', () => {
    expect(warningsByClass(rows, 'claude').series).toEqual([{ name: 'personal', values: [2] }]);
  });

  it('lists totals per tool and class, most pasted anyway first', () => {
    expect(totalsByTool(rows).map((t) => [t.toolId, t.dataClass, t.pastedAnyway])).toEqual([
      ['chatgpt', 'personal', 1],
      ['chatgpt', 'confidential', 1],
      ['claude', 'personal', 0],
    ]);
  });
});
