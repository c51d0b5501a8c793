import type { Classifier } from '@lantern/shared';

/**
 * Host suffixes the navigation listener is registered with whatever the catalog holds, so the hosts
 * they cover need no filter of their own. `.ai`: 2,799 of the 9,366 first-turn hosts at 10,181
 * tools end in it, and leaving them out of the worker's packed lists took those from 42.5 to 33.5 KB
 * gzip (-9 KB of a 150 KB budget; docs/performance.md, "The first turn's broad filter"). The price is
 * a wake on a `.ai` site that is not in the catalog, which the classifier then ignores: the same
 * handling `hostSuffix` already gives `notchatgpt.com`. No other ending is worth a wake on every
 * site under it: `.io`, `.app` and `.dev` are mostly general software, and `.chat` and `.bot` together
 * cover 63 hosts (0.2 KB).
 */
export const BROAD_HOST_SUFFIXES: readonly string[] = ['.ai'];

/**
 * Parts of a hostname the navigation listener is also registered with (`hostContains`), so the hosts
 * that hold them need no filter of their own either: `gpt` (chatgpt.com, gptzero.me, 238 first-turn
 * hosts at 13,017 tools) and `-ai.`, a label ending in "-ai" (`kling-ai.com`; 171 hosts). Measured on
 * that catalog (gzip -9 of the packed lists): 45.1 → 43.3 KB. Against the 100,000 most visited sites
 * (the false-positive scan's list) they would wake the worker on one site (`gptplanet.com`), which
 * the classifier then ignores like any host the catalog does not hold; other parts were measured and
 * left out for the wakes they cost there: `llm` 59 (allmusic.com, hallmark.com), `agent` 40
 * (arbeitsagentur.de, magento.com), `prompt` and `copilot` one or two for 59 and 15 hosts.
 */
export const BROAD_HOST_PARTS: readonly string[] = ['gpt', '-ai.'];

/** What the filtered detection listeners are registered with. */
export interface FilterLists {
  /**
   * The hostnames the classifier matches (domains and URL-prefix hosts), without those another one
   * or a broad suffix already covers as a `hostSuffix` filter, which matches the end of the host as
   * a string (`qwen.ai` covers `chat.qwen.ai`, `x.ai` covers `flux.ai`: the worker wakes for both
   * either way, and the classifier decides), and without those holding a broad part
   * (`BROAD_HOST_PARTS`), in the order of their labels read right to left (`ai.qwen`).
   */
  hosts: readonly string[];
  /** Every AI API endpoint host, in the same order. */
  endpoints: readonly string[];
  /** Every AI section of a general API, `host/path` (classifier.apiPrefixes()), sorted. */
  apiPrefixes: readonly string[];
}

/**
 * The worker's first-turn lists (detect/first-turn.ts): every API endpoint and prefix of `all`, but
 * the page hosts of `head` only — the most used tools (TOP_TOOL_IDS), whose visits the navigation
 * listener counts at commit even when it is what wakes the worker. A page of any other tool wakes
 * the worker through the notice content script instead, which is registered for every tool's hosts
 * and persists across worker and browser restarts: its first message from a freshly loaded page is
 * counted as the visit (watch.ts, `countPageLoad`). API requests have no such second path (they
 * come from pages of other sites, where no Lantern script runs), so their lists stay whole.
 *
 * Measured at 13,696 tools (gzip -9 of the packed lists): every host, 44.6 KB; the 300 head tools'
 * hosts with every endpoint, 6.1 KB. The worker's script carried the former and grew ~5 bytes a
 * host, which left room for ~450 more tools under its 150 KB goal (docs/performance.md).
 */
export function firstTurnLists(all: Classifier, head: Classifier): FilterLists {
  return { ...filterLists(all), hosts: filterLists(head).hosts };
}

export function filterLists(classifier: Classifier): FilterLists {
  const endpoints = new Set<string>();
  for (const tool of classifier.tools.values()) for (const host of tool.apiEndpoints) endpoints.add(host);
  return {
    hosts: byLabelsRightToLeft(uncovered(classifier.hosts())),
    endpoints: byLabelsRightToLeft([...endpoints]),
    apiPrefixes: classifier.apiPrefixes(),
  };
}

/** A hostname's labels right to left: `chat.qwen.ai` → `ai.qwen.chat`. Its own inverse. */
const reversed = (host: string): string => host.split('.').reverse().join('.');

