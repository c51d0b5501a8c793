import { describe, expect, it } from 'vitest';
import { acknowledgementPages, collect } from '../exports/datasets';
import { personLabeler } from '../security/people';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { ENROL, acknowledgement, approvalRequest, push } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { requestsDataset } from './datasets';
import { devicesPages } from './devices-dataset';
import { SummaryBuilder } from './summary';
import { identityLine, summaryMarkdown } from './summary-markdown';

/** Identity assurance in the evidence pack: per record, and the verified share of acceptances. */
for (const dialect of dialects) {
  describe(`${dialect}: identity assurance in the evidence`, () => {
    const t = useTestDatabase(dialect);

    it('carries assurance on devices and requests, and states the verified share of acceptances', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      const policy = await admin.admin.policies.publish({
        title: 'AI use',
        body: '# Rules',
        changeSummary: null,
      });
      await admin.admin.directory.put({ email: 'ada@example.com' });
      const [link] = await admin.admin.links.create({ emails: ['ada@example.com'] });
      const ada = await f.anonymous.device.enroll({
        ...ENROL,
        userEmail: null,
        personalLink: link!.path.split('#code=')[1],
      });
      const adaCaller = await f.callerFor(ada.deviceToken);
      const bob = await f.device('bob@example.com');
      const carol = await f.device('carol@example.com');
      for (const caller of [adaCaller, bob.caller, carol.caller])
        await caller.sync.push(push([acknowledgement(policy.version, policy.sha256)]));
      await bob.caller.sync.push(push([approvalRequest()]));

      const requests = await requestsDataset(t.db);
      expect(requests.columns).toContain('identity_assurance');
      expect(requests.rows).toMatchObject([
        { person: 'bob@example.com', identity_assurance: 'self-asserted' },
      ]);
      const devices = await collect(devicesPages(t.db, await personLabeler(t.db), Date.now()));
      expect(devices.rows.map((r) => [r.person, r.identity_assurance]).sort()).toEqual([
        ['ada@example.com', 'personal-link'],
        ['bob@example.com', 'self-asserted'],
        ['carol@example.com', 'self-asserted'],
      ]);

      const builder = new SummaryBuilder();
      const acks = await collect(acknowledgementPages(t.db, await personLabeler(t.db)));
      for (const row of acks.rows) builder.add('acknowledgements', { ...row, controls: [] });
      const identity = builder.identity();
      expect(identity).toEqual({
        acceptances: 3,
        oidc: 0,
        personalLink: 1,
        selfAsserted: 2,
        verifiedShare: 0.3333,
      });
      const md = summaryMarkdown([], { generatedAt: 'now', privacyMode: 'named', chainsOk: true }, identity);
      expect(md).toContain('**33.3%** of 3 were sent by a browser whose person was verified');
      expect(identityLine(new SummaryBuilder().identity())).toContain('no acceptances yet');
    });
  });
}
