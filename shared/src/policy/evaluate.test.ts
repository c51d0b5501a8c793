import { describe, expect, it } from 'vitest';
import type { Decision, Enforcement, ToolStatus } from '../schemas/decision';
import { evaluateExperience, stopsAtTool, type ExperienceInput } from './evaluate';
import { EMPTY_LOCAL_STATE, type LocalState } from './local-state';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const COND_1 = '1'.repeat(64);
const COND_2 = '2'.repeat(64);
const T0 = Date.UTC(2026, 10, 1);

function decision(status: ToolStatus, enforcement: Enforcement, conditions: string | null = null): Decision {
  return {
    toolId: 'chatgpt',
    status,
    enforcement,
    conditions,
    allowedDataClasses: [],
    alternativeToolId: null,
    decidedBy: 'admin',
    decidedAt: T0,
  };
}

type Over = Partial<Omit<ExperienceInput, 'state'>> & { state?: Partial<LocalState> };

function input(over: Over = {}): ExperienceInput {
  return {
    toolId: 'chatgpt',
    decision: null,
    policy: { version: 1, sha256: SHA_A },
    conditionsSha256: null,
    today: '2026-11-23',
    ...over,
    state: { ...EMPTY_LOCAL_STATE, ...over.state },
  };
}

const registered = {
  toolId: 'chatgpt',
  purposeCategory: 'drafting' as const,
  purposeText: '',
  dataClasses: [],
  affectsPeople: false,
  at: T0,
  withdrawnAt: null,
};
const ack = (policySha256: string, conditionsSha256: string | null = null, version = 1) => ({
  toolId: 'chatgpt',
  policyVersion: version,
  policySha256,
  conditionsSha256,
  at: T0,
});

