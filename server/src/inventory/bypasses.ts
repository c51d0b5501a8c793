import { z } from 'zod';
import type { Db } from '../db/database';
import type { PersonLabel } from '../security/people';

/**
 * Bypasses: the reasons people gave to open a tool the organisation prohibits (`justify` enforcement),
 * as the dashboard lists them on the overview, a tool's page and a person's page, and exports them.
 */
export const BypassFilterSchema = z.strictObject({
  toolId: z.string().min(1).max(64).optional(),
  userId: z.string().min(1).max(64).optional(),
  /** Only reasons given in the last N days (by the time the browser recorded them). */
  days: z.number().int().min(1).max(3650).optional(),
});
export type BypassFilter = z.infer<typeof BypassFilterSchema>;

const DAY = 86_400_000;

function filtered(db: Db, f: BypassFilter, now: number) {
  return db
    .selectFrom('justifications as j')
    .$if(f.toolId !== undefined, (q) => q.where('j.tool_id', '=', f.toolId!))
    .$if(f.userId !== undefined, (q) => q.where('j.user_id', '=', f.userId!))
    .$if(f.days !== undefined, (q) => q.where('j.at', '>=', now - f.days! * DAY));
}

/** A page of bypasses, newest first, with how many match in all. */
export async function listBypasses(
  db: Db,
  label: PersonLabel,
  f: BypassFilter & { limit: number; offset: number },
  now: number,
) {
  const [total, rows] = await Promise.all([
    filtered(db, f, now)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    filtered(db, f, now)
      .innerJoin('users as u', 'u.id', 'j.user_id')
      .select(['j.id', 'j.device_id', 'j.tool_id', 'j.reason', 'j.at', 'u.id as user_id', 'u.email'])
      .orderBy('j.at', 'desc')
      .orderBy('j.id', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
  ]);
  return {
    total: Number(total.n),
    rows: rows.map((r) => ({
      id: r.id,
      deviceId: r.device_id,
      toolId: r.tool_id,
      userId: r.user_id,
      person: label({ id: r.user_id, email: r.email }),
      reason: r.reason,
      at: Number(r.at),
    })),
  };
}

/** The overview's "opened with a reason": how many reasons, from how many people, for how many tools. */
export async function bypassSummary(db: Db, now: number, days: number) {
  const row = await filtered(db, { days }, now)
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.count<number>('j.user_id').distinct().as('people'),
      eb.fn.count<number>('j.tool_id').distinct().as('tools'),
    ])
    .executeTakeFirstOrThrow();
  return { days, reasons: Number(row.n), people: Number(row.people), tools: Number(row.tools) };
}

/** The export's rows for a filter, oldest first as the evidence pack orders them. */
export async function bypassRows(db: Db, label: PersonLabel, f: BypassFilter, now: number) {
  const rows = await filtered(db, f, now)
    .innerJoin('users as u', 'u.id', 'j.user_id')
    .select(['j.id', 'j.device_id', 'j.tool_id', 'j.reason', 'j.at', 'u.id as user_id', 'u.email'])
    .orderBy('j.at')
    .orderBy('j.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    person: label({ id: r.user_id, email: r.email }),
    device_id: r.device_id,
    tool_id: r.tool_id,
    reason: r.reason,
    justified_at: new Date(Number(r.at)).toISOString(),
  }));
}

/** `?tool=…&user=…&days=…`, as the dashboard's export links carry a filter. Throws a ZodError on bad input. */
export function bypassFilterFromParams(params: URLSearchParams): BypassFilter {
  const days = params.get('days');
  return BypassFilterSchema.parse({
    toolId: params.get('tool') ?? undefined,
    userId: params.get('user') ?? undefined,
    days: days === null ? undefined : /^\d+$/.test(days) ? Number(days) : days,
  });
}
