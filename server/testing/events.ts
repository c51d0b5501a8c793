import { PROTOCOL_VERSION, uuidv7 } from '@lantern/shared';
import type { EventOf } from '@lantern/shared';

/** Event builders for tests: valid by default, overridable field by field. */
let clock = Date.UTC(2026, 10, 23, 9, 0, 0);
const tick = () => (clock += 1000);

export function usage(over: Partial<EventOf<'usage'>> = {}): EventOf<'usage'> {
  const at = tick();
  return {
    id: uuidv7(at),
    at,
    kind: 'usage',
    toolId: 'chatgpt',
    signal: 'visit',
    day: '2026-11-23',
    visits: 1,
    activeSeconds: 60,
    ...over,
  };
}

export function registration(over: Partial<EventOf<'registration'>> = {}): EventOf<'registration'> {
  const at = tick();
  return {
    id: uuidv7(at),
    at,
    kind: 'registration',
    toolId: 'chatgpt',
    purposeCategory: 'drafting',
    purposeText: 'Drafting emails',
    dataClasses: ['internal'],
    affectsPeople: false,
    ...over,
  };
}

export function acknowledgement(
  policyVersion: number,
  policySha256: string,
  over: Partial<EventOf<'acknowledgement'>> = {},
) {
  // Accepted now, not on the helpers' fixed clock: the server refuses an acceptance dated before
  // its policy was published, and tests publish policies at the real time.
  tick();
  const at = Date.now();
  const e: EventOf<'acknowledgement'> = {
    id: uuidv7(at),
    at,
    kind: 'acknowledgement',
    policyVersion,
    policySha256,
    toolId: null,
    conditionsSha256: null,
    ...over,
  };
  return e;
}

export function approvalRequest(
  over: Partial<EventOf<'approval_request'>> = {},
): EventOf<'approval_request'> {
  const at = tick();
  return {
    id: uuidv7(at),
    at,
    kind: 'approval_request',
    toolId: 'claude',
    reason: 'Better at long documents',
    ...over,
  };
}

export function selfReport(over: Partial<EventOf<'self_report'>> = {}): EventOf<'self_report'> {
  const at = tick();
  return {
    id: uuidv7(at),
    at,
    kind: 'self_report',
    name: 'Acme Writer',
    hostname: 'writer.acme.example',
    category: 'writing',
    purposeText: 'Marketing copy',
    ...over,
  };
}

export function embedded(over: Partial<EventOf<'embedded_discovery'>> = {}): EventOf<'embedded_discovery'> {
  const at = tick();
  return {
    id: uuidv7(at),
    at,
    kind: 'embedded_discovery',
    toolId: 'openai-platform',
    initiatorHost: 'crm.example.com',
    endpointHost: 'api.openai.com',
    day: '2026-11-23',
    requests: 3,
    ...over,
  };
}

export function push(events: unknown[]) {
  return { protocolVersion: PROTOCOL_VERSION, events } as never;
}

export const ENROL = {
  protocolVersion: PROTOCOL_VERSION,
  userEmail: 'ada@example.com',
  browser: 'chrome',
  browserVersion: '142',
  extensionVersion: '0.1.0',
} as const;
