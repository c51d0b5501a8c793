// Traps beside the fifteenth session's second llms.txt pass (data/platform-ai-sections-c15-llms2.ts and the NotebookLM
// Enterprise hosts it gave the notebooklm entry): the general pages, parents and sibling paths of the vendors whose AI
// sections became prefixes or a subdomain (Kagi Translate's search engine), the blog posts that named those pages, and
// the general sites of the SaaS the pass read without finding an AI page. Every trap must stay unclassified; every new
// prefix must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { platformAiSectionToolsC15Llms2 } from './data/platform-ai-sections-c15-llms2';

/** Hosts this pass added to entries that already existed. */
const ALIASES: Readonly<Record<string, string>> = {
  'https://notebooklm.cloud.google.com/global/?project=123456789': 'notebooklm',
  'https://notebooklm.cloud.google/global/?project=123456789': 'notebooklm',
};

const SIBLINGS_AND_PARENTS = [
  'https://www.airtable.com/',
  'https://airtable.com/',
  'https://www.airtable.com/platform',
  'https://www.airtable.com/platform/app-building', // the general app builder page (Cobuilder sits under it)
  'https://www.airtable.com/pricing',
  'https://blog.airtable.com/airtable-ai-launch/', // the post that named the page, not the tool
  'https://support.airtable.com/docs/airtable-enterprise-api',
  'https://www.squarespace.com/',
  'https://www.squarespace.com/websites',
  'https://www.squarespace.com/templates',
  'https://www.squarespace.com/blog/types-of-business-structures',
  'https://domains.squarespace.com/',
  'https://www.wrike.com/',
  'https://www.wrike.com/blog/ai-elite-mastery-cert/',
  'https://www.wrike.com/features/',
  'https://www.wrike.com/legal/ai-ethics/', // a policy page
  'https://www.wrike.com/workflow-guide/ai-workflow-automation/', // a guide
  'https://developers.wrike.com/',
  'https://posthog.com/',
  'https://posthog.com/ai-observability', // analytics for developers' own LLM apps
  'https://posthog.com/product-analytics',
  'https://posthog.com/docs',
  'https://us.posthog.com/',
  'https://cloud.google.com/',
  'https://console.cloud.google.com/',
  'https://docs.cloud.google.com/gemini/enterprise/notebooklm-enterprise/docs/api-notebooks',
  'https://workspace.google.com/',
  'https://kagi.com/', // the search engine around Kagi Translate, and its other subdomains
  'https://kagi.com/search?q=translate',
  'https://news.kagi.com/',
  'https://browser.kagi.com/',
  'https://help.kagi.com/kagi/translate/',
];

const READ_WITHOUT_AN_AI_PAGE = [
  'https://www.hubspot.com/products/aeo', // answer-engine analytics
  'https://www.hubspot.com/products/crm/ai-crm', // a CRM page
  'https://sproutsocial.com/',
  'https://sproutsocial.com/insights/ai-social-media/', // an article
  'https://salesloft.com/',
  'https://www.bitrix24.com/',
  'https://sendgrid.com/',
  'https://buffer.com/',
  'https://buffer.com/resources/ai-video-tools/', // an article
  'https://www.servicenow.com/',
  'https://clickup.com/',
  'https://clickup.com/blog/brain-2-launch/', // a launch post
];

describe('fifteenth-session llms.txt pass, second round', () => {
  it('adds its rows: one prefix each, and one AI-only subdomain', () => {
    expect(platformAiSectionToolsC15Llms2.length).toBe(5);
    const prefixRows = platformAiSectionToolsC15Llms2.filter((t) => t.domains.length === 0);
    expect(prefixRows.length).toBe(4);
    // posthog-ai also carries its earlier page, posthog.com/max (added by the leads3 pass)
    expect(prefixRows.every((t) => t.urlPrefixes.length === (t.id === 'posthog-ai' ? 2 : 1))).toBe(true);
  });

  it('classifies every new prefix and alias as its own entry', () => {
    expectEachClassifiedAs({ ...ALIASES, ...ownUrls(platformAiSectionToolsC15Llms2) }, { api: true });
  });

  it('classifies the AI pages under the new prefixes', () => {
    expectEachClassifiedAs({
      'https://www.wrike.com/ai/copilot/': 'wrike-ai',
      'https://www.wrike.com/ai/agents/': 'wrike-ai',
      'https://www.airtable.com/platform/ai?ref=blog.airtable.com': 'airtable-ai',
      // the other form of each host, which the classifier matches as the prefix's twin
      'https://airtable.com/platform/ai': 'airtable-ai',
      'https://squarespace.com/websites/ai-website-builder': 'squarespace-ai-website-builder',
      'https://wrike.com/ai/copilot/': 'wrike-ai',
      'https://www.posthog.com/ai': 'posthog-ai',
    });
  });

  it('leaves general pages, sibling paths, parents and the SaaS read without an AI page unclassified', () => {
    expectNoneClassified([...SIBLINGS_AND_PARENTS, ...READ_WITHOUT_AN_AI_PAGE]);
  });
});
