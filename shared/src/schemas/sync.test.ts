import { describe, expect, it } from 'vitest';
import { LIMITS, PROTOCOL_VERSION } from '../protocol';
import {
  EnrolInputSchema,
  EnrolOutputSchema,
  PullInputSchema,
  PullOutputSchema,
  PushInputSchema,
  PushOutputSchema,
  uuidv7,
} from '../index';
import {
  ENROL_INPUT,
  ENROL_OUTPUT,
  EVENT_EXAMPLES,
  PULL_INPUT,
  PULL_OUTPUT_CHANGED,
  PULL_OUTPUT_UNCHANGED,
  PUSH_INPUT,
  PUSH_OUTPUT,
} from '../../testing/examples';
import { refusal, withValue } from '../../testing/break';

const procedures = [
  ['device.enroll input', EnrolInputSchema, ENROL_INPUT],
  ['device.enroll output', EnrolOutputSchema, ENROL_OUTPUT],
  ['sync.push input', PushInputSchema, PUSH_INPUT],
  ['sync.push output', PushOutputSchema, PUSH_OUTPUT],
  ['sync.pull input', PullInputSchema, PULL_INPUT],
  ['sync.pull output (unchanged)', PullOutputSchema, PULL_OUTPUT_UNCHANGED],
  ['sync.pull output (new config)', PullOutputSchema, PULL_OUTPUT_CHANGED],
] as const;

describe('every procedure input and output', () => {
  it.each(procedures)('accepts a valid %s unchanged', (_name, schema, example) => {
    expect(schema.parse(example)).toEqual(example);
  });

  it.each(procedures)('refuses a %s with an unknown key, naming it', (_name, schema, example) => {
    expect(refusal(schema, { ...example, debugUrl: 'https://x.example/' }).message).toContain('debugUrl');
  });

  it.each(
    procedures.flatMap(([name, schema, example]) =>
      [2, 0, '1', null].map((v) => [name, v, schema, example] as const),
    ),
  )(
    'refuses a %s speaking protocol version %j, saying which one the server speaks',
    (_name, version, schema, example) => {
      const { message } = refusal(schema, { ...example, protocolVersion: version });
      expect(message).toContain(
        `protocolVersion: unsupported protocol version; this server speaks protocol ${PROTOCOL_VERSION}`,
      );
    },
  );

  it.each(procedures)('refuses a %s without a protocol version', (_name, schema, example) => {
    const { protocolVersion: _v, ...rest } = example;
    expect(refusal(schema, rest).message).toContain('protocolVersion:');
  });
});

describe('sync.push batches', () => {
  const events = (n: number) => Array.from({ length: n }, () => ({ ...EVENT_EXAMPLES.usage, id: uuidv7() }));

  it(`accepts exactly ${LIMITS.batchEvents} events`, () => {
    expect(
      PushInputSchema.safeParse({ protocolVersion: 1, events: events(LIMITS.batchEvents) }).success,
    ).toBe(true);
  });

  it(`refuses ${LIMITS.batchEvents + 1} events, naming events`, () => {
    const { message } = refusal(PushInputSchema, {
      protocolVersion: 1,
      events: events(LIMITS.batchEvents + 1),
    });
    expect(message).toMatch(/^events: Too big/);
  });

  it('refuses an empty batch', () => {
    expect(refusal(PushInputSchema, { protocolVersion: 1, events: [] }).message).toMatch(
      /^events: Too small/,
    );
  });

  it('names the index of the one bad event in a large batch', () => {
    const batch = events(300);
    batch[217] = { ...batch[217]!, activeSeconds: LIMITS.secondsPerDay + 1 };
    expect(refusal(PushInputSchema, { protocolVersion: 1, events: batch }).message).toMatch(
      /^events\[217\]\.activeSeconds: Too big/,
    );
  });

  it('refuses a stored list longer than a batch', () => {
    const stored = Array.from({ length: LIMITS.batchEvents + 1 }, () => uuidv7());
    expect(refusal(PushOutputSchema, { ...PUSH_OUTPUT, stored }).message).toMatch(/^stored: Too big/);
  });
});

describe('device.enroll', () => {
  it.each([
    ['enrollmentToken', 'short'],
    ['enrollmentToken', 'x'.repeat(LIMITS.token + 1)],
    ['userEmail', 'not-an-email'],
    ['userEmail', `${'a'.repeat(250)}@example.com`],
    ['browser', 'netscape'],
    ['browserVersion', '1'.repeat(41)],
    ['extensionVersion', '1'.repeat(41)],
    ['browserVersion', 'my prompt text here'],
    ['extensionVersion', '1.0/../../x?q=1'],
  ] as const)('refuses %s = %j, naming it', (field, value) => {
    expect(refusal(EnrolInputSchema, withValue(ENROL_INPUT, [field], value)).message).toContain(`${field}:`);
  });

  it('accepts enrolment without an email (pseudonymous devices)', () => {
    expect(EnrolInputSchema.safeParse({ ...ENROL_INPUT, userEmail: null }).success).toBe(true);
  });

  it('refuses a device token shorter than 256 bits of base64url', () => {
    expect(refusal(EnrolOutputSchema, { ...ENROL_OUTPUT, deviceToken: 'abc' }).message).toContain(
      'deviceToken:',
    );
  });
});

describe('sync.pull', () => {
  it('refuses a negative config version', () => {
    expect(refusal(PullInputSchema, { ...PULL_INPUT, configVersion: -1 }).message).toContain(
      'configVersion:',
    );
  });

  it('refuses an "unchanged" answer that carries a config', () => {
    const { message } = refusal(PullOutputSchema, { ...PULL_OUTPUT_CHANGED, unchanged: true });
    expect(message).toContain('config');
  });

  it('refuses a new config without settings, naming the path', () => {
    const { settings: _s, ...config } = PULL_OUTPUT_CHANGED.unchanged
      ? ({} as never)
      : PULL_OUTPUT_CHANGED.config;
    expect(refusal(PullOutputSchema, { ...PULL_OUTPUT_CHANGED, config }).message).toContain(
      'config.settings:',
    );
  });

  it('refuses a pull interval under 30 seconds', () => {
    const bad = withValue(PULL_OUTPUT_CHANGED, ['config', 'settings', 'pullIntervalSeconds'], 29);
    expect(refusal(PullOutputSchema, bad).message).toContain(
      'config.settings.pullIntervalSeconds: Too small',
    );
  });

  it('refuses an organisation tool whose URL prefix carries a query string', () => {
    const bad = withValue(
      PULL_OUTPUT_CHANGED,
      ['config', 'tools', 0, 'urlPrefixes', 0],
      'intranet.example.com/ai?x=1',
    );
    expect(refusal(PullOutputSchema, bad).message).toContain('config.tools[0].urlPrefixes[0]:');
  });
});
