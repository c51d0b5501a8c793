import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../db/repositories/tokens.repository';
import { upsertPeople } from '../db/repositories/people.repository';
import { startServer, type RunningServer } from '../index';
import { createLogger } from '../logger';
import { useTestDatabase } from '../../testing/use-database';

/** "Export this view" on the People page: the chase list's filter and department reach the CSV. */
describe('GET /api/export/people.csv', () => {
  const t = useTestDatabase('sqlite', { reset: false });
  let server: RunningServer;
  let token: string;
  beforeAll(async () => {
    server = await startServer({ database: t, port: 0, logger: createLogger({ level: 'silent' }) });
    token = (await createApiToken(t.db, 'auditor', 'auditor')).token;
    await upsertPeople(
      t.db,
      [
        { email: 'ada@example.com', name: null, department: 'Finance', managerEmail: null },
        { email: 'bob@example.com', name: null, department: 'Sales', managerEmail: null },
      ],
      'csv',
      Date.now(),
    );
  });
  afterAll(async () => {
    await server.close();
  });

  const get = (query: string) =>
    fetch(`${server.url}/api/export/people.csv${query}`, { headers: { authorization: `Bearer ${token}` } });

  it('exports the filtered view, and everyone for an unknown filter', async () => {
    const res = await get('?filter=no-browser&department=Sales');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/lantern-people-/);
    const lines = (await res.text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'person,department,identity_assurance,browsers,accepted_current_policy,ever_accepted,data_beyond_allowed',
    );
    expect(lines.slice(1)).toEqual(['bob@example.com,Sales,no browser enrolled yet,0,false,false,false']);
    const all = (await (await get('?filter=nonsense')).text()).trim().split(/\r?\n/);
    expect(all).toHaveLength(3);
    expect((await fetch(`${server.url}/api/export/people.csv`)).status).toBe(401);
  });
});
