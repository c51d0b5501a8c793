import type { Db } from '../db/database';
import { getPseudonymKey, getSettings } from '../db/repositories/config.repository';
import { pseudonym } from './tokens';

/** How a person is shown: their email in named mode, a keyed pseudonym in pseudonymous mode. */
export type PersonLabel = (user: { id: string; email: string | null }) => string;

export async function personLabeler(db: Db): Promise<PersonLabel> {
  const { privacyMode } = await getSettings(db);
  if (privacyMode === 'pseudonymous') {
    const key = await getPseudonymKey(db);
    return (u) => pseudonym(key, u.id);
  }
  return (u) => u.email ?? `anonymous (${u.id.slice(0, 8)})`;
}
