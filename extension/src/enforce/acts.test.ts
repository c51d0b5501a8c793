import { sha256Hex, type SyncEvent } from '@lantern/shared';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { decisionFor, policyV1, policyV2 } from '../../testing/fixtures';
import { LanternDb } from '../db/app-db';
import { dispatch } from '../messaging/router';
import { registerExperienceHandlers } from './handlers';
import { configRow } from '../../testing/config-row';

// The binding acts through the real router and handlers, into a real (fake-indexeddb) Dexie store.
let db: LanternDb;
const recorded: SyncEvent[] = [];
let ruleSyncs = 0;
const loads: Array<{ tabId: number; url: string }> = [];

beforeAll(() =>
  registerExperienceHandlers({
    db: () => db,
    record: async (event) => {
      recorded.push(event);
      return event.id;
    },
    syncRules: async () => ++ruleSyncs,
    pageLoaded: async (page) => void loads.push(page),
  }),
);
beforeEach(async () => {
  db = new LanternDb(`acts-${Math.random()}`);
  recorded.length = 0;
  loads.length = 0;
  const body = policyV1.body;
  await db.config.put(
    configRow({
      policy: { ...policyV1, sha256: await sha256Hex(body) },
      decisions: [
        decisionFor('chatgpt'),
        decisionFor('gemini', { status: 'prohibited', enforcement: 'justify', conditions: null }),
        decisionFor('claude', { status: 'prohibited', enforcement: 'block', conditions: null }),
      ],
    }),
  );
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const origin = fakeBrowser.runtime.getURL('/');
const ackPage = {
  id: fakeBrowser.runtime.id,
  url: `${origin}acknowledge.html?tool=chatgpt`,
  frameId: 0,
  tab: { id: 3, url: `${origin}acknowledge.html` },
} as never;
const framedBlocked = {
  id: fakeBrowser.runtime.id,
  url: `${origin}blocked.html?tool=gemini`,
  frameId: 5,
  tab: { id: 4, url: 'https://evil.example/' },
} as never;
const contentScript = {
  id: fakeBrowser.runtime.id,
  url: 'https://chatgpt.com/',
  frameId: 0,
  tab: { id: 9 },
} as never;

async function registration(acceptance: unknown) {
  return {
    type: 'register',
    toolId: 'chatgpt',
    purposeCategory: 'recruitment-hr',
    purposeText: 'Screening CVs',
    dataClasses: ['personal'],
    affectsPeople: true,
    acceptance,
  };
}
const acceptanceV1 = async () => ({
  policyVersion: 1,
  policySha256: await sha256Hex(policyV1.body),
  conditionsSha256: await sha256Hex('No customer data.'),
});

describe('binding acts', () => {
  it('records a registration and an acceptance bound to the policy and conditions hashes', async () => {
    const reply = await dispatch(await registration(await acceptanceV1()), ackPage);
    expect(reply).toMatchObject({ ok: true, value: { reviewRequested: false } });
    expect(recorded.map((e) => e.kind)).toEqual(['registration', 'acknowledgement']);
    expect(recorded[1]).toMatchObject({
      policyVersion: 1,
      policySha256: await sha256Hex(policyV1.body),
      toolId: 'chatgpt',
      conditionsSha256: await sha256Hex('No customer data.'),
    });
    expect(await db.registrations.get('chatgpt')).toMatchObject({
      purposeCategory: 'recruitment-hr',
      withdrawnAt: null,
    });
    expect(await db.acknowledgements.count()).toBe(1);
  });

  it('refuses an acceptance of a policy text that is not the published one, recording nothing', async () => {
    const stale = { ...(await acceptanceV1()), policySha256: await sha256Hex(policyV2.body) };
    const reply = await dispatch(await registration(stale), ackPage);
    expect(reply).toEqual({
      ok: false,
      error: 'The policy changed while the page was open. Please read the new version.',
    });
    const otherConditions = { ...(await acceptanceV1()), conditionsSha256: await sha256Hex('anything') };
    expect(await dispatch(await registration(otherConditions), ackPage)).toMatchObject({ ok: false });
    expect(recorded).toEqual([]);
    expect(await db.registrations.count()).toBe(0);
  });

  it('refuses acts from a content script and from an extension page framed by a website', async () => {
    expect(await dispatch(await registration(await acceptanceV1()), contentScript)).toEqual({
      ok: false,
      error: 'not allowed from a web page',
    });
    expect(await dispatch({ type: 'justify', toolId: 'gemini', reason: 'x' }, framedBlocked)).toEqual({
      ok: false,
      error: 'not allowed from a framed page',
    });
    expect(recorded).toEqual([]);
  });

  it('lets a justified tool through today only in justify mode, and updates the block rules', async () => {
    const page = {
      ...(framedBlocked as object),
      frameId: 0,
      tab: { id: 4, url: `${origin}blocked.html` },
    } as never;
    const before = ruleSyncs;
    const reply = await dispatch({ type: 'justify', toolId: 'gemini', reason: 'Client demo' }, page);
    expect(reply).toMatchObject({ ok: true, value: { continueTo: 'https://gemini.google.com/' } });
    expect(ruleSyncs).toBe(before + 1);
    expect(recorded).toEqual([
      expect.objectContaining({ kind: 'justification', toolId: 'gemini', reason: 'Client demo' }),
    ]);
    expect(await dispatch({ type: 'justify', toolId: 'claude', reason: 'please' }, page)).toEqual({
      ok: false,
      error: 'This tool cannot be opened with a reason.',
    });
  });

  it('withdraws a registration once', async () => {
    await dispatch(await registration(null), ackPage);
    expect(await dispatch({ type: 'withdrawRegistration', toolId: 'chatgpt' }, ackPage)).toEqual({
      ok: true,
      value: { withdrawn: true },
    });
    expect(await dispatch({ type: 'withdrawRegistration', toolId: 'chatgpt' }, ackPage)).toEqual({
      ok: true,
      value: { withdrawn: false },
    });
    expect(recorded.map((e) => e.kind)).toEqual(['registration', 'registration_withdrawal']);
  });

  it('gives a content script only the notice for its own page, whatever the message says', async () => {
    const reply = await dispatch({ type: 'noticeForTab' }, contentScript);
    expect(reply).toEqual({
      ok: true,
      value: {
        toolName: 'ChatGPT',
        status: 'conditional',
        conditions: 'No customer data.',
        owes: { register: true, acceptPolicy: true, acceptConditions: true },
        policyChanged: false,
        dismissible: false,
        companyWorkspace: null,
      },
    });
    expect(await dispatch({ type: 'noticeForTab', toolId: 'claude' }, contentScript)).toMatchObject({
      ok: false,
    });
    const elsewhere = {
      id: fakeBrowser.runtime.id,
      url: 'https://en.wikipedia.org/',
      frameId: 0,
      tab: { id: 9 },
    } as never;
    expect(await dispatch({ type: 'noticeForTab' }, elsewhere)).toEqual({ ok: true, value: null });
  });

  it("reports a page's load from its content script's first question only, with the browser's URL", async () => {
    expect(await dispatch({ type: 'noticeForTab' }, contentScript)).toMatchObject({ ok: true });
    expect(loads).toEqual([]); // a recheck on focus is no load
    expect(await dispatch({ type: 'noticeForTab', load: true }, contentScript)).toMatchObject({ ok: true });
    expect(loads).toEqual([{ tabId: 9, url: 'https://chatgpt.com/' }]);
    // An extension page or a framed script asking with `load` reports nothing, and the answer stands.
    expect(await dispatch({ type: 'noticeForTab', load: true }, ackPage)).toEqual({ ok: true, value: null });
    const framed = { id: fakeBrowser.runtime.id, url: 'https://chatgpt.com/', frameId: 2, tab: { id: 9 } };
    expect(await dispatch({ type: 'noticeForTab', load: true }, framed as never)).toMatchObject({ ok: true });
    expect(loads).toHaveLength(1);
    expect(await dispatch({ type: 'noticeForTab', load: false }, contentScript)).toMatchObject({ ok: false });
  });
});
