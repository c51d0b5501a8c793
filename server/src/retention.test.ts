import { describe, expect, it } from 'vitest';
import { setSettings } from './db/repositories/config.repository';
import { currentPolicy } from './db/repositories/policies.repository';
import { CompiledQuery } from 'kysely';
import { uuidv7 } from '@lantern/shared';
import {
  applyRetention,
  pruneSeenEvents,
  SEEN_EVENTS_DAYS,
  seenEventsBefore,
  toolUserDaysBefore,
  usageRetentionStatements,
} from './retention';
import { dialects } from '../testing/databases';
import { useTestDatabase } from '../testing/use-database';
import { acknowledgement, embedded, push, registration, usage } from '../testing/events';
import { fixture } from '../testing/fixture';

for (const dialect of dialects) {
  describe(`${dialect}: usage retention`, () => {
    const t = useTestDatabase(dialect);

    it('deletes usage older than the retention period and keeps acknowledgements', async () => {
      const f = fixture(t);
      const admin = await f.callerFor(await f.staffToken('admin'));
      await admin.admin.policies.publish({ title: 'P', body: 'B', changeSummary: null });
      const policy = (await currentPolicy(t.db))!;
      const d = await f.device();
      const now = Date.UTC(2026, 10, 23, 12);
      await d.caller.sync.push(
        push([usage({ day: '2026-01-10' }), usage({ day: '2026-11-20' }), acknowledgement(1, policy.sha256)]),
      );
      expect(await applyRetention(t.db, now)).toEqual({ cutoffDay: null, deleted: 0 });
      await setSettings(t.db, { retentionDays: 90 });
      const result = await applyRetention(t.db, now);
      expect(result.cutoffDay).toBe('2026-08-25');
      const days = (await t.db.selectFrom('usage_days').select('day').execute()).map((r) => r.day);
      expect(days).toEqual(['2026-11-20']);
      expect((await t.db.selectFrom('tool_days').select('day').execute()).map((r) => r.day)).toEqual([
        '2026-11-20',
      ]);
      expect(await t.db.selectFrom('acknowledgements').selectAll().execute()).toHaveLength(1);
    });

    it('deletes old usage days through usage_day_groups, exactly, also days that arrive late and older', async () => {
      const f = fixture(t);
      const now = Date.UTC(2026, 10, 23, 12);
      const days = ['2026-01-10', '2026-08-24', '2026-08-25', '2026-11-20'];
      const devices = [];
      for (const email of ['ada@example.com', 'bob@example.com', 'cy@example.com']) {
        const d = await f.device(email);
        devices.push(d);
        // Newest first, then older days in later pushes: each group's oldest day moves back.
        for (const day of [...days].reverse())
          await d.caller.sync.push(
            push([
              usage({ day }),
              usage({ day, signal: 'extension' }),
              ...(email === 'cy@example.com' ? [] : [usage({ day, toolId: 'claude' })]),
            ]),
          );
        // A group whose days are all kept, and one whose days are all old.
        await d.caller.sync.push(push([usage({ day: '2026-11-21', toolId: 'gemini' })]));
        await d.caller.sync.push(push([usage({ day: '2026-02-01', toolId: 'grok' })]));
      }
      const usageRows = () =>
        t.db
          .selectFrom('usage_days')
          .select(['device_id', 'tool_id', 'signal', 'day'])
          .orderBy('device_id')
          .orderBy('tool_id')
          .orderBy('signal')
          .orderBy('day')
          .execute();
      const groups = () =>
        t.db
          .selectFrom('usage_day_groups')
          .select(['device_id', 'tool_id', 'signal', 'oldest_day'])
          .orderBy('device_id')
          .orderBy('tool_id')
          .orderBy('signal')
          .execute();
      // Every group's row is no later than its oldest day.
      const lowerBounds = async () => {
        const rows = await usageRows();
        const oldest = new Map<string, string>();
        for (const r of rows) {
          const k = `${r.device_id}/${r.tool_id}/${r.signal}`;
          if (!oldest.has(k)) oldest.set(k, r.day);
        }
        const stored = await groups();
        expect(stored.map((g) => `${g.device_id}/${g.tool_id}/${g.signal}`)).toEqual([...oldest.keys()]);
        for (const g of stored)
          expect(g.oldest_day <= oldest.get(`${g.device_id}/${g.tool_id}/${g.signal}`)!).toBe(true);
        return oldest;
      };
      await lowerBounds();
      const before = await usageRows();
      await setSettings(t.db, { retentionDays: 90 });
      const { cutoffDay, deleted } = await applyRetention(t.db, now);
      expect(cutoffDay).toBe('2026-08-25');
      const kept = before.filter((r) => r.day >= cutoffDay!);
      expect(await usageRows()).toEqual(kept);
      expect(deleted).toBeGreaterThanOrEqual(before.length - kept.length);
      // The groups it passed hold their exact oldest day; the all-old groups are gone.
      const oldest = await lowerBounds();
      for (const g of await groups()) {
        expect(g.oldest_day >= cutoffDay!).toBe(true);
        if (g.tool_id !== 'gemini')
          expect(g.oldest_day).toBe(oldest.get(`${g.device_id}/${g.tool_id}/${g.signal}`));
      }
      expect((await groups()).some((g) => g.tool_id === 'grok')).toBe(false);
      // Nothing old left: a second pass deletes nothing.
      expect((await applyRetention(t.db, now)).deleted).toBe(0);

      // An old day that arrives after the pass (a device catching up) goes at the next one.
      const late = await f.device('dee@example.com');
      await late.caller.sync.push(push([usage({ day: '2026-11-22' })]));
      // A group retention left with its exact oldest day gets an older one, and a new day.
      const ada = devices[0]!;
      await ada.caller.sync.push(push([usage({ day: '2026-05-05' }), usage({ day: '2026-08-26' })]));
      const adaChatgpt = (await groups()).find(
        (g) => g.device_id === ada.deviceId && g.tool_id === 'chatgpt' && g.signal === 'visit',
      );
      expect(adaChatgpt?.oldest_day).toBe('2026-05-01');
      await late.caller.sync.push(push([usage({ day: '2026-03-03' })]));
      await lowerBounds();
      const late1 = (await usageRows()).filter((r) => r.day >= cutoffDay!);
      await applyRetention(t.db, now);
      expect(await usageRows()).toEqual(late1);
      await lowerBounds();

      if (dialect === 'sqlite') {
        const s = usageRetentionStatements('sqlite');
        const plan = async (text: string, params: unknown[]) =>
          (
            await t.db.executeQuery<{ detail: string }>(
              CompiledQuery.raw(`explain query plan ${text}`, params),
            )
          ).rows.map((r) => r.detail);
        const ids = JSON.stringify(['d1']);
        const deleting = await plan(s.deleteDays, [ids, cutoffDay, cutoffDay]);
        expect(deleting).toContain(
          'SEARCH usage_days USING COVERING INDEX sqlite_autoindex_usage_days_1 (device_id=? AND tool_id=? AND signal=? AND day<?)',
        );
        for (const text of [s.deleteGroups, s.moveGroups])
          expect(await plan(text, [ids, cutoffDay])).toContain(
            'SEARCH u USING COVERING INDEX sqlite_autoindex_usage_days_1 (device_id=? AND tool_id=? AND signal=?)',
          );
        const listing = t.db
          .selectFrom('usage_day_groups')
          .select('device_id')
          .where('oldest_day', '<', cutoffDay!)
          .compile();
        expect(await plan(listing.sql, [...listing.parameters])).toEqual([
          'SEARCH usage_day_groups USING COVERING INDEX usage_day_groups_oldest (oldest_day<?)',
        ]);
        const all = [
          deleting,
          ...(await Promise.all([s.deleteGroups, s.moveGroups].map((x) => plan(x, [ids, cutoffDay])))),
        ];
        expect(all.flat().filter((l) => /^SCAN (usage_days|usage_day_groups|u|g)\b/.test(l))).toEqual([]);
      }
    });

    it('deletes the old days of every person from tool_user_days, through its key (user, day, tool)', async () => {
      const f = fixture(t);
      const days = ['2026-01-10', '2026-08-24', '2026-08-25', '2026-11-20'];
      const tools = ['chatgpt', 'claude', 'deepseek', 'gemini', 'grok'];
      for (const email of ['ada@example.com', 'bob@example.com']) {
        const d = await f.device(email);
        await d.caller.sync.push(
          push(tools.flatMap((toolId, i) => days.slice(i % 2).map((day) => usage({ toolId, day })))),
        );
      }
      const rows = () =>
        t.db
          .selectFrom('tool_user_days')
          .select(['tool_id', 'day', 'user_id'])
          .orderBy('tool_id')
          .orderBy('day')
          .orderBy('user_id')
          .execute();
      const before = await rows();
      await setSettings(t.db, { retentionDays: 90 });
      const { cutoffDay, deleted } = await applyRetention(t.db, Date.UTC(2026, 10, 23, 12));
      const kept = before.filter((r) => r.day >= cutoffDay!);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(before.length);
      expect(await rows()).toEqual(kept);
      const usageDeleted = before.length - kept.length; // one usage_days and tool_days row per old day too
      expect(deleted).toBeGreaterThanOrEqual(usageDeleted);
      if (dialect === 'sqlite') {
        const compiled = toolUserDaysBefore(cutoffDay!).compile(t.db);
        const plan = await t.db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
        );
        const details = plan.rows.map((r) => r.detail);
        expect(details.filter((d) => /^SCAN (tool_user_days|t)\b/.test(d))).toEqual([]);
        expect(details).toContain('SEARCH tool_user_days USING PRIMARY KEY (user_id=? AND day<?)');
      }
    });
  });

  describe(`${dialect}: seen_events kept for replay-safe kinds only as long as they serve`, () => {
    const t = useTestDatabase(dialect);
    const DAY = 86_400_000;

    it('deletes the rows of old replay-safe events, keeps the rest, and a resend then stores nothing new', async () => {
      const f = fixture(t);
      const now = Date.UTC(2026, 11, 7, 12);
      const old = now - (SEEN_EVENTS_DAYS + 1) * DAY;
      const recent = now - (SEEN_EVENTS_DAYS - 1) * DAY;
      const ada = await f.device('ada@example.com');
      const bob = await f.device('bob@example.com');
      const oldUsage = usage({ id: uuidv7(old), day: '2026-10-31', visits: 3, activeSeconds: 90 });
      const oldEmbedded = embedded({ id: uuidv7(old + 1) });
      const oldRegistration = registration({ id: uuidv7(old + 2) });
      const recentUsage = usage({ id: uuidv7(recent), day: '2026-11-02', toolId: 'claude' });
      await ada.caller.sync.push(push([oldUsage, oldEmbedded, oldRegistration, recentUsage]));
      const bobOld = usage({ id: uuidv7(old + 3), day: '2026-10-31', toolId: 'gemini' });
      await bob.caller.sync.push(push([bobOld]));

      const seen = async () =>
        (await t.db.selectFrom('seen_events').select(['event_id', 'kind']).orderBy('event_id').execute()).map(
          (r) => `${r.kind}:${r.event_id}`,
        );
      expect(await seen()).toHaveLength(5);
      // One device per statement here, so the walk over the devices is exercised too.
      expect(await pruneSeenEvents(t.db, now, 1)).toBe(3);
      expect(await seen()).toEqual(
        [`registration:${oldRegistration.id}`, `usage:${recentUsage.id}`].sort((a, b) =>
          a.split(':')[1]! < b.split(':')[1]! ? -1 : 1,
        ),
      );
      expect(await pruneSeenEvents(t.db, now)).toBe(0);

      // What the inventory holds, before and after the pruned events come again (an old resend, or a
      // device replaying its own ids): the day totals keep the larger value, so nothing changes.
      const inventory = async () => ({
        usage: await t.db
          .selectFrom('usage_days')
          .select(['device_id', 'tool_id', 'signal', 'day', 'visits', 'active_seconds'])
          .orderBy(['device_id', 'tool_id', 'signal', 'day'])
          .execute(),
        toolDays: await t.db
          .selectFrom('tool_days')
          .select(['tool_id', 'day', 'visits', 'active_seconds'])
          .orderBy(['tool_id', 'day'])
          .execute(),
        people: await t.db
          .selectFrom('tool_user_days')
          .selectAll()
          .orderBy(['user_id', 'day', 'tool_id'])
          .execute(),
        users: await t.db
          .selectFrom('tool_users')
          .select(['tool_id', 'user_id', 'first_seen_at', 'last_seen_at'])
          .orderBy(['tool_id', 'user_id'])
          .execute(),
        embedded: await t.db
          .selectFrom('embedded_days')
          .selectAll()
          .orderBy(['device_id', 'tool_id'])
          .execute(),
        registrations: await t.db.selectFrom('registrations').select('id').orderBy('id').execute(),
      });
      const before = await inventory();
      const again = await ada.caller.sync.push(push([oldUsage, oldEmbedded, oldRegistration]));
      // The registration's row was kept: it is still a duplicate; the pruned ones count as stored.
      expect(again).toMatchObject({ duplicates: 1 });
      expect(await inventory()).toEqual(before);
      expect(await seen()).toHaveLength(4);
    });

    it('deletes through the key of seen_events, a range per device, never scanning it', async () => {
      if (dialect !== 'sqlite') return;
      const compiled = seenEventsBefore(['d1', 'd2'], Date.UTC(2026, 10, 1)).compile(t.db);
      const plan = await t.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
      );
      const details = plan.rows.map((r) => r.detail);
      expect(details.filter((d) => /^SCAN (seen_events|s)\b/.test(d))).toEqual([]);
      expect(details).toContain(
        'SEARCH seen_events USING INDEX sqlite_autoindex_seen_events_1 (device_id=? AND event_id<?)',
      );
    });

    it('compares ids as their time: the smallest id of the cutoff millisecond', () => {
      const cutoff = Date.UTC(2026, 10, 1, 0, 0, 0, 5);
      const { parameters } = seenEventsBefore(['d1'], cutoff).compile(t.db);
      const smallest = parameters[1] as string;
      expect(smallest).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-0000-0000-000000000000$/);
      expect(uuidv7(cutoff - 1) < smallest).toBe(true);
      expect(uuidv7(cutoff) > smallest).toBe(true);
      expect(uuidv7(cutoff + 1) > smallest).toBe(true);
    });
  });
}
