import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { core } from 'zod/mini';
import {
  CatalogFetchInputSchema,
  CatalogRefSchema,
  DecisionSchema,
  DeviceConfigSchema,
  DeviceLiteracySchema,
  DeviceSettingsSchema,
  EnrolInputSchema,
  EnrolOutputSchema,
  PolicyVersionSchema,
  PullInputSchema,
  PullOutputSchema,
  PushInputSchema,
  PushOutputSchema,
  RequestStateSchema,
  ToolExceptionSchema,
  SYNC_EVENT_KINDS,
  SyncEventSchema,
  ToolOverrideSchema,
  ToolSchema,
} from '@lantern/shared';
import { createEnrolmentToken, createLogger, startServer, type RunningServer } from '@lantern/server';
import { fieldRows, fieldTables, markedBlocks, parseCurl } from '@lantern/shared/testing';

// docs/protocol.md is executable: its field tables must equal the schemas, its event examples must
// parse, and its curl commands are sent to a real server and must answer what the page says.
const doc = readFileSync(new URL('../../docs/protocol.md', import.meta.url), 'utf8');

const eventSchema = (kind: string) =>
  SyncEventSchema._zod.def.options.find((o) => o.shape.kind._zod.def.values[0] === kind)!;
const TABLES: Record<string, [core.$ZodType, boolean]> = {
  EnrolInput: [EnrolInputSchema, true],
  EnrolOutput: [EnrolOutputSchema, true],
  PushInput: [PushInputSchema, true],
  PushOutput: [PushOutputSchema, true],
  PullInput: [PullInputSchema, true],
  PullOutput: [PullOutputSchema, false],
  DeviceConfig: [DeviceConfigSchema, false],
  Decision: [DecisionSchema, true],
  PolicyVersion: [PolicyVersionSchema, true],
  Tool: [ToolSchema, true],
  DeviceSettings: [DeviceSettingsSchema, true],
  RequestState: [RequestStateSchema, true],
  ToolException: [ToolExceptionSchema, true],
  CatalogFetchInput: [CatalogFetchInputSchema, true],
  CatalogRef: [CatalogRefSchema, true],
  ToolOverride: [ToolOverrideSchema, true],
  DeviceLiteracy: [DeviceLiteracySchema, true],
  ...Object.fromEntries(SYNC_EVENT_KINDS.map((k) => [`event:${k}`, [eventSchema(k), true]])),
};

