// Marketing tools whose whole site is the AI product (ad creatives, SEO and copy writing, sales and
// marketing agents), found missing by the outside measurement of issue 15. Each row cites the vendor's own
// pricing or product page, or the pinned mahseema/awesome-ai-tools marketing.md (MIT) that lists it.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed, CHECKED_C10, CHECKED_C12 } from './define';

export const catMarketingTools: Tool[] = defineTools(
  'agents',
  [
    { id: 'customers-ai', name: 'Customers.ai', vendor: 'Customers.ai', domains: ['customers.ai', 'mobilemonkey.com'], source: listed('autoventure', 'ai-tools.csv'), checked: CHECKED_C10 }, // the dataset names it MobileMonkey, its former name, at customers.ai
    { id: 'alison-ai', name: 'Alison.ai', vendor: 'Alison.ai', category: 'image', domains: ['alison.ai'], source: 'https://www.alison.ai/pricing', checked: CHECKED_3 },
    { id: 'atria-ai', name: 'Atria', vendor: 'Atria', category: 'image', domains: ['tryatria.com'], source: 'https://www.tryatria.com/pricing', checked: CHECKED_3 },
    { id: 'adsgpt', name: 'AdsGPT', vendor: 'AdsGPT', category: 'writing', domains: ['adsgpt.io'], source: 'https://adsgpt.io/pricing', checked: CHECKED_3 },
    { id: 'storylab-ai', name: 'StoryLab.ai', vendor: 'StoryLab.ai', category: 'writing', domains: ['storylab.ai'], source: 'https://storylab.ai/pricing/', checked: CHECKED_3 },
    { id: 'copyspace-ai', name: 'Copyspace.ai', vendor: 'Copyspace.ai', category: 'writing', domains: ['copyspace.ai'], source: 'https://copyspace.ai/pricing', checked: CHECKED_3 },
    { id: 'rankability', name: 'Rankability', vendor: 'Rankability', category: 'writing', domains: ['rankability.com'], source: listed('vibetags'), checked: CHECKED_C12 }, // Rankability at rankability.com
    { id: 'replyguy', name: 'ReplyGuy', vendor: 'ReplyGuy', category: 'writing', domains: ['replyguy.com'], source: listed('aiagenta2z', 'AGENT.md'), checked: CHECKED_C12 }, // an open-source clone's entry: "ReplyGuy clone, replyguy.com"
    { id: 'jeeva-ai', name: 'Jeeva AI', vendor: 'Jeeva AI', domains: ['jeeva.ai'], source: 'https://www.jeeva.ai/doc-articles/invite-team', checked: CHECKED_C12 }, // Jeeva's own docs on jeeva.ai; the page does not itself call the product AI
    { id: 'landbase', name: 'Landbase', vendor: 'Landbase', domains: ['landbase.com'], source: 'https://www.landbase.com/docs/reference/output-schemas', checked: CHECKED_C12 }, // Landbase's own CLI docs on landbase.com (agent runs)
    { id: 'people-ai', name: 'People.ai', vendor: 'People.ai', domains: ['people.ai'], source: 'https://help.people.ai/en/articles/11408504-people-ai-in-salesforce-integration-setup', checked: CHECKED_3 }, // People.ai's own help centre, stored copy read: configuring its revenue-intelligence apps inside Salesforce, on help.people.ai (2026-12-05)
    { id: 'spiro-ai', name: 'Spiro', vendor: 'Spiro Technologies', domains: ['spiro.ai'], source: 'https://support.spiro.ai/article/114-opportunity-status', checked: CHECKED_3 },
    { id: 'trellus', name: 'Trellus', vendor: 'Trellus', domains: ['trellus.ai'], source: 'https://www.trellus.ai/security', checked: CHECKED_3 }, // Trellus's own extension-security page, stored copy read: its Chrome extension's real-time coaching assistant that sits beside a rep's dialer, on www.trellus.ai (2026-12-05)
    { id: 'unwrap-ai', name: 'Unwrap', vendor: 'Unwrap', domains: ['unwrap.ai'], source: 'https://docs.unwrap.ai/dashboard_pages/explore', checked: CHECKED_3 }, // Unwrap's own docs, stored copy read: AI-powered search and grouping of customer feedback; docs.unwrap.ai is under the row's host
    { id: 'heymarvin', name: 'Marvin', vendor: 'HeyMarvin', category: 'productivity', domains: ['heymarvin.com'], source: 'https://help.heymarvin.com/en/articles/15546678-quick-start-guide-running-your-first-ai-moderated-study', checked: CHECKED_3 },
    { id: 'looppanel', name: 'Looppanel', vendor: 'Looppanel', category: 'productivity', domains: ['looppanel.com'], source: 'https://www.looppanel.com/terms-of-service', checked: CHECKED_3 }, // Looppanel's own terms of service, stored copy read: its user research analysis software (Obtan Technologies), on www.looppanel.com (2026-12-05)
    { id: 'userdoc', name: 'Userdoc', vendor: 'Userdoc', category: 'productivity', domains: ['userdoc.fyi'], source: 'https://userdoc.fyi/blog/build-living-documentation-not-just-software-requirements', checked: CHECKED_3 }, // Userdoc's own blog, stored copy read (by its founder, on keeping software requirements as living documentation), on userdoc.fyi (2026-12-05)
    { id: 'flowjin', name: 'Flowjin', vendor: 'Flowjin', category: 'video', domains: ['flowjin.com'], source: 'https://flowjin.com/pricing', checked: CHECKED_3 },
    { id: 'vidau', name: 'VidAU', vendor: 'VidAU', category: 'video', domains: ['vidau.ai'], source: listed('kostja94'), checked: CHECKED_3 },
    { id: 'checksub', name: 'Checksub', vendor: 'Checksub', category: 'video', domains: ['checksub.com'], source: 'https://support.checksub.com/help/faq/how-credits-work', checked: CHECKED_3 }, // Checksub's own help centre, stored copy read: credits for automatic subtitles and AI dubbing; support.checksub.com is under the row's host
    { id: 'dubdub-ai', name: 'DubDub', vendor: 'DubDub', category: 'video', domains: ['dubdub.ai'], source: 'https://github.com/dubdubai/dubdub-api-examples/blob/f6ff29892fb5127bc27e4a4494a79c49fccdf08f/quickstart/python/download.py', checked: CHECKED_3 }, // DubDub's own API examples: its dubbing API (create content, start job, download dubbed video/vocal/srt) at api.dubdub.ai
    { id: 'adzooma', name: 'Adzooma', vendor: 'Adzooma', domains: ['adzooma.com'], source: listed('mahseema', 'marketing.md'), checked: CHECKED_3 },
    { id: 'seventh-sense', name: 'Seventh Sense', vendor: 'Seventh Sense', domains: ['theseventhsense.com'], source: listed('mahseema', 'marketing.md'), checked: CHECKED_3 },
    { id: 'dynamic-yield', name: 'Dynamic Yield', vendor: 'Mastercard', domains: ['dynamicyield.com'], source: listed('mahseema', 'marketing.md'), checked: CHECKED_3 },
    { id: 'smartly-io', name: 'Smartly', vendor: 'Smartly.io', category: 'image', domains: ['smartly.io'], source: listed('mahseema', 'marketing.md'), checked: CHECKED_3 },
  ],
  { checked: CHECKED_3 },
);
