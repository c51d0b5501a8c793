import type { DataClass } from '../schemas/primitives';
import type { RuleSelector } from '../schemas/literacy';
import type { ToolCategory } from '../schemas/tool';
import type { ToolStatus } from '../schemas/decision';

/** What is known about one person's use of one tool when a rule is checked against it. */
export interface UseFacts {
  toolId: string;
  category: ToolCategory | null;
  /** The organisation's decision; null when it has none (the tool is "under review" then). */
  decisionStatus: ToolStatus | null;
  /** Data classes of the person's current registration of the tool (empty when not registered). */
  dataClasses: readonly DataClass[];
  /** The registration's purpose falls in an EU AI Act Annex III area. */
  annexIII: boolean;
}

/** Every selector the rule sets must hold for the use; a rule with none covers every AI tool. */
export function ruleCovers(rule: RuleSelector, use: UseFacts): boolean {
  if (rule.toolId !== null && rule.toolId !== use.toolId) return false;
  if (rule.toolCategory !== null && rule.toolCategory !== use.category) return false;
  if (rule.decisionStatus !== null && rule.decisionStatus !== (use.decisionStatus ?? 'review')) return false;
  if (rule.dataClass !== null && !use.dataClasses.includes(rule.dataClass)) return false;
  if (rule.annexIII === true && !use.annexIII) return false;
  return true;
}

/** A department rule applies to people of that department only (compared without case or edge spaces). */
export function departmentMatches(ruleDepartment: string | null, personDepartment: string | null): boolean {
  if (ruleDepartment === null) return true;
  if (personDepartment === null) return false;
  return ruleDepartment.trim().toLowerCase() === personDepartment.trim().toLowerCase();
}
