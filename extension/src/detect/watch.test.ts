import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ToolSchema, type Tool } from '@lantern/shared';
import { LanternDb, setDbForTesting } from '../db/app-db';
import { setOrgTools } from './classifier-store';
import { countPageLoad, flushDetections, registerDetectionListeners } from './watch';

/** A filtered event as Chrome has it: listeners in order; `fire` reaches every one present. */
function fakeEvent<T>() {
  const listeners: Array<(details: T) => unknown> = [];
  return {
    listeners,
    addListener: (listener: (details: T) => unknown) => void listeners.push(listener),
    removeListener: (listener: (details: T) => unknown) => {
      const at = listeners.indexOf(listener);
      if (at >= 0) listeners.splice(at, 1);
    },
    fire: (details: T) => listeners.slice().forEach((listener) => listener(details)),
  };
}

/** An organisation-defined tool, validated as the server would send it. */
const orgTool = (id: string, domain: string): Tool =>
  ToolSchema.parse({
    id,
    name: id,
    vendor: 'Example',
    category: 'chat',
    domains: [domain],
    urlPrefixes: [],
    apiEndpoints: [],
    extensionIds: [],
    supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
    source: 'organisation',
    checked: '2026-11-01',
  });

const commit = (url: string, timeStamp: number, tabId = 7) => ({ url, frameId: 0, tabId, timeStamp });

let navigation: ReturnType<typeof fakeEvent<ReturnType<typeof commit>>>;
let requests: ReturnType<typeof fakeEvent<{ url: string; requestId: string; initiator: string }>>;
let db: LanternDb;

beforeEach(() => {
  db = new LanternDb(`detect-runtime-${Math.random()}`);
  setDbForTesting(db);
  navigation = fakeEvent();
  requests = fakeEvent();
  // The fake browser lacks these; the detection wiring needs only their shape.
  Object.assign(fakeBrowser.webNavigation, { onCommitted: navigation });
  Object.assign(fakeBrowser, { webRequest: { onBeforeRequest: requests } });
  Object.assign(fakeBrowser.idle, {
    queryState: () => Promise.resolve('idle'),
    setDetectionInterval: () => undefined,
    onStateChanged: fakeEvent(),
  });
  Object.assign(fakeBrowser.windows, { getLastFocused: () => Promise.resolve({ focused: false }) });
  for (const name of ['onInstalled', 'onUninstalled', 'onEnabled', 'onDisabled'] as const)
    Object.assign(fakeBrowser.management, { [name]: fakeEvent() });
});

afterEach(async () => {
  await setOrgTools([]); // module state: back to the bundled catalog for the next test
  setDbForTesting(undefined);
  await db.delete();
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

async function visitsOf(toolId: string): Promise<number> {
  // A listener classifies after awaiting the classifier: let what the fired events started finish.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await flushDetections();
  const rows = await db.dayAggregates.where('day').above('').toArray();
  return rows.filter((r) => r.toolId === toolId && r.signal === 'visit').reduce((n, r) => n + r.visits, 0);
}

describe('detection listeners', () => {
  // First in the file: it needs the module as the worker starts, before any organisation tools.
  it('does not swap listeners when the first pull brings no organisation tools', async () => {
    registerDetectionListeners();
    const first = navigation.listeners[0];
    expect(await setOrgTools([])).toBe(false);
    expect(navigation.listeners).toEqual([first]);
  });

  it('counts a navigation that arrives while new organisation tools swap the listeners, once', async () => {
    registerDetectionListeners();
    expect(navigation.listeners).toHaveLength(1);
    // A navigation commits just after the old listener is gone: a listener must still be there.
    const remove = navigation.removeListener;
    navigation.removeListener = (listener) => {
      remove(listener);
      navigation.fire(commit('https://chatgpt.com/c/1', 1));
    };
    await setOrgTools([orgTool('org-helper', 'helper.example.org')]);
    navigation.removeListener = remove;
    expect(navigation.listeners).toHaveLength(1);
    expect(await visitsOf('chatgpt')).toBe(1);
    // The new listener knows the organisation's tool.
    navigation.fire(commit('https://helper.example.org/', 2));
    expect(await visitsOf('org-helper')).toBe(1);
  });

  it("counts a tool page's load message as a visit unless the listener saw the page commit", async () => {
    registerDetectionListeners();
    // A long-tail tool: not in the first turn's lists, so a worker asleep hears of it from the page.
    await countPageLoad({ tabId: 11, url: 'https://nexala.ai/terms.html' });
    expect(await visitsOf('nexala-ai')).toBe(1);
    // The listener saw chatgpt.com commit in tab 12: the page's message adds nothing.
    navigation.fire(commit('https://chatgpt.com/c/1', 1, 12));
    await countPageLoad({ tabId: 12, url: 'https://chatgpt.com/c/1' });
    expect(await visitsOf('chatgpt')).toBe(1);
    // Nor after the page changed its path (a single-page app) before it asked.
    navigation.fire(commit('https://chatgpt.com/', 2, 13));
    await countPageLoad({ tabId: 13, url: 'https://chatgpt.com/c/2?q=secret' });
    expect(await visitsOf('chatgpt')).toBe(2);
    // The last commit in a tab is what counts: a tool on another host loaded there is new.
    await countPageLoad({ tabId: 12, url: 'https://nexala.ai/' });
    expect(await visitsOf('nexala-ai')).toBe(2);
    // A second message from the same page (or any page of that host in the tab) counts once.
    await countPageLoad({ tabId: 12, url: 'https://nexala.ai/' });
    expect(await visitsOf('nexala-ai')).toBe(2);
    // A page the classifier does not know counts nothing, and bad input is dropped.
    await countPageLoad({ tabId: 14, url: 'https://en.wikipedia.org/' });
    await countPageLoad({ tabId: 15, url: 'not a url' });
    const rows = await db.dayAggregates.where('day').above('').toArray();
    expect(new Set(rows.map((r) => r.toolId))).toEqual(new Set(['nexala-ai', 'chatgpt']));
  });

  it('counts an embedded AI request seen by both listeners during a swap once', async () => {
    registerDetectionListeners();
    const remove = requests.removeListener;
    requests.removeListener = (listener) => {
      requests.fire({
        url: 'https://api.openai.com/v1/chat',
        requestId: 'r1',
        initiator: 'https://wiki.example.com',
      });
      remove(listener);
    };
    await setOrgTools([]);
    await setOrgTools([orgTool('org-two', 'two.example.org')]);
    requests.removeListener = remove;
    requests.fire({
      url: 'https://api.openai.com/v1/chat',
      requestId: 'r1',
      initiator: 'https://wiki.example.com',
    });
    await new Promise((resolve) => setTimeout(resolve, 0)); // the listeners' async work, as above
    await flushDetections();
    const rows = await db.dayAggregates.where('day').above('').toArray();
    const embedded = rows.filter((r) => r.signal === 'embedded');
    expect(embedded).toHaveLength(1);
    expect(embedded[0]).toMatchObject({ initiatorHost: 'wiki.example.com', requests: 1 });
  });
});
