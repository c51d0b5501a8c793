import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog, type UsageSignal } from '@lantern/shared';
import { BOUNDS, compactAggregates, localDay, getSyncState, BACKOFF } from '@lantern/extension/testing';
import { BrowserModel } from './lib/browser-model';
import { checkServerAgainst, type Expected } from './lib/exactly-once-check';
import { FaultCluster } from './lib/fault-cluster';

/**
 * Two weeks without the server (a laptop on leave, a VPN that never connects), on a simulated
 * clock: a heavy user on 30 AI tools, counted every 10 working minutes, with a few binding acts a
 * day. The local store must stay within BOUNDS (extension/src/db/bounds.ts), keep what the
 * inventory needs (day totals, not one event per flush), and on reconnect upload the backlog within
 * a minute under the production rate limit.
 */
const PRODUCTION_RATE_LIMIT = { capacity: 120, refillPerSecond: 2 };
const TOOLS = catalog.slice(0, 30).map((t) => t.id);
const SIGNALS: UsageSignal[] = ['visit', 'extension'];
const DAY_MS = 86_400_000;

describe('two weeks offline', () => {
  const cluster = new FaultCluster();
  beforeAll(async () => cluster.start(PRODUCTION_RATE_LIMIT));
  afterAll(async () => cluster.close());

  it('stays bounded, loses nothing and catches up within a minute without being throttled', async () => {
    const start = Date.UTC(2026, 10, 2, 8);
    const browser = new BrowserModel(cluster.proxy.url, start);
    const expected: Expected = { kills: 0, usage: new Map(), records: [] };
    try {
      await browser.enrol(cluster.enrollmentToken);
      const online = cluster.proxy.target;
      cluster.proxy.target = 'http://127.0.0.1:9'; // nothing listens there: every attempt fails
      let maxOutbox = 0;
      for (let day = 0; day < 14; day += 1) {
        browser.clock = start + day * DAY_MS;
        const dayKey = localDay(browser.clock);
        for (let flush = 0; flush < 48; flush += 1) {
          const tool = TOOLS[(day * 7 + flush) % TOOLS.length]!;
          const signal = SIGNALS[flush % SIGNALS.length]!;
          await browser.countUsage(tool, dayKey, 2, 120, signal);
          const key = `${tool}|${signal}|${dayKey}`;
          const old = expected.usage.get(key) ?? { visits: 0, activeSeconds: 0 };
          expected.usage.set(key, { visits: old.visits + 2, activeSeconds: old.activeSeconds + 120 });
          browser.clock += 10 * 60_000;
          if (flush % 6 === 0) expect(await browser.push()).toBe('failed'); // the alarm keeps trying
        }
        for (const tool of TOOLS.slice(day % 10, (day % 10) + 3)) {
          const id = await browser.record((eventId, at) => ({
            id: eventId,
            at,
            kind: 'registration',
            toolId: tool,
            purposeCategory: 'drafting',
            purposeText: 'Drafting',
            dataClasses: ['internal'],
            affectsPeople: false,
          }));
          expected.records.push({ table: 'registrations', id });
        }
        await compactAggregates(browser.db, browser.clock);
        maxOutbox = Math.max(maxOutbox, await browser.outboxSize());
      }
      // One event per day total, not one per flush: 14 days' backlog is far below the bound.
      expect(maxOutbox).toBe(expected.usage.size + expected.records.length);
      expect(maxOutbox).toBeLessThanOrEqual(BOUNDS.outboxMax);
      expect(await browser.db.syncLog.count()).toBeLessThanOrEqual(BOUNDS.syncLogMax);
      expect(await browser.dropped()).toBe(0);
      expect(await browser.dayTotals()).toEqual(expected.usage);

      // Back online. The worker's alarm fires when the backoff says; nothing answered while offline, so
      // that wait is capped at BACKOFF.unreachableMaxMs (simulated time), and the minute runs from the
      // moment the network came back: the wait plus the real upload time.
      cluster.proxy.target = online;
      const waitMs = Math.max(0, (await getSyncState(browser.db)).notBefore - browser.clock);
      expect(waitMs).toBeLessThanOrEqual(BACKOFF.unreachableMaxMs);
      browser.clock += waitMs;
      const began = performance.now();
      for (let attempt = 0; attempt < 30 && (await browser.outboxSize()) > 0; attempt += 1)
        await browser.push();
      const tookMs = performance.now() - began;
      expect(await browser.outboxSize()).toBe(0);
      expect(waitMs + tookMs, 'backlog uploaded within a minute of reconnecting').toBeLessThan(60_000);
      expect(
        cluster.proxy.statuses.filter((s) => s === 429),
        'throttled by the server',
      ).toEqual([]);
      checkServerAgainst(
        cluster,
        await browser.db.enrolment.get('current').then((e) => e!.deviceId),
        expected,
      );
    } finally {
      await browser.close();
    }
  }, 180_000);
});
