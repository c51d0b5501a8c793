// Twenty-second session, third marketing pass (2026-12-07, helper `marketing3`): AI marketing products no entry claimed
// yet, beside the marketing rows of data/cat-marketing.ts, cat-marketing-2.ts, long-tail-c18-marketing.ts,
// long-tail-c17-seo.ts, long-tail-c17-social.ts, long-tail-c16-mktsales.ts, long-tail-c5-ai-visibility.ts and the
// twenty-first session's ads, local-business and lead passes, whose rows are not repeated here. Here: AI visibility and
// generative-engine-optimisation trackers that put buyer prompts to ChatGPT, Claude, Gemini and Perplexity (Onswer,
// equal AI, TopSlot, BrandViz, two products both called Cited, AuthoritySignal) and a document-answering tool with
// AI citations (Cited AI); AI SEO article writers and content engines (Artikle.ai, ContentBrain, SEO Blog Agent,
// Gen-SEO, Copymate, LocusPilot); AI social-media and LinkedIn writers and schedulers (SoGrowly,
// PostEngine, PostPilot, GhostPostt, BlogSocializer's blog-to-social repurposing, Ghost Writer's replies on X); an AI
// email-template builder and an AI email-reply app for Shopify stores (AI Email Builder, Email Flow); an AI
// product-content optimiser for AI shopping assistants (AI Ready); an AI brand-image generator (Brand ImageGEN); an
// AI influencer-discovery platform (Flinque); AI competitive intelligence for local businesses (peekwise); an AI
// Reddit and forum reply drafter (AgenticAir); an AI presentation builder from a brand's site (Prezos); and an AI
// resume tailor the same searches turned up (Landed).
//
// Leads. 45 look-ups in the stored `pages` corpus, worded the way vendors word their own terms, privacy policies, AI
// policies, credit schedules and docs (AI visibility and GEO trackers, AEO audits, AI SEO writers and credits per
// article, programmatic SEO, llms.txt generators, AI social post generators and schedulers, LinkedIn ghostwriters,
// content repurposing, AI newsletters and email writers, Shopify email apps, AI ad copy and creative scoring, landing
// pages, brand kits, synthetic personas, competitor analysis, influencer discovery, Reddit marketing, press releases,
// Google Business Profile posts, YouTube metadata), and in German (Datenschutz, KI-Sichtbarkeit), Spanish (política de
// privacidad), French (politique de confidentialité, conditions générales, visibilité IA), Portuguese (termos de uso),
// Italian (informativa privacy), Japanese (利用規約, 生成AI) and Korean (이용약관, 인공지능 생성물). Non-English queries returned
// guides, agencies and already-listed vendors almost only (Numeia, Mediapost, MyContentGPT, AI AutoBlog, Geneo); the
// English policy-worded queries found every row below. Every row cites a page with a path on the product's own host
// (for AgenticAir its admin. host, for Prezos, SEO Blog Agent, PostPilot and AI Ready the claimed subdomain or path),
// and each page says in the vendor's words that the product drafts, generates, scores, audits or answers with AI, a
// language model or named model providers. Hosts were run through /work/helpers/classify-hosts.mts and names grepped
// in data/ first. Already listed and left to their entries: SEO AI Agent (seo-ai.biz), Open SEO, Rank.ai, GEO Monitor,
// monitoraeo, aisearchrefs, AIVIS Tracker, AICite, Cite AI (usecite.com, citehq.ai), GEO Search Console, LLMrefs,
// Sight AI, ScheduleWise AI, PostAutomatic, Mediapost, instacaptions, Knitly, Email Writing AI, AI Mailer, LinkedDraft,
// Posting Machine, PostHub, Postune, the techerd LinkedIn extension, Auto Article AI, ClickBlog, Instant Brand,
// LogoGenGenius, BrandMint, SiteMachine, Synthetic People, Persona Builder, Automatoir, CompetitorTracker, GoMarble,
// Future Marketing AI, ReviewFlo, ReplyAide, ReplyKit, AutoGBP SEO, VidSeeds, NextBlitz, AutoKliq, Kompozy,
// Leadmetrics, analyse.net, NewsletterOS, YouLetter, AceInfluence, Automail, the Selfspark Shopify app, AI Auto Blogger
// (aiautoblogger.app) and Wish Generator.
//
// Subdomains and paths claimed alone: seoblogagent.nonirvanadigital.com (SEO Blog Agent, on a digital agency's domain
// whose other pages were not read), prezos.launchpadlab.com (Prezos, a product of the LaunchPad Lab agency), and two
// URL prefixes, www.borstphoto.com/postpilot (PostPilot's terms sit under a photographer's site) and
// www.raiselabs.app/aiready (one app of Raise Labs); the parents are traps in the test.
//
// Measured with /work/helpers/classify-hosts.mts on the 315 hosts the searches returned (vendors, guides, agencies,
// news, shared hosts and already-listed products alike, in /work/helpers/out/marketing3-hosts.txt): 61 classified
// before (19.4%), 90 after (28.6%).
//
// Same names: two AI visibility products are both called Cited (cited-app.com and usecited.ai, different pages and
// sub-processors), and Cited AI (getcitedai.com) is a document-answering tool; all three differ from Cite AI
// (usecite.com, citehq.ai) and are named with their hosts. Email Flow (email-flow.co), a Shopify email-reply app, is
// not EmailFlow AI (emailflow.ai, long-tail-c16-mktsales.ts). Ghost Writer (ghostwriterx.cloud) is not GhostWriter
// (ghost-writer.cc).
//
// Doubtful rows: GhostPostt's policy is on ghostpostt.com and names ghostpostt.ai as its site (both are claimed); it
// says AI through its operator name, voice training and "never used to train AI models" rather than a model name.
// AgenticAir's community standards sit on its admin. host and compare its reply-flag rate with "AI tools". BrandViz's
// docs say what AI recommends in its reports rather than naming a model. AuthoritySignal's docs sit on seotips.pro
// with its own name inside them. Copymate is cited from a blog post about its own product ("Copymate-generated
// drafts" as the AI-content part of an SEO workflow).
//
// Left out. Marketing Studios AI (marketingstudios.ai), whose terms describe AI-based SNS content and image
// generation, stays a trap of lookalikes-c20-korea.test.ts ("region unclear"): a lead for a pass that may move that
// trap. Pages that do not say the product uses AI, or only in its name (postline.ai's terms and privacy,
// postmateai.com, postmaestro.ai, app.getlandra.com, influencermarketing.ai, getdiscovr.ai, influoai.co,
// repliably.com, contentmarketing.ai's subscription terms, brand-generator.com, salecraft.ai, as the c21 pass found);
// drafts and templates (bloggen.au's generated policy, ar.fabricsjoi.com's "Replace this draft", videopilotai.com's
// "Legal placeholder required", bearspray.ai's template-worded terms); a demo host (demo.wmaster.net: a lead for
// wmaster.net) and a staging host (staging.usepulse.ai: Pulse's Reddit reply drafter, a lead for usepulse.ai); a
// policy on another company's host (avioncitojuego.directory for Tag Creator AI, tagcreator.ai: a lead); `?p=` pages
// (camlaunch.com, metadatagen.com, vegaprism.com, media.seowriter360.com); general products where AI is one feature or
// optional (georankoptimizer.com's WordPress plugin with optional AI keys, topify.pro's Search Console app with
// optional AI insights, posttar.com's social manager "including with AI assistance", Workspace CMS's AI credits inside
// a website CMS, SEOmonitor's and SISTRIX's AI trackers inside SEO suites, Clinch's attention score,
// simplifyyoursocials.com's caption service, taxpersoft.com as earlier passes decided); vendors seen only on blogs,
// glossaries or free-tool pages (tracemetry.com, argeo.ai, watchback.ai, bevisibleinai.com, gorepliq.com,
// adscalr.com, advizion.ai, gazeiq.dev, infloso.ai, wisesuite.ai, so-me.studio's free caption generator, auditgeo.co's
// llms.txt generator, llmscan.dev, mimeticintelligence.com, compeers.ai and replism.com again: leads); an AI news
// digest rather than a tool (theaibrief.pro); agencies and guides (formativedigital.com, synerweb.fr, agence-clova.fr,
// soleil-digital.ch, officinacreativa25.com); and shared platforms (mentionnetwork-6316c52f.mintlify.app, Mention
// Network's GEO data network: a lead for its own domain; citeagent-marketing.pages.dev; aisohub-website.pages.dev;
// siftai-landing.pages.dev; tonaily-com.pages.dev; toolkit-dev.pages.dev; wawes.vercel.app; lands-proxy.fly.dev;
// promptcraft.srv1236421.hstgr.cloud; an awsapprunner.com Shopify optimiser; polish-ai.lmnorg.workers.dev; a run.app
// product importer; useinkwell.polsia.app; insightiq.freshdesk.com).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22Marketing3Tools: Tool[] = defineTools(
  'writing',
  [
    // --- AI visibility and GEO trackers, AI-cited answers ---
    { id: 'onswer', name: 'Onswer', vendor: 'Onswer', category: 'search', domains: ['onswer.app'], source: 'https://onswer.app/en//terms' }, // terms: queries ChatGPT, Claude, Gemini and Perplexity with buyer questions about a domain, detects brand mentions and writes a report with recommendations
    { id: 'equal-ai', name: 'equal AI', vendor: 'equal AI', category: 'search', domains: ['equalai.io'], source: 'https://www.equalai.io/terms/' }, // terms: AI search visibility tracking, prompt monitoring, model response analysis and citation sources across third-party AI systems
    { id: 'topslot-ai', name: 'TopSlot', vendor: 'TopSlot', category: 'search', domains: ['topslot.ai'], source: 'https://topslot.ai/privacy' }, // privacy: an AI Visibility Intelligence platform; audit results are outputs generated by AI models (ChatGPT, Gemini, Claude, Perplexity)
    { id: 'brandviz-ai', name: 'BrandViz', vendor: 'BrandViz', category: 'search', domains: ['brandviz.ai'], source: 'https://www.brandviz.ai/docs/competitors/managing-competitors' }, // docs: reports on buying scenarios show whether AI recommended you or a competitor and how positively AI talks about each
    { id: 'cited-app', name: 'Cited (cited-app.com)', vendor: 'Cited', category: 'search', domains: ['cited-app.com'], source: 'https://cited-app.com/privacy' }, // privacy: an AI visibility tracking platform sending tracked prompts to ChatGPT, Claude, Perplexity and Gemini for a citation score
    { id: 'usecited-ai', name: 'Cited (usecited.ai)', vendor: 'Cited', category: 'search', domains: ['usecited.ai'], source: 'https://usecited.ai/privacy' }, // privacy: analyses AI engine responses to configured prompts for GEO audit scores; OpenAI and Google Cloud for AI engine analysis
    { id: 'authoritysignal-seotips', name: 'AuthoritySignal', vendor: 'AuthoritySignal', category: 'search', domains: ['seotips.pro'], source: 'https://www.seotips.pro/docs/ai-visibility' }, // docs: an AI visibility tracker running a workspace's prompts across AI engines (OpenAI, Anthropic keys) with citation provenance
    { id: 'cited-ai-getcitedai', name: 'Cited AI (getcitedai.com)', vendor: 'Cited AI', category: 'search', domains: ['getcitedai.com'], source: 'https://getcitedai.com/legal/privacy' }, // privacy: a document analysis platform answering from uploaded documents with AI-powered inline citations
    // --- AI SEO writers and content engines ---
    { id: 'artikle-ai', name: 'Artikle.ai', vendor: 'Artikle.ai', domains: ['artikle.ai'], source: 'https://artikle.ai/terms' }, // terms: AI-powered content strategy generation, article writing and image generation with CMS publishing
    { id: 'contentbrain-cloud', name: 'ContentBrain', vendor: 'ContentBrain', domains: ['contentbrain.cloud'], source: 'https://contentbrain.cloud/legal/terms' }, // terms: AI output delivered as-is behind an SEO and GEO score gate; misuse judged against the OWASP LLM Top 10
    { id: 'seo-blog-agent-nonirvana', name: 'SEO Blog Agent', vendor: 'SEO Blog Agent', domains: ['seoblogagent.nonirvanadigital.com'], source: 'https://seoblogagent.nonirvanadigital.com/privacy' }, // privacy: SEO content generation with the user's OpenRouter key, saved to Google Drive
    { id: 'gen-seo-ai', name: 'Gen-SEO', vendor: 'Gen-SEO', domains: ['gen-seo.ai'], source: 'https://gen-seo.ai/terms' }, // terms: bring-your-own OpenAI or Google Gemini keys for its SEO content generation
    { id: 'copymate-app', name: 'Copymate', vendor: 'Copymate', domains: ['copymate.app'], source: 'https://copymate.app/blog/programmatic-seo-vs-ai-content/' }, // vendor blog on its own product: Copymate-generated drafts as the AI-content layer of a programmatic SEO workflow
    { id: 'locuspilot', name: 'LocusPilot', vendor: 'LocusPilot', domains: ['locuspilot.com'], source: 'https://locuspilot.com/guide/generate-content' }, // guide: generates location, service, guide and blog pages for a live site from a schema and a prompt; AI suggests titles
    // --- AI social, LinkedIn and repurposing ---
    { id: 'sogrowly', name: 'SoGrowly', vendor: 'SoGrowly', domains: ['sogrowly.com'], source: 'https://sogrowly.com/data-policy' }, // data policy: user data in AI generation, social account management, publishing and scheduling
    { id: 'postengine-co', name: 'PostEngine', vendor: 'PostEngine AI Solutions', domains: ['postengine.co'], source: 'https://postengine.co/privacy' }, // privacy: AI-assisted LinkedIn drafts from the brand profile, sent to OpenAI; user-approved publishing
    { id: 'postpilot-borstphoto', name: 'PostPilot', vendor: 'PostPilot', urlPrefixes: ['www.borstphoto.com/postpilot'], source: 'https://www.borstphoto.com/postpilot/tos' }, // terms: an AI-powered social media platform with AI post, caption, photo and video generation
    { id: 'ghostpostt-ai', name: 'GhostPostt', vendor: 'GhostPostt AI', domains: ['ghostpostt.com', 'ghostpostt.ai'], source: 'https://ghostpostt.com/privacy' }, // privacy (Delaware): generates posts from submitted URLs with brand-voice training; content never used to train AI models
    { id: 'blogsocializer', name: 'BlogSocializer', vendor: 'BlogSocializer', domains: ['blogsocializer.com'], source: 'https://blogsocializer.com/privacy-policy' }, // privacy: an AI repurposing service turning blog posts into threads, LinkedIn posts and newsletters with OpenAI's GPT models
    { id: 'ghost-writer-ghostwriterx', name: 'Ghost Writer (ghostwriterx.cloud)', vendor: 'Ghost Writer', domains: ['ghostwriterx.cloud'], source: 'https://www.ghostwriterx.cloud/privacy.html' }, // privacy: a Chrome extension whose Smart Reply sends the viewed X post to third-party LLMs for AI responses
    { id: 'agenticair', name: 'AgenticAir', vendor: 'AgenticAir', domains: ['agenticair.co'], source: 'https://admin.agenticair.co/community-standards' }, // community standards: scans Reddit, Hacker News and Indie Hackers and drafts replies for founders to edit and post themselves
    // --- AI email, store content, brand images, research ---
    { id: 'ai-email-builder', name: 'AI Email Builder', vendor: 'AI Email Builder', domains: ['ai-email-builder.com'], source: 'https://ai-email-builder.com/uk/privacy' }, // privacy: AI email template generation with Google Gemini (free) and Anthropic Claude (paid plans)
    { id: 'email-flow-shopify', name: 'Email Flow (email-flow.co)', vendor: 'Email Flow', domains: ['email-flow.co'], source: 'https://email-flow.co/privacy' }, // privacy: a Shopify app using AI (via OpenRouter) to classify store emails and generate reply suggestions
    { id: 'aiready-raiselabs', name: 'AI Ready', vendor: 'AI Ready', urlPrefixes: ['www.raiselabs.app/aiready'], source: 'https://www.raiselabs.app/aiready/privacy' }, // privacy: audits Shopify product content for AI discoverability and generates descriptions, tags and metafields with OpenAI
    { id: 'brand-imagegen', name: 'Brand ImageGEN', vendor: 'Brand ImageGEN', category: 'image', domains: ['brandimagegen.com'], source: 'https://www.brandimagegen.com/privacy' }, // privacy: an AI-powered visual asset generation platform on OpenAI, Google and Anthropic models
    { id: 'flinque', name: 'Flinque', vendor: 'Flinque', category: 'search', domains: ['flinque.com'], source: 'https://www.flinque.com/ai-usage-policy/' }, // AI usage policy: AI and machine learning to discover and score creators (authenticity, voice match) and personalise outreach
    { id: 'peekwise-ai', name: 'peekwise', vendor: 'peekwise.ai', category: 'search', domains: ['peekwise.ai'], source: 'https://peekwise.ai/privacy' }, // privacy: AI-powered competitive intelligence from competitors' reviews; LLM providers write the briefings
    { id: 'prezos-launchpadlab', name: 'Prezos', vendor: 'LaunchPad Lab', category: 'presentation', domains: ['prezos.launchpadlab.com'], source: 'https://prezos.launchpadlab.com/privacy' }, // privacy: OpenAI GPT and Anthropic Claude analyse a brand's website and generate presentations
    { id: 'landed-sh', name: 'Landed', vendor: 'Landed', domains: ['landed.sh'], source: 'https://landed.sh/privacy' }, // privacy: AI-powered tailoring of resumes, cover letters and outreach messages to job descriptions
  ],
  { checked: CHECKED_C22 },
);
