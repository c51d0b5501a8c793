import type { DataClass, LocalState, PurposeCategory } from '@lantern/shared';
import type { LanternDb } from '../db/app-db';
import { dismissalsItem, sentRequestsItem } from '../db/state-items';
import type { ConfigRow } from '../db/types';

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
    sentRequestsItem.get(db),
    dismissalsItem.get(db),
  ]);
  const answered = config?.requests ?? [];
  const known = new Set(answered.map((r) => r.id));
  const pending = sent.filter((r) => !known.has(r.id));
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
    dismissals,
  };
}
