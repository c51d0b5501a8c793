// AI sections of general sites found by the ninth regional pass (issue 15, 2026-12-05): each is a page a pinned,
// MIT-licensed filter list of generative-AI features (Stevoisiak/Stevos-AI-Blocklist) hides as an AI feature, with the
// list's own comment naming what the link is ("Vanish: Private AI", "Studying with AI", "AI Interviewer", "Header
// banner for AI Agents", ...). Claimed as a URL prefix on the exact host the list links (or, for a dedicated AI
// subdomain, that subdomain); the rest of each site stays unclaimed, and lookalikes-c9-regional.test.ts keeps a trap
// beside each claim. Links the list hides only as promotions of unclear products (Mockaroo's /databases, Glyphy's name
// generator, GitShare's README generator, Bing's AI soccer page, adult-site referral links) were left out.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

const STEVO = listed('stevoisiakai', 'GenAI-Blocklist.txt');

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
    // Bold BI's AI analytics page (lines 455-471).
    { id: 'bold-bi-ai-analytics', name: 'Bold BI AI analytics', vendor: 'Syncfusion', category: 'embedded-saas', urlPrefixes: ['www.boldbi.com/ai-analytics'], source: STEVO },
  ],
  { checked: CHECKED_3 },
);
