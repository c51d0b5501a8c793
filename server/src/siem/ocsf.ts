import type { Db } from '../db/database';
import { personLabeler } from '../security/people';
import type { PersonLabel } from '../security/people';
import type { FeedKind } from './feed';

/** OCSF schema version the events follow, where a class fits (docs/siem.md has the mapping). */
export const OCSF_VERSION = '1.3.0';
const PRODUCT = { name: 'Lantern', vendor_name: 'Lantern' };

type Entry = { seq: number; kind: FeedKind; ref: string };
type Row = Record<string, unknown>;

/** Admin changes → OCSF Entity Management (class 3004): create / update / delete / other. */
function activityOf(action: string): { id: number; name: string } {
  if (/\.(create|publish|accept)$/.test(action)) return { id: 1, name: 'Create' };
  if (/\.(delete|revoke|erase|dismiss)$/.test(action)) return { id: 4, name: 'Delete' };
  if (/\.(set|setMany|update|approved|denied)$/.test(action)) return { id: 3, name: 'Update' };
  return { id: 99, name: 'Other' };
}

function auditEvent(e: Entry, r: Row) {
  const activity = activityOf(String(r.action));
  return {
    cursor: String(e.seq),
    class_uid: 3004,
    class_name: 'Entity Management',
    category_uid: 3,
    category_name: 'Identity & Access Management',
    activity_id: activity.id,
    activity_name: activity.name,
    type_uid: 3004 * 100 + activity.id,
    severity_id: 1,
    time: Number(r.at),
    actor: { user: { name: String(r.actor) } },
    entity: { type: String(r.action).split('.')[0], uid: String(r.target) },
    message: String(r.action),
    metadata: { version: OCSF_VERSION, product: PRODUCT, uid: `audit:${e.ref}`, sequence: Number(r.seq) },
    unmapped: { details: JSON.parse(String(r.details)) as unknown, hash: r.hash },
  };
}

/** Employees' records have no OCSF class of their own: Base Event (class 0) with the record unmapped. */
function recordEvent(e: Entry, r: Row, label: PersonLabel) {
  const { user_id, device_id, ...rest } = r;
  return {
    cursor: String(e.seq),
    class_uid: 0,
    class_name: 'Base Event',
    category_uid: 0,
    activity_id: 99,
    activity_name: e.kind,
    type_uid: 99,
    severity_id: 1,
    time: Number(r.received_at),
    actor: { user: { name: label({ id: String(user_id), email: (r.email as string | null) ?? null }) } },
    device: { uid: String(device_id) },
    message: `lantern.${e.kind}`,
    metadata: { version: OCSF_VERSION, product: PRODUCT, uid: `${e.kind}:${e.ref}` },
    unmapped: { ...rest, email: undefined },
  };
}

const TABLES = {
  acknowledgement: 'acknowledgements',
  registration: 'registrations',
  justification: 'justifications',
  request: 'requests',
} as const;

async function loadRecords(db: Db, kind: FeedKind, refs: string[]): Promise<Map<string, Row>> {
  if (refs.length === 0) return new Map();
  if (kind === 'audit') {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', 'in', refs.map(Number)).execute();
    return new Map(rows.map((r) => [String(r.seq), r as Row]));
  }
  const table = TABLES[kind];
  const base = db
    .selectFrom(`${table} as r` as 'registrations as r')
    .leftJoin('users', 'users.id', 'r.user_id')
    .selectAll('r')
    .select('users.email');
  if (kind === 'acknowledgement') {
    const rows = (await base.where('r.seq' as 'r.id', 'in', refs.map(Number) as never).execute()) as Row[];
    return new Map(rows.map((r) => [String(r.seq), r]));
  }
  const ids = refs.map((ref) => ref.slice(ref.indexOf('/') + 1));
  const rows = (await base.where('r.id', 'in', ids).execute()) as Row[];
  return new Map(rows.map((r) => [`${String(r.device_id)}/${String(r.id)}`, r]));
}

/**
 * The events of one feed page. A record deleted since (evidence retention) is left out; its
 * position still counts, so the cursor moves past it. Records are read as they are now: an
 * erased person's texts show the erasure note, never what was erased.
 */
export async function renderEvents(db: Db, entries: Entry[]) {
  const label = await personLabeler(db);
  const byKind = new Map<FeedKind, Map<string, Row>>();
  for (const kind of new Set(entries.map((e) => e.kind)))
    byKind.set(
      kind,
      await loadRecords(
        db,
        kind,
        entries.filter((e) => e.kind === kind).map((e) => e.ref),
      ),
    );
  const out: Record<string, unknown>[] = [];
  for (const e of entries) {
    const r = byKind.get(e.kind)?.get(e.ref);
    if (!r) continue;
    out.push(e.kind === 'audit' ? auditEvent(e, r) : recordEvent(e, r, label));
  }
  return out;
}