describe('docs/protocol.md field tables', () => {
  const tables = fieldTables(doc);

  it('documents every schema, and nothing that is not a schema', () => {
    expect([...tables.keys()].sort()).toEqual(Object.keys(TABLES).sort());
  });

  it.each(Object.entries(TABLES))(
    '%s: lists exactly the fields of the schema, with their types',
    (name, [schema, deep]) => {
      const documented = tables.get(name)!.map(({ field, type }) => ({ path: field, type }));
      expect(documented).toEqual(fieldRows(schema, deep));
    },
  );

  it('gives every documented field a meaning', () => {
    const empty = [...doc.matchAll(/^\| `([^`]+)` \|[^\n]*\|\s*\|$/gm)]
      .map((m) => m[1])
      .filter((f) => f !== undefined && !f.startsWith('kind'));
    expect(empty).toEqual([]);
  });
});

describe('docs/protocol.md event examples', () => {
  const examples = markedBlocks(doc).filter((b) => b.label.startsWith('event '));

  it('shows an example of every event kind (some kinds show two)', () => {
    const kinds = new Set(examples.map((b) => b.label.slice('event '.length)));
    expect([...kinds].sort()).toEqual([...SYNC_EVENT_KINDS].sort());
  });

  it.each(examples.map((b) => [b.label, b.code] as const))(
    '%s is a valid event of its kind',
    (label, code) => {
      const parsed = eventSchema(label.slice('event '.length)).safeParse(JSON.parse(code));
      expect(parsed.error?.issues ?? []).toEqual([]);
    },
  );
});

describe('docs/protocol.md curl examples against a real server', () => {
  let server: RunningServer;
  const env: Record<string, string> = {};
  const blocks = markedBlocks(doc);
  const requests = blocks.filter((b) => b.label.startsWith('request '));

  beforeAll(async () => {
    server = await startServer({ databaseUrl: 'sqlite::memory:', logger: createLogger({ level: 'silent' }) });
    env.LANTERN = server.url;
    env.ENROLLMENT_TOKEN = (await createEnrolmentToken(server.db, { name: 'docs test' })).token;
  });
  afterAll(async () => {
    await server?.close();
  });

  async function run(
    name: string,
  ): Promise<{ status: number; body: unknown; text: string; expected: unknown; expectedStatus: number }> {
    const request = requests.find((b) => b.label === `request ${name}`);
    const response = blocks.find((b) => b.label.startsWith(`response ${name} `));
    if (!request || !response) throw new Error(`docs/protocol.md has no request/response example "${name}"`);
    const { method, url, headers, body } = parseCurl(request.code, env);
    const res = await fetch(url, { method, headers, body });
    const text = await res.text();
    return {
      status: res.status,
      body: JSON.parse(text),
      text,
      expected: JSON.parse(response.code),
      expectedStatus: Number(response.label.split(' ').at(-1)),
    };
  }

  it('runs every documented request in this test', () => {
    expect(requests.map((r) => r.label)).toEqual([
      'request device.enroll',
      'request sync.push',
      'request sync.push-refused',
      'request sync.pull',
      'request sync.pull-post',
      'request sync.pull-unauthorized',
      'request sync.catalog-not-found',
    ]);
  });

  it('device.enroll answers with a device id and token of the documented shape', async () => {
    const r = await run('device.enroll');
    expect(r.status).toBe(r.expectedStatus);
    const data = (r.body as { result: { data: unknown } }).result.data;
    expect(EnrolOutputSchema.parse(data)).toEqual(data);
    expect(Object.keys(data as object)).toEqual(
      Object.keys((r.expected as { result: { data: object } }).result.data),
    );
    env.DEVICE_TOKEN = (data as { deviceToken: string }).deviceToken;
  });

  it('sync.push answers exactly as documented, and a resend counts as duplicates', async () => {
    const first = await run('sync.push');
    expect([first.status, first.body]).toEqual([first.expectedStatus, first.expected]);
    const again = await run('sync.push');
    const data = (first.expected as { result: { data: { stored: string[] } } }).result.data;
    expect(again.body).toEqual({ result: { data: { ...data, duplicates: data.stored.length } } });
  });

  it('sync.push refuses an event with a url exactly as documented', async () => {
    const r = await run('sync.push-refused');
    expect([r.status, r.body]).toEqual([r.expectedStatus, r.expected]);
  });

  it('sync.pull by GET and by POST answer exactly as documented', async () => {
    const get = await run('sync.pull');
    expect([get.status, get.body]).toEqual([get.expectedStatus, get.expected]);
    const post = await run('sync.pull-post');
    expect([post.status, post.body]).toEqual([post.expectedStatus, post.expected]);
  });

  // The bytes too, not only the parsed JSON: clients that compare or hash answers, and the key order
  // docs/protocol.md shows, are kept by the plain-HTTP device route (server/src/sync/device-wire.ts).
  it.each(['sync.push-refused', 'sync.pull', 'sync.pull-post', 'sync.pull-unauthorized'])(
    '%s sends the documented JSON byte for byte (compact, keys in the documented order)',
    async (name) => {
      const r = await run(name);
      expect(r.text).toBe(JSON.stringify(r.expected));
    },
  );

  it('sync.pull without a token is refused as documented', async () => {
    const r = await run('sync.pull-unauthorized');
    expect([r.status, r.body]).toEqual([r.expectedStatus, r.expected]);
  });

  it('sync.catalog answers an address it does not hold as documented', async () => {
    const r = await run('sync.catalog-not-found');
    expect([r.status, r.body]).toEqual([r.expectedStatus, r.expected]);
  });
});

describe('docs/protocol.md error table against a real server', () => {
  let server: RunningServer;
  let token = '';
  const MAX_BODY = 64 * 1024;

  beforeAll(async () => {
    server = await startServer({
      databaseUrl: 'sqlite::memory:',
      logger: createLogger({ level: 'silent' }),
      rateLimit: { capacity: 30, refillPerSecond: 0.5 },
      maxBodyBytes: MAX_BODY,
    });
    const enrol = await createEnrolmentToken(server.db, { name: 'errors' });
    const res = await post('device.enroll', { ...ENROL, enrollmentToken: enrol.token });
    token = (res.body as { result: { data: { deviceToken: string } } }).result.data.deviceToken;
  });
  afterAll(async () => {
    await server?.close();
  });

  const ENROL = {
    protocolVersion: 1,
    userEmail: null,
    browser: 'other',
    browserVersion: '1',
    extensionVersion: '0.1.0',
  };
  const usage = (i: number) => ({
    id: `019ab2f0-5c1e-7a3b-8c4d-${String(i).padStart(12, '0')}`,
    at: 1795426200000,
    kind: 'usage',
    toolId: 'chatgpt',
    signal: 'visit',
    day: '2026-11-23',
    visits: 1,
    activeSeconds: 10,
  });
  async function post(name: string, input: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${server.url}/trpc/${name}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: typeof input === 'string' ? input : JSON.stringify(input),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as unknown };
  }
  const error = (body: unknown) =>
    (body as { error: { message: string; data?: { code: string; httpStatus: number } } }).error;
  /** The example message of a row of the Errors table, by the words the row starts with. */
  const documented = (pattern: RegExp) => pattern.exec(doc)![1]!;

  it('a schema error names the event index and field, exactly in the documented form', async () => {
    const events = [usage(0), usage(1), usage(2), { ...usage(3), activeSeconds: 86_401 }];
    const r = await post('sync.push', { protocolVersion: 1, events });
    expect(r.status).toBe(400);
    expect(error(r.body).data?.code).toBe('BAD_REQUEST');
    expect(error(r.body).message).toBe(documented(/The message names the field: `([^`]+)`/));
  });

  it('an unknown tool id is refused in the documented form, and nothing of the batch is stored', async () => {
    const r = await post('sync.push', { protocolVersion: 1, events: [{ ...usage(9), toolId: 'x' }] });
    expect([r.status, error(r.body).data?.code]).toEqual([400, 'BAD_REQUEST']);
    expect(error(r.body).message).toBe(
      documented(/refers to something the server does not know \(`([^`]+)`\)/),
    );
    const again = await post('sync.push', { protocolVersion: 1, events: [usage(9)] });
    expect((again.body as { result: { data: { duplicates: number } } }).result.data.duplicates).toBe(0);
  });

  it('a wrong protocol version gets the documented message', async () => {
    const r = await post('sync.pull', { protocolVersion: 2, configVersion: 0 });
    expect([r.status, error(r.body).data?.code]).toEqual([400, 'BAD_REQUEST']);
    expect(error(r.body).message).toBe(documented(/refused with `BAD_REQUEST` and the message\s+`([^`]+)`/));
  });

  it('an unknown token is UNAUTHORIZED (401)', async () => {
    const r = await post(
      'sync.pull',
      { protocolVersion: 1, configVersion: 0 },
      { Authorization: 'Bearer nope' },
    );
    expect([r.status, error(r.body).data?.code]).toEqual([401, 'UNAUTHORIZED']);
  });

  it('a mutation sent as GET is METHOD_NOT_SUPPORTED (405), an unknown procedure NOT_FOUND (404)', async () => {
    const get = await fetch(`${server.url}/trpc/sync.push?input=${encodeURIComponent('{}')}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect([get.status, error(await get.json()).data?.code]).toEqual([405, 'METHOD_NOT_SUPPORTED']);
    const missing = await post('sync.nothing', {});
    expect([missing.status, error(missing.body).data?.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('a body over the limit is 413 before it is read', async () => {
    const r = await post('sync.push', 'x'.repeat(MAX_BODY + 1));
    expect(r.status).toBe(413);
    expect(Object.keys(error(r.body))).toEqual(['message', 'status']);
    const streamed = await fetch(`${server.url}/trpc/sync.push`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: new Blob(['x'.repeat(MAX_BODY + 1)]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect([streamed.status, error(await streamed.json()).data?.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('too many requests get 429 with Retry-After and the documented short body', async () => {
    let last = { status: 200, headers: new Headers(), body: {} as unknown };
    for (let i = 0; i < 40 && last.status !== 429; i++)
      last = await post('sync.pull', { protocolVersion: 1, configVersion: 0 });
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(last.body).toEqual(JSON.parse(documented(/body is the shorter\s+`([^`]+)`/)));
  });
});
