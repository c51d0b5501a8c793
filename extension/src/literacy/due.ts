import {
  annexIIIArea,
  modulesDue,
  ruleCovers,
  type CompletionState,
  type DueState,
  type LiteracyModule,
  type LocalState,
  type Tool,
} from '@lantern/shared';
import type { LanternDb } from '../db/app-db';
import { localCompletionsItem } from '../db/state-items';
import type { ConfigRow } from '../db/types';

/** Completions recorded in this browser, until the server's list includes them. */
export function localCompletions(db: LanternDb): Promise<CompletionState[]> {
  return localCompletionsItem.get(db);
}

export async function addLocalCompletion(db: LanternDb, c: CompletionState): Promise<void> {
  await localCompletionsItem.update(db, (list) =>
    [...list.filter((x) => x.moduleId !== c.moduleId), c].slice(-200),
  );
}

/** When this browser first saw each tool (its earliest day total), for the due period's start. */
export async function firstUses(db: LanternDb): Promise<Map<string, number>> {
  const first = new Map<string, number>();
  for (const a of await db.dayAggregates.toArray()) {
    const held = first.get(a.toolId);
    if (held === undefined || a.firstSeen < held) first.set(a.toolId, a.firstSeen);
  }
  return first;
}

export interface ToolLiteracy extends DueState {
  module: LiteracyModule;
}

/**
 * The modules the rules require for one tool, with where each stands (shared/literacy decides, as
 * on the server). Facts come from the pulled config and the employee's own registration here; a
 * tool never used yet counts as first used now.
 */
export function literacyForTool(
  config: ConfigRow | undefined,
  tool: Tool,
  state: LocalState,
  completions: readonly CompletionState[],
  firstUse: number | undefined,
  now = Date.now(),
): ToolLiteracy[] {
  const lit = config?.literacy;
  if (!lit) return [];
  const registration = state.registrations.find((r) => r.toolId === tool.id && r.withdrawnAt === null);
  const facts = {
    toolId: tool.id,
    category: tool.category,
    decisionStatus: config.decisions.find((d) => d.toolId === tool.id)?.status ?? null,
    dataClasses: registration?.dataClasses ?? [],
    annexIII: registration !== undefined && annexIIIArea(registration.purposeCategory) !== null,
  };
  const rules = lit.rules.filter((r) => ruleCovers(r, facts));
  const all = [...lit.completions, ...completions];
  return modulesDue(rules, all, firstUse ?? now, now).flatMap((s) => {
    const module = lit.modules.find((m) => m.id === s.moduleId);
    return module ? [{ ...s, module }] : [];
  });
}

/** Overdue under a `block` rule: the tool stays blocked until the module is done. */
export const blocksTool = (list: readonly ToolLiteracy[]) =>
  list.some((l) => l.status === 'overdue' && l.mode === 'block');
