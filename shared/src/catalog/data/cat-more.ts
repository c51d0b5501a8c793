// Agent and automation platforms, short-video generators, marketing and support tools the first category batch
// left for a second look, with renamed hosts kept as aliases (tray.io -> tray.ai, revealbot.com -> bir.ch).
// Each row cites the vendor's own pricing or platform page.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed, CHECKED_C14 } from './define';

export const catMoreTools: Tool[] = defineTools(
  'agents',
  [
    { id: 'emergence-ai', name: 'Emergence', vendor: 'Emergence AI', domains: ['emergence.ai'], source: 'https://github.com/EmergenceAI/Agent-E/blob/f218c3cb4b2b3e33ed08ea12da5514ab1e89cdd7/README.md', checked: CHECKED_3 },
    { id: 'suna-kortix', name: 'Kortix Suna', vendor: 'Kortix', domains: ['suna.so', 'kortix.ai', 'kortix.com'], source: 'https://github.com/kortix-ai/suna/blob/eb2d7f5c2ad9c5c550877afef5e150ccb9d471d7/backend/api.py', checked: CHECKED_3 }, // Kortix's own Suna repository: its API allows the production origins suna.so and kortix.com (README: Kortix, the AI agent platform, with Suna its generalist agent); kortix.ai stays unproven, kortix.com added: the same repository's README (https://raw.githubusercontent.com/kortix-ai/suna/dev/README.md) links kortix.com as Kortix's website, cloud and docs
    { id: 'tray-ai', name: 'Tray.ai', vendor: 'Tray.ai', domains: ['tray.ai', 'tray.io'], source: 'https://tray.ai/ai-agent-builder', checked: CHECKED_3 }, // Tray's own page, stored copy read: Merlin Agent Builder, Tray's no-code workspace for production AI agents, on tray.ai; tray.io stays unproven
    { id: 'strawberry-browser', name: 'Strawberry', vendor: 'Strawberry', domains: ['strawberrybrowser.com'], source: listed('kostja94'), checked: CHECKED_3 },
    { id: 'bhuman', name: 'BHuman', vendor: 'BHuman', category: 'video', domains: ['bhuman.ai'], source: listed('meetpateltech'), checked: CHECKED_3 },
    { id: 'maverick', name: 'Maverick', vendor: 'Maverick', category: 'video', domains: ['trymaverick.com'], source: listed('meetpateltech'), checked: CHECKED_3 },
    { id: 'peech', name: 'Peech', vendor: 'Peech', category: 'video', domains: ['peech-ai.com'], source: listed('meetpateltech'), checked: CHECKED_3 },
    { id: 'eklipse', name: 'Eklipse', vendor: 'Eklipse', category: 'video', domains: ['eklipse.gg'], source: 'https://eklipse.gg/help/how-do-i-know-if-my-stream-is-processed', checked: CHECKED_3 }, // Eklipse's own help centre, stored copy read: Eklipse AI analyses a stream's VOD for highlight clips, on eklipse.gg (2026-12-05)
    { id: 'zebracat', name: 'Zebracat', vendor: 'Zebracat', category: 'video', domains: ['zebracat.ai'], source: 'https://github.com/zebracatai/zebracat-cli/blob/ce60f183192fdead0f2c51493ed4beab4db0d5b1/README.md', checked: CHECKED_3 }, // Zebracat's own CLI README: AI video generation through its API, keys from studio.zebracat.ai
    { id: 'describely', name: 'Describely', vendor: 'Describely', category: 'writing', domains: ['describely.ai'], source: 'https://knowledge-base.describely.ai/customize-content-with-ai-rules', checked: CHECKED_3 }, // Describely's own help centre, stored copy read: AI rules for generated product titles and descriptions; knowledge-base.describely.ai is under the row's host
    { id: 'averi-ai', name: 'Averi', vendor: 'Averi', domains: ['averi.ai'], source: 'https://help.averi.ai/docs/manage-your-account/invite-team-members', checked: CHECKED_3 }, // Averi's own help centre, stored copy read: the shared Averi workspace where teams generate content, outlines and a strategy map; help.averi.ai is under the row's host
    { id: 'birch-revealbot', name: 'Bïrch', vendor: 'Bïrch', domains: ['bir.ch', 'revealbot.com'], source: 'https://help.bir.ch/en/articles/1526011-creating-automated-rules', checked: CHECKED_C14 }, // a stored copy of Bïrch's own help centre on help.bir.ch (automated ad rules, smart rules); the same article is stored on help.revealbot.com under the earlier name Revealbot; the earlier unopened source was its pricing page
    { id: 'marpipe', name: 'Marpipe', vendor: 'Marpipe', category: 'image', domains: ['marpipe.com'], source: 'https://help.marpipe.com/en/articles/5112267-assets-library-overview', checked: CHECKED_3 }, // Marpipe's own help centre, stored copy read: the asset library of its multivariate ad-creative testing tool, on help.marpipe.com (its guide at marpipe.com/the-definitive-guide-to-modern-creative-testing also read) (2026-12-05)
    { id: 'feedhive', name: 'FeedHive', vendor: 'FeedHive', category: 'writing', domains: ['feedhive.com'], source: listed('digidai'), checked: CHECKED_3 },
    { id: 'conversica', name: 'Conversica', vendor: 'Conversica', domains: ['conversica.com'], source: listed('natnew'), checked: CHECKED_3 },
    { id: 'certainly', name: 'Certainly', vendor: 'Certainly', domains: ['certainly.io'], source: 'https://support.certainly.io/hc/en-us/articles/360008157520-Glossary', checked: CHECKED_3 },
    { id: 'inbenta', name: 'Inbenta', vendor: 'Inbenta', domains: ['inbenta.com'], source: 'https://github.com/inbenta-products/chatbot/blob/bf0941e708176186334a80b1ca9cb6bad6842e6e/README.md', checked: CHECKED_3 },
    { id: 'kommunicate', name: 'Kommunicate', vendor: 'Kommunicate', domains: ['kommunicate.io'], source: 'https://github.com/Kommunicate-io/Kommunicate-Android-Chat-SDK/blob/e4e34440c2d189a205cfc321293c20d8ac01cb9b/README.md', checked: CHECKED_3 },
    { id: 'stylo', name: 'Stylo', vendor: 'Stylo', domains: ['stylo.ai'], source: 'https://www.stylo.ai/platform', checked: CHECKED_3 },
    { id: 'ushur', name: 'Ushur', vendor: 'Ushur', domains: ['ushur.com', 'ushur.ai'], source: 'https://docs.ushur.com/docs/branding-in-ushur-engagements', checked: CHECKED_3 }, // ushur.ai: Ushur at https://ushur.ai/ in listed('kostja94', 'INDEX.md') line 652, CHECKED_C14
    { id: 'supportlogic', name: 'SupportLogic', vendor: 'SupportLogic', domains: ['supportlogic.com'], source: 'https://www.supportlogic.com/resources/whitepapers/supportlogic-ai-and-machine-learning', checked: CHECKED_3 },
    { id: 'brainfish', name: 'Brainfish', vendor: 'Brainfish', domains: ['brainfishai.com', 'brainfi.sh'], source: 'https://www.brainfishai.com/blog/complete-guide-brainfish-zendesk-2026', checked: CHECKED_3 },
    { id: 'gleen-ai', name: 'Gleen AI', vendor: 'Gleen AI', domains: ['gleen.ai'], source: 'https://gleen.ai/security-statement', checked: CHECKED_3 }, // Gleen's own security statement, stored copy read: Gleen AI, its support chatbot (GleenBot) and ticketing, by Helix3 Labs, on gleen.ai (2026-12-05)
    { id: 'sassbook', name: 'Sassbook AI', vendor: 'Sassbook', category: 'writing', domains: ['sassbook.com'], source: 'https://sassbook.com/pricing', checked: CHECKED_3 },
  ],
  { checked: CHECKED_3 },
);
