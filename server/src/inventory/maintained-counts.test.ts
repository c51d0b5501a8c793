import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@lantern/shared';
import { setSettings } from '../db/repositories/config.repository';
import { applyRetention } from '../retention';
import { erasePerson } from '../rights/erase';
import { dialects, type TestDatabase } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { embedded, push, usage } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import { prng, randomDayAndTime, testSeed } from '../../testing/random';
import { overview } from './overview';
import { dayPeopleBothWays, referenceFigures } from '../../testing/inventory/reference-counts';
import { loadToolMetrics } from './tool-metrics';

const DAY = 86_400_000;
const TOOLS = ['chatgpt', 'claude', 'gemini', 'perplexity', 'openai-platform'];

/** A few usage or embedded-AI day totals of random tools and days (up to 70 days back), out of order. */
function randomEvents(rand: () => number, now: number) {
  return Array.from({ length: 1 + Math.floor(rand() * 6) }, () => {
    const toolId = TOOLS[Math.floor(rand() * TOOLS.length)]!;
    const { day, at } = randomDayAndTime(rand, now, 70);
    return toolId === 'openai-platform'
      ? embedded({ id: uuidv7(at), toolId, day, at, requests: 1 + Math.floor(rand() * 5) })
      : usage({ id: uuidv7(at), toolId, day, at, visits: 1 + Math.floor(rand() * 9) });
  });
}

/** The maintained figures at `at` equal the ones computed from scratch. */
async function expectSameFigures(t: TestDatabase, at: number, step: string) {
  const ref = await referenceFigures(t.db, at);
  const metrics = await loadToolMetrics(t.db, at);
  const got = new Map(
    [...metrics]
      .filter(([, m]) => m.users > 0 || m.devices > 0)
      .map(([id, m]) => [
        id,
        {
          users: m.users,
          devices: m.devices,
          first: m.firstSeenAt ?? 0,
          last: m.lastSeenAt ?? 0,
          n7: m.users7d,
          n30: m.users30d,
        },
      ]),
  );
  expect([step, Object.fromEntries(got)]).toEqual([step, Object.fromEntries(ref.tools)]);
  const o = await overview(t.db, at);
  expect([step, o.coverage.users, o.activeUsers7d, o.activeUsers30d, o.adoptionPerWeek]).toEqual([
    step,
    ref.people.users,
    ref.people.n7,
    ref.people.n30,
    ref.weeks,
  ]);
  await expectSameDayPeople(t, step);
}

/** Each tool's people per day, as its page reads them, equal the count of its tool_user_days rows. */
async function expectSameDayPeople(t: TestDatabase, step: string) {
  const both = await dayPeopleBothWays(t.db, TOOLS);
  const differ = Object.entries(both).flatMap(([tool, days]) =>
    Object.entries(days)
      .filter(([, [scratch, kept]]) => scratch !== kept)
      .map(([day, pair]) => `${tool} ${day}: ${pair.join(' vs ')}`),
  );
  expect([step, differ]).toEqual([step, []]);
  expect(Object.values(both).some((days) => Object.keys(days).length > 0)).toBe(true);
}

describe.each(dialects)('maintained inventory counts on %s', (dialect) => {
  const t = useTestDatabase(dialect, { reset: false });

  it('equal the figures computed from scratch after random pushes, erasures and retention', async () => {
    const rand = prng(testSeed(`maintained counts on ${dialect}`));
    await t.reset();
    const f = fixture(t);
    const now = Date.now();
    type Device = Awaited<ReturnType<typeof f.device>> & { email: string };
    let devices: Device[] = [];
    for (let p = 0; p < 10; p++)
      for (let d = rand() < 0.3 ? 2 : 1; d > 0; d--) {
        const email = `person${p}@example.com`;
        devices.push({ ...(await f.device(email)), email });
      }
    for (let round = 0; round < 6; round++) {
      // Pushes of several devices at once, so some share a group commit (one person's two devices too).
      for (let wave = 0; wave < 3; wave++)
        await Promise.all(
          devices.filter(() => rand() < 0.5).map((d) => d.caller.sync.push(push(randomEvents(rand, now)))),
        );
      if (rand() < 0.4 && devices.length > 2) {
        const email = devices[Math.floor(rand() * devices.length)]!.email;
        const user = await t.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', email)
          .executeTakeFirstOrThrow();
        await t.db.transaction().execute((trx) => erasePerson(trx, user.id, now));
        devices = devices.filter((d) => d.email !== email);
      }
      if (rand() < 0.5) {
        await setSettings(t.db, { retentionDays: 20 + Math.floor(rand() * 40) });
        await applyRetention(t.db, now);
      }
      await expectSameFigures(t, now, `round ${round}`);
    }
    // As the days pass without a write, the windows move on.
    for (const later of [1, 6, 8, 29, 31, 90])
      await expectSameFigures(t, now + later * DAY, `+${later} days`);
  }, 180_000);
});
