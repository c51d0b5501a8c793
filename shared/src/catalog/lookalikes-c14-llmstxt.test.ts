// Traps beside the fourteenth session's llms.txt pass (data/platform-ai-sections-c14-llmstxt.ts and the aliases it
// added to webflow-ai, atlassian-intelligence and semrush-ai-visibility): the general pages, parents and sibling paths
// of the vendors whose AI sections became prefixes, and the developer and infrastructure pages the same llms.txt copies
// list beside them. Every trap must stay unclassified; every new prefix must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { platformAiSectionToolsC14Llmstxt } from './data/platform-ai-sections-c14-llmstxt';

/** Prefixes this pass added to entries that already existed. */
const ALIASES: Readonly<Record<string, string>> = {
  'https://webflow.com/feature/ai': 'webflow-ai',
  'https://webflow.com/ai-site-builder': 'webflow-ai',
  'https://www.atlassian.com/software/confluence/ai': 'atlassian-intelligence',
  'https://www.semrush.com/free-tools/ai-search-visibility-checker/': 'semrush-ai-visibility',
  'https://enterprise.semrush.com/solutions/ai-optimization/': 'semrush-ai-visibility',
};

const SIBLINGS_AND_PARENTS = [
  'https://www.atlassian.com/software/confluence',
  'https://www.atlassian.com/software/confluence/features',
  'https://www.atlassian.com/software/confluence/templates',
  'https://www.atlassian.com/software/jira/service-management/pricing',
  'https://www.atlassian.com/software/jira/features/automation',
  'https://www.atlassian.com/software/customer-service-management',
  'https://webflow.com/platform',
  'https://webflow.com/feature/localization',
  'https://webflow.com/feature/seo',
  'https://webflow.com/feature/optimize', // A/B testing with AI features
  'https://www.zoominfo.com/',
  'https://www.zoominfo.com/pricing',
  'https://www.zoominfo.com/gtm-workspace',
  'https://www.zoominfo.com/products/gtm-studio',
  'https://www.zoominfo.com/trust-center/responsible-ai', // a policy page
  'https://www.zoominfo.com/s/search',
  'https://www.semrush.com/free-tools/',
  'https://www.semrush.com/pricing/',
  'https://enterprise.semrush.com/',
  'https://enterprise.semrush.com/enterprise-site-intelligence/',
];

const LEFT_OUT = [
  'https://ai-visibility-index.semrush.com/', // published benchmarks, not a tool
  'https://teamworkgraph.com/', // Atlassian's knowledge graph
  'https://www.atlassian.com/platform/remote-mcp-server', // developer and infrastructure pages of the same files
  'https://developers.webflow.com/mcp/reference/overview',
  'https://developers.zoom.us/docs/virtual-agent',
  'https://developers.make.com/api-documentation/api-reference/ai-agents',
  'https://developers.notion.com/guides/mcp/overview',
  'https://developers.figma.com/docs/code/iterate-your-code-with-ai/',
  'https://developer.hootsuite.com/docs/sparkcentral-virtual-agent-api',
  'https://docs.attio.com/sdk/guides/ai',
  'https://www.twilio.com/en-us/ai', // a communications API vendor's AI page
];

describe('fourteenth-session llms.txt pass', () => {
  it('adds its rows', () => {
    expect(platformAiSectionToolsC14Llmstxt.length).toBe(2);
  });

  it('classifies every new prefix as its own entry', () => {
    expectEachClassifiedAs({ ...ALIASES, ...ownUrls(platformAiSectionToolsC14Llmstxt) }, { api: true });
  });

  it('leaves general pages, sibling paths, parents and left-out records unclassified', () => {
    expectNoneClassified([...SIBLINGS_AND_PARENTS, ...LEFT_OUT]);
  });
});
