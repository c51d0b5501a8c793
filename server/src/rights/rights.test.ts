import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAll } from '../audit/verify';
import { run } from '../cli/run';
import { createDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import type { Db } from '../db/database';
import { dialects, openTestDatabase } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import type { TestDatabase } from '../../testing/databases';
import { acknowledgement, approvalRequest, push, registration, selfReport } from '../../testing/events';
import { fixture } from '../../testing/fixture';

const SECRET_TEXTS = [
  'Drafting emails',
  'Better at long documents',
  'Needed for the board memo',
  'Marketing copy',
];

/** Ada (the person to erase) and Bob, each with an accepted policy, through the real write paths. */
async function seedPeople(t: Pick<TestDatabase, 'db' | 'dialect'>) {
  const f = fixture(t as TestDatabase);
  const admin = await f.callerFor(await f.staffToken('admin'));
  const policy = await admin.admin.policies.publish({
    title: 'AI policy',
    body: '# v1\n',
    changeSummary: null,
  });
  const ada = await f.device('ada@example.com');
  const bob = await f.device('bob@example.com');
  const request = approvalRequest({ reason: 'Better at long documents' });
  await ada.caller.sync.push(
    push([
      acknowledgement(policy.version, policy.sha256),
      registration({ purposeText: 'Drafting emails' }),
      {
        ...approvalRequest({ toolId: 'chatgpt' }),
        kind: 'justification',
        reason: 'Needed for the board memo',
      },
      request,
      selfReport({ purposeText: 'Marketing copy' }),
    ]),
  );
  await bob.caller.sync.push(push([acknowledgement(policy.version, policy.sha256)]));
  await admin.admin.requests.answer({ id: request.id, status: 'approved', note: 'Fine for Ada' });
  return { admin, ada, bob, f };
}

/** Every non-chain table's rows as one string: erased text must be nowhere in it. */
async function dumpPersonalTables(db: Db): Promise<string> {
  const tables = [
    'users',
    'registrations',
    'current_registrations',
    'justifications',
    'requests',
    'tool_exceptions',
    'people',
  ] as const;
  const parts: unknown[] = [];
  for (const table of tables) parts.push(await db.selectFrom(table).selectAll().execute());
  return JSON.stringify(parts);
}

for (const dialect of dialects) {
  describe(`data rights (${dialect})`, () => {
    const t = useTestDatabase(dialect);

    it('exports each kind of record stored about one person', async () => {
      const { admin } = await seedPeople(t);
      await admin.admin.directory.put({ email: 'ada@example.com', name: 'Ada L', department: 'Finance' });
      const out = await admin.admin.people.export({ email: 'ada@example.com' });
      expect(out.directory).toMatchObject({ email: 'ada@example.com', name: 'Ada L', department: 'Finance' });
      expect(out.person.email).toBe('ada@example.com');
      expect(out.devices).toHaveLength(1);
      expect(out.acknowledgements).toHaveLength(1);
      expect(out.registrations.map((r) => r.purpose_text)).toEqual(['Drafting emails']);
      expect(out.justifications.map((r) => r.reason)).toEqual(['Needed for the board memo']);
      expect(out.requests.map((r) => r.reason).sort()).toEqual([
        'Better at long documents',
        'Marketing copy',
      ]);
      expect(out.exceptions).toMatchObject([{ tool_id: 'claude', note: 'Fine for Ada', until: null }]);
      expect(out.reportedTools).toHaveLength(1);
      expect(out.selfReportQuota).toHaveLength(1);
      expect(JSON.stringify(out)).not.toMatch(/bob@example.com|token_hash/);
    });

    it('erases the payload, keeps the hashes: audit verify stays green and the evidence says why', async () => {
      const { admin, ada, bob } = await seedPeople(t);
      await admin.admin.directory.put({
        email: 'ada@example.com',
        name: 'Ada Lovelace',
        department: 'Finance',
      });
      await admin.admin.directory.put({ email: 'bob@example.com', managerEmail: 'ada@example.com' });
      const summary = await admin.admin.people.erase({ email: 'ada@example.com' });
      const note = `erased on ${new Date().toISOString().slice(0, 10)} at the person's request`;
      expect(summary).toMatchObject({
        note,
        devicesRevoked: 1,
        registrations: 1,
        justifications: 1,
        requests: 2,
      });
      expect((await verifyAll(t.db)).map((r) => [r.chain, r.ok, r.firstBroken])).toEqual([
        ['acknowledgements', true, null],
        ['audit_log', true, null],
        ['literacy_completions', true, null],
      ]);
      const dump = await dumpPersonalTables(t.db);
      for (const text of [...SECRET_TEXTS, 'Fine for Ada', 'ada@example.com', 'Ada Lovelace'])
        expect(dump).not.toContain(text);
      expect(dump).toContain(note);
      expect(dump).toContain('bob@example.com');
      const auditDump = JSON.stringify(await t.db.selectFrom('audit_log').selectAll().execute());
      expect(auditDump).not.toContain('ada@example.com');
      expect(auditDump).toContain(note);
      expect(await t.db.selectFrom('reported_tool_reporters').selectAll().execute()).toEqual([]);
      expect(await t.db.selectFrom('self_report_quota').selectAll().execute()).toEqual([]);
      await expect(ada.caller.sync.push(push([registration()]))).rejects.toThrow();
      await bob.caller.sync.push(push([registration()]));
      await expect(admin.admin.people.erase({ userId: summary.userId })).rejects.toThrow(/erased already/);
      const registrations = await admin.admin.inventory.user({ userId: summary.userId });
      expect(registrations.person).toBe(`${note} (${summary.userId.slice(0, 8)})`);
    });

    it('two concurrent erasures of one person: one erases, the other is refused', async () => {
      const { admin } = await seedPeople(t);
      const results = await Promise.allSettled([
        admin.admin.people.erase({ email: 'ada@example.com' }),
        admin.admin.people.erase({ email: 'ada@example.com' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(String((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason)).toMatch(
        /erased already|no person with the email/,
      );
      const erasures = await t.db
        .selectFrom('audit_log')
        .select('seq')
        .where('action', '=', 'person.erase')
        .execute();
      expect(erasures).toHaveLength(1);
      expect((await verifyAll(t.db)).every((r) => r.ok)).toBe(true);
    });

    it('refuses a user marked erased by hand (no erasure in the audit log)', async () => {
      await seedPeople(t);
      await t.db
        .updateTable('users')
        .set({ erased_at: Date.now() })
        .where('email', '=', 'bob@example.com')
        .execute();
      const [acks] = await verifyAll(t.db);
      expect(acks!.ok).toBe(false);
      expect(acks!.firstBroken!.reason).toMatch(/marked erased but the audit log records no erasure/);
    });

    it('an unknown email is a clear error and erases nothing', async () => {
      const { admin } = await seedPeople(t);
      await expect(admin.admin.people.erase({ email: 'nobody@example.com' })).rejects.toThrow(
        'no person with the email "nobody@example.com"',
      );
      expect(await dumpPersonalTables(t.db)).toContain('Drafting emails');
    });
  });
}

describe('lantern person erase|export (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-rights-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function lantern(env: Record<string, string>, args: string[], input = '') {
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      out: (s: string) => out.push(s),
      err: (s: string) => err.push(s),
      input: Readable.from([input]),
    };
    const code = await run(args, io, env).catch((e: unknown) => {
      err.push((e as Error).message);
      return 1;
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  for (const dialect of dialects) {
    it(`erases with confirmation and audit verify stays green (${dialect})`, async () => {
      const t = dialect === 'postgres' ? await openTestDatabase('postgres') : null;
      // The CLI opens its own connection: the test schema rides in the URL as the search path.
      const url = t
        ? `${t.url}${t.url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${t.schema}`)}`
        : `sqlite:${join(dir, 'cli.db')}`;
      const handle = t ?? createDatabase(url);
      if (!t) await migrateToLatest(handle.db);
      await seedPeople(handle);
      if (!t) await handle.close();
      const env = { DATABASE_URL: url };
      try {
        const exported = await lantern(env, ['person', 'export', 'ada@example.com']);
        expect(exported.err).toBe('');
        expect(JSON.parse(exported.out).registrations[0].purpose_text).toBe('Drafting emails');
        const refused = await lantern(env, ['person', 'erase', 'ada@example.com'], 'no\n');
        expect(refused).toMatchObject({
          code: 1,
          err: expect.stringMatching(/not confirmed, nothing erased/),
        });
        const unknown = await lantern(env, ['person', 'erase', 'nobody@example.com', '--yes']);
        expect(unknown).toMatchObject({ code: 1, err: expect.stringMatching(/no person with the email/) });
        const erased = await lantern(env, ['person', 'erase', 'ada@example.com'], 'ada@example.com\n');
        expect(erased.code).toBe(0);
        expect(JSON.parse(erased.out)).toMatchObject({
          note: expect.stringMatching(/at the person's request$/),
        });
        const verified = await lantern(env, ['audit', 'verify']);
        expect(verified.code).toBe(0);
        expect(verified.out).toMatch(/acknowledgements: ok, 2 records/);
      } finally {
        await t?.close();
      }
    }, 60_000);
  }
});
