// Traps beside the rows and hosts the sixteenth session's agents pass added (data/long-tail-c16-agents.ts, and the
// second hosts it gave `hunyuan`, `amazon-nova`, `pickaxe`, `pipecat` and `botpress`): the general sites beside each URL prefix, the vendors'
// repositories on GitHub, shared documentation hosts, and sites that share a name with the new entries. Every trap
// must stay unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16AgentsTools } from './data/long-tail-c16-agents';

const GENERAL_SITES = [
  'https://azure.microsoft.com/en-us/pricing/', // Azure; only the Phi product page is claimed
  'https://azure.microsoft.com/en-us/products/',
  'https://azure.microsoft.com/en-us/products/phishing-protection', // a prefix matches whole path segments only
  'https://www.microsoft.com/', // Microsoft's general site, beside microsoft.ai
  'https://aws.amazon.com/', // AWS; only Amazon Nova's page is claimed
  'https://aws.amazon.com/ec2/',
  'https://aws.amazon.com/novaxyz',
  'https://docs.aws.amazon.com/ec2/',
  'https://www.tencent.com/en-us/', // Tencent's general site, beside hy.tencent.com
  'https://tencent.com/',
  'https://classet.readme.io/reference/overview', // Classet's API docs on a shared docs host
  'https://www.daily.co/', // Daily's video API, beside Pipecat Cloud's pipecat.daily.co
  'https://dashboard.daily.co/',
  'https://tabbly.gitbook.io/tabbly-docs', // Tabbly's older docs on a shared docs host
];

const SHARED_PLATFORMS = [
  'https://github.com/trycua/cua', // the vendors' repositories, on GitHub
  'https://github.com/hexdocom/lemonai',
  'https://github.com/accomplish-ai/accomplish',
  'https://github.com/bekservice/Famulor-MCP',
  'https://github.com/tembo-io',
  'https://github.com/fetchai',
  'https://github.com/Zijian-Ni/awesome-ai-agents-2026',
];

const NAMESAKES = [
  'https://thinkingmachin.es/', // Thinking Machines Data Science, Manila, beside Thinking Machines Lab
  'https://pickaxe.hatchet.run/', // Hatchet's Pickaxe agent library, not the Pickaxe builder
  'https://hatchet.run/',
  'https://www.terra.money/', // the Terra blockchain, beside Terra Security
  'https://www.terraform.io/',
  'https://www.rezolve.com/', // Rezolve Ai, a commerce company, beside Rezolve.ai's service desk
  'https://fetch.com/', // Fetch Rewards, beside Fetch.ai's Agentverse
  'https://www.asicentral.com/', // ASI, promotional products, beside ASI:One
  'https://carv.io/', // CARV, a web3 data protocol, beside Carv the recruiting assistant
  'https://carve.careers/', // a CV builder, beside Carv
  'https://docs.airaproof.com/docs/what-is-aira', // Aira, an agent audit layer, beside Airia
  'https://www.macarons.com/', // beside Macaron AI
  'https://www.gprbots.ai/', // the misspelt host an agents list gives for GPTBots; not claimed
  'https://runway.com/', // Runway Financial, not Runway ML
  'https://tabby.ai/', // Tabby, buy now pay later, beside Tabbly
];

describe('sixteenth-session agents pass traps', () => {
  it('adds 27 rows, one of them a URL prefix on Azure', () => {
    expect(longTailC16AgentsTools.length).toBe(27);
    const prefixRows = longTailC16AgentsTools.filter((t) => t.urlPrefixes.length > 0);
    expect(prefixRows.map((t) => t.id)).toEqual(['microsoft-phi']);
    expect(prefixRows.every((t) => t.domains.length === 0)).toBe(true);
  });

  it('classifies every new host and prefix to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC16AgentsTools), { api: true });
  });

  it('classifies the pages the vendors name, and the second hosts of existing entries', () => {
    expectEachClassifiedAs({
      'https://thinkingmachines.ai/inkling/': 'thinking-machines-lab',
      'https://microsoft.ai/news/introducingmai-code-1-flash/': 'microsoft-ai-mai',
      'https://azure.microsoft.com/en-us/products/phi': 'microsoft-phi',
      'https://app.tembo.io/integrations': 'tembo',
      'https://www.cua.ai/docs/quickstart-devs': 'cua',
      'https://trycua.com/signin': 'cua',
      'https://app.famulor.io/mcp': 'famulor',
      'https://docs.agentverse.ai/docs': 'agentverse',
      'https://explore.airia.com/admin-hub/airia-agent/access-and-privacy': 'airia',
      'https://www.cmdzero.io/blog-posts/rediscover-threat-hunting-and-investigations': 'command-zero',
      'https://hy.tencent.com/research/hy3': 'hunyuan',
      'https://aws.amazon.com/nova/': 'amazon-nova',
      'https://pickaxe.co/learn/agent-builder': 'pickaxe',
      'https://api.pickaxe.co/v1/studio/pickaxe/list': 'pickaxe',
      'https://pipecat.daily.co/': 'pipecat',
      'https://api.pipecat.daily.co/v1/public/my-agent/start': 'pipecat',
      'https://studio.botpress.cloud/': 'botpress',
    });
  });

  it('leaves general sites, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
