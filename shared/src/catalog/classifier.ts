// The matching engine. Hostnames live in a SuffixIndex keyed by the exact hostname a tool claims; a
// lookup walks the visited hostname's suffixes label by label, so its cost grows with the number of
// labels, never with the number of tools.
import type { Tool } from '../schemas/tool';
import { type Span, locate, normalizeHostname } from './normalize';
import { AGAINST_AI_WORDS, NOT_AI_PHRASES, extensionNameKey, nameHead, nameTokens } from './extension-names';
import { SuffixIndex } from './suffix-index';

export interface ToolMatch {
  toolId: string;
  tool: Tool;
  via: 'domain' | 'urlPrefix' | 'apiEndpoint' | 'apiPrefix' | 'extension';
  /**
   * The catalog entry that matched: a hostname, a `host/path` prefix (of a page or of an API), or an
   * extension id, name or name word (`extensionNameWords`, tokens single-spaced).
   */
  pattern: string;
  /** The canonical hostname that was classified (empty for extensions). */
  hostname: string;
}

export interface Classifier {
  /** A visited hostname or URL → the tool it belongs to. */
  classifyUrl(input: string): ToolMatch | null;
  /** A request a web page makes (fetch, XHR, WebSocket) → the AI vendor whose API it calls. */
  classifyApiRequest(url: string): ToolMatch | null;
  /** An installed extension → the AI extension it is, by store id first, then by name. */
  classifyExtension(idOrName: { id?: string; name?: string }): ToolMatch | null;
  /** The catalog prefix a URL matched, so callers never keep more of the path than that. */
  matchedPrefix(url: string): string | null;
  tools: ReadonlyMap<string, Tool>;
  /** Every distinct hostname the index matches (domains and prefix hosts), sorted. */
  hosts(): string[];
  /** Every API prefix (`host/path`, path without a trailing slash) requests are matched with, sorted. */
  apiPrefixes(): string[];
}

interface Hit {
  tool: Tool;
  pattern: string;
}
interface PrefixHit extends Hit {
  /** Starts with `/`, never ends with one. */
  path: string;
  /** Reached this host as the other form of the host it was written for (with or without `www.`). */
  twin: boolean;
}
interface HostNode {
  domain: Hit | null;
  /** Longest first, so the most specific prefix wins. */
  prefixes: PrefixHit[] | null;
}

/**
 * Does the path at `source[from..]` start with `path` and stop at a segment boundary? Paths compare
 * case-sensitively, as servers may treat them; query and fragment never take part.
 */
function pathMatches(source: string, from: number, path: string): boolean {
  if (!source.startsWith(path, from)) return false;
  const next = from + path.length;
  if (next === source.length) return true;
  const c = source.charCodeAt(next);
  return c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */ || c === 92; /* \ */
}

function nodeFor(index: SuffixIndex<HostNode>, host: string): HostNode {
  let node = index.get(host);
  if (node === undefined) {
    node = { domain: null, prefixes: null };
    index.set(host, node);
  }
  return node;
}

