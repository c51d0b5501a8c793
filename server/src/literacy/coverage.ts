import {
  departmentMatches,
  modulesDue,
  ruleCovers,
  type CompletionState,
  type DueStatus,
  type LiteracyRule,
  type ToolStatus,
} from '@lantern/shared';
import type { Db } from '../db/database';
import { listDecisions } from '../db/repositories/decisions.repository';
import { listRules } from '../db/repositories/literacy-rules.repository';
import { loadKnownTools } from '../tools/known-tools';
import { latestCompletions } from './completions';
import { loadUses } from './uses';
import type { Use } from './uses';

/** One person's standing on one module: which of their tools need it and under which rules. */
export interface Requirement {
  userId: string;
  email: string | null;
  department: string | null;
  moduleId: string;
  status: DueStatus;
  dueAt: number | null;
  validUntil: number | null;
  mode: 'acknowledge' | 'block';
  toolIds: string[];
  ruleIds: string[];
  completion: CompletionState | null;
}

type Known = Awaited<ReturnType<typeof loadKnownTools>>;
type Completions = Awaited<ReturnType<typeof latestCompletions>>;
/** The rules that ask a person for one module, the tools that brought them in, and the earliest use. */
type ModuleNeed = { rules: Set<LiteracyRule>; toolIds: string[]; firstUse: number };

/** Each person's uses by tool, the first use standing for the person. */
function groupByPerson(uses: Use[]): Map<string, { use: Use; tools: Map<string, Use> }> {
  const byPerson = new Map<string, { use: Use; tools: Map<string, Use> }>();
  for (const use of uses) {
    const held = byPerson.get(use.userId) ?? { use, tools: new Map<string, Use>() };
    held.tools.set(use.toolId, use);
    byPerson.set(use.userId, held);
  }
  return byPerson;
}

/** The modules a person's rules ask of them for the tools they use, keyed by module. */
function modulesNeeded(
  tools: Iterable<Use>,
  personRules: LiteracyRule[],
  known: Known,
  status: Map<string, ToolStatus>,
): Map<string, ModuleNeed> {
  const perModule = new Map<string, ModuleNeed>();
  for (const use of tools) {
    const facts = {
      toolId: use.toolId,
      category: known.get(use.toolId)?.category ?? null,
      decisionStatus: status.get(use.toolId) ?? null,
      dataClasses: use.dataClasses,
      annexIII: use.annexIII,
    };
    for (const rule of personRules.filter((r) => ruleCovers(r, facts))) {
      const m = perModule.get(rule.moduleId) ?? { rules: new Set(), toolIds: [], firstUse: use.firstUse };
      m.rules.add(rule);
      if (!m.toolIds.includes(use.toolId)) m.toolIds.push(use.toolId);
      m.firstUse = Math.min(m.firstUse, use.firstUse);
      perModule.set(rule.moduleId, m);
    }
  }
  return perModule;
}

/** Where one person stands on each module they need. */
function personRequirements(person: Use, perModule: Map<string, ModuleNeed>, done: Completions, now: number) {
  const mine = done.forPerson(person.userId, person.email);
  const out: Requirement[] = [];
  for (const [moduleId, m] of perModule) {
    const [state] = modulesDue(
      [...m.rules],
      mine.filter((c) => c.moduleId === moduleId),
      m.firstUse,
      now,
    );
    if (state === undefined) continue;
    out.push({
      userId: person.userId,
      email: person.email,
      department: person.department,
      moduleId,
      status: state.status,
      dueAt: state.dueAt,
      validUntil: state.validUntil,
      mode: state.mode,
      toolIds: m.toolIds.sort(),
      ruleIds: state.ruleIds,
      completion: state.completion,
    });
  }
  return out;
}

/**
 * Who needs which module, and where each stands (shared/literacy/due.ts decides, as in the browser):
 * a person needs a module when a rule covers one of the tools they use (by tool, category, decision,
 * registered data class or Annex III purpose) and their department, if the rule names one.
 */
export async function requirements(db: Db, now: number, rules?: LiteracyRule[]): Promise<Requirement[]> {
  const [uses, active, known, decisions, done] = await Promise.all([
    loadUses(db),
    rules ?? listRules(db),
    loadKnownTools(db),
    listDecisions(db),
    latestCompletions(db),
  ]);
  const status = new Map(decisions.map((d) => [d.toolId, d.status]));
  const out: Requirement[] = [];
  for (const { use: person, tools } of groupByPerson(uses).values()) {
    const personRules = active.filter((r) => departmentMatches(r.department, person.department));
    if (personRules.length === 0) continue;
    const perModule = modulesNeeded(tools.values(), personRules, known, status);
    out.push(...personRequirements(person, perModule, done, now));
  }
  return out.sort(
    (a, b) =>
      a.moduleId.localeCompare(b.moduleId) || (a.email ?? a.userId).localeCompare(b.email ?? b.userId),
  );
}

export interface CoverageRow {
  moduleId: string;
  department: string | null;
  required: number;
  done: number;
  due: number;
  overdue: number;
}

/** Counts per module and department (null: people the directory has no department for). */
export function coverageRows(list: readonly Requirement[]): CoverageRow[] {
  const rows = new Map<string, CoverageRow>();
  for (const r of list) {
    const k = `${r.moduleId}\u0000${r.department ?? ''}`;
    const row = rows.get(k) ?? {
      moduleId: r.moduleId,
      department: r.department,
      required: 0,
      done: 0,
      due: 0,
      overdue: 0,
    };
    row.required += 1;
    row[r.status] += 1;
    rows.set(k, row);
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.moduleId.localeCompare(b.moduleId) ||
      (a.department ?? '\uffff').localeCompare(b.department ?? '\uffff'),
  );
}
