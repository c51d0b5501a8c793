import fc from 'fast-check';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appRouter,
  createContextInner,
  createLogger,
  startServer,
  type RunningServer,
  resolveAuth,
} from '@lantern/server';
import { PROTOCOL_VERSION } from '@lantern/shared';
import { procedureInput } from './lib/fuzz-inputs';
import { countRows, fuzzSeeds } from './lib/fuzz-seeds';

/**
 * Bad input against every tRPC procedure through the router's own request handling (JSON parsing,
 * method override, validation, the procedure), in process; fuzz-http.test.ts sends raw bodies,
 * batches and huge requests over real HTTP. Never a 5xx, a clear 4xx for every invalid input, and
 * nothing stored. `pnpm test:soak` (LANTERN_SOAK=1) sends 10,000 inputs to every procedure; a CI
 * run sends 1,000 to each device-facing one and 200 to each admin one (2 shared cores).
 */
const SOAK = process.env.LANTERN_SOAK === '1';
/** Device-facing procedures answer the open network: they get the most inputs in every CI run. */
const EXPOSED = new Set(['device.enroll', 'sync.push', 'sync.pull', 'session.signIn']);
function budget(name: string, hasInput: boolean): number {
  if (process.env.LANTERN_FUZZ_RUNS) return Number(process.env.LANTERN_FUZZ_RUNS);
  // A procedure without an input schema never reads its input: a few show it is ignored, and more
  // only repeat one answer. (The soak sent 10,000 to each: admin.tools.catalog, 250 kB an answer,
  // ran 92 s past the 60 s timeout, and the timed-out loop kept the run alive afterwards.)
  if (!hasInput) return SOAK ? 1_000 : 50;
  if (SOAK) return 10_000;
  return EXPOSED.has(name) ? 1_000 : 200;
}

interface ProcedureDef {
  _def: {
    type: 'query' | 'mutation' | 'subscription';
    inputs: Array<{ safeParse?: (v: unknown) => { success: boolean } }>;
  };
}
const procedures = Object.entries(
  (appRouter as unknown as { _def: { procedures: Record<string, ProcedureDef> } })._def.procedures,
);

describe('every procedure refuses bad input cleanly', () => {
  let server: RunningServer;
  let tokens: { device: string; admin: string };

  beforeAll(async () => {
    server = await startServer({ databaseUrl: 'sqlite::memory:', logger: createLogger({ level: 'silent' }) });
    tokens = await fuzzSeeds(server);
  });
  afterAll(async () => server.close());

  /** The router's fetch handler with the server's own authentication of bearer tokens. */
  async function call(path: string, type: string, input: unknown, token: string | null): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const body = JSON.stringify(input);
    const useGet = type === 'query' && body !== undefined && body.length < 4_000;
    const url = `http://127.0.0.1/trpc/${path}${useGet ? `?input=${encodeURIComponent(body)}` : ''}`;
    const req = new Request(
      url,
      useGet ? { method: 'GET', headers } : { method: 'POST', headers, body: body ?? '' },
    );
    return fetchRequestHandler({
      endpoint: '/trpc',
      req,
      router: appRouter,
      allowMethodOverride: true,
      createContext: async () =>
        createContextInner({
          db: server.db,
          dialect: server.handle.dialect,
          auth: await resolveAuth(server.db, { bearer: token }),
        }),
    });
  }

  it('lists the procedures it fuzzes (a new procedure is fuzzed automatically)', () => {
    const names = procedures.map(([name]) => name);
    for (const required of ['device.enroll', 'sync.push', 'sync.pull', 'session.signIn'])
      expect(names).toContain(required);
    expect(names.filter((n) => n.startsWith('admin.')).length).toBeGreaterThan(10);
  });

  it.each(procedures)(
    '%s: generated inputs, never a 5xx, invalid ones refused, nothing stored',
    async (name, proc) => {
      const schema = proc._def.inputs[0];
      const PER_PROCEDURE = budget(name, Boolean(schema?.safeParse));
      const token = name.startsWith('sync.')
        ? tokens.device
        : name.startsWith('admin.') || (name.startsWith('session.') && name !== 'session.signIn')
          ? tokens.admin
          : null;
      const before = await countRows(server);
      const seed = fuzzSeeds.valid[name] ?? {};
      const inputs = fc.sample(procedureInput(seed), { numRuns: PER_PROCEDURE, seed: name.length * 7919 });
      let refused = 0;
      const wrong: string[] = [];
      for (const input of inputs) {
        const valid = schema?.safeParse ? schema.safeParse(input).success : true;
        const res = await call(name, proc._def.type, input, token);
        const text = await res.text();
        if (res.status >= 500)
          wrong.push(`${res.status} for ${JSON.stringify(input)?.slice(0, 300)}: ${text.slice(0, 300)}`);
        else if (!valid) {
          refused += 1;
          if (res.status < 400)
            wrong.push(`${res.status} accepted invalid ${JSON.stringify(input)?.slice(0, 300)}`);
          else {
            const body = JSON.parse(text) as { error?: { message?: unknown; data?: { code?: unknown } } };
            if (
              typeof body.error?.message !== 'string' ||
              body.error.message.length === 0 ||
              typeof body.error.data?.code !== 'string'
            )
              wrong.push(`unclear error ${text.slice(0, 300)}`);
          }
        }
        if (wrong.length >= 5) break;
      }
      expect(wrong).toEqual([]);
      // Most generated inputs are invalid (a few, e.g. `{}` where every field has a default, are not).
      if (schema?.safeParse) expect(refused).toBeGreaterThan(PER_PROCEDURE * 0.5);
      // Only a valid input to a mutation may store anything.
      if (proc._def.type === 'mutation' && refused === inputs.length)
        expect(await countRows(server)).toEqual(before);
    },
  );

  it('left Object.prototype alone and still answers /healthz', async () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('events');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(PROTOCOL_VERSION).toBe(1);
  });
});
