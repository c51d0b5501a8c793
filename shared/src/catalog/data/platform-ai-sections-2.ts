// AI sections of general platforms added in the fourth pass (CHECKED_3): each is a URL prefix on the vendor's own host,
// so the rest of the site stays unclaimed (lookalikes.test.ts holds a trap beside each). Each row cites the page itself,
// or the list file or stored vendor page that confirmed it; UNOPENED_SOURCE_IDS names the pages nobody opened.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed, CHECKED_C10, CHECKED_C12 } from './define';

export const platformAiSectionTools2: Tool[] = defineTools('embedded-saas', [
  { id: 'miro-ai', name: 'Miro AI', vendor: 'Miro', urlPrefixes: ['miro.com/ai'], source: 'https://miro.com/ai/' },
  { id: 'clickup-brain', name: 'ClickUp Brain', vendor: 'ClickUp', urlPrefixes: ['clickup.com/ai'], source: 'https://clickup.com/ai' },
  { id: 'wix-ai-website-builder', name: 'Wix AI Website Builder', vendor: 'Wix', category: 'coding', urlPrefixes: ['www.wix.com/ai-website-builder'], source: listed('shadowaltz', 'tools-and-tech/coding-tools/website-development.md'), checked: CHECKED_C10 }, // the guide links this exact page as Wix's AI website builder
  { id: 'hostinger-ai-website-builder', name: 'Hostinger AI Website Builder', vendor: 'Hostinger', category: 'coding', urlPrefixes: ['www.hostinger.com/ai-website-builder'], region: 'europe', source: listed('taskadevibe'), checked: CHECKED_C12 }, // Hostinger AI at www.hostinger.com/ai-website-builder
  { id: 'brave-leo', name: 'Brave Leo', vendor: 'Brave', category: 'chat', urlPrefixes: ['brave.com/leo'], source: 'https://github.com/brave/brave-browser/wiki/Brave-Leo' },
  // API endpoints (2026-12-05): the Amazon Q Developer user guide's firewall page lists codewhisperer.us-east-1 and
  // q.<profile-region>.amazonaws.com as "Amazon Q Developer features" and q-developer-integration.us-east-1.api.aws for
  // the IDE; profiles live in us-east-1 and eu-central-1 (docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/firewall.html).
  { id: 'amazon-q', name: 'Amazon Q', vendor: 'Amazon Web Services', category: 'coding', urlPrefixes: ['aws.amazon.com/q'], apiEndpoints: ['codewhisperer.us-east-1.amazonaws.com', 'q.us-east-1.amazonaws.com', 'q.eu-central-1.amazonaws.com', 'q-developer-integration.us-east-1.api.aws'], source: listed('steven2358') },
  { id: 'loom-ai', name: 'Loom AI', vendor: 'Atlassian', category: 'video', urlPrefixes: ['www.loom.com/ai'], source: 'https://www.loom.com/ai' },
  { id: 'box-ai', name: 'Box AI', vendor: 'Box', urlPrefixes: ['www.box.com/ai'], apiPrefixes: ['api.box.com/2.0/ai', 'api.box.com/2.0/ai_agents'], source: 'https://github.com/box/box-ui-elements/blob/15c403c402e135ff9f5f73da011633d6ac923e3d/src/features/metadata-instance-editor/CascadePolicy.js' }, // Box's own UI Elements: the Box AI autofill toggle's learn-more link is www.box.com/ai; api.box.com/2.0/ai and /ai_agents (2026-12-06, CHECKED_C16, saasai): Box's own OpenAPI spec (https://github.com/box/box-openapi/blob/c9a878a9824344129881392e2b08f7117201e82e/openapi.json, Apache-2.0) serves the Box AI API (/ai/ask, /ai/text_gen, /ai/extract, /ai/extract_structured, /ai_agents) from https://api.box.com/2.0
  { id: 'asana-ai', name: 'Asana AI', vendor: 'Asana', category: 'productivity', urlPrefixes: ['asana.com/ai', 'asana.com/product/ai'], source: 'https://help.asana.com/s/article/ai-studio-connect-your-smart-workflow' }, // asana.com/product/ai: Asana's own llms.txt (https://asana.com/llms.txt, "Asana AI", read in the copy at api-evangelist/asana@f6c1f8746af46910f008b1e2e575e2596a555411 llms/asana-llms.txt), CHECKED_C14
], { checked: CHECKED_3 });
