import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BASELINE_RELEASE_VERSION, RELEASE_LIMITS } from '@lantern/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newestRelease } from '../db/repositories/catalog-releases.repository';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { activeCatalogTool, resetActiveCatalogForTesting } from './active';
import { fetchAndInstall } from './fetch';
import { scheduleCatalog } from './schedule';
import { releaseText, testPublisher } from '../../testing/catalog/testing';

const publisher = testPublisher();
const keys = [publisher.trusted];

/** A real HTTP server publishing whatever `body` holds at /catalog.json; `/huge` streams without a length. */
let body = '';
let site: Server;
let base = '';
beforeAll(async () => {
  site = createServer((req, res) => {
    if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 32);
      let sent = 0;
      const more = () => {
        while (sent < 12 && res.write(chunk)) sent++;
        if (sent >= 12) res.end();
        else res.once('drain', more);
      };
      more();
      return;
    }
    if (req.url !== '/catalog.json') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())));

for (const dialect of dialects) {
  describe(`${dialect}: fetching releases from CATALOG_URL`, () => {
    const t = useTestDatabase(dialect);
    beforeEach(async () => {
      resetActiveCatalogForTesting();
    });

    it('installs a newer release on schedule and keeps this process classifying with it', async () => {
      body = releaseText(publisher, BASELINE_RELEASE_VERSION + 7);
      const warnings: unknown[] = [];
      const log = { info: () => undefined, warn: (o: unknown) => void warnings.push(o) };
      const schedule = scheduleCatalog({
        db: t.db,
        log: log as never,
        keys,
        url: `${base}/catalog.json`,
        fetchEveryMs: 60_000,
      });
      try {
        await schedule.fetchNow();
        expect((await newestRelease(t.db))?.source).toBe(`url ${base}/catalog.json`);
        expect(activeCatalogTool('quillmind')?.name).toBe('Quillmind');
        // Fetched again unchanged: nothing new, no warning.
        await schedule.fetchNow();
        expect(warnings).toEqual([]);
        // The URL now serves an older release: refused, logged, the installed one stays.
        body = releaseText(publisher, BASELINE_RELEASE_VERSION + 3);
        await schedule.fetchNow();
        expect(warnings).toMatchObject([{ reason: expect.stringMatching(/refused: older/) }]);
        expect((await newestRelease(t.db))?.version).toBe(BASELINE_RELEASE_VERSION + 7);
      } finally {
        schedule.stop();
      }
    });

    it('stops reading an oversize answer at the limit, and reports HTTP errors', async () => {
      await expect(fetchAndInstall(t.db, `${base}/huge`, keys, Date.now)).rejects.toThrow(
        `catalog release refused: oversize: more than ${RELEASE_LIMITS.maxBytes} bytes`,
      );
      await expect(fetchAndInstall(t.db, `${base}/missing`, keys, Date.now)).rejects.toThrow(
        /answered HTTP 404/,
      );
      expect(await newestRelease(t.db)).toBeUndefined();
    });
  });
}
