import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, close, listen, send } from '../../testing/http/http-test-support';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import type { TestDatabase } from '../../testing/databases';
import { acknowledgement, approvalRequest, push, registration } from '../../testing/events';
import { fixture } from '../../testing/fixture';

/** An object's key paths (values ignored): what a documented example must share with the real thing. */
function shape(v: unknown, path = ''): string[] {
  if (v === null || typeof v !== 'object') return [path];
  return Object.entries(v)
    .flatMap(([k, x]) => shape(x, `${path}.${k}`))
    .sort();
}

type Event = { cursor: string; class_uid: number; metadata: { uid: string }; [k: string]: unknown };

/** Every record the feed must cover, as the events' metadata.uid names them. */
async function expectedUids(t: TestDatabase): Promise<string[]> {
  const uids: string[] = [];
  for (const r of await t.db.selectFrom('audit_log').select('seq').execute()) uids.push(`audit:${r.seq}`);
  for (const r of await t.db.selectFrom('acknowledgements').select('seq').execute())
    uids.push(`acknowledgement:${r.seq}`);
  for (const kind of ['registration', 'justification', 'request'] as const) {
    const rows = await t.db
      .selectFrom(`${kind}s` as 'registrations')
      .select(['device_id', 'id'])
      .execute();
    for (const r of rows) uids.push(`${kind}:${r.device_id}/${r.id}`);
  }
  return uids.sort();
}

for (const dialect of dialects) {
  describe(`GET /api/events (${dialect})`, () => {
    const t = useTestDatabase(dialect);
    let srv: Awaited<ReturnType<typeof listen>>;
    beforeAll(async () => {
      srv = await listen(base(t));
    });
    afterAll(async () => {
      await close(srv.server);
    });

    async function page(token: string, after: string, limit = 7) {
      const r = await send(srv.url, `/api/events?after=${after}&limit=${limit}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(r.status).toBe(200);
      const events = r.body
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Event);
      return { events, next: String(r.headers['lantern-next-cursor']) };
    }

    /** Pages until an empty page, appending to `seen`; returns the cursor reached. */
    async function drain(token: string, cursor: string, seen: Event[]) {
      for (;;) {
        const p = await page(token, cursor);
        seen.push(...p.events);
        if (p.next === cursor) return cursor;
        cursor = p.next;
      }
    }

    it('refuses missing, device and malformed credentials or cursors', async () => {
      const f = fixture(t);
      expect((await send(srv.url, '/api/events')).status).toBe(401);
      const d = await f.device();
      const asDevice = { headers: { authorization: `Bearer ${d.deviceToken}` } };
      expect((await send(srv.url, '/api/events', asDevice)).status).toBe(403);
      const auditor = { headers: { authorization: `Bearer ${await f.staffToken('auditor')}` } };
      expect((await send(srv.url, '/api/events?after=-1', auditor)).body).toMatch(/after must be a cursor/);
      expect((await send(srv.url, '/api/events?limit=0', auditor)).status).toBe(400);
    });

    it('maps admin changes to OCSF Entity Management and records to Base Events', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      await admin.admin.policies.publish({ title: 'P', body: '# P\n', changeSummary: null });
      const d = await f.device('ada@example.com');
      await d.caller.sync.push(push([registration({ purposeText: 'Drafting emails' })]));
      const { events } = await page(await f.staffToken('auditor'), '0', 100);
      expect(events[0]).toMatchObject({
        class_uid: 3004,
        class_name: 'Entity Management',
        activity_id: 1,
        type_uid: 300401,
        message: 'policy.publish',
        actor: { user: { name: expect.stringMatching(/^admin:/) } },
      });
      // docs/siem.md's example must have exactly the fields of a real event.
      const doc = readFileSync(fileURLToPath(new URL('../../../docs/siem.md', import.meta.url)), 'utf8');
      const example = JSON.parse(/```json\n(.*)\n```/.exec(doc)![1]!) as unknown;
      expect(shape(example)).toEqual(shape(events[0]));
      expect(events.find((e) => e.metadata.uid.startsWith('registration:'))).toMatchObject({
        class_uid: 0,
        actor: { user: { name: 'ada@example.com' } },
        unmapped: { purpose_text: 'Drafting emails', tool_id: 'chatgpt' },
      });
    });

    it('concurrent writers and a paging reader: every record exactly once, in increasing cursor order', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      const reader = await f.staffToken('auditor');
      const policy = await admin.admin.policies.publish({ title: 'P', body: '# P\n', changeSummary: null });
      const devices = await Promise.all(['a', 'b', 'c', 'd'].map((n) => f.device(`${n}@example.com`)));
      const seen: Event[] = [];
      let cursor = '0';
      let writing = true;
      const readerLoop = (async () => {
        while (writing) cursor = (await page(reader, cursor).then((p) => (seen.push(...p.events), p))).next;
      })();
      const writers = devices.map(async (d, i) => {
        for (let round = 0; round < 6; round++) {
          await d.caller.sync.push(
            push([
              registration(),
              { ...approvalRequest({ toolId: 'chatgpt' }), kind: 'justification', reason: 'Needed' },
              approvalRequest(),
              acknowledgement(policy.version, policy.sha256),
            ]),
          );
          if (i === 0) await admin.admin.settings.update({ pullIntervalSeconds: 60 + round });
        }
      });
      await Promise.all(writers);
      writing = false;
      await readerLoop;
      await drain(reader, cursor, seen);
      const cursors = seen.map((e) => Number(e.cursor));
      expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
      expect(new Set(cursors).size).toBe(cursors.length);
      expect(seen.map((e) => e.metadata.uid).sort()).toEqual(await expectedUids(t));
    }, 60_000);

    if (dialect === 'postgres')
      it('a record committed late (after later records were read) is still delivered, once', async () => {
        const f = fixture(t);
        const admin = await f.callerFor(await f.staffToken('admin'));
        const reader = await f.staffToken('auditor');
        const d = await f.device('ada@example.com');
        const ids = await t.db.selectFrom('devices').select(['id', 'user_id']).executeTakeFirstOrThrow();
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        let inserted!: () => void;
        const insertedP = new Promise<void>((r) => (inserted = r));
        const slow = t.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('registrations')
            .values({
              id: 'late-registration',
              user_id: ids.user_id,
              device_id: ids.id,
              tool_id: 'chatgpt',
              purpose_category: 'drafting',
              purpose_text: null,
              data_classes: '[]',
              affects_people: 0,
              withdrawn: 0,
              at: Date.now(),
              received_at: Date.now(),
            })
            .execute();
          inserted();
          await held;
        });
        await insertedP;
        await admin.admin.settings.update({ pullIntervalSeconds: 61 });
        await d.caller.sync.push(push([registration()]));
        const seen: Event[] = [];
        const cursor = await drain(reader, '0', seen);
        expect(seen.some((e) => e.metadata.uid.endsWith('/late-registration'))).toBe(false);
        release();
        await slow;
        await drain(reader, cursor, seen);
        expect(seen.filter((e) => e.metadata.uid.endsWith('/late-registration'))).toHaveLength(1);
        expect(seen.map((e) => e.metadata.uid).sort()).toEqual(await expectedUids(t));
      });
  });
}