/** A `host/path` prefix as its canonical host and its path (starting with `/`, no trailing one), or null. */
function splitPrefix(prefix: string): { host: string; path: string } | null {
  const slash = prefix.indexOf('/');
  if (slash <= 0) return null;
  const host = normalizeHostname(prefix.slice(0, slash));
  let path = prefix.slice(slash);
  while (path.endsWith('/')) path = path.slice(0, -1);
  if (host === null || path.length === 0 || /[?#\s]/.test(path)) return null;
  return { host, path };
}

function addPrefix(index: SuffixIndex<HostNode>, tool: Tool, prefix: string): void {
  const split = splitPrefix(prefix);
  if (split === null) return;
  const { host, path } = split;
  putPrefix(index, { tool, pattern: `${host}${path}`, path, twin: false }, host);
  // A site is served with and without `www.` (one redirects to the other), so a prefix written for
  // one form matches the other too, and a visit to either wakes the worker (the twin host is in
  // `hosts()`, hence in the navigation filters).
  const twin = host.startsWith('www.') ? host.slice(4) : `www.${host}`;
  if (twin.includes('.') && normalizeHostname(twin) === twin)
    putPrefix(index, { tool, pattern: `${twin}${path}`, path, twin: true }, twin);
}

/**
 * Files an API prefix under its exact host: an API is called on the host it is written for, so no
 * `www.` twin (and, as for page prefixes, no subdomains).
 */
function addApiPrefix(index: SuffixIndex<HostNode>, tool: Tool, prefix: string): void {
  const split = splitPrefix(prefix);
  if (split === null) return;
  putPrefix(
    index,
    { tool, pattern: `${split.host}${split.path}`, path: split.path, twin: false },
    split.host,
  );
}

/**
 * Files a prefix under its host. The same path claimed again: a prefix written for this host beats one
 * that only reached it as a twin; otherwise the later one wins (the organisation's, added after the
 * catalog, takes a prefix over).
 */
function putPrefix(index: SuffixIndex<HostNode>, hit: PrefixHit, host: string): void {
  const list = (nodeFor(index, host).prefixes ??= []);
  const existing = list.findIndex((p) => p.path === hit.path);
  if (existing !== -1) {
    if (hit.twin && !list[existing]!.twin) return;
    list.splice(existing, 1);
  }
  list.push(hit);
  list.sort((a, b) => b.path.length - a.path.length);
}

const hostOf = (span: Span) =>
  span.hostStart === 0 && span.hostEnd === span.text.length
    ? span.text
    : span.text.slice(span.hostStart, span.hostEnd);

const hasDomain = (node: HostNode) => node.domain !== null;

/** Every lookup structure a classifier reads, filled from the tools in order (later ones win). */
interface Indexes {
  byId: Map<string, Tool>;
  hosts: SuffixIndex<HostNode>;
  /** API endpoints (as `domain`: the host and its subdomains) and API prefixes, shaped as the pages' index. */
  api: SuffixIndex<HostNode>;
  extIds: Map<string, Tool>;
  extNames: Map<string, Tool>;
  /** Name words and phrases by their text; a later tool claiming the same one takes it over. */
  nameWords: Map<string, NameWord>;
  /** How many tools were added so far: each tool's `order`. */
  added: number;
}

/** One `extensionNameWords` entry, tokenised once when the classifier is built. */
interface NameWord {
  tool: Tool;
  tokens: string[];
  pattern: string;
  /** Position of the tool in the classifier's input: on a tie the later tool (the organisation's) wins. */
  order: number;
}

/**
 * Name words, indexed by their first token, each list longest phrase first (then later tool first), so
 * the first phrase that matches at a token is the best one there. Phrases that say "against AI", and namesakes
 * in which a word does not mean AI (NOT_AI_PHRASES), are indexed the same way, their `tool` unused.
 */
interface WordIndex {
  words: Map<string, NameWord[]>;
  against: Map<string, string[][]>;
}

const better = (a: NameWord, b: NameWord) =>
  a.tokens.length !== b.tokens.length
    ? a.tokens.length > b.tokens.length
    : a.pattern.length !== b.pattern.length
      ? a.pattern.length > b.pattern.length
      : a.order > b.order;

function buildWordIndex(nameWords: Map<string, NameWord>): WordIndex {
  const words = new Map<string, NameWord[]>();
  for (const word of nameWords.values()) {
    const list = words.get(word.tokens[0]!);
    if (list) list.push(word);
    else words.set(word.tokens[0]!, [word]);
  }
  for (const list of words.values()) list.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const against = new Map<string, string[][]>();
  for (const phrase of [...AGAINST_AI_WORDS, ...NOT_AI_PHRASES]) {
    const tokens = nameTokens(phrase);
    const list = against.get(tokens[0]!);
    if (list) list.push(tokens);
    else against.set(tokens[0]!, [tokens]);
  }
  return { words, against };
}

/** Do `tokens[at..]` start with `phrase` (whose first token is already known to match)? */
function phraseAt(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > tokens.length) return false;
  for (let k = 1; k < phrase.length; k++) if (tokens[at + k] !== phrase[k]) return false;
  return true;
}

/** The best name word in a store name, or null when none matches, the name says it works against AI or holds a namesake. */
function matchNameWords(index: WordIndex, name: string): NameWord | null {
  if (index.words.size === 0) return null;
  const tokens = nameTokens(name);
  let best: NameWord | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const against = index.against.get(tokens[i]!);
    if (against?.some((phrase) => phraseAt(tokens, i, phrase))) return null;
    const candidates = index.words.get(tokens[i]!);
    if (candidates === undefined) continue;
    for (const word of candidates) {
      if (!phraseAt(tokens, i, word.tokens)) continue;
      if (best === null || better(word, best)) best = word;
      break; // the rest of this list is no better
    }
  }
  return best;
}

