// Traps beside the rows the twenty-third session's third sections pass added (data/long-tail-c23-sections3.ts): the
// general sites and parents of the AI sections it claimed (Cloudflare's and Databricks' developer docs, Webex, Postman
// and ServiceNow), the sibling pages the same llms.txt files list beside them, the llms.txt files themselves, the
// infrastructure and integration pages it left out, a shared-platform copy the searches met, and a namesake. None of
// them may classify; every new host and prefix must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC23Sections3Tools } from './data/long-tail-c23-sections3';

const GENERAL_SITES_AND_PARENTS = [
  'https://www.cloudflare.com/', // Cloudflare's site and its general developer docs
  'https://developers.cloudflare.com/',
  'https://developers.cloudflare.com/workers/',
  'https://developers.cloudflare.com/agents-sdk-example/', // a sibling path whose first segment only starts like the prefix
  'https://www.webex.com/', // Webex's general site, suite pages, help centre and developer portal
  'https://www.webex.com/suite/meetings.html',
  'https://www.webex.com/us/en/products/customer-experience/contact-center.html',
  'https://help.webex.com/',
  'https://help.webex.com/en-us/getting-started',
  'https://developer.webex.com/',
  'https://www.postman.com/', // Postman's API platform and its docs
  'https://www.postman.com/product/api-client',
  'https://www.postman.com/product/agent-mode-extra', // a sibling path
  'https://learning.postman.com/docs/getting-started/quick-start',
  'https://www.servicenow.com/', // ServiceNow's site and its non-AI product pages
  'https://www.servicenow.com/products/customer-service-management.html',
  'https://www.servicenow.com/platform/autonomous-workforce/roi-calculator.html',
  'https://www.databricks.com/', // Databricks' site and the rest of its Developer Hub
  'https://developers.databricks.com/',
  'https://developers.databricks.com/docs/apps/overview',
  'https://developers.databricks.com/docs/lakehouse/jobs',
  'https://developers.databricks.com/docs/lakebase/quickstart',
  'https://www.twilio.com/', // a communications API vendor met in the reads
  'https://www.anaconda.com/', // a data-science platform met in the reads (its AI docs are a lead)
];

const LLMS_FILES = [
  'https://developers.cloudflare.com/llms.txt',
  'https://www.webex.com/llms.txt',
  'https://www.postman.com/llms.txt',
  'https://www.servicenow.com/llms.txt',
  'https://developers.databricks.com/llms.txt',
  'https://www.twilio.com/llms.txt',
];

const LEFT_OUT = [
  'https://postman.ai/', // agent infrastructure family (gateway, credential proxy, runtime, docs)
  'https://www.postman.com/fabric-gateway', // an AI gateway
  'https://www.postman.com/ai/ai-ready-apis/', // a scan of APIs for agents
  'https://developers.databricks.com/docs/unity-gateway/overview', // an AI gateway
  'https://www.servicenow.com/products/ai-control-tower.html', // AI governance
  'https://www.servicenow.com/products/virtual-agent.html',
  'https://developers.smartsheet.com/ai-mcp/smartsheet/mcp-server', // an MCP integration
  'https://developer.webex.com/create/docs/agentic-apps-overview', // a framework for building on Webex
  'https://developer.clickup.com/docs/connect-an-ai-assistant-to-clickups-mcp-server', // an MCP integration
  'https://discuss.elastic.co/', // a discussion forum
  'https://community.workday.com/api', // API docs
];

const SHARED_PLATFORMS = [
  'https://aiwellflow.pages.dev/terms.html', // a policy on a shared platform met in the searches
];

const NAMESAKES = [
  'https://www.otto.de/', // the German retailer, beside ServiceNow Otto
  'https://www.webex.com.example.com/', // phishing shapes beside webex.ai
  'https://webex.ai.example.com/',
];

describe('twenty-third-session sections pass (sections3)', () => {
  it('adds 11 rows, each claiming prefixes or an AI-only domain, never a general site', () => {
    expect(longTailC23Sections3Tools.length).toBe(11);
    expect(longTailC23Sections3Tools.every((t) => t.urlPrefixes.length > 0)).toBe(true);
    expect(longTailC23Sections3Tools.flatMap((t) => t.domains)).toEqual(['webex.ai']);
  });

  it('classifies every new host and prefix to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Sections3Tools), { api: true });
  });

  it('classifies the AI pages the cited llms.txt files name, and pages below the claimed prefixes', () => {
    expectEachClassifiedAs({
      'https://developers.cloudflare.com/agents/': 'cloudflare-agents',
      'https://developers.cloudflare.com/agents/model-context-protocol/guides/test-remote-mcp-server/':
        'cloudflare-agents',
      'https://www.webex.ai/': 'webex-cisco-ai-assistant',
      'https://www.webex.ai/ai-content-hub.html': 'webex-cisco-ai-assistant',
      'https://help.webex.com/en-us/webex-ai': 'webex-cisco-ai-assistant',
      'https://www.webex.com/us/en/products/customer-experience/ai-assistant-for-contact-center.html':
        'webex-cisco-ai-assistant',
      'https://www.webex.com/us/en/products/customer-experience/ai-agent.html': 'webex-ai-agent',
      'https://www.postman.com/product/agent-mode': 'postman-agent-mode',
      'https://www.postman.com/product/ai-engineer': 'postman-ai-engineer',
      'https://www.servicenow.com/platform/otto.html': 'servicenow-otto',
      'https://www.servicenow.com/platform/generative-ai.html': 'servicenow-otto',
      'https://www.servicenow.com/platform/agentic-playbooks.html': 'servicenow-agentic-playbooks',
      'https://www.servicenow.com/platform/autonomous-workforce.html': 'servicenow-autonomous-workforce',
      'https://developers.databricks.com/docs/agents/overview': 'databricks-agent-bricks',
      'https://developers.databricks.com/docs/omnigent/quickstart': 'databricks-omnigent',
      'https://developers.databricks.com/docs/lakehouse/genie': 'databricks-genie',
    });
  });

  it('leaves general sites, parents, llms.txt files, left-out pages, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES_AND_PARENTS,
      ...LLMS_FILES,
      ...LEFT_OUT,
      ...SHARED_PLATFORMS,
      ...NAMESAKES,
    ]);
  });
});
