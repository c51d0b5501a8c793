import { createTRPCClient } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardLink } from '@lantern/dashboard/api/link';
import { createLogger, startServer } from '@lantern/server';
import type { RunningServer } from '@lantern/server';
import type { AppRouter } from '@lantern/server/router';
import { dialects, fixture } from '@lantern/server/testing';
import { useTestDatabase } from '@lantern/server/testing/use-database';

/**
 * The dashboard's own HTTP link against a real server: queries go as POST, so a search term (here a
 * person's email) travels in the body and never sits in a URL a proxy or access log keeps — and the
 * server answers them. (Was in server/src/http/hardening.test.ts before the dashboard became a package.)
 */
describe.each(dialects)('the dashboard link on %s', (dialect) => {
  const t = useTestDatabase(dialect, { reset: false });
  let server: RunningServer;
  let admin = '';

  beforeAll(async () => {
    admin = await fixture(t).staffToken('admin');
    server = await startServer({ database: t, port: 0, logger: createLogger({ level: 'silent' }) });
  });
  afterAll(async () => {
    await server.close();
  });

  it('sends queries as POST, so search terms never sit in a URL', async () => {
    const sent: { method: string; url: string }[] = [];
    const recording: typeof fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      sent.push({ method: init?.method ?? 'GET', url });
      return fetch(input, init);
    };
    const client = createTRPCClient<AppRouter>({
      links: [dashboardLink(`${server.url}/trpc`, () => ({ authorization: `Bearer ${admin}` }), recording)],
    });
    const found = await client.admin.inventory.users.query({ search: 'secret.person@example.com' });
    expect(found).toBeDefined();
    expect(sent.length).toBeGreaterThan(0);
    for (const r of sent) {
      expect(r.method).toBe('POST');
      expect(decodeURIComponent(r.url)).not.toMatch(/secret\.person/);
    }
  });
});
