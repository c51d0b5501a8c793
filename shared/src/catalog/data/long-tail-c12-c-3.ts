// Twelfth-session list pass, creative and content tools (helper lists-c, 2026-12-06), continued: two more
// permissively licensed lists the catalog had not read. LSeu-Open/AIEnhancedWork (CC0 licence file at the pinned commit)
// sorts AI tools for work by kind in Docs/*.md (audio, coding, data analysis, search, models and front ends, other
// applications); tardate/LittleCodingKata's AI tools page (ai/README.md, MIT licence file at the pinned commit) is one
// developer's list of AI tools tried or to try. Only facts (name, host) were taken. Every host both name was classified
// first: 216 of LSeu's 312 hosts and 41 of tardate's 53 already matched. Rows are the AI-first products whose host nothing
// matched, and Prezi's AI page as a URL prefix. Left out: articles, courses, docs and research pages, model makers' pages
// and leaderboards, general software the lists describe as having AI (Canva, Pixlr, Rows, Riverside, Zapier, Make,
// Webflow, Squarespace, Odoo, Carrd, Hostinger, Tableau, Power BI, Qlik, ThoughtSpot, Sigma, Domo, Databricks, AppMap,
// Graphite, GitMind, Luminar, Papers, Connected Papers, Semantic Scholar, Brave Search, Opera), a benchmark
// (liveswebench.ai), a focus timer (ultra-attention.com), a Korean telecom's AI pages (left for the regional pass), and
// WOMBO's newer host (w.ai, left for that entry's aliases). Last, two tools from YoshidaNakamura/awesome-ai-for-students
// (README.md, CC0 licence file at the pinned commit), whose other 65 links are tools already here or general study
// software (Anki, Quizlet, Duolingo, Khan Academy, Desmos, Symbolab, Wolfram|Alpha, Obsidian, Notion, Zotero, RemNote,
// Teal) and courses: Goblin Tools, and Google's Interview Warmup as a URL prefix on its exact host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const OTHER = listed('lseuopen', 'Docs/Other_Applications.md');
const SEARCH = listed('lseuopen', 'Docs/Search_and_Research_Tools.md');
const CODING = listed('lseuopen', 'Docs/Coding_and_Software_Development.md');
const AUDIO = listed('lseuopen', 'Docs/Audio_Processing.md');
const LLMOPS = listed('lseuopen', 'Docs/LLM_Operations_and_Observability.md');
const MODELS = listed('lseuopen', 'Docs/Foundation_Models.md');
const TARDATE = listed('tardate', 'ai/README.md');
const STUDENTS = listed('yoshidanakamura');

export const longTailC12CTools3: Tool[] = defineTools(
  'productivity',
  [
    { id: 'conversly', name: 'Conversly', vendor: 'Conversly', category: 'other', domains: ['conversly.ai'], source: OTHER },
    { id: 'epsilon-ai', name: 'Epsilon', vendor: 'Epsilon', category: 'search', domains: ['epsilon-ai.com'], source: SEARCH },
    { id: 'limecube', name: 'Limecube', vendor: 'Limecube', category: 'coding', domains: ['limecube.co'], source: CODING },
    { id: 'lingolette', name: 'Lingolette', vendor: 'Lingolette', category: 'other', domains: ['lingolette.com'], source: OTHER },
    { id: 'proseable', name: 'Proseable', vendor: 'Proseable', category: 'other', domains: ['proseable.com'], source: OTHER },
    { id: 'slidespilot', name: 'SlidesPilot', vendor: 'SlidesPilot', category: 'presentation', domains: ['slidespilot.com'], source: OTHER },
    { id: 'speechki', name: 'Speechki', vendor: 'Speechki', category: 'audio', domains: ['speechki.org', 'speechki.io'], source: AUDIO }, // speechki.io: listed('csteinmetz1'), "Speechki"
    { id: 'uimagic', name: 'Uimagic', vendor: 'Uimagic', category: 'coding', domains: ['uimagic.io'], source: CODING },
    { id: 'alex-codes', name: 'Alex Codes', vendor: 'Alex Codes', category: 'coding', domains: ['alexcodes.app'], source: CODING },
    { id: 'langtrace', name: 'Langtrace', vendor: 'Langtrace', category: 'developer-platform', domains: ['langtrace.ai'], source: LLMOPS },
    { id: 'sillytavern', name: 'SillyTavern', vendor: 'SillyTavern', category: 'chat', domains: ['sillytavern.app'], source: MODELS },
    { id: 'freechat-macos', name: 'FreeChat', vendor: 'FreeChat', category: 'chat', domains: ['freechat.run'], source: MODELS },
    { id: 'betterimage-ai', name: 'BetterImage.AI', vendor: 'BetterImage.AI', category: 'image', domains: ['betterimage.ai'], source: TARDATE },
    { id: 'deepsite', name: 'DeepSite', vendor: 'DeepSite', domains: ['deepsite.ai'], source: TARDATE },
    { id: 'flux-ai-io', name: 'Flux AI', vendor: 'Flux AI', category: 'image', domains: ['flux-ai.io'], source: TARDATE },
    { id: 'prezi-ai', name: 'Prezi AI', vendor: 'Prezi', category: 'presentation', urlPrefixes: ['prezi.com/features/ai'], source: TARDATE },
    { id: 'goblin-tools', name: 'Goblin Tools', vendor: 'Goblin Tools', domains: ['goblin.tools'], source: STUDENTS },
    { id: 'google-interview-warmup', name: 'Interview Warmup', vendor: 'Google', category: 'other', urlPrefixes: ['grow.google/certificates/interview-warmup'], source: STUDENTS },
  ],
  { checked: CHECKED_C12 },
);
