// Customer-support chatbots, AI receptionists and support-agent platforms whose whole site is the AI
// product. Each row cites the vendor's own pricing or product page.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, CHECKED_C12 } from './define';

export const catSupportTools: Tool[] = defineTools(
  'agents',
  [
    { id: 'chatbotbuilder-ai', name: 'ChatbotBuilder AI', vendor: 'ChatbotBuilder AI', domains: ['chatbotbuilder.ai'], source: 'https://www.chatbotbuilder.ai/pricing', checked: CHECKED_3 },
    { id: 'chatnode', name: 'ChatNode', vendor: 'ChatNode', domains: ['chatnode.ai'], source: 'https://www.chatnode.ai/blog/api-access', checked: CHECKED_3 }, // ChatNode's own blog, stored copy read: API access to its AI chatbots (account settings on www.chatnode.ai, API on api.public.chatnode.ai)
    { id: 'chatwith-tools', name: 'Chatwith', vendor: 'Chatwith', domains: ['chatwith.tools'], source: 'https://chatwith.tools/pricing', checked: CHECKED_3 },
    { id: 'conferbot', name: 'Conferbot', vendor: 'Conferbot', domains: ['conferbot.com'], source: 'https://www.conferbot.com/es/glossary/term/chatbot', checked: CHECKED_3 }, // Conferbot's own glossary, stored copy read (by the Conferbot team, on rule-based to LLM chatbots), served from www.conferbot.com
    { id: 'fastbots', name: 'Fastbots', vendor: 'Fastbots', domains: ['fastbots.ai'], source: 'https://blog.fastbots.ai/the-state-of-ai-customer-support-automation-in-2026', checked: CHECKED_3 }, // Fastbots' own blog, stored copy read (AI customer-support automation), served from blog.fastbots.ai under the row's host
    { id: 'livechatai', name: 'LiveChatAI', vendor: 'LiveChatAI', domains: ['livechatai.com'], source: 'https://help.livechatai.com/adding-new-team-member/', checked: CHECKED_C12 }, // LiveChatAI's own help centre on help.livechatai.com
    { id: 'zipchat', name: 'Zipchat', vendor: 'Zipchat', domains: ['zipchat.ai'], source: 'https://zipchat.ai/post/the-future-of-cx-how-automation-is-transforming-customer-service', checked: CHECKED_3 }, // Zipchat's own blog, stored copy read: its AI agent trained on a store's catalog for ecommerce support, on zipchat.ai
    { id: 'digitalgenius', name: 'DigitalGenius', vendor: 'DigitalGenius', domains: ['digitalgenius.com'], source: 'https://docs.digitalgenius.com/docs/custom-apis', checked: CHECKED_3 },
    { id: 'smith-ai', name: 'Smith.ai', vendor: 'Smith.ai', domains: ['smith.ai'], source: 'https://smith.ai/blog/the-anatomy-of-an-ai-call', checked: CHECKED_3 },
    { id: 'copilot-live', name: 'Copilot.Live', vendor: 'Copilot.Live', domains: ['copilot.live', 'kaily.ai'], source: 'https://github.com/CopilotLive/copilotlive-sdk-ios/blob/0fa16a87252fbc67971cd19311a45d8739659cd9/README.md', checked: CHECKED_3 }, // Copilot.Live's own iOS SDK README: its assistant (chat and voice calls) built on the Copilot Platform at platform.copilot.live; kaily.ai (2026-12-07, CHECKED_C27, c27 leads9): the product's new name, Kaily, in Boltic's own docs for the Copilot.Live node, https://docs.boltic.io/integrations/Copilot.Live/boltic_ai_agent ("your AI Agent (managed via Kaily)", an account at kaily.ai), and Kaily's AI-agent docs at https://docs.kaily.ai/overview-architecture
  ],
  { checked: CHECKED_3 },
);
