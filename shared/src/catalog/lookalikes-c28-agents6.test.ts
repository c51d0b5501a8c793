// Traps beside the rows the twenty-eighth session's sixth agents pass added (data/long-tail-c28-agents6.ts): the
// ordinary sites next to each kind of agent it added (WordPress, Odoo, HubSpot, Shopify and Salesforce beside the agents
// that run inside them, the customs authority and trade-law news beside the procurement and classification agents),
// the parent of a subdomain row, and the placeholders, drafts, staging and bare-IP hosts, shared-platform copies,
// agent infrastructure, agencies and left-out pages the pass read. None of them may classify; every new host must reach
// its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Agents6Tools } from './data/long-tail-c28-agents6';

const PARENTS = [
  'https://oddll.com/', // the parent of Oddll AI Brain (ai.oddll.com), not read as the product
];

const GENERAL_SITES = [
  'https://wordpress.org/', // the CMS AgentWP, WP Agent AI and WP-Claw run on
  'https://www.odoo.com/', // the ERP Oddll AI Brain and Opal live in
  'https://www.hubspot.com/', // the CRM BaseCommand's agents read
  'https://www.shopify.com/', // the commerce platform ecAgent manages
  'https://help.shop.app/ur/shop/shopping/personal-agents', // Shop's help page on connecting personal agents, met
  'https://www.salesforce.com/', // the CRM the Salesforce agents met work in
  'https://linear.app/', // the issue tracker met beside the project-manager agents
  'https://www.cbp.gov/', // the customs authority whose AI-classification ruling the trade pages discussed
  'https://www.strtrade.com/trade-news-resources/str-trade-report/trade-report/march/cbp-clarifies-limits-for-importer-services-tech-platforms', // a trade law firm's note, met
  'https://www.sourcemap.com/blog/cbp-limits-the-use-of-ai-by-companies-submitting-customs-data', // a supply-chain software blog, met
  'https://www.pluginforthat.com/plugin/miniorange-ai-agent', // a plugin directory's listing, met
];

const LEFT_OUT = [
  'https://webappski.com/legal/product-privacy', // AI Form Copilot's policy with "[NAME]" placeholders
  'https://pentestai.xyz/aup/', // a draft acceptable-use policy ("[FILL: YYYY-MM-DD]")
  'https://help.tecnicora.com/privacy/', // a draft policy of a read-only Odoo connector for Claude
  'https://cibot-staging.byte.vn/terms-and-conditions', // a staging host carrying agentcollab.ai's terms
  'https://31.97.180.21.sslip.io/terms', // a bare-IP host (Tacit Agent Guard)
  'https://dev.wikisage.io/terms-of-service', // a dev host (as the c22 secops pass found)
  'https://donorconnect-three.vercel.app/ai-policy', // a donor CRM's AI policy on a shared platform
  'https://agiled-docs.pages.dev/docs/ai-workers', // a CRM's AI-workers docs on a shared platform
  'https://teraslack.ai/terms', // messaging infrastructure for agents, not an AI tool itself
  'https://mcphubby.ai/privacy', // an OAuth proxy between assistants and Google services
  'https://agorai.team/eula', // a coordination layer for coding agents
  'https://www.agentitek.com/en/privacy', // a delivery service's data-handling page
  'https://www.lowcode.agency/blog/ai-employee-for-bookkeeping', // an agency's blog
  'https://installyouragent.com/job-dispatch-ai-agent/', // a done-for-you install service
];

describe('twenty-eighth-session agents pass (agents6)', () => {
  it('adds 17 rows', () => {
    expect(longTailC28Agents6Tools.map((t) => t.id)).toEqual([
      'mindset-ai',
      'openbook-work',
      'taskagi',
      'officeautomata',
      'digital-employees-us',
      'mcpy',
      'mcp-chats',
      'agentwp',
      'wp-agent-ai',
      'wp-claw',
      'ecagent',
      'oddll-ai-brain',
      'opal-bizzi',
      'basecommand',
      'hubalot',
      'vallor',
      'adjuster-copilot',
    ]);
  });

  it('classifies each new host and each page read on it to its entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Agents6Tools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC28Agents6Tools));
  });

  it('leaves the parents, the general sites and the left-out pages unclassified', () => {
    expectNoneClassified([...PARENTS, ...GENERAL_SITES, ...LEFT_OUT]);
  });
});
