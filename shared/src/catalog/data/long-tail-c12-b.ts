// Twelfth-session pass, second list helper (2026-12-06, issue 15): AI tools by business function from lists not read
// before. Marketing first — tools that track or raise a brand's visibility in AI answers (generative engine optimization,
// "GEO"/"AEO"): vibetags/awesome-geo-tools (CC0), luka2chat/awesome-geo (MIT), yes155/awesome-geo-seo (MIT text, copyright
// line left as the template's placeholder), trakkr-aisearch/awesome-geo (CC0) and Altyzo/awesome-aeo-geo (MIT); one AI
// creative page of an ad platform from lsb11/awesome-ai-ecommerce-tools (CC0 by its README); AI security agents from
// ugonfor/awesome-ai-cybersecurity (CC0 by its README's License section); data-analysis and work tools from
// LSeu-Open/AIEnhancedWork (Docs/*.md, CC0 licence file); two hosted voice-agent products from yzfly/awesome-voice-agents
// (CC0 licence file). Only facts (name, host) were taken; every host these files name was classified first, and rows
// are the AI-first products nothing matched.
// Left out: general SEO, analytics and marketing suites these lists name for an AI feature without an AI page of their own
// (Semrush, Ahrefs, SE Ranking, BrightEdge, Conductor, Contently, Quattr, seoClarity, Botify, Similarweb's main site,
// Brand24, Mention, Brandwatch, Talkwalker, HubSpot, Klaviyo, Mailchimp, ad platforms, BI suites such as Tableau, Power BI,
// Qlik, Domo, Sigma and ThoughtSpot), schema and llms.txt validators and generators, SEO agencies and their guides, keyword
// tools (Answer Socrates), A/B testing (Rankscience, Zyppy), a developer browser a list files under AI visibility (Sizzy),
// an unclear "Athena" at athena.com, marketing pages of security vendors' AI features (CrowdStrike, Palo Alto Networks,
// Arctic Wolf, Joe Security), AI-safety labs and benchmarks, and LSeu's image, voice, language-learning, slides and
// research tools (another helper's area this session). Second hosts of entries already here were handed over, not added
// (profound.ai, athenahq.com, bluefish.ai, scrunch.com, goodie.ai, ziptie.dev, liner.ai, searchgpt.com).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

