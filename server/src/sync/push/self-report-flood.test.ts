import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, uuidv7 } from '@lantern/shared';
import { dialects } from '../../../testing/databases';
import { useTestDatabase } from '../../../testing/use-database';
import { push, selfReport, usage } from '../../../testing/events';
import { fixture } from '../../../testing/fixture';

/**
 * Security finding 2 (issue 23): 10,000 self-reports from one device made 11,706 organisation tools,
 * a config every extension refused, and other devices' pushes 250× slower. Now the device's quota
 * refuses the excess per event, the queue stays bounded, and other devices do not notice.
 */
const FLOOD = 10_000;

function p99(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]!;
}

for (const dialect of dialects) {
  describe(`${dialect}: a flood of self-reports from one device`, () => {
    const t = useTestDatabase(dialect, { reset: false });
    let f: ReturnType<typeof fixture>;
    beforeAll(async () => {
      f = fixture(t);
    });

    /** One-event pushes from other devices (usage and self-reports alternating), in ms. */
    async function timeOthers(tag: string, n: number): Promise<number[]> {
      const devices = await Promise.all(
        Array.from({ length: 5 }, (_, i) => f.device(`${tag}-${i}@example.com`)),
      );
      const times: number[] = [];
      for (let i = 0; i < n + 20; i++) {
        const d = devices[i % devices.length]!;
        const event =
          i % 2 === 0
            ? usage({ visits: i + 1 })
            : selfReport({ name: `Helpful ${tag}`, hostname: `helpful-${tag}.example.net` });
        const start = performance.now();
        await d.caller.sync.push(push([event]));
        if (i >= 20) times.push(performance.now() - start); // the first 20 warm up
      }
      return times;
    }

    it('changes no tool or decision, bounds the queue, and leaves other pushes as fast', async () => {
      const before = await timeOthers('before', 200);
      const tools = await t.db.selectFrom('org_tools').select('id').execute();
      const decisions = await t.db.selectFrom('decisions').select('tool_id').execute();

      const mallory = await f.device('mallory@example.com');
      let refused = 0;
      for (let sent = 0; sent < FLOOD; sent += LIMITS.batchEvents) {
        const batch = Array.from({ length: LIMITS.batchEvents }, (_, i) =>
          selfReport({ id: uuidv7(), name: `Tool ${sent + i}`, hostname: `tool-${sent + i}.example.com` }),
        );
        const out = await mallory.caller.sync.push(push(batch));
        // Every event is answered: none is lost, the excess is refused by name.
        expect(out.stored).toHaveLength(batch.length);
        refused += out.rejected?.length ?? 0;
        expect(await t.db.selectFrom('org_tools').select('id').execute()).toEqual(tools);
      }
      expect(refused).toBe(FLOOD - LIMITS.selfReportsPerDevicePerDay);
      expect(await t.db.selectFrom('decisions').select('tool_id').execute()).toEqual(decisions);
      const queued = await t.db
        .selectFrom('reported_tools')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(queued.n)).toBeLessThanOrEqual(LIMITS.selfReportsPerDevicePerDay + 2);

      const after = await timeOthers('after', 200);
      const ratio = p99(after) / p99(before);
      console.log(
        `${dialect}: one-event push p99 ${p99(before).toFixed(1)} ms before, ${p99(after).toFixed(1)} ms after (×${ratio.toFixed(2)})`,
      );
      expect(ratio).toBeLessThan(2);
    }, 600_000);
  });
}
