import fc from 'fast-check';
import { sha256Hex, uuidv7 } from '@lantern/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { decisionFor, policyV1 } from '../testing/fixtures';
import { LanternDb, setDbForTesting } from './db/app-db';
import { registerExperience } from './enforce';
import { configRow } from '../testing/config-row';
import { registerCoreHandlers } from './entrypoints/background/handlers';
import { MESSAGES } from './messaging/protocol';
import { dispatch } from './messaging/router';

/**
 * A malicious web page (through a content script it can talk to, a frame it can embed, or its own
 * origin), or another extension, throws 10,000 generated messages at the background's real handlers.
 * Nothing binding may be recorded, nothing enrolled, nothing sent, and the only page it may get
 * opened is our own acknowledgement page, for the AI tool of the tab it sits in.
 */
const origin = fakeBrowser.runtime.getURL('/');
const ID = fakeBrowser.runtime.id;
const at = Date.UTC(2026, 10, 23, 9);

const HOSTILE_SENDERS = {
  webPageContentScript: {
    id: ID,
    url: 'https://evil.example/page',
    frameId: 0,
    tab: { id: 7, url: 'https://evil.example/page' },
  },
  aiPageContentScript: {
    id: ID,
    url: 'https://chatgpt.com/c/secret-path?q=confidential',
    frameId: 0,
    tab: { id: 8, url: 'https://chatgpt.com/c/secret-path?q=confidential' },
  },
  framedContentScript: {
    id: ID,
    url: 'https://chatgpt.com/',
    frameId: 2,
    tab: { id: 8, url: 'https://evil.example/' },
  },
  framedExtensionPage: {
    id: ID,
    url: `${origin}blocked.html?tool=gemini`,
    frameId: 3,
    tab: { id: 4, url: 'https://evil.example/' },
  },
  framedAcknowledgePage: {
    id: ID,
    url: `${origin}acknowledge.html?tool=chatgpt`,
    frameId: 1,
    tab: { id: 4, url: 'https://evil.example/' },
  },
  otherExtension: {
    id: 'abcdefghijklmnopabcdefghijklmnop',
    url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html',
    frameId: 0,
  },
  webOrigin: { url: 'https://evil.example/', origin: 'https://evil.example', frameId: 0 },
  lookalikeUrl: {
    id: ID,
    url: `https://evil.example/${origin}acknowledge.html`,
    frameId: 0,
    tab: { id: 9, url: 'https://evil.example/' },
  },
  noUrl: { id: ID, frameId: 0, tab: { id: 10 } },
} as const;

async function validMessages(): Promise<Record<string, unknown>> {
  const acceptance = {
    policyVersion: 1,
    policySha256: await sha256Hex(policyV1.body),
    conditionsSha256: null,
  };
  return {
    queueEvent: {
      type: 'queueEvent',
      event: { id: uuidv7(at), at, kind: 'justification', toolId: 'gemini', reason: 'forged' },
    },
    syncNow: { type: 'syncNow' },
    enrol: {
      type: 'enrol',
      serverUrl: 'https://attacker.example',
      enrollmentToken: 'stolen',
      userEmail: 'victim@example.com',
    },
    getStatus: { type: 'getStatus' },
    checkAgain: { type: 'checkAgain', toolId: 'gemini' },
    answersSeen: { type: 'answersSeen' },
    noticeForTab: { type: 'noticeForTab' },
    openAcknowledge: { type: 'openAcknowledge' },
    dismissNotice: { type: 'dismissNotice' },
    snoozeNotice: { type: 'snoozeNotice' },
    register: {
      type: 'register',
      toolId: 'chatgpt',
      purposeCategory: 'drafting',
      purposeText: 'forged',
      dataClasses: ['public'],
      affectsPeople: false,
      acceptance: null,
    },
    acceptPolicy: { type: 'acceptPolicy', toolId: null, acceptance },
    justify: { type: 'justify', toolId: 'gemini', reason: 'forged' },
    requestApproval: { type: 'requestApproval', toolId: 'gemini', reason: 'forged' },
    withdrawRegistration: { type: 'withdrawRegistration', toolId: 'chatgpt' },
    selfReport: { type: 'selfReport', name: 'Forged', hostname: null, category: null, purposeText: 'forged' },
  };
}

const CORE_PAGE_MESSAGES = ['queueEvent', 'syncNow', 'enrol', 'getStatus'];

let db: LanternDb;
const opened: string[] = [];
const fetchSpy = vi.fn(() => Promise.reject(new Error('no network in this test')));

