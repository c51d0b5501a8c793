// Frozen: version 2 of the local database. Never edit a released upgrade file; add v00N+1 instead.
// Imports no app code, so later changes to the app's types cannot change what this version did.
import type { Transaction } from 'dexie';
import { stores as v001 } from './v001';

/** The stores are version 1's; only rows change. */
export const stores = v001;

const SEEN = 'approval:seen-answers';
const UNREAD = 'approval:unread-answers';
const ANSWERS = 'approval:answers';

/**
 * 1. The enrolment row's `enrollmentTokenSha256` becomes `enrolmentTokenSha256` (the code spells it
 *    "enrol" everywhere; the wire keeps `enrollmentToken`).
 * 2. The two approval-answer rows become one `approval:answers` row, so the pair is read and written
 *    together. A row that is not what version 1 wrote is carried over as-is: the app's schema check
 *    (db/state-item.ts) decides on reading, and nothing is thrown away here.
 * State rows get no `version` field: a row without one is format version 1 (db/state-item.ts).
 */
export async function upgrade(tx: Transaction): Promise<void> {
  await tx
    .table('enrolment')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      if (!('enrollmentTokenSha256' in row)) return;
      row.enrolmentTokenSha256 = row.enrollmentTokenSha256;
      delete row.enrollmentTokenSha256;
    });
  const state = tx.table<{ key: string; value: unknown }, string>('state');
  const seen = await state.get(SEEN);
  const unread = await state.get(UNREAD);
  if (seen === undefined && unread === undefined) return;
  await state.put({ key: ANSWERS, value: { seen: seen?.value ?? null, unread: unread?.value ?? 0 } });
  await state.bulkDelete([SEEN, UNREAD]);
}