function addTool(into: Indexes, tool: Tool): void {
  into.added++;
  into.byId.set(tool.id, tool);
  for (const domain of tool.domains) {
    const host = normalizeHostname(domain);
    if (host !== null) nodeFor(into.hosts, host).domain = { tool, pattern: host };
  }
  for (const prefix of tool.urlPrefixes) addPrefix(into.hosts, tool, prefix);
  for (const endpoint of tool.apiEndpoints) {
    const host = normalizeHostname(endpoint);
    if (host !== null) nodeFor(into.api, host).domain = { tool, pattern: host };
  }
  for (const prefix of tool.apiPrefixes ?? []) addApiPrefix(into.api, tool, prefix);
  for (const id of tool.extensionIds) into.extIds.set(id, tool);
  if (tool.category === 'browser-extension') into.extNames.set(extensionNameKey(tool.name), tool);
  for (const word of tool.extensionNameWords ?? []) {
    const tokens = nameTokens(word);
    if (tokens.length === 0) continue;
    const pattern = tokens.join(' ');
    into.nameWords.delete(pattern); // re-inserted, so a takeover also moves it to the end
    into.nameWords.set(pattern, { tool, tokens, pattern, order: into.added });
  }
}

function indexTools(tools: readonly Tool[]): Indexes {
  const into: Indexes = {
    byId: new Map(),
    hosts: new SuffixIndex(),
    api: new SuffixIndex(),
    extIds: new Map(),
    extNames: new Map(),
    nameWords: new Map(),
    added: 0,
  };
  for (const tool of tools) addTool(into, tool);
  into.hosts.seal();
  into.api.seal();
  return into;
}

/**
 * Builds a classifier over exactly these tools. When two tools claim the same hostname, prefix,
 * endpoint or extension, the later one wins — callers put organisation tools after the catalog.
 */
export function buildClassifier(tools: readonly Tool[]): Classifier {
  const { byId, hosts: index, api, extIds, extNames, nameWords } = indexTools(tools);
  const wordIndex = buildWordIndex(nameWords);

  const match = (hit: Hit, via: ToolMatch['via'], hostname: string): ToolMatch => ({
    toolId: hit.tool.id,
    tool: hit.tool,
    via,
    pattern: hit.pattern,
    hostname,
  });

  /** Pages (domains, URL prefixes) and API requests (endpoints, API prefixes) are looked up alike. */
  const lookup = (
    from: SuffixIndex<HostNode>,
    input: string,
    byHost: ToolMatch['via'],
    byPrefix: ToolMatch['via'],
  ): ToolMatch | null => {
    const span = locate(input);
    if (span === null) return null;
    const node = from.longest(span.text, span.hostStart, span.hostEnd, hasDomain);
    // A prefix is on one exact hostname and beats any host match.
    const prefixes = from.exact?.prefixes;
    if (prefixes && span.pathStart < span.source.length) {
      for (const prefix of prefixes) {
        if (pathMatches(span.source, span.pathStart, prefix.path))
          return match(prefix, byPrefix, hostOf(span));
      }
    }
    return node?.domain ? match(node.domain, byHost, hostOf(span)) : null;
  };
  const classifyUrl = (input: string) => lookup(index, input, 'domain', 'urlPrefix');

  return {
    classifyUrl,
    classifyApiRequest: (url) => lookup(api, url, 'apiEndpoint', 'apiPrefix'),
    classifyExtension(idOrName) {
      if (typeof idOrName !== 'object' || idOrName === null) return null;
      const { id, name } = idOrName;
      const byStoreId = typeof id === 'string' ? extIds.get(id) : undefined;
      if (byStoreId) return match({ tool: byStoreId, pattern: id! }, 'extension', '');
      if (typeof name !== 'string' || name.length === 0 || name.length > 500) return null;
      const key = extensionNameKey(name);
      const byName = extNames.get(key) ?? extNames.get(nameHead(key));
      if (byName) return match({ tool: byName, pattern: byName.name }, 'extension', '');
      // Last resort: a word or phrase some tool lists in `extensionNameWords` (README: browser extensions).
      const byWord = matchNameWords(wordIndex, name);
      return byWord ? match(byWord, 'extension', '') : null;
    },
    matchedPrefix(url) {
      const found = classifyUrl(url);
      return found?.via === 'urlPrefix' ? found.pattern : null;
    },
    tools: byId,
    hosts: () => [...index.keys()].sort(),
    apiPrefixes: () =>
      [...api.keys()].flatMap((host) => api.get(host)?.prefixes?.map((p) => p.pattern) ?? []).sort(),
  };
}

/**
 * Catalog plus organisation tools: an organisation tool with a catalog tool's id replaces it, and
 * on any hostname, prefix, endpoint or extension conflict the organisation's tool wins.
 */
export function mergeTools(base: readonly Tool[], extra: readonly Tool[]): Tool[] {
  const replaced = new Set(extra.map((t) => t.id));
  return [...base.filter((t) => !replaced.has(t.id)), ...extra];
}
