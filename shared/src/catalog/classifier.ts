// The matching engine. Hostnames live in a SuffixIndex keyed by the exact hostname a tool claims; a
// lookup walks the visited hostname's suffixes label by label, so its cost grows with the number of
// labels, never with the number of tools.
import type { Tool } from '../schemas/tool';
import { type Span, locate, normalizeHostname } from './normalize';
import { extensionNameKey, nameHead } from './extension-names';
import { SuffixIndex } from './suffix-index';

export interface ToolMatch {
  toolId: string;
  tool: Tool;
  via: 'domain' | 'urlPrefix' | 'apiEndpoint' | 'extension';
  /** The catalog entry that matched: a hostname, a `host/path` prefix, or an extension id or name. */
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
}

interface Hit {
  tool: Tool;
  pattern: string;
}
interface PrefixHit extends Hit {
  /** Starts with `/`, never ends with one. */
  path: string;
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

function addPrefix(index: SuffixIndex<HostNode>, tool: Tool, prefix: string): void {
  const slash = prefix.indexOf('/');
  if (slash <= 0) return;
  const host = normalizeHostname(prefix.slice(0, slash));
  let path = prefix.slice(slash);
  while (path.endsWith('/')) path = path.slice(0, -1);
  if (host === null || path.length === 0 || /[?#\s]/.test(path)) return;
  const node = nodeFor(index, host);
  const list = (node.prefixes ??= []);
  const pattern = `${host}${path}`;
  const existing = list.findIndex((p) => p.path === path);
  if (existing !== -1) list.splice(existing, 1); // a later tool (the organisation's) takes the prefix over
  list.push({ tool, pattern, path });
  list.sort((a, b) => b.path.length - a.path.length);
}

const hostOf = (span: Span) =>
  span.hostStart === 0 && span.hostEnd === span.text.length
    ? span.text
    : span.text.slice(span.hostStart, span.hostEnd);

const hasDomain = (node: HostNode) => node.domain !== null;
const always = () => true;

/** Every lookup structure a classifier reads, filled from the tools in order (later ones win). */
interface Indexes {
  byId: Map<string, Tool>;
  hosts: SuffixIndex<HostNode>;
  api: SuffixIndex<Hit>;
  extIds: Map<string, Tool>;
  extNames: Map<string, Tool>;
}

function addTool(into: Indexes, tool: Tool): void {
  into.byId.set(tool.id, tool);
  for (const domain of tool.domains) {
    const host = normalizeHostname(domain);
    if (host !== null) nodeFor(into.hosts, host).domain = { tool, pattern: host };
  }
  for (const prefix of tool.urlPrefixes) addPrefix(into.hosts, tool, prefix);
  for (const endpoint of tool.apiEndpoints) {
    const host = normalizeHostname(endpoint);
    if (host !== null) into.api.set(host, { tool, pattern: host });
  }
  for (const id of tool.extensionIds) into.extIds.set(id, tool);
  if (tool.category === 'browser-extension') into.extNames.set(extensionNameKey(tool.name), tool);
}

function indexTools(tools: readonly Tool[]): Indexes {
  const into: Indexes = {
    byId: new Map(),
    hosts: new SuffixIndex(),
    api: new SuffixIndex(),
    extIds: new Map(),
    extNames: new Map(),
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
  const { byId, hosts: index, api, extIds, extNames } = indexTools(tools);

  const match = (hit: Hit, via: ToolMatch['via'], hostname: string): ToolMatch => ({
    toolId: hit.tool.id,
    tool: hit.tool,
    via,
    pattern: hit.pattern,
    hostname,
  });

  const classifyUrl = (input: string): ToolMatch | null => {
    const span = locate(input);
    if (span === null) return null;
    const node = index.longest(span.text, span.hostStart, span.hostEnd, hasDomain);
    // A prefix is on one exact hostname and beats any domain match.
    const prefixes = index.exact?.prefixes;
    if (prefixes && span.pathStart < span.source.length) {
      for (const prefix of prefixes) {
        if (pathMatches(span.source, span.pathStart, prefix.path))
          return match(prefix, 'urlPrefix', hostOf(span));
      }
    }
    return node?.domain ? match(node.domain, 'domain', hostOf(span)) : null;
  };

  return {
    classifyUrl,
    classifyApiRequest(url) {
      const span = locate(url);
      if (span === null) return null;
      const hit = api.longest(span.text, span.hostStart, span.hostEnd, always);
      return hit === undefined ? null : match(hit, 'apiEndpoint', hostOf(span));
    },
    classifyExtension(idOrName) {
      if (typeof idOrName !== 'object' || idOrName === null) return null;
      const { id, name } = idOrName;
      const byStoreId = typeof id === 'string' ? extIds.get(id) : undefined;
      if (byStoreId) return match({ tool: byStoreId, pattern: id! }, 'extension', '');
      if (typeof name !== 'string' || name.length === 0 || name.length > 500) return null;
      const key = extensionNameKey(name);
      const byName = extNames.get(key) ?? extNames.get(nameHead(key));
      return byName ? match({ tool: byName, pattern: byName.name }, 'extension', '') : null;
    },
    matchedPrefix(url) {
      const found = classifyUrl(url);
      return found?.via === 'urlPrefix' ? found.pattern : null;
    },
    tools: byId,
    hosts: () => [...index.keys()].sort(),
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
