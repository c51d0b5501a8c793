// Fourteenth session, lead pass (2026-12-06, issue 15): AI agent products that e2b-dev/awesome-ai-agents, the most
// linked list of AI agents, names and the catalog did not match. That list is CC BY-NC-SA 4.0, so it is used only as a
// measurement and a lead: none of its text or data is taken. Measured before these rows: of the 135 distinct main
// hosts of its entries (GitHub, paper, video and social links left out), 74 classified (54.8%); most of the 61 misses
// are open-source frameworks without a product site, documentation and CDN hosts, or closed companies. Each row below
// cites the vendor's own word about its host: its repository's README at the commit read, or its own documentation
// as stored in the `pages` corpus on the day. Looked up and not found as the vendor's own page this time (left out):
// Ability AI, AgentScale, Ask Pandi, Athena Intelligence, Code Autopilot, Kwal, Manaflow; APIDNA's posts are on
// dev.to and name no host; gpt-migrate.com is a consulting page, not the tool. Docket's help centre on docketai.com
// made that host an alias of the existing `docket-ai` entry (long-tail-agents.ts). Duckie (docs.duckie.ai) came in
// the same day from its YC record (long-tail-c14-ycnew.ts).
// BuildingAI and three second hosts (fastgpt.io, simstudio.ai, letsmagic.ai, each added to its existing entry) come
// from rootsongjc/ai-native-landscape (Apache-2.0, `c14leadrootsong`), whose project files give each homepage.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C14, defineTools, listed } from './define';

export const longTailC14LeadTools: Tool[] = defineTools(
  'agents',
  [
    { id: 'dosu', name: 'Dosu', vendor: 'Dosu', category: 'coding', domains: ['dosu.dev'], source: 'https://docs.dosu.dev/pages/github-configuration' }, // the AI teammate that answers and labels GitHub issues; its app at app.dosu.dev
    { id: 'contextqa', name: 'ContextQA', vendor: 'ContextQA', category: 'coding', domains: ['contextqa.com'], source: 'https://learning.contextqa.com/getting-started/architecture-overview' }, // AI agents that write, run and repair end-to-end tests in cloud browsers
    { id: 'rebyte', name: 'ReByte', vendor: 'ReByte', domains: ['rebyte.ai'], apiEndpoints: ['api.rebyte.ai'], source: 'https://docs.rebyte.ai/overview' }, // agent builder and "agent computers"; its API base https://api.rebyte.ai/v1 in https://rebyte.ai/docs/enterprise/api
    { id: 'demogpt', name: 'DemoGPT', vendor: 'DemoGPT', domains: ['demogpt.io'], source: 'https://github.com/melih-unsal/DemoGPT/blob/aca748b7134549d6fa80c5c3a989779919697095/README.md' }, // the README's "Official Website" badge (line 14) and docs.demogpt.io; generates LLM apps from a prompt
    { id: 'evo-ninja', name: 'evo.ninja', vendor: 'Agentcoin', domains: ['evo.ninja'], source: 'https://github.com/agentcoinorg/evo.ninja/blob/0fce6d4cef630976daf1a161cdb4881c280087ff/README.md' }, // "head to our website (https://evo.ninja)" (line 11): the hosted agent
    { id: 'testdriver-ai', name: 'TestDriver', vendor: 'TestDriver.ai', category: 'coding', domains: ['testdriver.ai'], source: 'https://github.com/testdriverai/testdriverai/blob/752c3e9ff8ab8c2692244bbacaa7f63791016917/README.md' }, // vision-LLM end-to-end QA tests; the README links testdriver.ai, docs. and console.testdriver.ai
    { id: 'buildingai', name: 'BuildingAI', vendor: 'BuildingAI', category: 'developer-platform', domains: ['fastbuildai.com'], source: listed('c14leadrootsong', 'data/projects/buildingai.en.md') }, // a low-code platform for AI apps and agents (repository bidingcc/buildingai)
    { id: 'rillet', name: 'Rillet', vendor: 'Rillet', category: 'productivity', domains: ['rillet.com'], source: listed('kostja94', 'README.md') }, // line 1410: "AI-native ERP system" that closes the month, consolidates and reports; a lead from the a16z and Sequoia portfolio scrapes (unlicensed, only measured)
    { id: 'devopsgpt', name: 'DevOpsGPT', vendor: 'KuafuAI', category: 'coding', domains: ['kuafuai.net'], region: 'china', source: 'https://github.com/kuafuai/DevOpsGPT/blob/d6d83953b66670493d03cb5b2b3e063686c3c1c8/README.md' }, // the README's enterprise-edition site badge (line 7, www.kuafuai.net): AI-driven software development from requirements
  ],
  { checked: CHECKED_C14 },
);