beforeAll(async () => {
  db = new LanternDb(`security-${Math.random()}`);
  setDbForTesting(db);
  vi.stubGlobal('fetch', fetchSpy);
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (props) => {
    opened.push(props.url ?? '');
    return { id: 99, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
  });
  vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation(async (...args: unknown[]) => {
    opened.push(`update:${JSON.stringify(args)}`);
    return {} as never;
  });
  // Block rules and the notice registration are not in WXT's fake browser; their effects are not
  // what this test is about.
  vi.spyOn(fakeBrowser.declarativeNetRequest, 'getDynamicRules').mockResolvedValue([]);
  vi.spyOn(fakeBrowser.declarativeNetRequest, 'updateDynamicRules').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockResolvedValue(undefined);
  await db.config.put(
    configRow({
      policy: { ...policyV1, sha256: await sha256Hex(policyV1.body) },
      decisions: [
        decisionFor('chatgpt'),
        decisionFor('gemini', { status: 'prohibited', enforcement: 'justify', conditions: null }),
      ],
    }),
  );
  registerCoreHandlers();
  registerExperience();
});
afterAll(async () => {
  vi.unstubAllGlobals();
  setDbForTesting(undefined);
  await LanternDb.delete(db.name);
});

describe('the background against hostile senders', () => {
  it('records, enrols, sends and opens nothing for 10,000 generated messages', async () => {
    const valid = await validMessages();
    const types = Object.keys(MESSAGES);
    const payload = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...Object.values(valid)) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(
            fc.constantFrom(...Object.values(valid)),
            fc.constantFrom('__proto__', 'constructor', 'tool', 'url', 'sender', 'tabId'),
            fc.jsonValue(),
          )
          .map(([m, k, v]) => ({ ...(m as object), [k]: v })),
      },
      {
        weight: 2,
        arbitrary: fc
          .record({ type: fc.oneof(fc.constantFrom(...types), fc.string()) }, { requiredKeys: [] })
          .chain((m) => fc.dictionary(fc.string(), fc.jsonValue()).map((d) => ({ ...d, ...m }))),
      },
      { weight: 1, arbitrary: fc.jsonValue() },
    );
    const samples = fc.sample(fc.tuple(payload, fc.constantFrom(...Object.entries(HOSTILE_SENDERS))), {
      numRuns: 10_000,
      seed: 2026,
    });
    const byType = new Map<string, number>();
    for (const [message, [senderName, sender]] of samples) {
      // Pinned apart below: core page messages from a framed extension page.
      const type0 = (message as { type?: unknown } | null)?.type;
      if (
        senderName.startsWith('framed') &&
        senderName.endsWith('Page') &&
        typeof type0 === 'string' &&
        CORE_PAGE_MESSAGES.includes(type0)
      )
        continue;
      const reply = await dispatch(message, sender as never);
      const type = (message as { type?: unknown } | null)?.type;
      const harmless =
        !reply.ok ||
        reply.value === null ||
        JSON.stringify(reply.value) === '{"opened":false}' ||
        JSON.stringify(reply.value) === '{"dismissed":false}' ||
        JSON.stringify(reply.value) === '{"snoozed":false}';
      if (!harmless)
        byType.set(
          `${String(type)} from ${senderName}`,
          (byType.get(`${String(type)} from ${senderName}`) ?? 0) + 1,
        );
    }
    // Only what a content script on an AI page may legitimately get: its own notice, the link to
    // our page, closing an inform notice, "Later" on its own tool. Everything else was refused.
    for (const key of byType.keys())
      expect(key).toMatch(
        /^(noticeForTab|openAcknowledge|dismissNotice|snoozeNotice) from aiPageContentScript$/,
      );
    expect(await db.outbox.count(), 'events queued').toBe(0);
    expect(await db.registrations.count()).toBe(0);
    expect(await db.acknowledgements.count()).toBe(0);
    expect(await db.justifications.count()).toBe(0);
    expect(await db.enrolment.count(), 'enrolled with an attacker server').toBe(0);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(
      opened.every((url) => url === `${origin}acknowledge.html?tool=chatgpt`),
      opened.join(', '),
    ).toBe(true);
  }, 120_000);

  it('does record the same acts from a top-level extension page (the refusals above are not blindness)', async () => {
    const valid = await validMessages();
    const page = {
      id: ID,
      url: `${origin}acknowledge.html?tool=chatgpt`,
      frameId: 0,
      tab: { id: 3, url: `${origin}acknowledge.html` },
    };
    const reply = await dispatch(valid.register, page as never);
    expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
    expect(await dispatch(valid.requestApproval, page as never)).toMatchObject({ ok: true });
    // …but only for a tool the organisation stops: a page address naming another tool files nothing.
    expect(
      await dispatch({ type: 'requestApproval', toolId: 'chatgpt', reason: 'crafted' }, page as never),
    ).toMatchObject({ ok: false });
    expect(await db.outbox.count()).toBeGreaterThanOrEqual(2);
  });

  // blocked.html is web-accessible, so a site can frame it: page messages demand a top-level page.
  it('refuses queueEvent from our page framed inside a web page', async () => {
    const before = await db.outbox.count();
    const event = {
      id: uuidv7(at + 1),
      at: at + 1,
      kind: 'justification',
      toolId: 'gemini',
      reason: 'clickjacked',
    };
    const reply = await dispatch({ type: 'queueEvent', event }, HOSTILE_SENDERS.framedExtensionPage as never);
    expect(reply.ok).toBe(false);
    expect(await db.outbox.count()).toBe(before);
  });
});
