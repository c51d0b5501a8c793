import { createHash, randomUUID } from 'node:crypto';
import { catalog, uuidv7, type PurposeCategory, type Tool } from '@lantern/shared';
import { chainHash } from '@lantern/server';
import { dayOf, popular, prng } from './events';

export interface InventorySpec {
  users: number;
  tools: number;
  days: number;
  seed: number;
  policy: { version: number; sha256: string };
}

/** Rows for one table, in the migration's column order. */
export type Chunk = Map<string, unknown[][]>;

export const COLUMNS: Record<string, string[]> = {
  users: ['id', 'email', 'created_at'],
  devices: [
    'id',
    'user_id',
    'token_hash',
    'enrollment_token_id',
    'browser',
    'browser_version',
    'extension_version',
    'created_at',
    'last_seen_at',
    'extensions_at',
    'revoked_at',
  ],
  org_tools: ['id', 'name', 'data', 'created_at', 'updated_at'],
  decisions: [
    'tool_id',
    'status',
    'enforcement',
    'conditions',
    'allowed_data_classes',
    'alternative_tool_id',
    'decided_by',
    'decided_at',
  ],
  decision_history: [
    'tool_id',
    'status',
    'enforcement',
    'conditions',
    'allowed_data_classes',
    'alternative_tool_id',
    'decided_by',
    'decided_at',
    'id',
  ],
  usage_days: ['device_id', 'user_id', 'tool_id', 'signal', 'day', 'visits', 'active_seconds', 'updated_at'],
  tool_user_days: ['tool_id', 'user_id', 'day'],
  tool_days: ['tool_id', 'day', 'visits', 'active_seconds'],
  tool_users: ['tool_id', 'user_id', 'first_seen_at', 'last_seen_at'],
  tool_devices: ['tool_id', 'device_id', 'first_seen_at', 'last_seen_at'],
  tool_signals: ['tool_id', 'signal', 'first_seen_at', 'last_seen_at'],
  registrations: [
    'id',
    'user_id',
    'device_id',
    'tool_id',
    'purpose_category',
    'purpose_text',
    'data_classes',
    'affects_people',
    'withdrawn',
    'at',
    'received_at',
  ],
  current_registrations: [
    'user_id',
    'tool_id',
    'registration_id',
    'purpose_category',
    'purpose_text',
    'data_classes',
    'affects_people',
    'withdrawn',
    'at',
  ],
  acknowledgements: [
    'seq',
    'id',
    'user_id',
    'device_id',
    'policy_version',
    'policy_sha256',
    'tool_id',
    'conditions_sha256',
    'at',
    'received_at',
    'prev_hash',
    'hash',
  ],
  requests: [
    'id',
    'kind',
    'user_id',
    'device_id',
    'tool_id',
    'reason',
    'status',
    'note',
    'decided_by',
    'decided_at',
    'at',
    'received_at',
  ],
};

const DAY_MS = 86_400_000;
/** The purposes and data classes generated registrations draw from (both the row-by-row and the set-based builds). */
export const PURPOSES: readonly PurposeCategory[] = [
  'drafting',
  'coding',
  'research',
  'data-analysis',
  'translation',
  'summarising',
  'recruitment-hr',
];
export const DATA = [['public'], ['internal'], ['internal', 'confidential'], ['personal']];

/** The organisation's own tools of a generated inventory (both the row-by-row and the set-based builds). */
export function orgTool(n: number, now: number): Tool {
  return {
    id: `org-bench-${String(n).padStart(4, '0')}`,
    name: `Bench Tool ${n}`,
    vendor: `Vendor ${n % 97}`,
    category: 'other',
    domains: [`tool-${n}.bench.example`],
    urlPrefixes: [],
    apiEndpoints: [],
    extensionIds: [],
    supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
    source: 'organisation',
    checked: dayOf(now),
  };
}

/**
 * A synthetic organisation straight into the tables ingest maintains (what a year of `sync.push`
 * would have left there): users with one or two browsers, a steep tool popularity curve, per-day
 * usage, registrations, a hash-chained acknowledgement per accepting user, some pending requests.
 * Yields chunks of rows (500 users at a time) so the writer decides how to store them.
 */
