import type { CompletionState, DeviceRule } from '../schemas/literacy';

const DAY_MS = 86_400_000;

export type DueStatus = 'done' | 'due' | 'overdue';

export interface DueState {
  moduleId: string;
  status: DueStatus;
  /** When the module is (or was) overdue; null when done. */
  dueAt: number | null;
  /** Until when the completion counts; null when not done or when it never expires. */
  validUntil: number | null;
  /** The strictest mode among the rules that require it. */
  mode: DeviceRule['mode'];
  /** The rules that require it, by id. */
  ruleIds: string[];
  /** The completion that counts, if any. */
  completion: CompletionState | null;
}

/**
 * Where one module stands for one person and use, given the rules that require it and the person's
 * latest completion. A completion counts for `renewalDays` (the shortest among the rules); after it
 * lapses the module is due again, overdue `dueDays` later. Without a completion the clock starts at
 * the first use, or at the rule's creation when that is later (a new rule gives everyone its period).
 */
export function moduleDue(
  rules: readonly DeviceRule[],
  completion: CompletionState | null,
  firstUse: number,
  now: number,
): DueState | null {
  const [first] = rules;
  if (first === undefined) return null;
  const renewals = rules.flatMap((r) => (r.renewalDays === null ? [] : [r.renewalDays]));
  const renewalMs = renewals.length === 0 ? null : Math.min(...renewals) * DAY_MS;
  const mode = rules.some((r) => r.mode === 'block') ? 'block' : 'acknowledge';
  const ruleIds = rules.map((r) => r.id);
  const base = { moduleId: first.moduleId, mode, ruleIds } as const;
  if (completion !== null) {
    const validUntil = renewalMs === null ? null : completion.at + renewalMs;
    if (validUntil === null || now < validUntil)
      return { ...base, status: 'done', dueAt: null, validUntil, completion };
  }
  const lapsedAt = completion !== null && renewalMs !== null ? completion.at + renewalMs : null;
  const dueAt = Math.min(
    ...rules.map((r) => (lapsedAt ?? Math.max(firstUse, r.createdAt)) + r.dueDays * DAY_MS),
  );
  return { ...base, status: now >= dueAt ? 'overdue' : 'due', dueAt, validUntil: null, completion: null };
}

/** Groups the rules by module and works out each module's state for one use. */
export function modulesDue(
  rules: readonly DeviceRule[],
  completions: readonly CompletionState[],
  firstUse: number,
  now: number,
): DueState[] {
  const byModule = new Map<string, DeviceRule[]>();
  for (const r of rules) byModule.set(r.moduleId, [...(byModule.get(r.moduleId) ?? []), r]);
  const latest = new Map<string, CompletionState>();
  for (const c of completions) {
    const held = latest.get(c.moduleId);
    if (held === undefined || held.at < c.at) latest.set(c.moduleId, c);
  }
  return [...byModule].flatMap(([id, list]) => {
    const state = moduleDue(list, latest.get(id) ?? null, firstUse, now);
    return state === null ? [] : [state];
  });
}

/** The right answers' share in percent, rounded down; 100 for a module without questions. */
export function scorePercent(correct: readonly number[], answers: readonly (number | null)[]): number {
  if (correct.length === 0) return 100;
  const right = correct.filter((c, i) => answers[i] === c).length;
  return Math.floor((right * 100) / correct.length);
}