export const longTailC12BTools: Tool[] = defineTools(
  'search',
  [
    // AI search visibility (GEO) tools: vibetags/awesome-geo-tools
    { id: 'truesource-ai', name: 'TrueSource AI', vendor: 'Hope & Glory Studio', domains: ['truesource.studio'], source: listed('vibetags') },
    { id: 'mersel-ai', name: 'Mersel AI', vendor: 'Mersel AI', domains: ['mersel.ai'], source: listed('vibetags') },
    { id: 'orchly-ai', name: 'Orchly', vendor: 'Orchly', domains: ['orchly.ai'], source: listed('vibetags') },
    { id: 'synscribe', name: 'Synscribe', vendor: 'Synscribe', category: 'agents', domains: ['synscribe.com'], source: listed('vibetags') },
    { id: 'yolando', name: 'Yolando', vendor: 'Yolando', domains: ['yolando.com'], source: listed('vibetags') },
    { id: 'attensira', name: 'Attensira', vendor: 'Attensira', domains: ['attensira.com'], source: listed('vibetags') },
    { id: 'aiclicks', name: 'AIclicks', vendor: 'AIclicks', domains: ['aiclicks.io'], source: listed('vibetags') },
    { id: 'chatbeat', name: 'Chatbeat', vendor: 'Chatbeat', domains: ['chatbeat.com'], source: listed('vibetags') },
    { id: 'sight-ai-visibility', name: 'Sight AI', vendor: 'Sight AI', domains: ['trysight.ai'], source: listed('vibetags') },
    { id: 'market-brew', name: 'Market Brew', vendor: 'Market Brew', domains: ['marketbrew.ai'], source: listed('vibetags') },
    { id: 'amadora-ai', name: 'Amadora.ai', vendor: 'Amadora', domains: ['amadora.ai'], source: listed('vibetags') },
    { id: 'lantern-agentic-commerce', name: 'Lantern', vendor: 'Lantern', domains: ['lantern.is'], source: listed('vibetags') },
    // luka2chat/awesome-geo
    { id: 'geol-ai', name: 'Geol.ai', vendor: 'Geol.ai', domains: ['geol.ai'], source: listed('luka2chat') },
    { id: 'optimizegeo', name: 'OptimizeGEO', vendor: 'OptimizeGEO', domains: ['optimizegeo.ai'], source: listed('luka2chat') },
    { id: 'ezeo', name: 'Ezeo', vendor: 'Ezeo', domains: ['ezeo.ai'], source: listed('luka2chat') },
    { id: 'prompt-monitor', name: 'Prompt Monitor', vendor: 'Prompt Monitor', domains: ['promptmonitor.io'], source: listed('luka2chat') },
    { id: 'seotalos', name: 'SEOTalos', vendor: 'SEOTalos', domains: ['seotalos.com'], source: listed('luka2chat') },
    { id: 'workduo-ai', name: 'WorkDuo.ai', vendor: 'WorkDuo', domains: ['workduo.ai'], source: listed('luka2chat') },
    { id: 'maximus-labs', name: 'Maximus Labs', vendor: 'Maximus Labs', domains: ['maximuslabs.ai'], source: listed('luka2chat') },
    { id: 'aintelligence', name: 'AIntelligence', vendor: 'AIntelligence', domains: ['aintelligence.io'], source: listed('luka2chat') },
    { id: 'llm-radar', name: 'LLM Radar', vendor: 'LLM Radar', domains: ['llmradar.com'], source: listed('luka2chat') },
    // yes155/awesome-geo-seo
    { id: 'geoptie', name: 'Geoptie', vendor: 'Geoptie', domains: ['geoptie.com'], source: listed('yes155') },
    // trakkr-aisearch/awesome-geo (its free checkers included when the whole site is the AI-visibility product)
    { id: 'aeo-engine', name: 'AEO Engine', vendor: 'AEO Engine', domains: ['aeoengine.ai'], source: listed('trakkraisearch') },
    { id: 'aeovisor', name: 'AEOVisor', vendor: 'AEOVisor', domains: ['aeovisor.com'], source: listed('trakkraisearch') },
    { id: 'foglift', name: 'Foglift', vendor: 'Foglift', domains: ['foglift.com'], source: listed('trakkraisearch') },
    { id: 'getmint-ai', name: 'GetMint', vendor: 'GetMint', domains: ['getmint.ai'], source: listed('trakkraisearch') },
    { id: 'hall-ai-visibility', name: 'Hall', vendor: 'Hall', domains: ['usehall.com'], source: listed('trakkraisearch') },
    { id: 'meev-ai', name: 'Meev', vendor: 'Meev', domains: ['meev.ai'], source: listed('trakkraisearch') },
    { id: 'similarweb-ai-brand-visibility', name: 'AI Brand Visibility', vendor: 'Similarweb', domains: ['aisearch.similarweb.com'], source: listed('trakkraisearch') },
    { id: 'aeoproof', name: 'AEOProof', vendor: 'AEOProof', domains: ['aeoproof.com'], source: listed('trakkraisearch') },
    { id: 'aeoscan', name: 'AeoScan', vendor: 'AeoScan', domains: ['aeoscan.ai'], source: listed('trakkraisearch') },
    { id: 'forzeo', name: 'Forzeo', vendor: 'Forzeo', domains: ['forzeo.com'], source: listed('trakkraisearch') },
    { id: 'growranko-ai-visibility', name: 'GrowRanko AI Search Visibility Checker', vendor: 'GrowRanko', urlPrefixes: ['growranko.com/tools/ai-search-visibility'], source: listed('trakkraisearch') },
    { id: 'loamly', name: 'Loamly', vendor: 'Loamly', domains: ['loamly.ai'], source: listed('trakkraisearch') },
    { id: 'promptrush', name: 'PromptRush', vendor: 'PromptRush', domains: ['promptrush.ai'], source: listed('trakkraisearch') },
    { id: 'sitetest-ai', name: 'SiteTest AI', vendor: 'SiteTest AI', domains: ['sitetest.ai'], source: listed('trakkraisearch') },
    { id: 'visiblo', name: 'Visiblo', vendor: 'Visiblo', domains: ['visiblo.io'], source: listed('trakkraisearch') },
    // Altyzo/awesome-aeo-geo (and Altyzo's own SEO agents)
    { id: 'mentionova', name: 'Mentionova', vendor: 'Mentionova', domains: ['mentionova.com'], source: listed('altyzo') },
    { id: 'gumshoe-ai', name: 'Gumshoe.AI', vendor: 'Gumshoe', domains: ['gumshoe.ai'], source: listed('altyzo') },
    { id: 'omnibound', name: 'Omnibound', vendor: 'Omnibound', domains: ['omnibound.ai'], source: listed('altyzo') },
    { id: 'altyzo', name: 'Altyzo', vendor: 'Altyzo', category: 'agents', domains: ['altyzo.com'], source: listed('altyzo') },
    // lsb11/awesome-ai-ecommerce-tools: an ad platform's AI creative studio, by its own path
    { id: 'tiktok-symphony', name: 'TikTok Symphony', vendor: 'TikTok', category: 'video', urlPrefixes: ['ads.tiktok.com/business/creativecenter/tools/tiktok-symphony'], source: listed('lsb11') },
    // ugonfor/awesome-ai-cybersecurity: AI SOC analyst and AI penetration-testing products
    { id: 'simbian-ai', name: 'Simbian', vendor: 'Simbian', category: 'agents', domains: ['simbian.ai'], source: listed('ugonfor', 'agents/defensive/README.md') },
    { id: 'xbow', name: 'XBOW', vendor: 'XBOW', category: 'agents', domains: ['xbow.com'], source: listed('ugonfor', 'agents/offensive/README.md') },
    { id: 'penligent', name: 'Penligent', vendor: 'Penligent', category: 'agents', domains: ['penligent.ai'], source: listed('ugonfor', 'agents/offensive/README.md') },
    // yzfly/awesome-voice-agents: hosted voice-agent products for phone and support calls
    { id: 'ten-agent', name: 'TEN Agent', vendor: 'TEN Framework', category: 'agents', domains: ['agent.theten.ai'], source: listed('yzfly') },
    { id: 'unpod-ai', name: 'Unpod', vendor: 'Unpod', category: 'agents', domains: ['unpod.ai'], source: listed('yzfly') },
    // LSeu-Open/AIEnhancedWork: data analysis, work assistants, transcription
    { id: 'fabi-ai', name: 'Fabi.ai', vendor: 'Fabi', category: 'productivity', domains: ['fabi.ai'], source: listed('lseuopen', 'Docs/Data_Analysis.md') },
    { id: 'grapha-ai', name: 'Grapha AI', vendor: 'Grapha', category: 'productivity', domains: ['grapha.ai'], source: listed('lseuopen', 'Docs/Data_Analysis.md') },
    { id: 'groupt-ai', name: 'Groupt AI', vendor: 'Groupt', category: 'productivity', domains: ['groupt.ai'], source: listed('lseuopen', 'Docs/Data_Analysis.md') },
    { id: 'hal9', name: 'Hal9', vendor: 'Hal9', category: 'productivity', domains: ['hal9.com'], source: listed('lseuopen', 'Docs/Data_Analysis.md') },
    { id: 'mindsdb', name: 'MindsDB', vendor: 'MindsDB', category: 'developer-platform', domains: ['mindsdb.com'], source: listed('lseuopen', 'Docs/Data_Analysis.md') },
    { id: 'monitr', name: 'Monitr', vendor: 'Monitr', category: 'productivity', domains: ['monitr.space'], source: listed('lseuopen', 'Docs/Data_Analysis.md') },
    { id: 'pi-exchange', name: 'PI.EXCHANGE', vendor: 'PI.EXCHANGE', category: 'developer-platform', domains: ['pi.exchange'], source: listed('lseuopen', 'Docs/Data_Analysis.md') },
    { id: 'quelmap', name: 'Quelmap', vendor: 'Quelmap', category: 'productivity', domains: ['quelmap.com'], source: listed('lseuopen', 'Docs/Data_Analysis.md') },
    { id: 'research-studio-ai', name: 'Research Studio', vendor: 'Research Studio', category: 'productivity', domains: ['researchstudio.ai'], source: listed('lseuopen', 'Docs/Data_Analysis.md') },
    { id: 'storytell-ai', name: 'Storytell.ai', vendor: 'Storytell', category: 'productivity', domains: ['storytell.ai'], source: listed('lseuopen', 'Docs/Data_Analysis.md') },
    { id: 'sheety-ai', name: 'Sheety', vendor: 'Sheety', category: 'productivity', domains: ['sheety.ai'], source: listed('lseuopen', 'Docs/Data_Analysis.md') },
    { id: 'beeyondai', name: 'BeeyondAI', vendor: 'BeeyondAI', category: 'productivity', domains: ['beeyondai.com'], source: listed('lseuopen', 'Docs/Other_Applications.md') },
    { id: 'hyperis', name: 'Hyperis', vendor: 'Hyperis', category: 'productivity', domains: ['hyperis.com'], source: listed('lseuopen', 'Docs/Other_Applications.md') },
    { id: 'odyssey-app', name: 'Odyssey', vendor: 'Odyssey', category: 'developer-platform', domains: ['odysseyapp.io'], source: listed('lseuopen', 'Docs/Other_Applications.md') },
    { id: 'exemplary-ai', name: 'Exemplary AI', vendor: 'Exemplary AI', category: 'meeting', domains: ['exemplary.ai'], source: listed('lseuopen', 'Docs/Audio_Processing.md') },
    { id: 'wavoai', name: 'WavoAI', vendor: 'WavoAI', category: 'meeting', domains: ['wavoai.com'], source: listed('lseuopen', 'Docs/Audio_Processing.md') },
    { id: 'summify', name: 'Summify', vendor: 'Summify', category: 'productivity', domains: ['summify.io'], source: listed('lseuopen', 'Docs/Audio_Processing.md') },
  ],
  { checked: CHECKED_C12 },
);