/** The hosts no other host of the list and no broad suffix is a string suffix of, holding no broad part. */
function uncovered(hosts: readonly string[]): string[] {
  const all = new Set([...hosts, ...BROAD_HOST_SUFFIXES]);
  const covered = (host: string) => {
    if (BROAD_HOST_PARTS.some((part) => host.includes(part))) return true;
    for (let start = 1; start < host.length; start++) if (all.has(host.slice(start))) return true;
    return false;
  };
  return hosts.filter((host) => !covered(host));
}

function byLabelsRightToLeft(hosts: readonly string[]): string[] {
  return hosts.map(reversed).sort().map(reversed);
}

/**
 * webNavigation URL filters: the broad parts (`hostContains`) and suffixes, then one per tool host
 * they do not cover, so other sites never wake the worker. `hostSuffix` without a leading dot covers
 * the host and its subdomains in one filter (half as many as exact + subdomain pairs); the rare extra
 * match (`notclaude.com`, a `.ai` site the catalog does not hold, a host holding `gpt`) is dropped by
 * the classifier in code.
 */
export function navigationFilters(
  lists: FilterLists,
): Array<{ hostSuffix: string } | { hostContains: string }> {
  return [
    ...BROAD_HOST_PARTS.map((part) => ({ hostContains: part })),
    ...[...BROAD_HOST_SUFFIXES, ...lists.hosts].map((host) => ({ hostSuffix: host })),
  ];
}

/**
 * webRequest match patterns for every AI API endpoint host (and its subdomains), and for every API
 * prefix on its exact host (`*://api.box.com/2.0/ai*`), so the rest of a general API wakes nothing;
 * the pattern's `*` also reaches `/2.0/aix`, which the classifier drops (it matches at segment
 * boundaries). Each comes twice: Chrome's `*` scheme means http and https only, and AI APIs are also
 * reached over secure WebSockets (a realtime voice API, Copilot's chat hub), so `wss://` is named
 * (Firefox's `*` covers it already; a request matching both fires the listener once).
 */
export function endpointPatterns(lists: FilterLists): string[] {
  return ['*', 'wss'].flatMap((scheme) => [
    ...lists.endpoints.map((host) => `${scheme}://*.${host}/*`),
    ...lists.apiPrefixes.map((prefix) => `${scheme}://${prefix}*`),
  ]);
}

/** Shared leading characters written as one character: '0' + n, at most 42 ('Z'). */
const MAX_SHARED = 42;

/**
 * The lists as one string for the worker's script (scripts/baseline-catalog.ts), front-coded: each
 * host, read right to left, keeps only what differs from the one before, after one character that
 * says how many it shares. Measured on the 5,077-tool catalog (gzip -9): 23.0 KB for the 4,731
 * hosts and 362 endpoints, against 29.7 KB for all 5,126 hosts and the endpoints as JSON. No library
 * does this small job, and the listeners need the lists in the worker's first turn, so they cannot be
 * fetched or decompressed asynchronously.
 */
export function packFilterLists(lists: FilterLists): string {
  // API prefixes are few (tens) and hold no `|` or space (UrlPrefixSchema): written as they are.
  return `${frontCode(lists.hosts)}|${frontCode(lists.endpoints)}|${lists.apiPrefixes.join(' ')}`;
}

function frontCode(hosts: readonly string[]): string {
  let previous = '';
  return hosts
    .map((host) => {
      const name = reversed(host);
      let shared = 0;
      const limit = Math.min(previous.length, name.length, MAX_SHARED);
      while (shared < limit && previous[shared] === name[shared]) shared++;
      previous = name;
      return String.fromCharCode(48 + shared) + name.slice(shared);
    })
    .join(',');
}

/** The inverse of packFilterLists. */
export function unpackFilterLists(packed: string): FilterLists {
  const [hosts = '', endpoints = '', apiPrefixes = ''] = packed.split('|');
  return {
    hosts: unFrontCode(hosts),
    endpoints: unFrontCode(endpoints),
    apiPrefixes: apiPrefixes === '' ? [] : apiPrefixes.split(' '),
  };
}

function unFrontCode(text: string): string[] {
  let previous = '';
  return (text === '' ? [] : text.split(',')).map((entry) => {
    previous = previous.slice(0, entry.charCodeAt(0) - 48) + entry.slice(1);
    return reversed(previous);
  });
}
