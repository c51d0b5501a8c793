import { applyDeltas } from '../db/aggregates';
import { getDb } from '../db/app-db';
import { getEngine } from '../sync/background-engine';
import { ActivityTracker } from './activity';
import { DayAggregator } from './aggregator';
import { classifier, onClassifierChange } from './classifier-store';
import { endpointPatterns, filterLists, navigationFilters, type FilterLists } from './filter-lists';
import { FIRST_TURN } from './first-turn';
import { classifyEmbedded } from './embedded';
import { scanExtensions } from './extension-scan';
import { classifyNavigation } from './navigation';

/**
 * A first sighting is flushed at once and pushed a second later, well inside the promised 10 s;
 * later counts ride the next window.
 */
const FIRST_SIGHTING_FLUSH_MS = 500;
const FLUSH_WINDOW_MS = 15_000;

const aggregator = new DayAggregator();
const activity = new ActivityTracker(aggregator);
let flushTimer: ReturnType<typeof setTimeout> | undefined;
let flushDue = 0;

function scheduleFlush(): void {
  const delay = aggregator.hasUnseen ? FIRST_SIGHTING_FLUSH_MS : FLUSH_WINDOW_MS;
  const due = Date.now() + delay;
  if (flushTimer && flushDue <= due) return;
  if (flushTimer) clearTimeout(flushTimer);
  flushDue = due;
  flushTimer = setTimeout(() => void flushDetections(), delay);
}

/** Writes the counts gathered since the last flush; a new tool/day/site asks for a push at once. */
export async function flushDetections(): Promise<void> {
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = undefined;
  const fresh = await applyDeltas(getDb(), aggregator.drain(), Date.now());
  if (fresh.length > 0) getEngine().requestPush();
}

/** Looks at what is in front of the user now and closes/opens the active-time segment. */
export async function refreshFocus(): Promise<void> {
  let toolId: string | null = null;
  const [idle, window] = await Promise.all([
    browser.idle.queryState(60),
    browser.windows.getLastFocused().catch(() => undefined),
  ]);
  if (idle === 'active' && window?.focused && window.id !== undefined) {
    const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
    if (tab?.url) toolId = classifyNavigation(await classifier(), tab.url, 0);
  }
  activity.update(toolId);
  if (aggregator.size > 0) scheduleFlush();
}

type CommittedDetails = { url: string; frameId: number; tabId?: number; timeStamp?: number };
type RequestDetails = { url: string; requestId?: string; initiator?: string; originUrl?: string };

/**
 * Events already counted, so the brief overlap while listeners are swapped (below) cannot count one
 * navigation or request twice. Bounded: only the last few hundred matter.
 */
const recentlyCounted = new Set<string>();
function firstTime(key: string): boolean {
  if (recentlyCounted.has(key)) return false;
  recentlyCounted.add(key);
  if (recentlyCounted.size > 256) recentlyCounted.delete(recentlyCounted.values().next().value!);
  return true;
}

/**
 * The host of the last top-frame commit the navigation listener saw in each tab, in this worker's
 * lifetime (bounded: only open tabs matter). It tells `countPageLoad` which page loads were already
 * counted at their commit.
 */
const committedHost = new Map<number, string>();
function noteHost(tabId: number, host: string): void {
  committedHost.delete(tabId);
  committedHost.set(tabId, host);
  if (committedHost.size > 512) committedHost.delete(committedHost.keys().next().value!);
}
function noteCommit(details: CommittedDetails): void {
  const host = hostOf(details.url);
  if (details.frameId === 0 && details.tabId !== undefined && host !== null) noteHost(details.tabId, host);
}
const hostOf = (url: string): string | null => {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
};

/**
 * A tool's page has loaded in a tab (the notice content script's first message from it; the
 * content script runs only on tool hosts, top frame, and the page's URL is the browser's, never
 * the message's). Counted as a visit unless the navigation listener saw it commit: the worker was
 * asleep and the page's host is not in its first-turn lists (filter-lists.ts, `firstTurnLists`), so
 * this message is what woke it. A page the listener saw commit in this tab — the same host as its
 * last commit there — was counted then.
 */
