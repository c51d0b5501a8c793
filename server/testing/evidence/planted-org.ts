import type { DecisionInput } from '@lantern/shared';
import { createCaller } from '../../src/caller';
import { acknowledgement, push, registration, usage } from '../events';
import type { TestDatabase } from '../databases';
import { fixture } from '../fixture';
import type { GapKind } from '../../src/evidence/gaps';

const DAY = 86_400_000;

/**
 * A tiny organisation built through the server's own write paths, with each kind of evidence gap
 * planted once (and near-misses that must not count), for tests that check the gaps exactly.
 * Registrations happen on 2026-11-23 from 09:00 UTC (the event helpers' clock).
 */
export async function plantOrganisation(t: TestDatabase, now = Date.now()) {
  const f = fixture(t);
  const adminToken = await f.staffToken('admin');
  const admin = await f.callerFor(adminToken);
  const decide = (d: Partial<DecisionInput> & Pick<DecisionInput, 'toolId' | 'status'>, caller = admin) =>
    caller.admin.decisions.set({
      enforcement: 'acknowledge',
      conditions: null,
      allowedDataClasses: [],
      alternativeToolId: null,
      ...d,
    });
  const v1 = await admin.admin.policies.publish({ title: 'AI policy', body: '# v1\n', changeSummary: null });
  const v2 = await admin.admin.policies.publish({ title: 'AI policy', body: '# v2\n', changeSummary: 'v2' });
  await decide({ toolId: 'chatgpt', status: 'approved', enforcement: 'inform' });
  await decide({
    toolId: 'claude',
    status: 'conditional',
    conditions: 'No customer data',
    allowedDataClasses: ['public', 'internal'],
  });
  await decide({ toolId: 'gemini', status: 'review' });
  // Decided on 1 November, before anyone registered a use of it: that decision reviewed nothing.
  const early = createCaller({
    db: t.db,
    dialect: t.dialect,
    auth: await f.authFor(adminToken),
    now: () => Date.UTC(2026, 10, 1),
  });
  await decide({ toolId: 'le-chat', status: 'approved' }, early);

  const ada = await f.device('ada@example.com');
  const bob = await f.device('bob@example.com');
  const cyd = await f.device('cyd@example.com');
  const dee = await f.device('dee@example.com');
  const eve = await f.device('eve@example.com');
  const ackV2 = () => acknowledgement(v2.version, v2.sha256);
  await ada.caller.sync.push(
    push([
      usage({ toolId: 'chatgpt' }),
      registration({ toolId: 'chatgpt', purposeCategory: 'recruitment-hr', affectsPeople: true }),
      ackV2(),
    ]),
  );
  await bob.caller.sync.push(
    push([
      usage({ toolId: 'perplexity' }),
      registration({ toolId: 'perplexity', purposeCategory: 'credit-insurance' }),
      acknowledgement(v1.version, v1.sha256),
    ]),
  );
  await cyd.caller.sync.push(
    push([
      registration({ toolId: 'claude', dataClasses: ['internal', 'personal'] }),
      registration({ toolId: 'gemini', purposeCategory: 'worker-management' }),
      ackV2(),
    ]),
  );
  await eve.caller.sync.push(
    push([
      registration({ toolId: 'claude', dataClasses: ['public'] }),
      registration({ toolId: 'le-chat', purposeCategory: 'education-assessment' }),
      ackV2(),
    ]),
  );
  // Dee's only browser is revoked: no longer expected to sync or to accept anything.
  await admin.admin.devices.revoke({ id: dee.deviceId });
  for (const d of [cyd, dee])
    await t.db
      .updateTable('devices')
      .set({ last_seen_at: now - 40 * DAY })
      .where('id', '=', d.deviceId)
      .execute();

  const gaps: [GapKind, string | null, string | null, string | null][] = [
    ['tool-without-decision', 'perplexity', null, null],
    ['policy-not-accepted', null, 'bob@example.com', null],
    ['annex-iii-not-reviewed', 'gemini', 'cyd@example.com', null],
    ['annex-iii-not-reviewed', 'le-chat', 'eve@example.com', null],
    ['annex-iii-not-reviewed', 'perplexity', 'bob@example.com', null],
    ['data-outside-conditions', 'claude', 'cyd@example.com', null],
    ['device-not-synced', null, 'cyd@example.com', cyd.deviceId],
  ];
  return {
    adminToken,
    auditorToken: await f.staffToken('auditor'),
    deviceToken: ada.deviceToken,
    emails: ['ada', 'bob', 'cyd', 'dee', 'eve'].map((n) => `${n}@example.com`),
    toolsInUse: ['chatgpt', 'claude', 'gemini', 'le-chat', 'perplexity'],
    gaps,
  };
}
