// Twenty-sixth session, second AI browser-extension pass (2026-12-07, helper `exts2`), beside the twenty-fifth
// session's pass (data/long-tail-c25-exts.ts), whose rows are not repeated here. It looked for other kinds than that
// pass took: mail and Outlook replies, LinkedIn and X writers, YouTube companions, tab and bookmark organisers, form
// fillers and job-application autofill, shopping and review analysers, translators, screenshot-to-code and
// screenshot-to-prompt tools, SEO overlays, meeting captions, proofreaders, recruiter and helpdesk side panels,
// terms-of-service readers, phishing checkers, pull-request reviewers, research-paper readers, chart analysers,
// read-aloud voices, highlighters, accessibility readers and Etsy and eBay listing writers. Here: a screenshot
// annotator that turns the capture into a prompt (ScreenToPrompt); job-application and general form fillers
// (FillJob AI, Superfill.ai, FillAI); SEO and AI-search-visibility auditors (AI SEO Auditor, SEOGEO360); a
// terms-and-policies reader (Termzy AI); a research-paper explainer (Paper Explainer); a TradingView chart analyser
// (NovaTrader AI); page and video chat side panels (SideGPT on sidegpt.net, Chat with YouTube on tunepaw.io) and a
// LinkedIn comment and message writer (Linkora). Every row cites a page with a path on the product's own host where
// the vendor says the product sends content to an AI model or provider, or generates its output with AI. No page read
// on a vendor's host states a store id, so no row carries `extensionIds`, and the rows take the category of what they
// do.
//
// Leads. 39 look-ups of the 40 allowed, all `search` in the stored `pages` corpus, counted as they were made. Queries
// worded as vendors word their extension policies: Gmail and Outlook reply drafts sent to OpenAI; LinkedIn comment
// generators; YouTube transcript summaries; tab grouping with tab titles sent to AI; AI form fillers; shopping
// assistants; selection translators; screenshot to code; job-application autofill; X reply generators; AI SEO
// extensions; Google Meet captions; AI proofreaders; AI accessibility readers; bookmark organisers; Outlook add-ins on
// Azure OpenAI; WhatsApp Web replies; Etsy and eBay listing writers; recruiter sourcing; Zendesk and Freshdesk reply
// suggestions; terms-of-service readers; phishing detectors; pull-request reviewers; one each in Spanish, German,
// Portuguese and Korean; natural-voice read-aloud; arXiv readers; web highlighters; TradingView chart analysis; Amazon
// review analysers; YouTube comment replies for creators; Gmail writers with credits; live subtitle translation;
// LinkedIn ghostwriters; dyslexia and plain-language readers; and two checks (GPT Sidebar's own host, SmartFill).
// Most hits were policies on shared platforms (github.io above all, then vercel.app, pages.dev, web.app, netlify.app,
// notion.site, onrender.com, railway.app, tiiny.site, sites.google.com) or vendors already listed; hosts were run
// through /work/helpers/classify-hosts.mts and names grepped in data/ and the other helpers' c26 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 223 hosts the searches returned (vendors, shared platforms,
// stores, news and blogs alike, in /work/helpers/out/exts2-hosts.txt): 31 classified before (13.9%), 43 after
// (19.3%).
//
// Already listed and left to their entries: AI Email Chain, EmailResponder, AI LinkedIn Post Generator (techerd),
// LinkedIn Sales Assistant (nextbizness), YouTube Summary (brw-youtube-summary.softcreator.com), Youtube Video
// Transcript (transcriptyoutube.app), Reply Guy, TweetReplier, AIGrammar, GPTGrammar, OutlookReVision
// (revision.funcoding.nz), OutlookDog, QuickListing, EZList.AI, Etsy Seller Assistant (asst.etsyant.com), Offerloop,
// ZenBriefr, ThinkReview, CodePeel (codepeel.forinit.com), BrowserAI (chat-gpt-ia.com), ArXiv TLDR, PaperPilot, AI
// Organizer (aivideoorganizer.com), CommentPilot, GPT for Gmail (docgpt.ai), GmAssist, usum, Summarize, speaktobrowse,
// SideAI. GPT Sidebar (Ozan Soft) is listed by store id as gpt-sidebar-extension in data/extensions-4.ts without a
// domain; its own policy at app2.gptsidebar.com/privacy-policy (AI models GPT-5, Claude, DeepSeek and Gemini with
// credits) is a lead to add gptsidebar.com to that entry rather than a second row, so it is neither a row nor a trap.
//
// Doubtful rows: Termzy AI was left out by the c17 finlegal pass for a general blog article; the article cited here
// is the vendor's own post describing the Termzy AI extension that reads a site's terms and policies with AI, so it is
// kept. SideGPT's policy on sidegpt.net names no company; it says conversations are stored on its servers and sent to
// OpenAI, Google and Anthropic, so the whole host is claimed (SideGPT on sidegpt.app, Jicai's product, was seen only on
// sidegpt.openlaunch.ai, a launch platform, and is a lead). tunepaw.io serves only the Chat with YouTube policy at its
// root, so the host is claimed for that product. Linkora is claimed on linkora.makersmanlab.com alone, since
// makersmanlab.com was not read. FillAI's policy sits on api.fillai.site; fillai.site is the product's host and is
// claimed whole. Superfill.ai keeps memory entries locally and calls the user's chosen provider with the user's key,
// with a paid cloud-sync tier; it is an AI autofill product all the same, as the BYOK rows of earlier passes were.
//
// Left out. A product subdomain of a personal host: pixel.matpb.com's Pixel (screenshots to code with the user's
// key), as captionai.akif.ie was left out before. Company or developer hosts whose extension pages sit beside other
// work: torbenit.dk and validate.torbenit.dk (ProofPilot), utilitygods.com (Fillo), extendforge.com (Selection
// Translate, Text to Speech and Simplify, each with AI only as an opt-in fallback), giauco.vn (YT Comment Automation),
// easypalmreadings.com (WABoost AI on a palm-reading site), alexsantos.pro, rubayethassan.me's SkipTheTerms,
// digitally.id's AI for TradingView, thinktrailstudio.com's review extractor, jollygoodapps.com's Review Radar
// (analysis not said to be AI), loopheadlabs.com's ReviewShield (on-device Gemini Nano for Pro), nexudesk.com's AI
// Summary path (a helpdesk vendor: a lead), stikinjespeeksel.nl (an internal tool for a care provider), the
// university project phishguard.sakarya.edu.tr and distillery-lab.fyi's /dev page. Pages that do not say the product
// uses AI, or only as an option or one feature: smartfill.app (a field-classification backend not said to be AI),
// muchita.ai's shopping price checker, exte-player.com's VoiceReader (neural voices as a premium option),
// easyview.in (an accessibility reader whose jargon decoder is one feature), commentgem.com (YouTube comment analytics
// with an AI chat feature), papercat.xyz (reading-based recommendations through embeddings), cyberlifecoach.pro's
// heuristic policy summariser, sowards.ai's Outlook draft prototype, pricespilot.com, ourchromewebapp.xyz,
// rathsh.app's SEO META SNAP, sidethreadgpt.com (a ChatGPT branching UI), emailgistics.com (a shared-mailbox product
// with AI features). Left out earlier and still out: translive.voicetube.com, expertinsightlimited.com's Meet caption
// translator, linkedin-sourcer.redigit.net, hr.trayangle.com, meetbot.automusk.ai, startvest.ai's Helpdesk AI.
// Shared platforms (about half the hosts met), among them the policies of SnapToCode, JobPilot AI, ApplyAI, Etsy
// Listing SEO Copilot, MakeBox.ai's Etsy SEO AI Plugin (makebox.ai: a lead), X-Reply Guy, TermsRead, AI Code
// Reviewer, Tab Organizer AI, Speakaboo, ClipMemo, Chat Highlight, a TradingView co-pilot (tvext.app: a lead),
// Ghostwriter, CommentAI, TextInLevels Reader, EasyView, Smart Meet, agmeet, Meeting Notes Assistant, Meeting Copilot,
// TradeVision AI, DiffLens, midler and a dozen github.io policies. Further leads: ardiland.net (Reply Assistant for
// LinkedIn, whose policy sits on azurewebsites.net), superfill's and fillai's store listings for ids, makebox.ai,
// tvext.app, sidegpt.app.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26Exts2Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- screenshots and prompts ---
    { id: 'screentoprompt', name: 'ScreenToPrompt', vendor: 'ScreenToPrompt', domains: ['screentoprompt.com'], source: 'https://www.screentoprompt.com/privacy.html' }, // privacy: a Chrome extension that annotates screenshots and sends the annotated image straight to the user's AI provider (OpenAI, Anthropic or Google) to write an AI-ready prompt
    // --- form fillers and job applications ---
    { id: 'filljob-ai', name: 'FillJob AI', vendor: 'FillJob AI', domains: ['filljobai.com'], source: 'https://www.filljobai.com/privacy' }, // privacy: an AI-powered job-application autofill service with a Chrome extension, a parsed résumé and credits per fill
    { id: 'superfill-ai', name: 'Superfill.ai', vendor: 'Superfill.ai', domains: ['superfill.ai'], source: 'https://superfill.ai/privacy' }, // privacy: a local-first form-autofill extension that fills forms from stored memory entries with AI features run through the user's OpenAI, Anthropic, Google, Groq or DeepSeek key, with a paid cloud-sync tier
    { id: 'fillai-site', name: 'FillAI', vendor: 'FillAI', domains: ['fillai.site'], source: 'https://api.fillai.site/privacy' }, // privacy: a browser extension whose AI-powered fills and résumé parsing run through Google Gemini on its backend, with credits paid through Dodo Payments
    // --- SEO and AI-search visibility ---
    { id: 'ai-seo-auditor', name: 'AI SEO Auditor', vendor: 'AI SEO Auditor', domains: ['auditaiseo.com'], source: 'https://auditaiseo.com/privacy' }, // privacy: a Chrome extension that audits pages and generates AI analysis, citation simulation and recommendations through OpenAI, Anthropic or Google, with licences and cloud audit history
    { id: 'seogeo360', name: 'SEOGEO360', vendor: 'SEOGEO360', domains: ['seogeo360.com'], source: 'https://seogeo360.com/privacy-policy' }, // privacy: an AI-powered SEO and generative-engine-optimisation platform of AI products for visibility in ChatGPT, Perplexity and AI Overviews, with a companion Chrome extension
    // --- reading: terms, papers and charts ---
    { id: 'termzy-ai', name: 'Termzy AI', vendor: 'Termzy AI', domains: ['termzyai.com'], source: 'https://www.termzyai.com/blog/articles/how-to-use-ai-to-understand-what-youre-really-accepting-online.php' }, // vendor's own post: Termzy AI is a browser extension that detects a site's terms and policies and analyses them with AI
    { id: 'paper-explainer-pubpaperexplainer', name: 'Paper Explainer (pubpaperexplainer.com)', vendor: 'Paper Explainer', domains: ['pubpaperexplainer.com'], source: 'https://www.pubpaperexplainer.com/privacy' }, // privacy: a paper's title, abstract and arXiv source are sent to Google's Gemini API to generate the explanation
    { id: 'novatrader-ai', name: 'NovaTrader AI', vendor: 'NovaTrader AI', domains: ['novatrader.ai'], source: 'https://novatrader.ai/privacy' }, // privacy: a Chrome extension and chart platform that capture the visible TradingView chart and send it with the question to its analysis service run by AI providers
    // --- page and video chat, social writing ---
    { id: 'sidegpt-net', name: 'SideGPT (sidegpt.net)', vendor: 'SideGPT', category: 'chat', domains: ['sidegpt.net'], source: 'https://sidegpt.net/privacy.html' }, // privacy: a side-panel assistant that sends the page text and the user's questions to OpenAI, Google and Anthropic and keeps the conversations per page on its servers
    { id: 'chat-with-youtube-tunepaw', name: 'Chat with YouTube (tunepaw)', vendor: 'Chat with YouTube (tunepaw.io)', category: 'chat', domains: ['tunepaw.io'], source: 'https://tunepaw.io/privacy.html' }, // privacy: a Chrome extension for AI-powered chat about YouTube videos, with accounts, usage limits and subscriptions
    { id: 'linkora-makersmanlab', name: 'Linkora', vendor: 'Linkora (makersmanlab.com)', category: 'writing', domains: ['linkora.makersmanlab.com'], source: 'https://linkora.makersmanlab.com/privacy.html' }, // privacy: a Chrome extension that generates LinkedIn comments, messages and replies with AI, with monthly generation limits per plan through Razorpay
  ],
  { checked: CHECKED_C26, region: 'global' },
);