export async function countPageLoad(page: { tabId: number; url: string }): Promise<void> {
  const host = hostOf(page.url);
  if (host === null || committedHost.get(page.tabId) === host) return;
  noteHost(page.tabId, host);
  const toolId = classifyNavigation(await classifier(), page.url, 0);
  if (!toolId) return;
  aggregator.visit(toolId);
  scheduleFlush();
  void refreshFocus().catch(() => undefined);
}

const onCommitted = async (details: CommittedDetails) => {
  const toolId = classifyNavigation(await classifier(), details.url, details.frameId);
  if (!toolId) return;
  if (!firstTime(`nav|${details.tabId}|${details.frameId}|${details.timeStamp}|${details.url}`)) return;
  aggregator.visit(toolId);
  scheduleFlush();
  void refreshFocus().catch(() => undefined);
};

const onRequest = async (details: RequestDetails) => {
  // Chrome names the requesting origin `initiator`; Firefox gives the document's `originUrl`.
  const hit = classifyEmbedded(await classifier(), details.url, details.initiator ?? details.originUrl);
  if (!hit) return;
  if (details.requestId !== undefined && !firstTime(`req|${details.requestId}`)) return;
  aggregator.embedded(hit.toolId, hit.initiatorHost, hit.endpointHost);
  scheduleFlush();
};

const warn = (what: string) => (error: unknown) => console.warn(`lantern: ${what} failed`, error);

let registered:
  | { key: string; committed: (d: CommittedDetails) => void; request: (d: RequestDetails) => undefined }
  | undefined;

/**
 * (Re-)registers the filtered listeners for a set of hosts. The new pair is added before the old
 * pair is removed: removing first would leave a moment with no listener, and a navigation in that
 * moment (the first pull after enrolment brings the organisation's tools while the employee is
 * already browsing) would go uncounted. Fresh wrapper functions, because a listener function can
 * only be registered once per event. The same lists as now (the first build of the classifier from
 * the bundled catalog, say) change nothing. Both wrappers return nothing: the listeners observe and
 * never block, and Firefox would take a returned promise for a blocking answer.
 */
function listenWith(lists: FilterLists): void {
  const key = `${lists.hosts.join(' ')}|${lists.endpoints.join(' ')}|${lists.apiPrefixes.join(' ')}`;
  if (registered?.key === key) return;
  const previous = registered;
  const next = {
    key,
    committed: (d: CommittedDetails) => {
      noteCommit(d); // before anything awaits, so a page's load message cannot overtake its commit
      void onCommitted(d).catch(warn('navigation'));
    },
    request: (d: RequestDetails) => void onRequest(d).catch(warn('request')),
  };
  const filters = navigationFilters(lists);
  if (filters.length > 0) browser.webNavigation.onCommitted.addListener(next.committed, { url: filters });
  const urls = endpointPatterns(lists);
  if (urls.length > 0) browser.webRequest.onBeforeRequest.addListener(next.request, { urls });
  registered = next;
  if (previous) {
    browser.webNavigation.onCommitted.removeListener(previous.committed);
    browser.webRequest.onBeforeRequest.removeListener(previous.request);
  }
}

/** Registers every detection listener synchronously, as MV3 requires for events to wake the worker. */
export function registerDetectionListeners(): void {
  // The bundled catalog's API endpoints and its most used tools' hosts, known without reading
  // anything; each classifier built later (the catalog, the organisation's tools and overrides, a
  // newer release) re-registers with all its hosts.
  registered = undefined; // the worker's start: nothing is registered yet, whatever this module holds
  listenWith(FIRST_TURN);
  onClassifierChange((next) => listenWith(filterLists(next)));
  const refresh = () => void refreshFocus().catch(() => undefined);
  browser.tabs.onActivated.addListener(refresh);
  browser.windows.onFocusChanged.addListener(refresh);
  browser.idle.setDetectionInterval(60);
  browser.idle.onStateChanged.addListener(refresh);
  const rescan = () =>
    void scanExtensions().catch((error) => console.warn('lantern: extension scan failed', error));
  browser.management.onInstalled.addListener(rescan);
  browser.management.onUninstalled.addListener(rescan);
  browser.management.onEnabled.addListener(rescan);
  browser.management.onDisabled.addListener(rescan);
}
