// AI sections of general sites found by the ninth regional pass (issue 15, 2026-12-05): each is a page a pinned,
// MIT-licensed filter list of generative-AI features (Stevoisiak/Stevos-AI-Blocklist) hides as an AI feature, with the
// list's own comment naming what the link is ("Vanish: Private AI", "Studying with AI", "AI Interviewer", "Header
// banner for AI Agents", ...). Claimed as a URL prefix on the exact host the list links (or, for a dedicated AI
// subdomain, that subdomain); the rest of each site stays unclaimed, and lookalikes-c9-regional.test.ts keeps a trap
// beside each claim. Links the list hides only as promotions of unclear products (Mockaroo's /databases, Glyphy's name
// generator, GitShare's README generator, Bing's AI soccer page, adult-site referral links) were left out.
// The second part takes the vendors' AI pages that the other pinned lists link (every link with a path whose segment
// names AI, an agent, a copilot or an assistant, classified against the catalog; news, docs, courses, books, research
// pages, AI hubs of general vendors without a product, and pages whose list entry does not say AI were left out).
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

const STEVO = listed('stevoisiakai', 'GenAI-Blocklist.txt');
const ZIJIANNI = listed('zijianni');
const RVELAMEN = listed('rvelamen', 'data.json');
const KAPIBALA = listed('kapibala', 'data/navigation.json');