export function* generateInventory(
  spec: InventorySpec,
  enrolmentTokenId: string,
  now = Date.now(),
): Generator<Chunk> {
  const rand = prng(spec.seed);
  const chunk = (): Chunk => new Map(Object.keys(COLUMNS).map((t) => [t, []]));
  let out = chunk();
  const push = (table: string, row: unknown[]) => out.get(table)!.push(row);

  const toolIds = catalog.map((t) => t.id).slice(0, Math.min(catalog.length, spec.tools));
  for (let n = 1; toolIds.length < spec.tools; n++) {
    const t = orgTool(n, now);
    toolIds.push(t.id);
    push('org_tools', [t.id, t.name, JSON.stringify(t), now, now]);
  }
  const statuses = [
    ['approved', 'inform'],
    ['conditional', 'acknowledge'],
    ['review', 'acknowledge'],
    ['prohibited', 'block'],
  ];
  for (let i = 0; i < Math.min(300, toolIds.length); i++) {
    const [status, enforcement] = statuses[i % 4]!;
    const row = [toolIds[i], status, enforcement, null, '[]', null, 'bench-admin', now - 200 * DAY_MS];
    push('decisions', row);
    push('decision_history', [...row, uuidv7(now - 200 * DAY_MS)]);
  }

  const firstDay = now - (spec.days - 1) * DAY_MS;
  const dayNames = Array.from({ length: spec.days }, (_, d) => dayOf(firstDay + d * DAY_MS));
  const toolDays = new Map<string, [number, number]>();
  const toolSignals = new Map<string, [number, number]>();
  let seq = 0;
  let head = '0'.repeat(64);
  for (let u = 0; u < spec.users; u++) {
    const userId = randomUUID();
    push('users', [userId, `person${u}@bench.example`, firstDay]);
    const devices = [randomUUID()];
    if (rand() < 0.2) devices.push(randomUUID());
    for (const d of devices)
      push('devices', [
        d,
        userId,
        createHash('sha256').update(d).digest('hex'),
        enrolmentTokenId,
        'chrome',
        '142.0.7444.59',
        '0.1.0',
        firstDay,
        now,
        null,
        null,
      ]);
    const nTools = 1 + Math.floor(rand() * 5);
    const used = new Set<string>();
    for (let k = 0; k < nTools; k++) used.add(toolIds[popular(rand, toolIds.length)]!);
    for (const toolId of used) {
      const device = devices[Math.floor(rand() * devices.length)]!;
      const p = [0.05, 0.2, 0.5][Math.floor(rand() * 3)]!;
      const start = Math.floor(rand() * spec.days * 0.5);
      let first = 0;
      let last = 0;
      for (let d = start; d < spec.days; d++) {
        if (rand() >= p) continue;
        const at = firstDay + d * DAY_MS + 9 * 3_600_000;
        const day = dayNames[d]!;
        const visits = 1 + Math.floor(rand() * 20);
        const secs = Math.floor(rand() * 3600);
        push('usage_days', [device, userId, toolId, 'visit', day, visits, secs, at]);
        push('tool_user_days', [toolId, userId, day]);
        const key = `${toolId}|${day}`;
        const td = toolDays.get(key) ?? [0, 0];
        td[0] += visits;
        td[1] += secs;
        toolDays.set(key, td);
        if (!first) first = at;
        last = at;
      }
      if (!first) continue;
      push('tool_users', [toolId, userId, first, last]);
      push('tool_devices', [toolId, device, first, last]);
      const sig = toolSignals.get(toolId) ?? [first, last];
      toolSignals.set(toolId, [Math.min(sig[0], first), Math.max(sig[1], last)]);
      if (rand() < 0.6) {
        const id = uuidv7(first);
        const purpose = PURPOSES[Math.floor(rand() * PURPOSES.length)]!;
        const data = JSON.stringify(DATA[Math.floor(rand() * DATA.length)]);
        push('registrations', [
          id,
          userId,
          device,
          toolId,
          purpose,
          'Everyday work with the tool',
          data,
          0,
          0,
          first,
          first,
        ]);
        push('current_registrations', [
          userId,
          toolId,
          id,
          purpose,
          'Everyday work with the tool',
          data,
          0,
          0,
          first,
        ]);
      }
      if (rand() < 0.02)
        push('requests', [
          uuidv7(last),
          'approval',
          userId,
          device,
          toolId,
          'Needed for a project',
          'pending',
          null,
          null,
          null,
          last,
          last,
        ]);
    }
    if (rand() < 0.8) {
      const at = firstDay + Math.floor(rand() * spec.days) * DAY_MS;
      const record = {
        id: uuidv7(at),
        user_id: userId,
        device_id: devices[0]!,
        policy_version: spec.policy.version,
        policy_sha256: spec.policy.sha256,
        tool_id: null,
        conditions_sha256: null,
        at,
        received_at: at,
      };
      seq++;
      const hash = chainHash(head, { seq, ...record });
      push('acknowledgements', [
        seq,
        record.id,
        userId,
        record.device_id,
        record.policy_version,
        record.policy_sha256,
        null,
        null,
        at,
        at,
        head,
        hash,
      ]);
      head = hash;
    }
    if (u % 500 === 499) {
      yield out;
      out = chunk();
    }
  }
  for (const [key, [visits, secs]] of toolDays) {
    const [toolId, day] = key.split('|');
    push('tool_days', [toolId, day, visits, secs]);
  }
  for (const [toolId, [first, last]] of toolSignals) push('tool_signals', [toolId, 'visit', first, last]);
  yield out;
  // The chain head moves with the appended links, as nextLink would have left it.
  out = chunk();
  out.set('chain_heads:acknowledgements', [[seq, head]]);
  yield out;
}
