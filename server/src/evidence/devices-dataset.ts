import type { Db } from '../db/database';
import { keysetPages, PAGE_ROWS } from '../exports/datasets';
import type { PagedDataset } from '../exports/datasets';
import type { PersonLabel } from '../security/people';
import { iso } from '../exports/iso';

type DeviceKey = { created_at: number; id: string };

/** Up to `n` devices enrolled after `after`, in enrolment order (the devices_created index). */
function devicesAfter(db: Db, after: DeviceKey | null, n: number) {
  return db
    .selectFrom('devices')
    .innerJoin('users', 'users.id', 'devices.user_id')
    .select(['devices.id', 'users.id as user_id', 'users.email', 'browser', 'browser_version'])
    .select(['extension_version', 'devices.created_at', 'last_seen_at', 'revoked_at'])
    .select('devices.identity_assurance')
    .$if(after !== null, (q) =>
      q.where((eb) =>
        eb(eb.refTuple('devices.created_at', 'devices.id'), '>', eb.tuple(after!.created_at, after!.id)),
      ),
    )
    .orderBy('devices.created_at')
    .orderBy('devices.id')
    .limit(n)
    .execute();
}

type DeviceRow = Awaited<ReturnType<typeof devicesAfter>>[number];

function deviceRecord(r: DeviceRow, label: PersonLabel, cutoff: number) {
  return {
    device_id: r.id,
    person: label({ id: r.user_id, email: r.email }),
    identity_assurance: r.identity_assurance,
    browser: r.browser,
    browser_version: r.browser_version,
    extension_version: r.extension_version,
    enrolled_at: iso(r.created_at),
    last_seen_at: iso(r.last_seen_at),
    revoked_at: iso(r.revoked_at),
    stale: r.revoked_at === null && Number(r.last_seen_at ?? r.created_at) < cutoff,
  };
}

/**
 * `stale` marks an active device with no contact for `staleDays` (a hole in the logs). By enrolment
 * time, a page at a time along the devices_created index.
 */
export function devicesPages(
  db: Db,
  label: PersonLabel,
  now: number,
  staleDays = 30,
  size = PAGE_ROWS,
): PagedDataset {
  const cutoff = now - staleDays * 86_400_000;
  const pages = keysetPages(
    (after: DeviceKey | null, n) => devicesAfter(db, after, n),
    (r): DeviceKey => ({ created_at: Number(r.created_at), id: r.id }),
    size,
  );
  return {
    columns: [
      'device_id',
      'person',
      'identity_assurance',
      'browser',
      'browser_version',
      'extension_version',
      'enrolled_at',
      'last_seen_at',
      'revoked_at',
      'stale',
    ],
    pages: (async function* () {
      for await (const page of pages) yield page.map((r) => deviceRecord(r, label, cutoff));
    })(),
  };
}
