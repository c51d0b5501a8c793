import { buildClassifier, catalog, type Tool } from '@lantern/shared';
import { TOP_TOOL_IDS } from '@lantern/shared/suppliers';
import { firstTurnLists, type FilterLists } from './filter-lists';
import type { HeadCatalog } from './head-classifier';

/**
 * The catalog's most used tools (TOP_TOOL_IDS, the 300 supplier facts are tracked for): the ones
 * whose page hosts the worker's navigation listener is registered with in its first turn
 * (filter-lists.ts, `firstTurnLists`). Used at build time and in tests; never bundled into the worker.
 */
export function headTools(tools: readonly Tool[] = catalog): Tool[] {
  const head = new Set(TOP_TOOL_IDS);
  return tools.filter((tool) => head.has(tool.id));
}

/** The first-turn lists of a catalog: every API endpoint, and its head tools' page hosts. */
export function catalogFirstTurn(tools: readonly Tool[] = catalog): FilterLists {
  return firstTurnLists(buildClassifier(tools), buildClassifier(headTools(tools)));
}

/**
 * What the worker answers a page's notice with before it has read the whole catalog
 * (head-classifier.ts): the head tools, cut to what classifying a page and naming the tool need,
 * and the hosts where the whole catalog could answer otherwise — every host on which a tool
 * outside the head claims a domain or URL prefix that the head would also match (a more specific
 * tool: `labs.perplexity.ai` is Perplexity Labs, not Perplexity).
 */
export function headCatalog(tools: readonly Tool[] = catalog): HeadCatalog {
  const head = headTools(tools);
  const headIds = new Set(head.map((tool) => tool.id));
  const headOnly = buildClassifier(head);
  const deferHosts = new Set<string>();
  for (const tool of tools) {
    if (headIds.has(tool.id)) continue;
    for (const domain of tool.domains) if (headOnly.classifyUrl(`https://${domain}/`)) deferHosts.add(domain);
    for (const prefix of tool.urlPrefixes)
      if (headOnly.classifyUrl(`https://${prefix}`)) deferHosts.add(prefix.slice(0, prefix.indexOf('/')));
  }
  return {
    tools: head.map(({ id, name, vendor, category, domains, urlPrefixes }) => ({
      id,
      name,
      vendor,
      category,
      domains,
      urlPrefixes,
    })),
    deferHosts: [...deferHosts].sort(),
  };
}
