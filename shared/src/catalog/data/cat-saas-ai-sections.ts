// AI features inside general SaaS, as URL prefixes on the vendor's own host and never the whole host (the rest
// of each site stays unclaimed: see lookalikes.test.ts). Each row cites the vendor's page for the AI feature,
// which is the page the prefix names.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed, CHECKED_C10, CHECKED_C12 } from './define';

export const catSaasAiSectionTools: Tool[] = defineTools(
  'embedded-saas',
  [
    { id: 'hootsuite-owlywriter', name: 'OwlyWriter AI', vendor: 'Hootsuite', urlPrefixes: ['www.hootsuite.com/platform/owlywriter-ai'], source: 'https://www.hootsuite.com/platform/owlywriter-ai', checked: CHECKED_3 },
    { id: 'buffer-ai-assistant', name: 'Buffer AI Assistant', vendor: 'Buffer', urlPrefixes: ['buffer.com/ai-assistant'], source: 'https://buffer.com/ai-assistant', checked: CHECKED_3 },
    { id: 'canva-magic-studio', name: 'Canva Magic Studio', vendor: 'Canva', urlPrefixes: ['www.canva.com/magic', 'www.canva.cn/magic', 'www.canva.com/magic-studio'], source: listed('rvelamen'), checked: CHECKED_3 }, // README and data.json at the pinned commit: 魔力工作室, Canva China's one-stop AI creation suite, at www.canva.cn/magic; the www.canva.com/magic prefix stays, unproven (the lists name Canva's magic-design page there); www.canva.com/magic-studio (Magic Studio, Canva's AI suite): listed('richawo', 'content-creation.md'), CHECKED_3
    { id: 'godaddy-airo', name: 'Airo', vendor: 'GoDaddy', urlPrefixes: ['www.godaddy.com/airo'], source: listed('shadowaltz', 'tools-and-tech/coding-tools/website-development.md'), checked: CHECKED_C10 }, // the guide embeds this exact page as GoDaddy Airo
    { id: 'jotform-ai-agents', name: 'Jotform AI Agents', vendor: 'Jotform', urlPrefixes: ['www.jotform.com/ai/agents'], source: 'https://www.jotform.com/ai/agents/', checked: CHECKED_3 },
    { id: 'zendesk-ai', name: 'Zendesk AI', vendor: 'Zendesk', urlPrefixes: ['www.zendesk.com/service/ai'], source: listed('arunagirinathan'), checked: CHECKED_3 },
    { id: 'atlassian-intelligence', name: 'Atlassian Intelligence', vendor: 'Atlassian', urlPrefixes: ['www.atlassian.com/platform/artificial-intelligence', 'www.atlassian.com/software/confluence/ai'], source: 'https://www.atlassian.com/platform/artificial-intelligence', checked: CHECKED_3 }, // www.atlassian.com/software/confluence/ai: Atlassian's own llms.txt (https://www.atlassian.com/llms.txt, "Confluence + AI", read in the copy at api-evangelist/confluence@0066089ffb800425920b93bda43d534319785f4d llms/confluence-llms-atlassian.txt), CHECKED_C14
    // canva.cn/image-generator: the page listed('kapibala', 'data/navigation.json') gives for Canva's image generator.
    { id: 'canva-ai-image-generator', name: 'Canva AI Image Generator', vendor: 'Canva', category: 'image', urlPrefixes: ['www.canva.com/ai-image-generator', 'canva.cn/image-generator'], source: listed('mahseema'), checked: CHECKED_3 },
    { id: 'canva-magic-write', name: 'Canva Magic Write', vendor: 'Canva', category: 'writing', urlPrefixes: ['www.canva.com/magic-write'], source: listed('whoisdsmith', 'AI-Prompts/Prompt%20Guides/Resources%20Prompts.md'), checked: CHECKED_C12 }, // a bare link to www.canva.com/magic-write/ in the list's resources
  ],
  { checked: CHECKED_3 },
);
