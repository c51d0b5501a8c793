import type { Db } from '../db/database';
import { getPseudonymKey, getSettings } from '../db/repositories/config.repository';
import { erasedNote } from '../rights/erase';
import { pseudonym } from './tokens';

/** How a person is shown: their email in named mode, a keyed pseudonym in pseudonymous mode. */
export type PersonLabel = (user: { id: string; email: string | null }) => string;

export async function personLabeler(db: Db): Promise<PersonLabel> {
  const { privacyMode } = await getSettings(db);
  // Erasures are rare (one per request by a person): reading them all keeps every label a lookup.
  const erased = new Map(
    (
      await db.selectFrom('users').select(['id', 'erased_at']).where('erased_at', 'is not', null).execute()
    ).map((u) => [u.id, erasedNote(Number(u.erased_at))]),
  );
  const ifErased = (u: { id: string }) => {
    const note = erased.get(u.id);
    return note === undefined ? undefined : `${note} (${u.id.slice(0, 8)})`;
  };
  if (privacyMode === 'pseudonymous') {
    const key = await getPseudonymKey(db);
    return (u) => ifErased(u) ?? pseudonym(key, u.id);
  }
  return (u) => ifErased(u) ?? u.email ?? `anonymous (${u.id.slice(0, 8)})`;
}
