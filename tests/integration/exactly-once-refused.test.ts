import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrolmentToken, createLogger, startServer, type RunningServer } from '@lantern/server';
import { BrowserModel } from './lib/browser-model';

/**
 * One event the server refuses must not hold every later event hostage. A device can hold such an
 * event without any bug of its own: its catalog is newer than the server's (the store updated the
 * extension first), or an admin deleted an organisation tool the browser had already counted.
 */
describe('an event the server refuses', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ databaseUrl: 'sqlite::memory:', logger: createLogger({ level: 'silent' }) });
  });
  afterAll(async () => server.close());

  it('does not block the events recorded after it, and stays visible as refused', async () => {
    const browser = new BrowserModel(server.url, Date.UTC(2026, 10, 23, 9));
    try {
      await browser.enrol((await createEnrolmentToken(server.db, { name: 'refused' })).token);
      // A tool the extension's newer catalog knows and this server does not.
      await browser.countUsage('brand-new-ai-tool', '2026-11-23', 3, 120);
      const registration = await browser.record((id, at) => ({
        id,
        at,
        kind: 'registration',
        toolId: 'chatgpt',
        purposeCategory: 'drafting',
        purposeText: 'Drafting emails',
        dataClasses: ['internal'],
        affectsPeople: false,
      }));
      // The alarm fires again and again over a day; the network is fine all along.
      for (let attempt = 0; attempt < 10; attempt += 1) {
        await browser.clearBackoff();
        await browser.push();
      }
      const stored = await server.db
        .selectFrom('registrations')
        .select('id')
        .where('id', '=', registration)
        .execute();
      expect(stored, 'the registration behind the refused event reached the server').toHaveLength(1);
      const log = await browser.db.syncLog.toArray();
      const refused = log.filter((entry) => entry.outcome === 'refused');
      expect(refused.map((entry) => entry.event.kind)).toEqual(['usage']);
      expect(refused[0]?.note).toMatch(/brand-new-ai-tool|toolId/);
      expect(await browser.db.outbox.count(), 'nothing left waiting').toBe(0);
    } finally {
      await browser.close();
    }
  });
});
