import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserModel } from './lib/browser-model';
import { checkServerAgainst, type Expected } from './lib/exactly-once-check';
import { FaultCluster } from './lib/fault-cluster';

/** The exactly-once invariant can fail: a lost event and a wrong total are both caught. */
describe('the exactly-once check itself', () => {
  const cluster = new FaultCluster();
  beforeAll(async () => cluster.start());
  afterAll(async () => cluster.close());

  it('notices an event that never reached the server, and a total that differs', async () => {
    const browser = new BrowserModel(cluster.proxy.url, Date.UTC(2026, 10, 23, 9));
    try {
      const deviceId = await browser.enrol(cluster.enrollmentToken);
      const expected: Expected = { kills: 0, usage: new Map(), records: [] };
      await browser.countUsage('chatgpt', '2026-11-23', 3, 60);
      expected.usage.set('chatgpt|visit|2026-11-23', { visits: 3, activeSeconds: 60 });
      const id = await browser.record((eventId, at) => ({
        id: eventId,
        at,
        kind: 'justification',
        toolId: 'claude',
        reason: 'test',
      }));
      expected.records.push({ table: 'justifications', id });
      await browser.push();
      expect(() => checkServerAgainst(cluster, deviceId, expected)).not.toThrow();

      const lost = await browser.record((eventId, at) => ({
        id: eventId,
        at,
        kind: 'justification',
        toolId: 'claude',
        reason: 'lost',
      }));
      await browser.db.outbox.delete(lost); // as if the engine had dropped it
      expect(() =>
        checkServerAgainst(cluster, deviceId, {
          ...expected,
          records: [...expected.records, { table: 'justifications', id: lost }],
        }),
      ).toThrow();
      expect(() =>
        checkServerAgainst(cluster, deviceId, {
          ...expected,
          usage: new Map([['chatgpt|visit|2026-11-23', { visits: 4, activeSeconds: 60 }]]),
        }),
      ).toThrow();
    } finally {
      await browser.close();
    }
  });
});
