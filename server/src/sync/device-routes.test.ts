import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, PullInputSchema } from '@lantern/shared';
import { bumpConfigVersion, getConfigVersion } from '../db/repositories/config.repository';
import { revokeDevice } from '../db/repositories/devices.repository';
import { ENROL, registration, usage } from '../../testing/events';
import { fixture } from '../../testing/fixture';
import type { TestDatabase } from '../../testing/databases';
import { base, close, listen, send, setups } from '../../testing/http/http-test-support';
import type { Raw } from '../../testing/http/http-test-support';
import { createTrpcHandler } from '../http/trpc-handler';
import { compileSchema } from './compiled-schema';

type Opts = Parameters<typeof send>[2];

/** What a client reads of an answer: it must be what tRPC's own HTTP adapter answers. */
const wire = (r: Raw) => ({ status: r.status, body: r.body, type: r.headers['content-type'] });

it('vouches for a valid pull with the compiled check, so the route skips zod for it', () => {
  const isPull = compileSchema(PullInputSchema);
  expect(isPull({ protocolVersion: PROTOCOL_VERSION, configVersion: 0 })).toBe(true);
  expect(isPull({ protocolVersion: PROTOCOL_VERSION, configVersion: 1.5 })).toBe(false);
  expect(isPull({ protocolVersion: PROTOCOL_VERSION, configVersion: 1, x: 1 })).toBe(false);
});

