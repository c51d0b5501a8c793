// The host mix and the tenfold catalog the classifier benchmark measures, shared with its A/B script.
import { catalog, normalizeHostname, type Tool } from '@lantern/shared';

const WORDS = [
  'mail',
  'docs',
  'news',
  'shop',
  'cdn',
  'static',
  'portal',
  'intranet',
  'wiki',
  'blog',
  'app',
  'login',
];
const SITES = [
  'example',
  'acme',
  'contoso',
  'wikipedia',
  'bbc',
  'stackoverflow',
  'nytimes',
  'salesforce',
  'zendesk',
];
const TLDS = ['com', 'org', 'net', 'co.uk', 'de', 'fr', 'io', 'com.au'];

/** 95% ordinary hosts (1–3 labels before a registrable domain), 5% catalog hosts or their subdomains. */
export function hostMix(count: number, random: () => number): string[] {
  const aiHosts = catalog.flatMap((t) => t.domains);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, () => {
    if (random() < 0.05) return random() < 0.5 ? pick(aiHosts) : `${pick(WORDS)}.${pick(aiHosts)}`;
    const depth = Math.floor(random() * 3);
    const subs = Array.from({ length: depth }, () => pick(WORDS));
    return [...subs, `${pick(SITES)}${Math.floor(random() * 500)}`, pick(TLDS)].join('.');
  });
}

/** Nine renamed copies of every catalog tool: the same label depths, ten times the entries. */
export function tenfold(tools: readonly Tool[]): Tool[] {
  const rename = (k: number, host: string) => `s${k}-${host}`;
  const copies = tools.flatMap((tool) =>
    Array.from({ length: 9 }, (_, i) => ({
      ...tool,
      id: `${tool.id}-s${i + 1}`,
      domains: tool.domains.map((d) => rename(i + 1, d)),
      urlPrefixes: tool.urlPrefixes.map((p) => rename(i + 1, p)),
      apiEndpoints: tool.apiEndpoints.map((e) => rename(i + 1, e)),
      extensionIds: [],
    })),
  );
  return [...tools, ...copies];
}

/** The obvious implementation every tool would start with: scan the whole catalog for each lookup. */
export function linearScan(tools: readonly Tool[]) {
  return (input: string) => {
    const host = normalizeHostname(input);
    if (host === null) return null;
    let best: Tool | null = null;
    let bestLength = 0;
    for (const tool of tools) {
      for (const domain of tool.domains) {
        if ((host === domain || host.endsWith(`.${domain}`)) && domain.length > bestLength) {
          best = tool;
          bestLength = domain.length;
        }
      }
    }
    return best;
  };
}
