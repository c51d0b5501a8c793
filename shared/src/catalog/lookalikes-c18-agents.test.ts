// Traps beside the rows the eighteenth session's agents pass added (data/long-tail-c18-agents.ts): the ordinary sites
// next to each kind of AI agent (freelance markets, browser automation without AI, the VPS hosts the OpenClaw services
// rent, plain automation and scheduling tools), the parents of the two claimed subdomains, the shared-platform copies
// and the left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may
// classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18AgentsTools } from './data/long-tail-c18-agents';

const GENERAL_SITES = [
  'https://www.upwork.com/', // human freelancers, beside the AI employees and AI workers
  'https://www.selenium.dev/', // browser automation without AI, beside the browser agents
  'https://www.hetzner.com/', // a VPS host, beside the hosted OpenClaw services
  'https://www.digitalocean.com/', // a VPS host, likewise
  'https://telegram.org/', // the messenger the hosted agents answer in
  'https://www.uipath.com/', // rule-based process automation, beside the agent builders
  'https://zapier.com/', // app-to-app automation, beside the workflow agents
  'https://www.octoparse.com/', // a point-and-click scraper, beside the AI scraping API
  'https://calendly.com/', // scheduling, beside the calendar assistants
  'https://workspace.google.com/products/sheets/', // Google Sheets, beside the spreadsheet agents
  'https://slack.com/marketplace/A09TXAH9V09-plug-and-ai', // Slack's app directory page for an AI app
  'https://rematrixv.com/', // parent of the claimed browsefleet.rematrixv.com
  'https://projectgreenbelt.com/', // parent of the claimed slacktone.projectgreenbelt.com
];

const SHARED_PLATFORMS = [
  'https://git.lzwcai.com/zoushiyang/page-agent/raw/commit/e27ebda960cf645d3637896f636f46f3bd9a37b3/packages/extension/PRIVACY.md', // a browser agent's policy in a code mirror
  'https://conan-online.fbcontent.cn/conan-oss-resource/0az1aeagq.html', // a browser extension's policy on a CDN
  'https://koreai.mintlify.app/agent-platform/tools/nodes', // agent-platform docs on mintlify.app
  'https://agentxchange-web.vercel.app/docs/faq', // an agent marketplace on vercel.app
  'https://assistant-2d7.pages.dev/privacy', // a Gmail assistant on pages.dev
  'https://digital-employee-docs.pages.dev/guide.html', // a digital-employee guide on pages.dev
  'https://getclawdbot.pages.dev/privacy', // an OpenClaw policy on pages.dev
  'https://open-claw-desktop-app.vercel.app/privacy.html', // an OpenClaw desktop app on vercel.app
  'https://eggella.pages.dev/terms-bot.html', // Telegram AI bots' terms on pages.dev
  'https://browserciity-website.pages.dev/agent-actions', // a cloud-browser agent API on pages.dev
  'https://chen-1912.github.io/Browser-Copilot/privacy-policy.html', // a browser agent extension on github.io
  'https://agate-spoon-bc6.notion.site/max-guidelines-for-sub-processors', // a Slack agent's notes on notion.site
  'https://gosper-web.pages.dev/terms', // an agent platform's draft terms on pages.dev
  'https://agiled-docs.pages.dev/docs/ai-workers', // a CRM's AI-worker docs on pages.dev
];

const LEFT_OUT = [
  'https://www.runinterface.com/docs/computer-use', // computer-use docs that never say AI or a model
  'https://phantombrowser.ai/product/agent', // an agent page that never says AI or a model
  'https://agents.craft.do/docs/browser/overview', // browser-tool docs that never say AI or a model
  'https://sheetos.ai/docs/features/agent-tools', // agent-tool docs that never say AI or a model
  'https://usenaive.ai/docs/getting-started/browser', // browser docs that never say AI or a model
  'https://www.openteam.ai/policies/terms', // terms that never say AI or a model
  'https://webscrape.ai/privacy-policy', // an extraction API whose policy never says AI
  'https://www.asksecretary.com/privacy', // a policy that never says AI
  'https://www.agentsmith.agency/en/terms', // an agency's service terms
  'https://managemyclaw.com/terms', // an OpenClaw set-up service on the client's own servers
  'https://managedopenclaw.com/terms.html', // likewise
  'https://staging.privateclawd.com/privacy', // a staging host
  'https://calendar-assistant.click/privacy', // a policy with a placeholder contact
  'https://paegents.com/legal.html', // payments for agents, not an AI tool itself
  'https://www.stablebrowser.dev/llms.txt', // an x402 pay-per-session browser API
  'https://agentbuilders.app/acceptable-use', // hosting for agent-built apps
  'https://sandbox0.ai/acceptable-use', // sandboxes for agents, not an AI tool itself
  'https://hermes-agent.ai/features/model-agnostic', // a third-party site about the Hermes agent
  'https://www.simpleclaw.org/privacy-policy', // a policy that names another product
  'https://docs.affzero.com/automations/describe-it', // an affiliate tracker's AI feature
  'https://hypedata.io/docs/ai-parser.html', // a scraping API's AI-parser feature
  'https://docs.hasdata.com/apis/web-scraping-api/llm-extraction', // a scraping API's LLM-extraction feature
];

const NAMESAKES = [
  'https://www.claw.cloud/', // ClawCloud Run, a cloud platform, beside ClawCloud (clawcloud.net)
  'https://run.claw.cloud/', // likewise
  'https://www.hermes.com/', // the fashion house, beside hermes.fast
  'https://www.prowpt.com/', // beside Prowpt
  'https://www.nowflow.com/', // beside NowFlow
  'https://www.higent.com/', // beside Higent
  'https://www.gridie.com/', // beside Gridie
  'https://www.skop.com/', // beside Skop
  'https://www.rearray.com/', // beside Rearray
  'https://www.groupthink.org/', // beside Groupthink
  'https://www.tale.com/', // beside Tale
  'https://www.crhq.com/', // beside CRHQ
  // clawhost.com (Helixir Labs) became its own row in the aliases pass: another product named ClawHost
];

describe('eighteenth-session agents traps', () => {
  it('adds 35 rows, each with one domain and no prefix', () => {
    expect(longTailC18AgentsTools.length).toBe(35);
    expect(longTailC18AgentsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18AgentsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://docs.gobii.ai/start-here/what-is-gobii': 'gobii',
      'https://app.blueish-agents.com/terms': 'blueish-agents',
      'https://docs.tale.dev/platform/automations/concepts': 'tale-dev',
      'https://www.app.aisapiens.ai/legal/terms/': 'aisapiens',
      'https://docs.skop.dev/api-reference/endpoint/create-job': 'skop-dev',
      'https://browsefleet.rematrixv.com/docs/agent': 'browsefleet',
      'https://slacktone.projectgreenbelt.com/privacy': 'slacktone-ai',
      'https://openclaw-cloud.io/en-US/terms/': 'openclaw-cloud-io',
      'https://www.kiworker.de/agb': 'kiworker',
      'https://www.thebrowseragent.com/privacy.html': 'ai-web-agent-thebrowseragent',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
