// Twenty-fifth session, AI browser-extension pass (2026-12-07, helper `exts`): Chrome, Edge and Firefox extensions that
// no entry claimed yet and whose vendor publishes the extension's privacy policy, terms or FAQ on a host of its own.
// Here: page and YouTube summarisers (Explain Selected, usum, ClickSummary, Summarize on summarizeai.xyz, ModeNote); AI
// sidebars and page assistants (AI Sidebar on sidebarai.online, SideAI, BrowserSky AI, AI Sidebar Pro) and a voice
// agent that clicks and fills pages (speaktobrowse); screenshot and quiz answerers (AnswerIt AI, AI Solve Quiz); prompt
// tools (PromptEzy's prompt enhancer, Promptify's and Promptank's image-to-prompt extensions); an AI fact-checker
// (factcheckit); a subtitle learning extension with AI explanations (SmartLearner); job-application autofill with
// AI-tailored résumés (Open Applier); seller tools for Amazon (SellerForge with its Forge Companion side panel on
// Claude, JIEHU.AI's AmzTool) and an AI assistant inside Google Sheets (Offset). Every row cites a page with a path on
// the product's own host where the vendor says the extension sends content to an AI model or provider (OpenAI,
// Anthropic, Gemini and others) or generates its output with AI. No page read states a store id, so no row carries
// `extensionIds`.
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded as vendors word their
// extension privacy pages: "this Chrome extension sends the selected text to OpenAI", "the extension does not collect
// browsing history" beside Gmail and LinkedIn replies, "Chrome Web Store Limited Use requirements" beside YouTube
// summaries, "our extension uses GPT to", and the same style for AI job-application autofill, tab and bookmark
// organisers, subtitle translators, AI sidebars with credits, shopping assistants, screenshot/OCR tools, form fillers,
// refund policies of Pro plans, LinkedIn comment generators, Twitter/X reply writers, Claude-based page tools, language
// learning on Netflix and YouTube, dictation, PDF and page chat, meeting captions, browser agents, Amazon listing
// writers, homework and quiz solvers, Upwork proposal writers, alt-text generators, prompt enhancers, flashcards,
// fact-checkers, rewriters, image-to-prompt tools, Reddit summarisers and Google Sheets assistants; three in German,
// Japanese and French; two to check leads (aisummary.site, SellerForge's platform) and one to check extensionwala.com.
// Most hits were policies on shared platforms (github.io above all, then vercel.app, pages.dev, notion.site,
// netlify.app, railway.app, sites.google.com); most vendor hosts met were already listed (see below).
//
// Measured with /work/helpers/classify-hosts.mts on the 226 hosts the searches returned (vendors, shared platforms,
// stores, news and blogs alike, in /work/helpers/out/exts-hosts.txt): 27 classified before (11.9%), 49 after (21.7%).
//
// Already listed and left to their entries: AITOPIA, VoiceText Mail, GmAssist, LinkedIn Sales Assistant (nextbizness),
// AI LinkedIn Post Generator (techerd), Website Extractor, AutoApplier, Reply Guy, supports.chat, German Language
// Assistant (sublekh.com), Web Tutorial AI, Auto Browser, ListMyProduct, Problem Solver (solveai.besolo.dev), Proposal
// AI (innovage.io), Alt Kit, AltText.AI, UpCat, AI Proposal Writer for Upwork (approidtech.com), Flash Cards AI,
// Claimpit, FactSentinel, NeuralWriter, ImagePrompt.tools, AISummary (aisummary.app), AI Insights for Google Sheets.
//
// Doubtful rows: SmartLearner's policy lists OpenAI beside Google Translate and a dictionary API for its subtitle,
// vocabulary and explanation features, so AI is one part of a learning extension that is entirely about the words
// shown; it is kept because the AI explanations are named among its core data flows. AI Sidebar Pro sends chats
// straight to the user's own provider key and runs no server; earlier passes left out key-only extensions on a
// developer's personal site, but this one has a product host of its own, as autobrowser.dev had. SideAI works
// through the user's own ChatGPT account rather than an API it pays for; its writing, page and screenshot tools are
// AI actions all the same. SellerForge's own privacy policy calls the platform an AI-powered SaaS tool for Amazon
// sellers, so the whole host is claimed, with the Forge Companion policy (Claude) as the source. ModeNote is claimed on
// note.mdnt-ai.com alone (its staging copy stg.mdnt-ai.com was also met) and AmzTool on amztool.jiehu.ai alone, since
// their parent hosts were not read.
//
// Left out. webai.pc.am's AI Web Assistant (a side panel on Claude and Gemini, billed by token), which the c22
// productivity2 pass left for an extension pass: its test keeps the page as a trap, so it stays out here too (a lead
// for a pass that may edit that test). Shared platforms (about half the hosts met): github.io policies (LinkedIn AI
// Reply, AI Tab Organizer, AI Tab Grouper, Tab Cluster AI, Screenshot to AI, SnapText Pro, Subduo, AI Reverse Prompt,
// Image to Prompt, Fear Filter, ClearConsent, AssistX, X Reply Assistant, Upwork AI Assistant, Amazon Review Analyzer
// Pro, BuyShield, AI Fact Checker, FlashForge AI, PageSage AI, the DeepSeek sidebar whose page names store id
// inhcgfpbfdjbjogdfjbclgolkmhnooop and AITOPIA as its partner), vercel.app, pages.dev (including AI Summary's own
// policy on siteaisummary.pages.dev, whose aisummary.site the searches never showed), netlify.app, notion.site,
// railway.app, koyeb.app, azurewebsites.net, azurestaticapps.net, edgeone.app, tiiny.site, rentry.org, telegra.ph,
// blogspot.com and sites.google.com. Personal or general hosts of developers (mohdanas.me's FormAI, julianbesteiro.com,
// cemkoyluoglu.codes, fredericlegrand.me's X AI Assistant, jaycedl.dev's ReWrite: ME, jacksu.tw, jefflouella.com's
// GShopLens, huzi-baozi.com, the agency host internetadvertisingsolutions.nl, prosperitysolutions.in,
// thehelpfultipper.com's key-only Prompt Optimizer, Startvest's AI Rewrite as before, alicemrongovius.com's AI Sheets,
// botcom.fi's AI Formula Generator page). Hosts an earlier pass left out on purpose (captionai.akif.ie and
// meetpilot.perai.space as personal or self-hosted, learnbywatching.m4tsuri.io as a personal tool,
// smart-shopping-assistant.com, whose policy names only an "analysis server"). Pages that do not say the product uses
// AI, or only optionally: extensionwala.com (YouTube summaries and chat, but the policy read names no model: a lead),
// ijustcheck.com's German extension policy (fact checks through "our API": a lead), formulapilot.com,
// autofillportal.com's optional AI field matching, form-snap.nowornever.work's optional AI Fill, agentizze.com's local
// SnapText OCR, help.dictanote.co's Voice In (browser speech recognition), zcaption.com's FormFill, extpilot.com's Groq
// transcription with an optional AI summary, clipus.io, tlpy8.com's Anki Example Collector. Extensions that use no AI
// themselves but open or organise AI chats: gpt-dialog.bytelogic.me's Chat GPT Dialog Menu, sideall.app, aichatnav.com,
// codedcitadel.com's AI Bookmark, chatgpt-export-assistant.reedthinking.com. A homepage only: keshoraai.xyz (Rewrite
// Anywhere's policy served at the root: a lead once a path is seen). A company's extension page inside a non-AI site:
// jiangren.com.au's AI Tutor (JR Academy). Web apps rather than extensions, off theme: job-application-copilot.xyz,
// sellco.ai, forcesight.ai.
// Merge note: the rows take the category of what they do (productivity, chat for the sidebars, image for the
// prompt-from-image tool), not 'browser-extension', which is for rows matched by a store id or name words; no page read
// stated a store id.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const longTailC25ExtsTools: Tool[] = defineTools(
  'productivity',
  [
    // --- page, text and YouTube summarisers ---
    { id: 'explain-selected', name: 'Explain Selected', vendor: 'Explain Selected', domains: ['explain-selected.com'], source: 'https://explain-selected.com/privacy' }, // privacy: a Chrome extension that sends the highlighted text and its context to OpenAI and shows the explanation it generates
    { id: 'usum-extension', name: 'usum', vendor: 'usum', domains: ['usum.io'], source: 'https://usum.io/privacy' }, // privacy: an extension that generates AI summaries of YouTube videos; transcripts go through its backend to an LLM provider (OpenAI by default)
    { id: 'clicksummary', name: 'ClickSummary', vendor: 'ClickSummary', domains: ['clicksummary.com'], source: 'https://clicksummary.com/privacy' }, // privacy: AI-powered YouTube summaries and chat about the video; transcripts are sent to OpenAI's API
    { id: 'summarize-summarizeai-xyz', name: 'Summarize (summarizeai.xyz)', vendor: 'Summarize', domains: ['summarizeai.xyz'], source: 'https://www.summarizeai.xyz/privacy' }, // privacy: a Chrome extension for AI summaries of web pages; page text goes to Anthropic's Claude API, with a Pro plan through Stripe
    { id: 'modenote', name: 'ModeNote', vendor: 'ModeNote (mdnt-ai.com)', domains: ['note.mdnt-ai.com'], source: 'https://note.mdnt-ai.com/privacy', region: 'japan' }, // privacy (Japanese): a Chrome extension that summarises web pages and PDFs with AI through the Gemini and Claude APIs
    // --- AI sidebars, page assistants and agents ---
    { id: 'ai-sidebar-sidebarai-online', name: 'AI Sidebar (sidebarai.online)', vendor: 'Online Tools Studio (I/E Igor Zuev)', category: 'chat', domains: ['sidebarai.online'], source: 'https://www.sidebarai.online/privacy-notice' }, // privacy: a Chrome sidebar whose chat messages and, on request, page text are sent to AI models, with a token balance per user
    { id: 'sideai-app', name: 'SideAI', vendor: 'SideAI', category: 'chat', domains: ['sideai.app'], source: 'https://sideai.app/privacy' }, // privacy: the former Sidebar for ChatGPT; sidebar, selected-text, writing, page and screenshot assistants run through the user's ChatGPT account
    { id: 'browsersky-ai', name: 'BrowserSky AI', vendor: 'BrowserSky', category: 'chat', domains: ['browsersky.dev'], source: 'https://browsersky.dev/terms' }, // terms: a side panel that answers questions about the current page; text or a screenshot goes to third-party AI models, priced in credits per model (GPT-4o, Claude, Grok)
    { id: 'ai-sidebar-pro', name: 'AI Sidebar Pro', vendor: 'AI Sidebar Pro', category: 'chat', domains: ['aisidebar-pro.com'], source: 'https://www.aisidebar-pro.com/privacy-policy' }, // privacy: a sidebar chat whose messages go straight to the AI provider the user picks (Anthropic, OpenAI, DeepSeek, Google, xAI) with the user's key
    { id: 'speaktobrowse', name: 'speaktobrowse', vendor: 'speaktobrowse', category: 'agents', domains: ['speaktobrowse.com'], source: 'https://speaktobrowse.com/privacy' }, // privacy: a voice extension that streams speech to OpenAI's gpt-realtime model, which reads the page and clicks, fills or reads on command
    // --- screenshots, quizzes and fact checks ---
    { id: 'answerit-ai', name: 'AnswerIt AI', vendor: 'AnswerIt AI', domains: ['answerit.pro'], source: 'https://answerit.pro/privacy' }, // privacy: a Chrome extension whose captured screenshots are sent to its AI service for answers, sold in credits through LemonSqueezy
    { id: 'ai-solve-quiz', name: 'AI Solve Quiz', vendor: 'AI Solve Quiz', domains: ['aisolvequiz.com'], source: 'https://aisolvequiz.com/legal/privacy' }, // privacy: a Chrome extension that sends a selected screen region to its backend for AI answers and explanations, logging the model used
    { id: 'factcheckit', name: 'factcheckit', vendor: 'factcheckit', domains: ['factcheckit.io'], source: 'https://factcheckit.io/privacy-policy' }, // privacy: an AI-powered browser extension that verifies selected text through the vendor's API
    // --- prompts and images ---
    { id: 'promptezy', name: 'PromptEzy', vendor: 'PromptEzy', domains: ['promptezy.app'], source: 'https://promptezy.app/privacy' }, // privacy: a web app and Chrome extension that enhance prompts typed on AI chat sites; prompts are sent to a third-party LLM provider
    { id: 'promptify-work', name: 'Promptify', vendor: 'Promptify', domains: ['promptify.work'], source: 'https://www.promptify.work/privacy.html' }, // privacy: a browser extension that generates Midjourney, Stable Diffusion and JSON prompts from a selected image through AI inference providers, with optional AI image generation and credits
    { id: 'image-to-prompt-ai-promptank', name: 'Image to Prompt AI (Promptank)', vendor: 'Promptank', category: 'image', domains: ['promptank.com'], source: 'https://promptank.com/extension-privacy-policy' }, // extension privacy: uploaded images and screenshots are sent to the Promptank API, its AI service, to generate prompts; credits through Gumroad
    // --- language learning ---
    { id: 'smartlearner', name: 'SmartLearner', vendor: 'SmartLearner', category: 'translation', domains: ['smartlearner.io'], source: 'https://smartlearner.io/privacy' }, // privacy (KVKK and GDPR): a Netflix and YouTube subtitle learning extension; selected words and sentences are sent to SmartLearner and OpenAI for explanations, beside Google Translate
    // --- jobs, sellers and spreadsheets ---
    { id: 'open-applier', name: 'Open Applier', vendor: 'Open Applier', category: 'productivity', domains: ['openapplier.com'], source: 'https://openapplier.com/privacy' }, // privacy: tailors résumés and cover letters with AI and fills Workday, Greenhouse, Lever and Ashby forms through its Chrome extension
    { id: 'sellerforge', name: 'SellerForge', vendor: 'SellerForge', category: 'productivity', domains: ['sellerforge.ai'], source: 'https://www.sellerforge.ai/companion/privacy' }, // Forge Companion privacy: a side panel on Amazon pages whose answers are generated with Anthropic's Claude API; sellerforge.ai/privacy calls the platform an AI-powered SaaS tool for Amazon sellers
    { id: 'amztool-jiehu', name: 'AmzTool', vendor: 'JIEHU.AI', domains: ['amztool.jiehu.ai'], source: 'https://amztool.jiehu.ai/privacy.html' }, // privacy: an Amazon research extension and web console that generate AI review (VOC), attribute and keyword reports through JIEHU.AI's AI model providers
    { id: 'offset-sheets-assistant', name: 'Offset Sheets Assistant', vendor: 'Offset', domains: ['offset.app'], source: 'https://offset.app/privacy' }, // privacy: a Chrome extension for Google Sheets whose spreadsheet content is sent to its servers for AI-powered analysis, charts and formulas
  ],
  { checked: CHECKED_C25, region: 'global' },
);
