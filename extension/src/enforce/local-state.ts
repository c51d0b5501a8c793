import type { DataClass, LocalState, PurposeCategory, RequestState } from '@lantern/shared';
import type { LanternDb } from '../db/app-db';
import type { ConfigRow } from '../db/types';

/** state-table keys this feature owns. */
export const SENT_REQUESTS_KEY = 'experience:requests';
export const DISMISSALS_KEY = 'experience:dismissals';

/**
 * The employee's own acts as evaluation needs them: local copies of registrations, acceptances and
 * justifications, plus approval requests — the server's answers (config.requests) win over the
 * "pending" copy kept from the moment the employee sent one.
 */
export async function loadLocalState(db: LanternDb, config: ConfigRow | undefined): Promise<LocalState> {
  const [registrations, acknowledgements, justifications, sent, dismissals] = await Promise.all([
    db.registrations.toArray(),
    db.acknowledgements.toArray(),
    db.justifications.toArray(),
    db.state.get(SENT_REQUESTS_KEY),
    db.state.get(DISMISSALS_KEY),
  ]);
  const answered = config?.requests ?? [];
  const known = new Set(answered.map((r) => r.id));
  const pending = ((sent?.value as RequestState[] | undefined) ?? []).filter((r) => !known.has(r.id));
  return {
    registrations: registrations.map((r) => ({
      toolId: r.toolId,
      purposeCategory: r.purposeCategory as PurposeCategory,
      purposeText: r.purposeText,
      dataClasses: r.dataClasses as DataClass[],
      affectsPeople: r.affectsPeople,
      at: r.at,
      withdrawnAt: r.withdrawnAt,
    })),
    acknowledgements,
    justifications,
    requests: [...answered, ...pending],
    exceptions: config?.exceptions ?? [],
    dismissals: (dismissals?.value as LocalState['dismissals'] | undefined) ?? [],
  };
}
