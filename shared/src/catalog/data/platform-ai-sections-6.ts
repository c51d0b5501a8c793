// Twelfth-session hosts pass (issue 15, 2026-12-06): AI products that general platforms run on a host of their own,
// beside the platform's ordinary site. Only the AI product's exact host is claimed, never the platform's domain
// (cloudflare.com, stackoverflow.com and their other subdomains stay unclassified; traps in
// lookalikes-c12-hosts.test.ts). Each row names the vendor's own page that was read for it, a stored copy in the
// pages/code corpora.
// Left out for want of a vendor page naming the host (only third-party news or code named them): KAYAK's
// `kayak.ai`, Bing's Copilot Search page, Google Vids (`workspace.google.com/products/vids`), Yandex's Neuro page,
// Shutterstock's and Getty Images' AI image generators (Getty's developer docs describe the API only), and the AI
// features of Slack, Snowflake, Datadog and Docker, which have no page or host of their own that users work in.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools } from './define';

export const platformAiSectionTools6: Tool[] = defineTools(
  'developer-platform',
  [
    // Cloudflare's docs send readers to the "Workers AI Playground" at https://playground.ai.cloudflare.com/ to chat
    // with a Workers AI model and connect MCP servers (Agents docs, "Test a Remote MCP Server").
    {
      id: 'cloudflare-workers-ai-playground',
      name: 'Cloudflare Workers AI Playground',
      vendor: 'Cloudflare',
      domains: ['playground.ai.cloudflare.com'],
      source: 'https://developers.cloudflare.com/agents/model-context-protocol/guides/test-remote-mcp-server/',
    },
    // Stack Overflow's AI Assist: the site's own left navigation (read on a stored copy of
    // stackoverflow.com/questions/41542907) links "AI Assist Labs" to https://stackoverflow.ai. One source.
    {
      id: 'stack-overflow-ai-assist',
      name: 'Stack Overflow AI Assist',
      vendor: 'Stack Overflow',
      category: 'search',
      domains: ['stackoverflow.ai'],
      source: 'https://stackoverflow.com/questions/41542907',
    },
  ],
  { checked: CHECKED_C12 },
);
