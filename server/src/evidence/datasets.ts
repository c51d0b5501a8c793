import { createHash } from 'node:crypto';
import { workspaceVendor } from '@lantern/shared';
import type { Db } from '../db/database';
import type { Dataset } from '../exports/datasets';
import { personLabeler } from '../security/people';
import { allowedDataClassesColumn, companyWorkspaceColumn } from '../db/codecs';
import { iso } from '../exports/iso';

export async function decisionHistoryDataset(db: Db): Promise<Dataset> {
  const rows = await db
    .selectFrom('decision_history')
    .selectAll()
    .orderBy('decided_at')
    .orderBy('id')
    .execute();
  return {
    columns: [
      'id',
      'tool_id',
      'status',
      'enforcement',
      'conditions',
      'allowed_data_classes',
      'alternative_tool_id',
      'decided_by',
      'decided_at',
      'company_workspace',
    ],
    rows: rows.map((r) => ({
      ...r,
      allowed_data_classes: allowedDataClassesColumn.decode(r.allowed_data_classes),
      decided_at: iso(r.decided_at),
      company_workspace: companyWorkspaceColumn.decodeNullable(r.company_workspace),
    })),
  };
}

/**
 * Technical controls the organisation switched on in its browsers, with their configuration history:
 * "company workspace only" (issue 22), one row each time a tool's restriction was set, changed or
 * removed — which header went to which vendor hosts with which identifiers, by whom and when.
 */
export async function technicalControlsDataset(db: Db): Promise<Dataset> {
  const rows = await db
    .selectFrom('decision_history')
    .select(['id', 'tool_id', 'company_workspace', 'decided_by', 'decided_at'])
    .orderBy('tool_id')
    .orderBy('decided_at')
    .orderBy('id')
    .execute();
  const out: Record<string, unknown>[] = [];
  let previous: { tool: string; value: string | null } | null = null;
  for (const r of rows) {
    const before = previous?.tool === r.tool_id ? previous.value : null;
    previous = { tool: r.tool_id, value: r.company_workspace };
    if (r.company_workspace === before) continue; // unchanged by this decision
    const ws = companyWorkspaceColumn.decodeNullable(r.company_workspace);
    const vendor = workspaceVendor(r.tool_id);
    out.push({
      control: 'company-workspace-only',
      tool_id: r.tool_id,
      state: ws === null ? 'removed' : before === null ? 'set' : 'changed',
      headers: vendor && ws ? vendor.headers(ws.ids).map((h) => h.name) : [],
      hosts: vendor ? [...vendor.hosts] : [],
      identifiers: ws?.ids ?? [],
      link: ws?.link ?? null,
      changed_by: r.decided_by,
      changed_at: iso(r.decided_at),
    });
  }
  return {
    columns: [
      'control',
      'tool_id',
      'state',
      'headers',
      'hosts',
      'identifiers',
      'link',
      'changed_by',
      'changed_at',
    ],
    rows: out,
  };
}

/** Each version's body travels with it; the SHA-256 is recomputed so a changed body shows. */
export async function policyVersionsDataset(db: Db): Promise<Dataset> {
  const rows = await db.selectFrom('policy_versions').selectAll().orderBy('version').execute();
  return {
    columns: [
      'version',
      'title',
      'sha256',
      'sha256_matches_body',
      'change_summary',
      'published_by',
      'published_at',
      'body_file',
      'body',
    ],
    rows: rows.map((r) => ({
      version: Number(r.version),
      title: r.title,
      sha256: r.sha256,
      sha256_matches_body: createHash('sha256').update(r.body, 'utf8').digest('hex') === r.sha256,
      change_summary: r.change_summary,
      published_by: r.published_by,
      published_at: iso(r.published_at),
      body_file: `policies/policy-v${Number(r.version)}.md`,
      body: r.body,
    })),
  };
}

export async function requestsDataset(db: Db): Promise<Dataset> {
  const label = await personLabeler(db);
  const rows = await db
    .selectFrom('requests')
    .innerJoin('users', 'users.id', 'requests.user_id')
    .select(['requests.id', 'kind', 'users.id as user_id', 'users.email', 'tool_id', 'reason'])
    .select(['status', 'note', 'decided_by', 'decided_at', 'at', 'users.identity_assurance'])
    .orderBy('at')
    .orderBy('requests.id')
    .execute();
  return {
    columns: [
      'id',
      'kind',
      'person',
      'identity_assurance',
      'tool_id',
      'reason',
      'requested_at',
      'status',
      'note',
      'decided_by',
      'decided_at',
    ],
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      person: label({ id: r.user_id, email: r.email }),
      identity_assurance: r.identity_assurance,
      tool_id: r.tool_id,
      reason: r.reason,
      requested_at: iso(r.at),
      status: r.status,
      note: r.note,
      decided_by: r.decided_by,
      decided_at: iso(r.decided_at),
    })),
  };
}

export async function justificationsDataset(db: Db): Promise<Dataset> {
  const label = await personLabeler(db);
  const rows = await db
    .selectFrom('justifications')
    .innerJoin('users', 'users.id', 'justifications.user_id')
    .leftJoin('devices', 'devices.id', 'justifications.device_id')
    .select(['justifications.id', 'users.id as user_id', 'users.email', 'device_id', 'tool_id'])
    .select(['reason', 'at', 'devices.identity_assurance as device_assurance'])
    .select('users.identity_assurance as person_assurance')
    .orderBy('at')
    .orderBy('justifications.id')
    .execute();
  return {
    columns: ['id', 'person', 'identity_assurance', 'device_id', 'tool_id', 'reason', 'justified_at'],
    rows: rows.map((r) => ({
      id: r.id,
      person: label({ id: r.user_id, email: r.email }),
      identity_assurance: r.device_assurance ?? r.person_assurance,
      device_id: r.device_id,
      tool_id: r.tool_id,
      reason: r.reason,
      justified_at: iso(r.at),
    })),
  };
}

export async function auditLogDataset(db: Db): Promise<Dataset> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  return {
    columns: ['seq', 'at', 'actor', 'action', 'target', 'details', 'prev_hash', 'hash'],
    rows: rows.map((r) => ({ ...r, seq: Number(r.seq), at: iso(r.at) })),
  };
}