describe('evaluateExperience', () => {
  it('treats a tool without a decision as not reviewed yet, asking to register and accept', () => {
    const e = evaluateExperience(input());
    expect(e).toMatchObject({
      status: 'review',
      enforcement: 'acknowledge',
      decided: false,
      action: 'notice',
    });
    expect(e.owes).toEqual({ register: true, acceptPolicy: true, acceptConditions: false });
  });

  it('stops the notice once the employee registered and accepted the current policy', () => {
    const e = evaluateExperience(
      input({
        decision: decision('approved', 'inform'),
        state: { registrations: [registered], acknowledgements: [ack(SHA_A)] },
      }),
    );
    expect(e.action).toBe('none');
    expect(e.owes).toEqual({ register: false, acceptPolicy: false, acceptConditions: false });
  });

  it('asks again with "what changed" when a new policy version is published', () => {
    const e = evaluateExperience(
      input({
        policy: { version: 2, sha256: SHA_B },
        state: { registrations: [registered], acknowledgements: [ack(SHA_A)] },
      }),
    );
    expect(e.action).toBe('notice');
    expect(e.owes.acceptPolicy).toBe(true);
    expect(e.policyChanged).toBe(true);
  });

  it('keeps a conditional tool noticed until its current conditions are accepted', () => {
    const base = {
      decision: decision('conditional', 'acknowledge', 'No customer data'),
      conditionsSha256: COND_2,
    };
    const old = evaluateExperience(
      input({ ...base, state: { registrations: [registered], acknowledgements: [ack(SHA_A, COND_1)] } }),
    );
    expect(old.action).toBe('notice');
    expect(old.owes.acceptConditions).toBe(true);
    expect(old.conditionsChanged).toBe(true);

    const current = evaluateExperience(
      input({ ...base, state: { registrations: [registered], acknowledgements: [ack(SHA_A, COND_2)] } }),
    );
    expect(current.action).toBe('none');
  });

  it('does not count conditions accepted at another tool', () => {
    const other = { ...ack(SHA_A, COND_1), toolId: 'claude' };
    const e = evaluateExperience(
      input({
        decision: decision('conditional', 'acknowledge', 'x'),
        conditionsSha256: COND_1,
        state: { registrations: [registered], acknowledgements: [other] },
      }),
    );
    expect(e.owes).toEqual({ register: false, acceptPolicy: false, acceptConditions: true });
  });

  it('asks to register again after the registration was withdrawn', () => {
    const e = evaluateExperience(
      input({
        state: { registrations: [{ ...registered, withdrawnAt: T0 + 1 }], acknowledgements: [ack(SHA_A)] },
      }),
    );
    expect(e.owes.register).toBe(true);
    expect(e.action).toBe('notice');
  });

  it('lets an inform notice be closed for the current policy version', () => {
    const closed = input({
      decision: decision('approved', 'inform'),
      state: { dismissals: [{ toolId: 'chatgpt', policyVersion: 1 }] },
    });
    expect(evaluateExperience(closed).action).toBe('none');
    expect(evaluateExperience({ ...closed, policy: { version: 2, sha256: SHA_B } }).action).toBe('notice');
  });

  it('records only under monitor', () => {
    expect(evaluateExperience(input({ decision: decision('prohibited', 'monitor') })).action).toBe('none');
  });

  it('blocks a prohibited tool until an admin makes an exception for this person, and again once it ends', () => {
    const blocked = input({ decision: decision('prohibited', 'block') });
    expect(evaluateExperience(blocked).action).toBe('block');
    expect(stopsAtTool(evaluateExperience(blocked))).toBe(true);

    const request = { id: '0190d5c0-0000-7000-8000-000000000000', toolId: 'chatgpt', note: null };
    const pending = evaluateExperience({
      ...blocked,
      state: { ...blocked.state, requests: [{ ...request, status: 'pending', decidedAt: null }] },
    });
    expect(pending).toMatchObject({ action: 'block', pendingRequest: true, approvedForYou: false });

    // An approved request without an exception (the exception was withdrawn) opens nothing.
    const answeredOnly = { ...request, status: 'approved' as const, decidedAt: T0 + 1000 };
    const withdrawn = evaluateExperience({
      ...blocked,
      state: { ...blocked.state, requests: [answeredOnly] },
    });
    expect(withdrawn.action).toBe('block');

    const exception = { toolId: 'chatgpt', until: T0 + 10_000, grantedAt: T0 + 1000, note: null };
    const approved = evaluateExperience({
      ...blocked,
      now: T0 + 5000,
      state: { ...blocked.state, requests: [answeredOnly], exceptions: [exception] },
    });
    expect(approved).toMatchObject({
      action: 'notice',
      approvedForYou: true,
      approvedByRequest: true,
      approvedUntil: T0 + 10_000,
    });

    // Expired: blocked again, though the config still carries it until the next pull.
    const expired = evaluateExperience({
      ...blocked,
      now: T0 + 10_000,
      state: { ...blocked.state, exceptions: [exception] },
    });
    expect(expired).toMatchObject({ action: 'block', approvedForYou: false, approvedUntil: null });

    // Another tool's exception changes nothing here; one without an end holds at any time.
    const other = evaluateExperience({
      ...blocked,
      now: T0,
      state: { ...blocked.state, exceptions: [{ ...exception, toolId: 'claude', until: null }] },
    });
    expect(other.action).toBe('block');
    const forGood = evaluateExperience({
      ...blocked,
      now: T0 + 99_999_999,
      state: { ...blocked.state, exceptions: [exception, { ...exception, until: null }] },
    });
    expect(forGood).toMatchObject({ action: 'notice', approvedUntil: null });
  });

  it('lets a justified tool through for the rest of the day only', () => {
    const justified = { toolId: 'chatgpt', day: '2026-11-23', reason: 'client demo', at: T0 };
    const today = input({
      decision: decision('prohibited', 'justify'),
      state: { justifications: [justified] },
    });
    expect(evaluateExperience(today)).toMatchObject({ action: 'none', justifiedToday: true });
    expect(evaluateExperience({ ...today, today: '2026-11-24' }).action).toBe('justify');
  });

  it('asks for nothing about a policy when none is published', () => {
    const e = evaluateExperience(
      input({
        policy: null,
        decision: decision('conditional', 'acknowledge', 'x'),
        conditionsSha256: COND_1,
        state: { registrations: [registered] },
      }),
    );
    expect(e.owes).toEqual({ register: false, acceptPolicy: false, acceptConditions: false });
    expect(e.action).toBe('none');
  });
});
