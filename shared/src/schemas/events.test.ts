import { describe, expect, it } from 'vitest';
import { LIMITS } from '../protocol';
import { PushInputSchema, SYNC_EVENT_KINDS, SyncEventSchema } from '../index';
import { EVENT_EXAMPLES } from '../../testing/examples';
import { refusal, withValue } from '../../testing/break';
import { boundedStrings } from '../../testing/schema-fields';

const push = (...events: unknown[]) => ({ protocolVersion: 1, events });
const kinds = SYNC_EVENT_KINDS.map((kind) => [kind, EVENT_EXAMPLES[kind]] as const);
const FORBIDDEN = ['prompt', 'url', 'title', 'content', 'query', 'path', 'response', 'cookie', 'pageText'];

describe('valid events', () => {
  it('has an example for every event kind the protocol defines', () => {
    expect(Object.keys(EVENT_EXAMPLES).sort()).toEqual([...SYNC_EVENT_KINDS].sort());
  });

  it.each(kinds)('accepts a %s event, alone and inside a push', (_kind, event) => {
    expect(SyncEventSchema.parse(event)).toEqual(event);
    expect(PushInputSchema.safeParse(push(event)).success).toBe(true);
  });
});

describe('privacy: fields that could carry page data are refused on every kind', () => {
  const cases = kinds.flatMap(([kind, event]) => FORBIDDEN.map((key) => [kind, key, event] as const));
  it.each(cases)('a %s event with `%s` is refused, naming the key', (_kind, key, event) => {
    const { message } = refusal(
      PushInputSchema,
      push(EVENT_EXAMPLES.usage, { ...event, [key]: 'https://x.example/a?q=secret' }),
    );
    expect(message).toContain('events[1]');
    expect(message).toContain(key);
  });

  it('refuses an unknown key inside an extension inventory entry', () => {
    const event = withValue(
      EVENT_EXAMPLES.extension_inventory,
      ['extensions', 0, 'homepageUrl'],
      'https://x.example/',
    );
    expect(refusal(PushInputSchema, push(event)).message).toMatch(
      /events\[0\]\.extensions\[0\].*homepageUrl/,
    );
  });
});

describe('oversized values are refused, naming the field', () => {
  // Every bounded string of every kind, one past its bound, made of characters the field allows.
  const strings = kinds.flatMap(([kind, event]) =>
    boundedStrings(
      SyncEventSchema._zod.def.options.find((o) => o.shape.kind._zod.def.values[0] === kind)!,
    ).map(({ path, max }) => [kind, path, max, event] as const),
  );
  it.each(strings)('%s.%s longer than %i', (_kind, field, max, event) => {
    const { message, issues } = refusal(SyncEventSchema, withValue(event, [field], 'a'.repeat(max + 1)));
    expect(message).toContain(`${field}:`);
    expect(issues.some((i) => i.code === 'too_big' && i.path.join('.') === field)).toBe(true);
  });

  it.each([
    ['usage', 'visits', LIMITS.visitsPerDay + 1],
    ['usage', 'activeSeconds', LIMITS.secondsPerDay + 1],
    ['embedded_discovery', 'requests', LIMITS.visitsPerDay + 1],
    ['usage', 'at', 4_102_444_800_001],
  ] as const)('%s.%s = %i', (kind, field, value) => {
    expect(refusal(SyncEventSchema, withValue(EVENT_EXAMPLES[kind], [field], value)).message).toContain(
      `${field}: Too big`,
    );
  });

  it('an inventory of more than the allowed number of extensions', () => {
    const one = EVENT_EXAMPLES.extension_inventory.extensions[0]!;
    const many = Array.from({ length: LIMITS.extensionsPerInventory + 1 }, () => one);
    const { message } = refusal(SyncEventSchema, { ...EVENT_EXAMPLES.extension_inventory, extensions: many });
    expect(message).toContain('extensions: Too big');
  });

  it('a name inside an inventory entry past its bound', () => {
    const event = withValue(
      EVENT_EXAMPLES.extension_inventory,
      ['extensions', 0, 'name'],
      'n'.repeat(LIMITS.shortText + 1),
    );
    expect(refusal(SyncEventSchema, event).message).toContain('extensions[0].name: Too big');
  });
});

describe('malformed events are refused, naming the field', () => {
  it.each([
    ['usage', 'visits', -1],
    ['usage', 'visits', 1.5],
    ['usage', 'activeSeconds', '60'],
    ['usage', 'signal', 'keystrokes'],
    ['usage', 'day', '2026-13-01'],
    ['usage', 'day', '23.11.2026'],
    ['usage', 'day', '2026-02-31'],
    ['usage', 'day', '2027-02-29'],
    ['usage', 'id', '3f2b8c1e-9d4a-4e6f-8b7a-1c2d3e4f5a6b'],
    ['usage', 'id', '019AB2F0-5C1E-7A3B-8C4D-1E2F3A4B5C6D'],
    ['usage', 'at', 1_000],
    ['usage', 'toolId', 'ChatGPT'],
    ['embedded_discovery', 'requests', 0],
    ['embedded_discovery', 'initiatorHost', 'crm.example.com/deals/42'],
    ['embedded_discovery', 'initiatorHost', 'crm.example.com?deal=42'],
    ['embedded_discovery', 'initiatorHost', 'https://crm.example.com'],
    ['embedded_discovery', 'initiatorHost', 'crm.example.com:8443'],
    ['embedded_discovery', 'endpointHost', 'API.OPENAI.COM'],
    ['self_report', 'hostname', 'notes.acme-ai.example/login'],
    ['acknowledgement', 'policySha256', 'A'.repeat(64)],
    ['acknowledgement', 'policyVersion', 0],
    ['registration', 'dataClasses', ['public', 'public']],
    ['registration', 'dataClasses', ['secret']],
    ['registration', 'purposeCategory', 'espionage'],
    ['registration', 'affectsPeople', 'no'],
    ['registration', 'purposeText', 'hidden\u0000byte'],
    ['justification', 'reason', '   \n '],
    ['approval_request', 'reason', ''],
    ['self_report', 'name', ''],
    ['data_guard', 'warnings', 0],
    ['data_guard', 'pastedAnyway', 4],
    ['data_guard', 'dataClass', 'credit-card'],
    ['data_guard', 'day', '2026-02-30'],
  ] as const)('%s.%s = %j', (kind, field, value) => {
    expect(refusal(SyncEventSchema, withValue(EVENT_EXAMPLES[kind], [field], value)).message).toMatch(
      new RegExp(`^${field}(\\[\\d+\\])?: `),
    );
  });

  it.each(SYNC_EVENT_KINDS)('a %s event missing its id is refused', (kind) => {
    const { id: _id, ...rest } = EVENT_EXAMPLES[kind];
    expect(refusal(SyncEventSchema, rest).message).toContain('id:');
  });

  it('an acknowledgement of conditions must name the tool they belong to', () => {
    const ack = { ...EVENT_EXAMPLES.acknowledgement, toolId: null, conditionsSha256: 'a'.repeat(64) };
    expect(refusal(SyncEventSchema, ack).message).toMatch(/^conditionsSha256: /);
  });

  it('an unknown kind is refused, naming kind', () => {
    expect(refusal(SyncEventSchema, { ...EVENT_EXAMPLES.usage, kind: 'keylog' }).message).toContain('kind:');
  });

  it.each([null, 'usage', 42, []])('a non-object event (%j) is refused with its index', (value) => {
    expect(refusal(PushInputSchema, push(EVENT_EXAMPLES.usage, value)).message).toContain('events[1]');
  });
});