export const platformAiSectionTools4: Tool[] = defineTools(
  'embedded-saas',
  [
    // Footer link beside "Airo AI Builder" in the header (lines 1660-1663).
    { id: 'godaddy-ai-website-builder', name: 'GoDaddy AI Website Builder', vendor: 'GoDaddy', category: 'coding', urlPrefixes: ['www.godaddy.com/websites/ai-website-builder'], source: STEVO },
    // Canva's "Dream Lab" link (line 586), the AI image generator.
    { id: 'canva-dream-lab', name: 'Canva Dream Lab', vendor: 'Canva', category: 'image', urlPrefixes: ['www.canva.com/dream-lab'], source: STEVO },
    // Google Search's virtual try-on (line 2101).
    { id: 'google-shopping-try-on', name: 'Google Shopping virtual try-on', vendor: 'Google', category: 'image', urlPrefixes: ['www.google.com/shopping/tryon'], source: STEVO },
    // Wolfram|Alpha's links to Wolfram's LLM products (lines 4297-4299).
    { id: 'wolfram-notebook-assistant', name: 'Wolfram Notebook Assistant + LLM Kit', vendor: 'Wolfram Research', category: 'chat', urlPrefixes: ['www.wolfram.com/notebook-assistant-llm-kit'], source: STEVO },
    // ExtendOffice's Kutools for Excel AI assistant page (line 1163).
    { id: 'kutools-excel-ai-assistant', name: 'Kutools for Excel AI Assistant', vendor: 'ExtendOffice', category: 'productivity', urlPrefixes: ['www.extendoffice.com/product/kutools-for-excel/kutools-excel-ai-assistant.html'], source: STEVO },
    // Pyrfecter's AI code-improvement page in its navbar (line 3352).
    { id: 'pyrfecter-ai', name: 'Pyrfecter AI Python code improver', vendor: 'Pyrfecter', category: 'coding', urlPrefixes: ['pyrfecter.com/improve-ai-python-code'], source: STEVO },
    // Vimeo's footer links to its AI features (lines 4141-4142).
    { id: 'vimeo-ai', name: 'Vimeo AI', vendor: 'Vimeo', category: 'video', urlPrefixes: ['vimeo.com/features/vimeo-ai', 'vimeo.com/features/ai-translation'], source: STEVO },
    // One Medical's "Health AI" on Amazon Health (lines 156-166).
    { id: 'one-medical-health-ai', name: 'One Medical Health AI', vendor: 'Amazon', category: 'chat', urlPrefixes: ['health.amazon.com/prime/onemedical/membership/health-ai'], source: STEVO },
    // "AI Interviewer" in Quora's left sidebar (lines 3366-3367).
    { id: 'quora-ai-interviewer', name: 'Quora AI Interviewer', vendor: 'Quora', category: 'chat', urlPrefixes: ['www.quora.com/ai_interviewer'], source: STEVO },
    // Kahoot!'s "Studying with AI" (lines 2428-2429).
    { id: 'kahoot-study-ai', name: 'Kahoot! studying with AI (notes to flashcards)', vendor: 'Kahoot!', category: 'productivity', urlPrefixes: ['kahoot.com/kahoot-study/notes-to-flashcards'], source: STEVO, region: 'europe' },
    // "AI Tools" in Pockit's header (lines 3279-3280).
    { id: 'pockit-ai-tools', name: 'Pockit AI tools', vendor: 'Pockit', category: 'productivity', urlPrefixes: ['pockit.tools/ai'], source: STEVO },
    // Privacy.com's "Header banner for AI Agents" (lines 3314-3315): its own subdomain.
    { id: 'privacy-com-agents', name: 'Privacy.com for AI agents', vendor: 'Privacy.com', category: 'agents', domains: ['agents.privacy.com'], source: STEVO },
    // Startpage's "Vanish: Private AI" (lines 3747-3749): its own subdomain.
    { id: 'startpage-vanish', name: 'Vanish: Private AI', vendor: 'Startpage', category: 'chat', domains: ['vanish.startpage.com'], source: STEVO, region: 'europe' },
    // Telerik's "Header banner AI promo" (lines 3846-3847).
    { id: 'telerik-agent-memory', name: 'Telerik Agent Memory', vendor: 'Progress Telerik', category: 'developer-platform', urlPrefixes: ['www.telerik.com/agent-memory'], source: STEVO },
    // insightsoftware's AI page in its menu (lines 2275-2277).
    { id: 'insightsoftware-ai', name: 'insightsoftware AI', vendor: 'insightsoftware', category: 'embedded-saas', urlPrefixes: ['insightsoftware.com/insightsoftware-ai'], source: STEVO },
    // Wix's dashboard AI assistant: the list's comment names the page and its "Chat with AI" button (lines 4248-4251).
    { id: 'wix-ai-assistant', name: 'Wix AI assistant', vendor: 'Wix', category: 'coding', urlPrefixes: ['manage.wix.com/ai-assistant'], source: STEVO },
    // Google Workspace's AI page, hidden beside NotebookLM's card (line 2130).
    { id: 'google-workspace-ai', name: 'Gemini in Google Workspace', vendor: 'Google', category: 'productivity', urlPrefixes: ['workspace.google.com/solutions/ai'], source: STEVO },
    // Bold BI's AI analytics page (lines 455-471).
    { id: 'bold-bi-ai-analytics', name: 'Bold BI AI analytics', vendor: 'Syncfusion', category: 'embedded-saas', urlPrefixes: ['www.boldbi.com/ai-analytics'], source: STEVO },
    // ---- Vendors' AI pages linked by the other pinned lists ----
    { id: 'samsung-galaxy-ai', name: 'Samsung Galaxy AI', vendor: 'Samsung', category: 'agents', urlPrefixes: ['www.samsung.com/global/galaxy/galaxy-ai'], source: ZIJIANNI },
    { id: 'oracle-ai-agents', name: 'Oracle AI Agents', vendor: 'Oracle', category: 'agents', urlPrefixes: ['www.oracle.com/artificial-intelligence'], source: ZIJIANNI },
    { id: 'azure-ai-agent-service', name: 'Azure AI Agent Service', vendor: 'Microsoft', category: 'agents', urlPrefixes: ['azure.microsoft.com/en-us/products/ai-services/ai-agent-service'], source: listed('natnew') },
    // The en-us page (Zijian-Ni's list) and the locale-free one (stimQQ's COMPREHENSIVE-TOOLS.md).
    // contentsafety.cognitive.azure.com (Content Safety Studio): Microsoft's "What is Azure AI Content Safety?" page,
    // MicrosoftDocs/azure-docs@06482e52fd52041054d0b269991e270067591c7e articles/ai-services/content-safety/overview.md
    // (https://learn.microsoft.com/en-us/azure/ai-services/content-safety/overview), CHECKED_C13
    { id: 'azure-ai-content-safety', name: 'Azure AI Content Safety', vendor: 'Microsoft', category: 'developer-platform', domains: ['contentsafety.cognitive.azure.com'], urlPrefixes: ['azure.microsoft.com/en-us/products/ai-services/ai-content-safety', 'azure.microsoft.com/products/ai-services/content-safety'], source: ZIJIANNI },
    { id: 'qualcomm-ai-hub', name: 'Qualcomm AI Hub', vendor: 'Qualcomm', category: 'developer-platform', domains: ['aihub.qualcomm.com'], source: ZIJIANNI },
    { id: 'unity-ai', name: 'Unity AI', vendor: 'Unity', category: 'coding', urlPrefixes: ['unity.com/products/ai', 'unity.com/products/muse'], source: listed('aliammari1') }, // unity.com/products/muse (2026-12-06), Unity Muse, the name Unity AI replaced: listed('c13bhanzawagame', 'data/services.yml')
    { id: 'coda-ai', name: 'Coda AI', vendor: 'Coda', category: 'writing', urlPrefixes: ['coda.io/product/ai'], source: RVELAMEN },
    { id: 'figjam-ai', name: 'FigJam AI', vendor: 'Figma', category: 'productivity', urlPrefixes: ['www.figma.com/figjam/ai'], source: RVELAMEN },
    // www.canva.com/magic-design (Rvelamen's data.json) and the bare host ("AI 原住民导航").
    { id: 'canva-magic-design', name: 'Canva Magic Design', vendor: 'Canva', category: 'image', urlPrefixes: ['www.canva.com/magic-design', 'canva.com/magic-design'], source: RVELAMEN },
    { id: 'canva-ai-assistant', name: 'Canva AI assistant', vendor: 'Canva', category: 'image', urlPrefixes: ['www.canva.com/ai-assistant'], source: RVELAMEN },
    { id: 'clipchamp-ai-voice-over', name: 'Clipchamp AI voice-over generator', vendor: 'Microsoft', category: 'audio', urlPrefixes: ['clipchamp.com/zh-hans/features/ai-voice-over-generator'], source: RVELAMEN },
    { id: 'photoaid-ai-image-enlarger', name: 'PhotoAid AI image enlarger', vendor: 'PhotoAid', category: 'image', urlPrefixes: ['photoaid.com/en/tools/ai-image-enlarger'], source: RVELAMEN },
    { id: 'langboat-mchat', name: 'MChat (Mengzi GPT)', vendor: 'Langboat', category: 'chat', urlPrefixes: ['www.langboat.com/portal/mengzi-gpt'], source: RVELAMEN, region: 'china' },
    { id: 'kujiale-ai', name: 'Kujiale AI', vendor: 'Manycore', category: 'image', urlPrefixes: ['www.kujiale.cn/activities/AI-kujiale'], source: RVELAMEN, region: 'china' },
    { id: 'realibox-ai', name: 'Realibox AI', vendor: 'Realibox', category: 'image', urlPrefixes: ['www.realibox.com/product/ai'], source: RVELAMEN, region: 'china' },
    { id: 'mastergo-ai', name: 'MasterGo AI', vendor: 'MasterGo', category: 'coding', urlPrefixes: ['mastergo.com/upcoming-ai'], source: RVELAMEN, region: 'china' },
    // modao.cc/feature/ai.html (Rvelamen's data.json) and modao.cc/feature/ai ("AI 原住民导航").
    { id: 'modao-ai', name: 'Modao AI', vendor: 'Modao', category: 'coding', urlPrefixes: ['modao.cc/feature/ai.html', 'modao.cc/feature/ai'], source: RVELAMEN, region: 'china' },
    { id: '699pic-ai', name: '699pic AI', vendor: '699pic', category: 'image', domains: ['ai.699pic.com'], source: KAPIBALA, region: 'china' },
    { id: 'imiaoban-ai', name: 'Miaoban AI drawing', vendor: 'Miaoban', category: 'productivity', urlPrefixes: ['imiaoban.com/work/AIht'], source: RVELAMEN, region: 'china' },
    // Baidu Netdisk's assistant 云一朵 (Yunyiduo) and its AI photo editor ("AI 原住民导航", reading and image sections).
    { id: 'baidu-netdisk-yunyiduo', name: 'Yunyiduo (Baidu Netdisk AI assistant)', vendor: 'Baidu', category: 'chat', urlPrefixes: ['pan.baidu.com/aipan'], source: KAPIBALA, region: 'china' },
    { id: 'baidu-netdisk-ai-photo', name: 'Baidu Netdisk AI photo editing', vendor: 'Baidu', category: 'image', urlPrefixes: ['pan.baidu.com/aiphoto'], source: KAPIBALA, region: 'china' },
    { id: 'biaobiaoxing-ai-bid-writing', name: 'Biaobiaoxing AI bid writing', vendor: 'Biaobiaoxing', category: 'writing', urlPrefixes: ['biaobiaoxing.com/aiBidWriting.html'], source: KAPIBALA, region: 'china' },
    { id: 'vsbclub-chengjun-ai-writer', name: 'Chengjun AI writer', vendor: 'vsbclub', category: 'writing', domains: ['aiagent.vsbclub.com'], source: KAPIBALA, region: 'china' },
    { id: 'jamgpt', name: 'JamGPT', vendor: 'Jam', category: 'coding', urlPrefixes: ['jam.dev/jamgpt'], source: RVELAMEN },
    { id: 'forms-app-ai-survey', name: 'forms.app AI survey generator', vendor: 'forms.app', category: 'productivity', urlPrefixes: ['forms.app/zh/ai-survey-tool'], source: KAPIBALA },
    { id: 'studycorgi-chatgpt-detector', name: 'StudyCorgi ChatGPT detector', vendor: 'StudyCorgi', category: 'writing', urlPrefixes: ['studycorgi.com/free-writing-tools/chat-gpt-detector'], source: KAPIBALA },
    { id: 'bettersheets-formula-generator', name: 'Google Sheets Formula Generator', vendor: 'Better Sheets', category: 'productivity', urlPrefixes: ['bettersheets.co/google-sheets-formula-generator'], source: listed('steven2358', 'DISCOVERIES.md') },
    { id: 'helloandy-ai-text-auditor', name: 'AI Text Auditor', vendor: 'helloandy.net', category: 'writing', urlPrefixes: ['helloandy.net/ai-text-auditor'], source: listed('eudk') },
    { id: 'filtpod-engage-ai', name: 'Engage AI', vendor: 'Filtpod', category: 'writing', urlPrefixes: ['filtpod.com/engage-ai'], source: listed('yousefebrahimi0') },
  ],
  { checked: CHECKED_3 },
);
