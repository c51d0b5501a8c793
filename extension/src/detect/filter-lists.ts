import type { Classifier } from '@lantern/shared';

/** What the filtered detection listeners are registered with. */
export interface FilterLists {
  /**
   * The hostnames the classifier matches (domains and URL-prefix hosts), without those another one
   * already covers as a `hostSuffix` filter, which matches the end of the host as a string
   * (`qwen.ai` covers `chat.qwen.ai`, `x.ai` covers `flux.ai`: the worker wakes for both either
   * way, and the classifier decides), in the order of their labels read right to left (`ai.qwen`).
   */
  hosts: readonly string[];
  /** Every AI API endpoint host, in the same order. */
  endpoints: readonly string[];
}

export function filterLists(classifier: Classifier): FilterLists {
  const endpoints = new Set<string>();
  for (const tool of classifier.tools.values()) for (const host of tool.apiEndpoints) endpoints.add(host);
  return {
    hosts: byLabelsRightToLeft(uncovered(classifier.hosts())),
    endpoints: byLabelsRightToLeft([...endpoints]),
  };
}

/** A hostname's labels right to left: `chat.qwen.ai` → `ai.qwen.chat`. Its own inverse. */
const reversed = (host: string): string => host.split('.').reverse().join('.');

/** The hosts no other host of the list is a string suffix of. */
function uncovered(hosts: readonly string[]): string[] {
  const all = new Set(hosts);
  const covered = (host: string) => {
    for (let start = 1; start < host.length; start++) if (all.has(host.slice(start))) return true;
    return false;
  };
  return hosts.filter((host) => !covered(host));
}

function byLabelsRightToLeft(hosts: readonly string[]): string[] {
  return hosts.map(reversed).sort().map(reversed);
}

/**
 * webNavigation URL filters, one per tool host, so other sites never wake the worker. `hostSuffix`
 * without a leading dot covers the host and its subdomains in one filter (half as many as exact +
 * subdomain pairs); the rare extra match (`notchatgpt.com`) is dropped by the classifier in code.
 */
export function navigationFilters(lists: FilterLists): { hostSuffix: string }[] {
  return lists.hosts.map((host) => ({ hostSuffix: host }));
}

/** webRequest match patterns for every AI API endpoint host (and its subdomains). */
export function endpointPatterns(lists: FilterLists): string[] {
  return lists.endpoints.map((host) => `*://*.${host}/*`);
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
  return `${frontCode(lists.hosts)}|${frontCode(lists.endpoints)}`;
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
  const bar = packed.indexOf('|');
  return { hosts: unFrontCode(packed.slice(0, bar)), endpoints: unFrontCode(packed.slice(bar + 1)) };
}

function unFrontCode(text: string): string[] {
  let previous = '';
  return (text === '' ? [] : text.split(',')).map((entry) => {
    previous = previous.slice(0, entry.charCodeAt(0) - 48) + entry.slice(1);
    return reversed(previous);
  });
}