for (const setup of setups) {
  describe(`${setup.name}: the device calls as plain HTTP`, () => {
    let t: TestDatabase;
    let server: { url: string; server: Server };
    // The reference: the same procedures behind tRPC's standalone adapter alone.
    let reference: { url: string; server: Server };
    let f: ReturnType<typeof fixture>;
    let token = '';
    let deviceId = '';
    let staff = '';

    beforeAll(async () => {
      t = await setup.open();
      f = fixture(t);
      ({ deviceToken: token, deviceId } = await f.device());
      staff = await f.staffToken('admin');
      server = await listen(base(t));
      const plain = createServer(createTrpcHandler(base(t)));
      await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
      reference = { server: plain, url: `http://127.0.0.1:${(plain.address() as AddressInfo).port}` };
    });
    afterAll(async () => {
      await close(server.server);
      await close(reference.server);
      await t.close();
    });

    const post = (body: string | Buffer, headers: Record<string, string> = {}, auth = token): Opts => ({
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        ...(auth ? { authorization: `Bearer ${auth}` } : {}),
        ...headers,
      },
    });
    const json = (v: unknown) => JSON.stringify(v);
    const pull = (v: number) => json({ protocolVersion: PROTOCOL_VERSION, configVersion: v });

    /** Sends to both; the answers must match byte for byte. */
    async function same(path: string, opts: Opts): Promise<Raw> {
      const [a, b] = [await send(server.url, path, opts), await send(reference.url, path, opts)];
      expect(wire(a)).toEqual(wire(b));
      expect(a.headers['content-length']).toBe(String(Buffer.byteLength(a.body)));
      return a;
    }

    it('answers an unchanged pull, POST or GET, as tRPC would', async () => {
      const v = await getConfigVersion(t.db);
      const a = await same('/trpc/sync.pull', post(pull(v)));
      expect(a.body).toBe(`{"result":{"data":{"protocolVersion":1,"unchanged":true,"configVersion":${v}}}}`);
      const q = `/trpc/sync.pull?input=${encodeURIComponent(pull(v))}`;
      expect((await same(q, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      const bom = post(`\uFEFF${pull(v)}`, { 'content-type': 'Application/JSON; charset=utf-8' });
      expect((await same('/trpc/sync.pull', bom)).body).toBe(a.body);
    });

    it('stores a push once; a repeat reports duplicates', async () => {
      const events = [usage({ visits: 4 }), registration()];
      const body = json({ protocolVersion: PROTOCOL_VERSION, events });
      const first = await send(server.url, '/trpc/sync.push', post(body));
      expect(JSON.parse(first.body)).toMatchObject({ result: { data: { duplicates: 0 } } });
      // The second push of the same ids, through each path, is answered identically.
      const again = await same('/trpc/sync.push', post(body));
      expect(JSON.parse(again.body)).toMatchObject({
        result: { data: { stored: events.map((e) => e.id), duplicates: 2 } },
      });
    });

    it.each<[string, () => [string, Opts]]>([
      [
        'an event field the protocol lacks',
        () => ['/trpc/sync.push', post(json({ protocolVersion: 1, events: [{ ...usage(), prompt: 'x' }] }))],
      ],
      ['another protocol version', () => ['/trpc/sync.push', post(json({ protocolVersion: 2, events: [] }))]],
      ['no events field', () => ['/trpc/sync.push', post(json({ protocolVersion: 1 }))]],
      ['a JSON array', () => ['/trpc/sync.push', post('[1,2]')]],
      ['an empty body', () => ['/trpc/sync.pull', post('')]],
      ['an extra pull key', () => ['/trpc/sync.pull', post('{"protocolVersion":1,"configVersion":1,"x":1}')]],
      ['a negative config version', () => ['/trpc/sync.pull', post(pull(-1))]],
      ['a fractional config version', () => ['/trpc/sync.pull', post(pull(1.5))]],
      [
        'a config version as text',
        () => ['/trpc/sync.pull', post('{"protocolVersion":1,"configVersion":"1"}')],
      ],
      [
        'a pull of another protocol',
        () => ['/trpc/sync.pull', post('{"protocolVersion":2,"configVersion":1}')],
      ],
      ['a pull without its version', () => ['/trpc/sync.pull', post('{"protocolVersion":1}')]],
      ['a null pull', () => ['/trpc/sync.pull', post('null')]],
      ['an unknown token', () => ['/trpc/sync.pull', post(pull(1), {}, 'x'.repeat(43))]],
      ['a staff token', () => ['/trpc/sync.push', post(json({ protocolVersion: 1, events: [] }), {}, staff)]],
      ['no credential', () => ['/trpc/sync.pull', post(pull(1), {}, '')]],
      ['GET without input', () => ['/trpc/sync.pull', { headers: { authorization: `Bearer ${token}` } }]],
      [
        'a bad enrolment token',
        () => ['/trpc/device.enroll', post(json({ ...ENROL, enrollmentToken: 'y'.repeat(43) }), {}, '')],
      ],
    ])('refuses %s exactly as tRPC does', async (_name, make) => {
      const res = await same(...make());
      expect(res.status).toBeGreaterThanOrEqual(400);
    });

    it('refuses a push of an unknown tool or a bad calendar day exactly as tRPC does', async () => {
      for (const events of [
        [usage(), usage({ toolId: 'no-such-tool-here' })],
        [usage({ day: '2026-02-30' })],
        [registration({ dataClasses: ['internal', 'internal'] })],
      ]) {
        const res = await same('/trpc/sync.push', post(json({ protocolVersion: 1, events })));
        expect(res.status).toBe(400);
      }
    });

    it('names the refused event in error.data', async () => {
      const body = json({ protocolVersion: 1, events: [usage(), { ...usage(), url: 'https://x' }] });
      const res = await same('/trpc/sync.push', post(body));
      expect(JSON.parse(res.body)).toMatchObject({
        error: { data: { code: 'BAD_REQUEST', eventIndexes: [1] } },
      });
    });

    it.each<[string, Opts, number]>([
      ['malformed JSON', post('{"protocolVersion":'), 400],
      ['a text/plain body', post(pull(1), { 'content-type': 'text/plain' }), 415],
      ['a PUT', { ...post(pull(1)), method: 'PUT' }, 405],
    ])('refuses %s with a clear error and the documented envelope', async (_name, opts, status) => {
      const res = await send(server.url, '/trpc/sync.pull', opts);
      expect(res.status).toBe(status);
      expect(JSON.parse(res.body)).toMatchObject({
        error: { data: { httpStatus: status, path: 'sync.pull' } },
      });
    });

    it('refuses a push sent as GET', async () => {
      const res = await send(server.url, `/trpc/sync.push?input=${encodeURIComponent('{}')}`);
      expect(res.status).toBe(405);
    });

    it('enrols a browser; the answer has exactly the documented fields', async () => {
      const enrollmentToken = await f.enrolmentToken();
      const body = json({ ...ENROL, enrollmentToken, userEmail: null });
      const res = await send(server.url, '/trpc/device.enroll', post(body, {}, ''));
      expect(res.status).toBe(200);
      const data = (JSON.parse(res.body) as { result: { data: object } }).result.data;
      expect(Object.keys(data)).toEqual(['protocolVersion', 'deviceId', 'deviceToken']);
    });

    it('sends the new config after a change, and refuses a revoked device on its next call', async () => {
      const old = await getConfigVersion(t.db);
      await bumpConfigVersion(t.db);
      const a = await same('/trpc/sync.pull', post(pull(old)));
      expect(JSON.parse(a.body)).toMatchObject({ result: { data: { unchanged: false } } });
      await revokeDevice(t.db, deviceId, Date.now());
      const b = await same('/trpc/sync.pull', post(pull(old)));
      expect(b.status).toBe(401);
      const body = json({ protocolVersion: PROTOCOL_VERSION, events: [usage()] });
      expect((await same('/trpc/sync.push', post(body))).status).toBe(401);
    });
  });
}
