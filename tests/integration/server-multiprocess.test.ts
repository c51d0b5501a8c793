import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, uuidv7 } from '@lantern/shared';
import { createApiToken, createDatabase, createEnrolmentToken } from '@lantern/server';

const pgUrl = process.env.LANTERN_TEST_POSTGRES_URL;
const serve = fileURLToPath(new URL('../../server/scripts/serve.ts', import.meta.url));
const serverDir = fileURLToPath(new URL('../../server', import.meta.url));

/** Starts a real server process and resolves with its URL once it prints it. */
function startProcess(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', serve], {
    cwd: serverDir,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ url: m[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}: ${out}`)));
  });
}

describe.skipIf(!pgUrl)('two server processes on one PostgreSQL', () => {
  const schema = `mp_${randomBytes(5).toString('hex')}`;
  const url = `${pgUrl}${pgUrl?.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const servers: Array<{ url: string; child: ChildProcess }> = [];
  let adminToken = '';
  let enrollmentToken = '';

  beforeAll(async () => {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`create schema ${schema}`);
    await c.end();
    servers.push(...(await Promise.all([startProcess(url), startProcess(url)])));
    const handle = createDatabase(url);
    adminToken = (await createApiToken(handle.db, 'admin', 'mp')).token;
    enrollmentToken = (await createEnrolmentToken(handle.db, { name: 'mp' })).token;
    await handle.close();
  });

  afterAll(async () => {
    await Promise.all(
      servers.map((s) => new Promise((r) => (s.child.once('exit', r), s.child.kill('SIGTERM')))),
    );
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`drop schema if exists ${schema} cascade`);
    await c.end();
  });

  async function call(base: string, path: string, body: unknown, token?: string) {
    const res = await fetch(`${base}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { result?: { data: unknown }; error?: unknown };
    if (res.status !== 200) throw new Error(`${path} → ${res.status} ${JSON.stringify(json.error)}`);
    return json.result!.data as Record<string, unknown>;
  }

  it('stores each event once and agrees on one inventory whichever process answered', async () => {
    const [a, b] = servers.map((s) => s.url) as [string, string];
    const policy = (await call(
      a,
      'admin.policies.publish',
      { title: 'P', body: 'Be careful', changeSummary: null },
      adminToken,
    )) as { sha256: string };
    const devices = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call(i % 2 ? a : b, 'device.enroll', {
          protocolVersion: PROTOCOL_VERSION,
          enrollmentToken,
          userEmail: `u${i % 4}@example.com`,
          browser: 'chrome',
          browserVersion: '142',
          extensionVersion: '0.1.0',
        }),
      ),
    );
    let expectedVisits = 0;
    const batches = devices.map((d, i) => {
      const at = Date.now();
      const visits = 10 + i;
      expectedVisits += visits;
      return {
        token: d.deviceToken as string,
        events: [
          {
            id: uuidv7(at),
            at,
            kind: 'usage',
            toolId: 'chatgpt',
            signal: 'visit',
            day: '2026-11-23',
            visits: visits - 5,
            activeSeconds: 60,
          },
          {
            id: uuidv7(at + 1),
            at: at + 1,
            kind: 'usage',
            toolId: 'chatgpt',
            signal: 'visit',
            day: '2026-11-23',
            visits,
            activeSeconds: 120,
          },
          {
            id: uuidv7(at + 2),
            at: at + 2,
            kind: 'acknowledgement',
            policyVersion: 1,
            policySha256: policy.sha256,
            toolId: null,
            conditionsSha256: null,
          },
        ],
      };
    });
    // Every batch goes to both processes at the same time: a lost response retried elsewhere.
    const results = await Promise.all(
      batches.flatMap((batch) =>
        [a, b].map((base) =>
          call(base, 'sync.push', { protocolVersion: PROTOCOL_VERSION, events: batch.events }, batch.token),
        ),
      ),
    );
    expect(results.reduce((n, r) => n + (r.duplicates as number), 0)).toBe(batches.length * 3);

    const query = { search: 'chatgpt' };
    const fromA = await fetch(
      `${a}/trpc/admin.inventory.tools?input=${encodeURIComponent(JSON.stringify(query))}`,
      { headers: { authorization: `Bearer ${adminToken}` } },
    );
    const fromB = await fetch(
      `${b}/trpc/admin.inventory.tools?input=${encodeURIComponent(JSON.stringify(query))}`,
      { headers: { authorization: `Bearer ${adminToken}` } },
    );
    const rowA = ((await fromA.json()) as { result: { data: { rows: Record<string, unknown>[] } } }).result
      .data.rows[0];
    const rowB = ((await fromB.json()) as { result: { data: { rows: Record<string, unknown>[] } } }).result
      .data.rows[0];
    expect(rowA).toEqual(rowB);
    expect(rowA).toMatchObject({ users: 4, devices: 6, acknowledged: 4 });
    const handle = createDatabase(url);
    const day = await handle.db
      .selectFrom('tool_days')
      .selectAll()
      .where('tool_id', '=', 'chatgpt')
      .executeTakeFirstOrThrow();
    expect(day.visits).toBe(expectedVisits);
    const acks = await handle.db.selectFrom('acknowledgements').select('seq').orderBy('seq').execute();
    expect(acks.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    await handle.close();
    const verify = await fetch(`${b}/trpc/admin.audit.verify`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(
      ((await verify.json()) as { result: { data: Array<{ ok: boolean }> } }).result.data.map((r) => r.ok),
    ).toEqual([true, true, true]); // acknowledgements, audit log, literacy completions
  });
});
