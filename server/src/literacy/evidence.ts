import type { LiteracyRule } from '@lantern/shared';
import type { Db } from '../db/database';
import type { Dataset } from '../exports/datasets';
import { currentModules } from '../db/repositories/literacy-modules.repository';
import { listRules } from '../db/repositories/literacy-rules.repository';
import { personLabeler } from '../security/people';
import type { PersonLabel } from '../security/people';
import { requirements } from './coverage';
import type { Requirement } from './coverage';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A rule in words an auditor reads without the dashboard: what it selects, its periods and mode. */
export function describeRule(r: LiteracyRule): string {
  const what = [
    r.toolId && `tool ${r.toolId}`,
    r.toolCategory && `category ${r.toolCategory}`,
    r.decisionStatus && `decision ${r.decisionStatus}`,
    r.dataClass && `data class ${r.dataClass}`,
    r.annexIII && 'Annex III purpose',
    r.department && `department ${r.department}`,
  ].filter(Boolean);
  const renew = r.renewalDays === null ? 'no renewal' : `renew every ${r.renewalDays} d`;
  return `${r.id.slice(0, 8)}: ${what.length > 0 ? what.join(' + ') : 'any AI tool'}; due ${r.dueDays} d; ${renew}; ${r.mode}`;
}

const LITERACY_COLUMNS = [
  'person',
  'department',
  'tool_id',
  'module_id',
  'module_title',
  'status',
  'completed_version',
  'completed_at',
  'completion_source',
  'score',
  'identity_assurance',
  'valid_until',
  'due_at',
  'required_by',
];

/** Every completion with how it was recorded (browser or LMS import), its score and identity assurance. */
function completionRecords(db: Db) {
  return db
    .selectFrom('literacy_completions')
    .select([
      'user_id',
      'email',
      'module_id',
      'module_version',
      'at',
      'source',
      'score',
      'identity_assurance',
    ])
    .execute();
}

/** What the dataset reads besides the requirements: rules, module titles, person labels, completions. */
interface Lookups {
  ruleById: Map<string, LiteracyRule>;
  title: Map<string, string>;
  label: PersonLabel;
  completions: Awaited<ReturnType<typeof completionRecords>>;
}

/** One row per tool that brought the person in, all saying where they stand on the module. */
function requirementRows(r: Requirement, { ruleById, title, label, completions }: Lookups) {
  const at = r.completion?.at;
  const c =
    at === undefined
      ? undefined
      : completions.find(
          (x) =>
            x.module_id === r.moduleId &&
            Number(x.at) === at &&
            (x.user_id === r.userId || (r.email !== null && x.email === r.email)),
        );
  return r.toolIds.map((toolId) => ({
    person: label({ id: r.userId, email: r.email }),
    department: r.department,
    tool_id: toolId,
    module_id: r.moduleId,
    module_title: title.get(r.moduleId) ?? null,
    status: r.status,
    completed_version: r.completion?.version ?? null,
    completed_at: iso(r.completion?.at ?? null),
    completion_source: c?.source ?? null,
    score: c?.score === undefined || c.score === null ? null : Number(c.score),
    identity_assurance: c?.identity_assurance ?? null,
    valid_until: iso(r.validUntil),
    due_at: iso(r.dueAt),
    required_by: r.ruleIds.map((id) => {
      const rule = ruleById.get(id);
      return rule ? describeRule(rule) : id;
    }),
  }));
}

/**
 * The "Art. 4 evidence" (EU AI Act Art. 4; ISO/IEC 42001 7.2, 7.3): one row per person, tool and
 * required module — done or not, with the version and date completed, how (browser or LMS import),
 * the score, and the rules that required it. Persons are labelled as everywhere else (pseudonyms in
 * pseudonymous mode).
 */
export async function literacyDataset(db: Db, now: number): Promise<Dataset> {
  const [list, rules, modules, label, completions] = await Promise.all([
    requirements(db, now),
    listRules(db),
    currentModules(db, true),
    personLabeler(db),
    completionRecords(db),
  ]);
  const lookups: Lookups = {
    ruleById: new Map(rules.map((r) => [r.id, r])),
    title: new Map(modules.map((m) => [m.id, m.title])),
    label,
    completions,
  };
  return { columns: LITERACY_COLUMNS, rows: list.flatMap((r) => requirementRows(r, lookups)) };
}
