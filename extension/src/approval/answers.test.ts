import { describe, expect, it } from 'vitest';
import type { RequestState } from '@lantern/shared';
import { findNewAnswers } from './answers';

const T = Date.UTC(2026, 11, 1);
const req = (id: string, status: RequestState['status'], decidedAt: number | null = T): RequestState => ({
  id: `0190d5c0-0000-7000-8000-00000000000${id}`,
  toolId: id === '1' ? 'claude' : 'gemini',
  status,
  note: status === 'pending' ? null : 'note',
  decidedAt: status === 'pending' ? null : decidedAt,
});

describe('finding the answers to announce', () => {
  it('announces nothing from the first config, only remembers what is answered', () => {
    const out = findNewAnswers([req('1', 'approved'), req('2', 'pending')], [], undefined);
    expect(out.fresh).toEqual([]);
    expect(out.remember).toHaveLength(1);
  });

  it('announces an answer once, says whether it came with an exception, and a changed answer again', () => {
    const first = findNewAnswers([req('1', 'pending'), req('2', 'pending')], [], undefined);
    const exception = { toolId: 'claude', until: null, grantedAt: T, note: null };
    const answered = findNewAnswers([req('1', 'approved'), req('2', 'denied')], [exception], first.remember);
    expect(answered.fresh).toMatchObject([
      { toolId: 'claude', status: 'approved', forYou: true },
      { toolId: 'gemini', status: 'denied', forYou: false },
    ]);
    const again = findNewAnswers([req('1', 'approved'), req('2', 'denied')], [exception], answered.remember);
    expect(again.fresh).toEqual([]);
    const changed = findNewAnswers([req('1', 'denied', T + 1), req('2', 'denied')], [], again.remember);
    expect(changed.fresh).toMatchObject([{ toolId: 'claude', status: 'denied' }]);
  });
});
