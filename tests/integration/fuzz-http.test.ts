import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter, createLogger, startServer, type RunningServer } from '@lantern/server';
import { countRows, fuzzSeeds } from './lib/fuzz-seeds';
import { nastyString, procedureInput, rawBody } from './lib/fuzz-inputs';

/**
 * Bad input over real HTTP, to one server over keep-alive: raw bodies that are not JSON, tRPC batch
 * requests, GET inputs in the query string, wrong methods and content types, bodies over the limit,
 * hostile paths on every endpoint (/healthz, /trpc, /api/export/*, the dashboard). Never a 5xx,
 * the server keeps answering, nothing stored.
 */
const SOAK = process.env.LANTERN_SOAK === '1';
const N = SOAK ? 10_000 : 1_500;
const names = Object.keys(
  (appRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def.procedures,
);
/** Percent-encodes anything; a lone surrogate becomes its (invalid) UTF-8 bytes, as an attacker would send. */
function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return `%ED%A0%80${encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))}`;
  }
}
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

interface Answer {
  status: number;
  body: string;
}

const fresh = new Agent({ keepAlive: false });

function send(
  base: string,
  method: string,
  path: string,
  body: string | null,
  headers: Record<string, string>,
  via: Agent = agent,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers, agent: via }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

const requestArb = fc.record({
  method: fc.constantFrom('GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
  target: fc.oneof(
    fc.constantFrom(...names).map((n) => `/trpc/${n}`),
    fc
      .array(fc.constantFrom(...names), { minLength: 2, maxLength: 4 })
      .map((ns) => `/trpc/${ns.join(',')}?batch=1`),
    fc.constantFrom(
      '/healthz',
      '/api/export/inventory.csv',
      '/api/export/acknowledgements.json',
      '/api/export/registrations.csv',
      '/api/export/x.json',
      '/',
      '/index.html',
      '/assets/x.js',
      '/trpc/',
      '/trpc',
      '/api/',
      '/%',
      '/%E0%A4%A',
      '/..%2f..%2fetc%2fpasswd',
      '/trpc/%00',
      '/trpc/__proto__',
      '/trpc/admin.__proto__.x',
      '//evil.example/trpc/sync.push',
    ),
    nastyString.map((s) => `/trpc/${enc(s)}`),
  ),
  body: fc.oneof(
    rawBody,
    procedureInput({}).map((v) => JSON.stringify(v) ?? ''),
    fc.constant(null),
  ),
  query: fc.option(
    procedureInput({}).map((v) => `input=${enc(JSON.stringify(v) ?? '')}`),
    { nil: null },
  ),
  contentType: fc.constantFrom(
    'application/json',
    'text/plain',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    '',
  ),
  auth: fc.constantFrom('none', 'device', 'admin', 'garbage'),
});

describe('every HTTP endpoint under hostile requests', () => {
  let server: RunningServer;
  let tokens: { device: string; admin: string };
  beforeAll(async () => {
    server = await startServer({
      databaseUrl: 'sqlite::memory:',
      logger: createLogger({ level: 'silent' }),
      rateLimit: { capacity: 1e9, refillPerSecond: 1e9 },
      maxBodyBytes: 256 * 1024,
    });
    tokens = await fuzzSeeds(server);
  });
  afterAll(async () => {
    agent.destroy();
    await server.close();
  });

  it(`answers ${N} generated requests with no 5xx and stores nothing`, async () => {
    const before = await countRows(server);
    const samples = fc.sample(requestArb, { numRuns: N, seed: 4242 });
    const bad: string[] = [];
    let i = 0;
    let resets = 0;
    const worker = async () => {
      while (i < samples.length && bad.length < 5) {
        const s = samples[i++]!;
        const headers: Record<string, string> = {};
        if (s.contentType) headers['content-type'] = s.contentType;
        if (s.auth === 'device') headers.authorization = `Bearer ${tokens.device}`;
        if (s.auth === 'admin') headers.authorization = `Bearer ${tokens.admin}`;
        if (s.auth === 'garbage') headers.authorization = 'Bearer \u00ff\u00fe';
        const path = s.query && !s.target.includes('?') ? `${s.target}?${s.query}` : s.target;
        const hasBody = s.body !== null && !['GET', 'HEAD'].includes(s.method);
        let answer: Answer;
        try {
          answer = await send(server.url, s.method, path, hasBody ? s.body : null, headers).catch(
            async () => {
              // A keep-alive connection the server closed after answering early (before reading a body
              // it refused) can reset the next request sent on it; that request must then get a proper
              // answer on a fresh connection.
              resets += 1;
              return send(server.url, s.method, path, hasBody ? s.body : null, headers, fresh);
            },
          );
        } catch (error) {
          bad.push(
            `${s.method} ${path.slice(0, 200)} [${s.contentType}] body ${hasBody && s.body !== null ? `${JSON.stringify(s.body.slice(0, 80))} len ${s.body.length}` : 'none'}: connection failed ${String(error)}`,
          );
          continue;
        }
        // 503 is the dashboard saying it is not built in this checkout: an answer, not a failure.
        if (
          answer.status >= 500 &&
          !(answer.status === 503 && !path.startsWith('/trpc') && !path.startsWith('/api'))
        )
          bad.push(`${s.method} ${path.slice(0, 200)} → ${answer.status} ${answer.body.slice(0, 200)}`);
      }
    };
    await Promise.all(Array.from({ length: 1 }, worker));
    expect(bad).toEqual([]);
    // Observed, not asserted: how many keep-alive connections had been closed under the client.
    console.info(`fuzz-http: ${resets} of ${N} requests needed a fresh connection`);
    // Only an admin with a valid input could have changed something; the generator almost never
    // produces one, and when it does the change must be a legitimate one, so compare data tables.
    const after = await countRows(server);
    for (const table of [
      'devices',
      'seen_events',
      'usage_days',
      'registrations',
      'acknowledgements',
      'requests',
      'justifications',
      'users',
    ])
      expect(after[table], table).toBe(before[table]);
    expect((await send(server.url, 'GET', '/healthz', null, {})).status).toBe(200);
  }, 300_000);

  it('refuses a body over the limit with 413 and survives a deep nesting bomb', async () => {
    const big = await send(server.url, 'POST', '/trpc/sync.push', 'x'.repeat(300 * 1024), {
      'content-type': 'application/json',
      authorization: `Bearer ${tokens.device}`,
    });
    expect(big.status).toBe(413);
    const deep = await send(
      server.url,
      'POST',
      '/trpc/sync.push',
      `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
      { 'content-type': 'application/json', authorization: `Bearer ${tokens.device}` },
    );
    expect(deep.status).toBeGreaterThanOrEqual(400);
    expect(deep.status).toBeLessThan(500);
    const pollution = await send(
      server.url,
      'POST',
      '/trpc/sync.push',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
      { 'content-type': 'application/json', authorization: `Bearer ${tokens.device}` },
    );
    expect(pollution.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await send(server.url, 'GET', '/healthz', null, {})).status).toBe(200);
  });
});
