import { catalog, uuidv7, type PolicyVersion, type SyncEvent, type Tool } from '@lantern/shared';
import { seedLiteracy } from './literacy';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { pushEvents } from '../sync/push/push';
import { acknowledgementEvents } from './acknowledgements';
import {
  adoptTools,
  at,
  DAY_MS,
  otherEvents,
  registrationEvent,
  usageEvents,
  type Adoption,
  type Timeline,
} from './activity';
import { applyAdminChanges, type AdminChange } from './admin-setup';
import { enrolDevices } from './devices';
import { generatePeople } from './org';
import { POLICY_V1, POLICY_V2 } from './policy-text';
import { Random } from './prng';
import { answerOldRequests } from './requests';
import { SELF_REPORTS } from './texts';
import { pickDemoTools } from './tools';

export interface SeedOptions {
  /** Employees (default 300). */
  people?: number;
  /** Days of history up to today (default 120). */
  days?: number;
  seed?: number;
  now?: number;
  /** Tools to draw from (default: the shared catalog). */
  catalog?: readonly Tool[];
}

export interface SeedSummary {
  people: number;
  devices: number;
  tools: number;
  decisions: number;
  policyVersions: number;
  events: number;
  acknowledgements: number;
  requestsAnswered: number;
}

export class SeedRefusedError extends Error {}

const BATCH = 500;

/** Refuses a database that holds anything an admin or a device put there: the demo never mixes with real data. */
async function assertEmpty(db: Kysely<Database>): Promise<void> {
  for (const table of ['devices', 'decisions', 'policy_versions', 'org_tools'] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(row.n) > 0) {
      throw new SeedRefusedError(
        `seed demo: the database is not empty (${table} has ${row.n} rows); it only fills an empty database`,
      );
    }
  }
}

/** Fills an empty database with a synthetic organisation through the server's own write paths. */
// eslint-disable-next-line max-lines-per-function -- the demo organisation's data, declared step by step in the order it is written
export async function seedDemo(db: Kysely<Database>, options: SeedOptions = {}): Promise<SeedSummary> {
  await assertEmpty(db);
  const rng = new Random(options.seed ?? 20_261_123);
  const days = options.days ?? 120;
  const now = options.now ?? Date.now();
  const t: Timeline = { start: Math.floor(now / DAY_MS) * DAY_MS - (days - 1) * DAY_MS, days };
  const today = new Date(now).toISOString().slice(0, 10);
  const tools = pickDemoTools(options.catalog ?? catalog, today);

  // Admin history: internal tools and policy v1 first, decisions over the first weeks, v2 three weeks ago.
  const changes: AdminChange[] = [
    ...tools
      .filter((d) => d.org)
      .map((d) => ({ at: t.start + 3_600_000, kind: 'tool' as const, tool: d.tool })),
    { at: t.start + 7_200_000, kind: 'policy', ...POLICY_V1 },
    ...tools.flatMap((d, i) =>
      d.decision
        ? [
            {
              at: at(t, rng, Math.min(days - 2, 1 + (i % 40))),
              kind: 'decision' as const,
              decision: d.decision,
            },
          ]
        : [],
    ),
    { at: at(t, rng, Math.max(1, days - 21)), kind: 'policy', ...POLICY_V2 },
  ];
  const policies: PolicyVersion[] = await applyAdminChanges(db, changes);

  const people = generatePeople(rng, options.people ?? 300).map((person) => ({
    person,
    adoptions: adoptTools(rng, person, tools, t),
  }));
  const enrolled = people.map(({ person, adoptions }) => {
    const first = Math.min(days - 1, ...adoptions.map((a) => a.from));
    return { person, enrolledAt: t.start + Math.max(0, first - rng.int(0, 5)) * DAY_MS + 8 * 3_600_000 };
  });
  const devices = await enrolDevices(db, enrolled, t.start);
  const adoptionsOf = new Map(people.map((p) => [p.person.email, p.adoptions]));

  let events = 0;
  let acknowledgements = 0;
  for (const device of devices) {
    const adoptions: Adoption[] = (adoptionsOf.get(device.person.email) ?? []).filter(
      (a) => device.slot === 0 || a.onSecond,
    );
    const batch: SyncEvent[] = adoptions.flatMap((a) => usageEvents(rng, a, t));
    if (device.slot === 0) {
      for (const a of adoptions) {
        if (rng.chance(a.demo.decision?.status === 'prohibited' ? 0.3 : 0.75))
          batch.push(registrationEvent(rng, device.person, a, t));
        batch.push(...otherEvents(rng, a, t));
      }
      if (rng.chance(0.015)) batch.push(selfReport(rng, t));
      // With the device's other events, as its outbox would send them: one commit per batch keeps
      // the seed fast; the chain then runs device by device, each link still covering the one before.
      const acks = acknowledgementEvents(rng, device, adoptions, policies, t, now);
      const happened = acks.filter((a) => a.event.at <= now);
      acknowledgements += happened.length;
      batch.push(...happened.map((a) => a.event));
    }
    // Today's working hours run past `now`: what has not happened yet is not sent (the server
    // refuses times in the future).
    events += await pushSorted(
      db,
      device,
      batch.filter((e) => e.at <= now),
      now,
    );
  }

  const requestsAnswered = await answerOldRequests(db, rng, now);
  await seedLiteracy(db, devices, now, Math.min(20, days - 1));
  return {
    people: people.length,
    devices: devices.length,
    tools: tools.length,
    decisions: tools.filter((d) => d.decision).length,
    policyVersions: policies.length,
    events,
    acknowledgements,
    requestsAnswered,
  };
}

function selfReport(rng: Random, t: Timeline): SyncEvent {
  const r = rng.pick(SELF_REPORTS);
  const when = at(t, rng, rng.int(Math.floor(t.days / 2), t.days - 1));
  return {
    id: uuidv7(when),
    at: when,
    kind: 'self_report',
    name: r.name,
    hostname: r.hostname,
    category: r.category,
    purposeText: r.purpose,
  };
}

/** Pushes a device's events oldest first, in protocol-sized batches, each "received" just after it happened. */
async function pushSorted(
  db: Kysely<Database>,
  device: { deviceId: string; userId: string },
  events: SyncEvent[],
  now: number,
): Promise<number> {
  events.sort((a, b) => a.at - b.at);
  let stored = 0;
  for (let i = 0; i < events.length; i += BATCH) {
    const chunk = events.slice(i, i + BATCH);
    const receivedAt = Math.min(now, chunk[chunk.length - 1]!.at + 60_000);
    stored += (await pushEvents(db, device, chunk, receivedAt)).stored.length;
  }
  return stored;
}
