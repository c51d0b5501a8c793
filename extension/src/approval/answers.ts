import type { RequestState, ToolException } from '@lantern/shared';

/** Enough for every request a config can carry (it holds at most 1,000). */
const MAX_SEEN = 1000;

export interface NewAnswer {
  requestId: string;
  toolId: string;
  status: 'approved' | 'denied';
  note: string | null;
  /** Approved through an exception for this person (else the tool was approved for everyone). */
  forYou: boolean;
}

/** An answer is new when this request had no answer, or another one, when last seen. */
const answerKey = (r: RequestState) => `${r.id}:${r.status}:${r.decidedAt ?? 0}`;

/**
 * Which answers in a freshly pulled config the employee has not been told about. `seen` is what was
 * remembered after the previous config; undefined before the first one, when nothing is announced
 * (a browser enrolling with answered requests behind it should not fire a burst of old news).
 */
export function findNewAnswers(
  requests: readonly RequestState[],
  exceptions: readonly ToolException[],
  seen: readonly string[] | undefined,
): { fresh: NewAnswer[]; remember: string[] } {
  const answered = requests.filter((r) => r.status !== 'pending');
  const remember = answered.map(answerKey).slice(0, MAX_SEEN);
  if (seen === undefined) return { fresh: [], remember };
  const known = new Set(seen);
  const excepted = new Set(exceptions.map((e) => e.toolId));
  const fresh = answered
    .filter((r) => !known.has(answerKey(r)))
    .map((r) => ({
      requestId: r.id,
      toolId: r.toolId,
      status: r.status as 'approved' | 'denied',
      note: r.note,
      forYou: r.status === 'approved' && excepted.has(r.toolId),
    }));
  return { fresh, remember };
}
