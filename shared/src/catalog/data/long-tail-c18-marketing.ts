// Eighteenth session, marketing pass (2026-12-06): AI marketing and sales tools the catalog still missed. AI ad-creative
// generators and AI ad-buying agents; AI website, landing-page and funnel-page builders; AI email-marketing and
// newsletter writers; AI logo generators; AI customer-research and proposal tools; AI sales outreach, cold-email and
// lead-generation agents; AI-assisted CRMs and inbox assistants for sales teams; and a few AI writing, image and
// phone tools of other kinds that the same searches turned up.
//
// Leads. The stored `pages` corpus searched by product kind (55 look-ups), worded the way vendors word their own terms,
// privacy policies, AI-use policies, help centres and docs, in English, German, French, Spanish, Portuguese, Japanese,
// Korean and Chinese. Every row cites a page, with a path, on the product's own host (or its vendor's); each page says in
// the vendor's words that the product drafts, generates, scores or answers with AI or a named model. Candidate hosts were
// run through /work/helpers/classify-hosts.mts and the catalog grepped by name first; hosts already listed were left to
// their entries (AdsDirector, SiteMachine, website-automation, AutoSiteAI, Generous, Landingsite, iSites, Produkto,
// Logo Diffusion, LogoGenGenius, Copysmith, AdCreative.ai, AdCreator AI and its site builder, GAutoMail, Koji,
// CiteFoundry, Hero Marketer, AI4Website, WebsiteGen, PhotoAI (getphotoai.app), MyContentGPT, IA Online, Jium, InviAI,
// the Selfspark Shopify app, Novikapps' description agent and Synthetic People). Six subdomains are claimed alone
// because nothing read ties their parent sites to the tool: aimail.loopstech.com (AI Mailer), app.athium.ai (Sales
// Automation), pibuild.ashbi.ca (a Gemini site builder on a developer's host), saymail.tonimont.com (SayMail),
// aireplygen.168.tokyo (AI自動返信メール) and podcast.ext-lab.xyz (PodcastMail).
//
// Measured with /work/helpers/classify-hosts.mts on the 328 hosts the searches returned (vendors, blogs, news sites,
// law firms and shared hosts alike): 39 classified before (11.9%), 95 (29.0%) after.
//
// Left out. Blogs, glossaries, courses and guides rather than the product's own terms or help, even where the vendor is
// an AI tool (vantacrm.com, laureo.io's blog, flypost.ai, brandstract.ai, brandreflex.ai, trymoira.com's glossary,
// atlantia.ai's glossary, competitorsgpt.com, doxiefy.com, adcreate.com, syntetica.ai, get-dealai.com); general products
// that merely have an AI feature (Tilda, Landingi, Squarespace, GoDaddy's builder, domaintechnik.at's homepage builder,
// Mindbaz, edrone, Bird, Selvion's CRM with a bring-your-own-key assistant, Laureo's CRM assistant, ChatCRM, OpenCRM,
// PlaybookBuilder, UnderCopy's workspace, Respondent's AI moderator, Go Vocal, NetExam, STOCKLIB); pages that never say
// the tool uses AI (varioads.com, adsagent.md, ads.vadiimi.com, getcoldagent.com's DPA, app.sales-sidekick.app,
// leadsgenpilot.com, rsvortex.com, alvobot.com, mailflow.truellion.com, logofoundry.app, survai.io, personagen.dev,
// mail.paicha.cloud); drafts with placeholder operators or template text (anklopf.io, fivehives.ai, proposalai.ai); web
// agencies and freelancers that use AI in client work (website-coder.de, smartsite-ai.com, copyweb.io, nr-corp.fr,
// ibd-ventures.com); apps sold only through app stores (Logico on thematrixapp.com, LogoGenie, Emblemo, Email Assistant
// for macOS on ai-lab.com.au); UGC video-ad makers, another pass's kind (fastadflow.com); an adult generator
// (generator.enchantstartup.com); generic one-model image sites other passes also left out (image-to-image-ai.org,
// picgen.org, nanobananafree.net); Prompt Page (promptpage.site), whose customers' sites are served from its
// subdomains; EmailPilot AI, whose policy was read only on a bare IP address (3.151.245.245), not on emailpilot.ai;
// staging and test hosts (staging.app.newsletterssuck.email, staging.funnder.co, test.ryterr.com, erik-test2.de, a
// Squarespace staging host); and shared platforms (ai-email-writer-dzv.pages.dev, sitegen-app.pages.dev,
// hero-marketer-support-docs.pages.dev, lvl-docs.pages.dev, novikapps-site.pages.dev, xicon-web.vercel.app,
// dreamteller-pi.vercel.app, getaillm.vercel.app, a koyeb.app email assistant, a run.app Shopify importer, a notion.site
// Shopify policy, a helpkit.so help centre).
//
// Ecosysteme.ai (ecosysteme.ai), found by the support pass too, is kept once, in that pass's file (merge, 2026-12-06).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const longTailC18MarketingTools: Tool[] = defineTools(
  'writing',
  [
    // --- AI ad creative generators and AI ad-buying agents ---
    { id: 'adroute-ai', name: 'AdRoute', vendor: 'AdRoute', domains: ['adrouteai.com'], source: 'https://adrouteai.com/privacy' }, // privacy: OpenAI generates the ad copy and assets, then publishes to Meta on request
    { id: 'adgenz-ai', name: 'AdGenz.ai', vendor: 'AdGenz.ai', domains: ['adgenz.ai'], source: 'https://www.adgenz.ai/privacy' }, // privacy: AI-powered Meta ad platform; content processed by Anthropic, Google and Fal AI
    { id: 'adinize-ai', name: 'Adinize', vendor: 'Adinize', category: 'agents', domains: ['adinize.ai'], source: 'https://adinize.ai/privacy' }, // privacy: an autonomous AI media-buying platform on connected Google Ads accounts
    { id: 'gomarble-ai', name: 'GoMarble AI', vendor: 'GoMarble AI', category: 'agents', domains: ['gomarble.ai'], source: 'https://www.gomarble.ai/ai-terms' }, // AI terms: an AI agent for ad analysis and campaign changes on Claude, Gemini and OpenAI models
    { id: 'adaegis-ai', name: 'AdAegis', vendor: 'AdAegis', category: 'agents', domains: ['adaegis.ai'], source: 'https://adaegis.ai/terms' }, // terms: AI-powered ad operations for Google and Microsoft Ads, analysis through the user's own AI keys
    { id: 'fullrun-app', name: 'Fullrun', vendor: 'Fullrun', category: 'agents', domains: ['fullrun.app'], source: 'https://www.fullrun.app/terms' }, // terms: an AI agent creates, monitors and optimises Google Ads campaigns
    { id: 'imagefarm-ai', name: 'Image Farm', vendor: 'Image Farm', category: 'image', domains: ['imagefarm.ai'], region: 'middle-east', source: 'https://www.imagefarm.ai/terms-and-conditions' }, // terms: an AI-powered advertisement image generation platform (Dubai and Australia)
    { id: 'splashstreet', name: 'SplashStreet', vendor: 'Tradebooks Pro LLC', category: 'image', domains: ['splashstreet.io'], source: 'https://splashstreet.io/ai-content-policy' }, // AI content policy: promotional images from gpt-image-1.5 and campaign text polished by gpt-4o-mini
    // --- AI website, landing-page and proposal builders ---
    { id: 'siteai-dev', name: 'SiteAI (siteai.dev)', vendor: 'Nordic Hosting AS', domains: ['siteai.dev'], region: 'europe', source: 'https://siteai.dev/en/privacy' }, // privacy: AI-powered website generation requests, content moderation by Claude (Norway)
    { id: 'pibuild-ashbi', name: 'PiBuild (ashbi.ca)', vendor: 'Ashbi', domains: ['pibuild.ashbi.ca'], source: 'https://pibuild.ashbi.ca/legal/privacy' }, // privacy: websites generated with Google Gemini (subdomain only)
    { id: 'genpage-ai', name: 'GenPage', vendor: 'GenPage, Inc.', domains: ['genpage.ai'], source: 'https://www.genpage.ai/company/terms-conditions' }, // terms: an AI-powered platform that generates personalised landing pages for outreach campaigns
    { id: 'widgetora-websitegpt', name: 'WebsiteGPT (widgetora.com)', vendor: 'Widgetora', category: 'embedded-saas', domains: ['widgetora.com'], source: 'https://www.widgetora.com/terms' }, // terms: WebsiteGPT answers site visitors with AI-generated responses from indexed content
    { id: 'getproposai', name: 'ProposAI', vendor: 'ProposAI', domains: ['getproposai.com'], source: 'https://www.getproposai.com/legal/privacy' }, // privacy: proposal content generated from the user's inputs through third-party AI APIs
    // --- AI marketing copy, content and brand tools ---
    { id: 'copy-machine-ai', name: 'Copy Machine', vendor: 'Copy Machine', domains: ['trycopymachine.ai'], source: 'https://www.trycopymachine.ai/privacy' }, // privacy: brand guidelines and personas are sent to an AI model to generate marketing copy
    { id: 'copycreate-ai', name: 'Copy Create', vendor: 'Copy Create', domains: ['copycreate.ai'], source: 'https://www.copycreate.ai/privacy' }, // privacy: AI-generated marketing content from briefs, paid in credits
    { id: 'copydirector', name: 'Copydirector', vendor: 'Copydirector', domains: ['copydirector.io'], region: 'europe', source: 'https://www.copydirector.io/privacy' }, // privacy: AI-assisted copy from a brand base, refined in conversation (the Netherlands)
    { id: 'simple-aimanager', name: 'Simple AIManager', vendor: 'Simple AIManager', domains: ['simpleaimanager.com'], source: 'https://simpleaimanager.com/legal/privacy' }, // privacy: OpenAI powers content generation, business analysis and image generation for store marketing
    { id: 'open-mind-marketing', name: 'Open Mind Marketing', vendor: 'Open Mind Marketing', domains: ['openmindmarketing.ai'], source: 'https://www.openmindmarketing.ai/privacy' }, // privacy: an AI-powered marketing platform for local small businesses
    { id: 'openway-ai', name: 'OpenWay AI', vendor: 'OpenWay AI, Inc.', category: 'agents', domains: ['openway.ai'], source: 'https://openway.ai/privacy' }, // privacy: an AI-powered marketing platform for campaigns, landing pages and ad creatives
    { id: 'ai-content-plan', name: 'AI Content Plan', vendor: 'AI Content Plan', domains: ['aicontentplan.com', 'aicontentplan.nl'], region: 'europe', source: 'https://aicontentplan.com/privacy' }, // privacy: a SaaS that uses AI to generate blog articles and publish them (the Netherlands)
    { id: 'zapmark', name: 'Zapmark', vendor: 'Zapmark', category: 'image', domains: ['zapmark.space'], source: 'https://www.zapmark.space/terms' }, // terms: an AI-powered logo generation service paid in tokens
    // --- AI newsletter and email-marketing writers ---
    { id: 'newsletteros', name: 'NewsletterOS', vendor: 'iGloo Digital Services LLC', domains: ['newsletteros.live'], source: 'https://app.newsletteros.live/privacy' }, // privacy: Claude summarises inbox signal and drafts branded newsletter copy
    { id: 'youletter', name: 'YouLetter', vendor: 'YouLetter', domains: ['youletter.app'], source: 'https://youletter.app/legal/privacy' }, // privacy: personalised newsletters written by Claude from web research
    { id: 'newsletter-compass', name: 'Newsletter Compass', vendor: 'Leadership in Change LLC', domains: ['newslettercompass.com'], source: 'https://www.newslettercompass.com/privacy' }, // privacy: AI-generated newsletters, notes and titles through the Claude API
    { id: 'sendpersonal', name: 'SendPersonal', vendor: 'SendPersonal', domains: ['sendpersonal.com'], source: 'https://sendpersonal.com/privacy' }, // privacy: Claude on AWS Bedrock writes personalised email content back to Klaviyo profiles
    // --- AI sales outreach and cold-email writers ---
    { id: 'coldmail-mailoil', name: 'ColdMail (mailoil.com)', vendor: 'mailoil.com', domains: ['mailoil.com'], source: 'https://www.mailoil.com/privacy' }, // privacy: personalised cold emails generated through OpenAI's API
    { id: 'knitly-ai', name: 'Knitly', vendor: 'Knitly', domains: ['knitly.ai'], source: 'https://knitly.ai/legal/privacy' }, // privacy: an AI-powered email personalisation service that researches, drafts and sends
    { id: 'cold-mailr', name: 'Cold Mailr', vendor: 'Cold Mailr', domains: ['coldmailr.xyz'], source: 'https://coldmailr.xyz/privacy-policy' }, // privacy: an AI-powered Gmail outreach workspace that drafts cold emails
    { id: 'outreachall', name: 'OutreachAll', vendor: 'OutreachAll', domains: ['outreachall.com'], region: 'europe', source: 'https://outreachall.com/privacy' }, // privacy: an AI-powered email campaign platform run from the EU
    { id: 'coldmailai-xyz', name: 'Cold Mail AI (coldmailai.xyz)', vendor: 'coldmailai.xyz', domains: ['coldmailai.xyz'], source: 'https://www.coldmailai.xyz/privacy' }, // privacy: cold emails generated from product and customer descriptions through SiliconFlow
    { id: 'coldmailai-uk', name: 'Cold Mail AI (coldmailai.uk)', vendor: 'coldmailai.uk', domains: ['coldmailai.uk'], source: 'https://www.coldmailai.uk/privacy.html' }, // privacy: a Chrome extension whose server drafts emails from LinkedIn profiles with Claude
    { id: 'ai-mailer-loopstech', name: 'AI Mailer (Loopstech)', vendor: 'Loopstech', domains: ['aimail.loopstech.com'], source: 'https://aimail.loopstech.com/privacy-policy.php' }, // privacy: outreach campaigns with content generated by OpenAI or Gemini (subdomain only)
    { id: 'cold-ai-getcoldai', name: 'Cold AI', vendor: 'Cold AI', domains: ['getcoldai.com'], source: 'https://getcoldai.com/privacy.html' }, // trust page: outbound drafts generated by OpenAI and Anthropic models
    { id: 'outpulse-ai', name: 'Outpulse', vendor: 'Outpulse', domains: ['outpulse.ai'], source: 'https://outpulse.ai/privacy.html' }, // privacy: the site is analysed so its AI writes more relevant outreach
    { id: 'clara-ai-sdr', name: 'Clara AI SDR', vendor: 'TruGen AI, Inc.', category: 'agents', domains: ['clarasdr.ai'], source: 'https://clarasdr.ai/privacy-policy' }, // privacy: an AI-powered sales development platform for research, outreach and scheduling
    { id: 'sendcopy-ai', name: 'SendCopy', vendor: 'Cloud Spike Cloud Service LLC', domains: ['sendcopy.ai'], source: 'https://sendcopy.ai/privacy-policy' }, // privacy: an AI-powered platform for LinkedIn outreach sequences and lead generation
    { id: 'prospi-ai', name: 'Prospi', vendor: 'Prospi', domains: ['prospi.ai'], source: 'https://www.prospi.ai/privacy' }, // privacy: an AI-powered cold email automation platform
    { id: 'coldcall-pro', name: 'coldcall.pro', vendor: 'coldcall.pro', category: 'agents', domains: ['coldcall.pro'], source: 'https://www.coldcall.pro/privacy' }, // privacy: a six-phase AI pipeline writes positioning, finds leads and sends outreach
    { id: 'email-personalizer-zoluver', name: 'Email Personalizer (zoluver.com)', vendor: 'zoluver.com', domains: ['zoluver.com'], source: 'https://zoluver.com/privacy' }, // privacy: a Chrome extension that writes personalised emails from LinkedIn data with AI
    { id: 'alwaysleads-ai', name: 'AlwaysLeads', vendor: 'AlwaysLeads', category: 'agents', domains: ['alwaysleads.ai'], source: 'https://www.alwaysleads.ai/privacy' }, // privacy: Claude scores leads, writes outreach and follow-ups
    // --- AI lead generation and AI-assisted CRMs ---
    { id: 'lead-prospecting-ai', name: 'Lead Prospecting AI', vendor: 'Lead Prospecting AI, LLC', category: 'agents', domains: ['leadprospecting.ai'], source: 'https://leadprospecting.ai/privacy' }, // privacy: a CRM with a lead scraper, email warming and an AI receptionist (app at app.leadprospecting.ai)
    { id: 'leadgen-ai-space', name: 'LeadGen AI (leadgenai.space)', vendor: 'LeadGen AI', category: 'agents', domains: ['leadgenai.space'], source: 'https://www.leadgenai.space/privacy' }, // privacy: AI-powered bilingual lead generation and advertising management
    { id: 'leadpilot-chat', name: 'LeadPilot (leadpilot.chat)', vendor: 'LeadPilot', category: 'embedded-saas', domains: ['leadpilot.chat'], source: 'https://leadpilot.chat/legal/privacy' }, // privacy: a website AI agent on Claude that captures and scores leads
    { id: 'leadsmart-ai', name: 'LeadSmart AI', vendor: 'LeadSmart AI', category: 'agents', domains: ['leadsmart-ai.com'], source: 'https://www.leadsmart-ai.com/privacy' }, // privacy: AI-assisted lead management and follow-up for real-estate agents
    { id: 'sales-automation-athium', name: 'Sales Automation (athium.ai)', vendor: 'Sales Automation', category: 'productivity', domains: ['app.athium.ai'], source: 'https://app.athium.ai/terms' }, // terms: contact extraction from email plus AI-assisted drafts (subdomain only)
    // --- AI inbox assistants for sales and business email ---
    { id: 'gmassist', name: 'GmAssist', vendor: 'GmAssist', category: 'productivity', domains: ['gmassist.jp'], region: 'japan', source: 'https://gmassist.jp/en/terms.html' }, // terms: a Gmail extension whose summaries and replies are AI-generated
    { id: 'saymail', name: 'SayMail', vendor: 'Petit Restauració S.L.', domains: ['saymail.tonimont.com'], region: 'europe', source: 'https://saymail.tonimont.com/legal/cookies' }, // cookie policy (Spanish): the AI service transcribes dictation and generates emails (subdomain only)
    { id: 'aireplygen-168', name: 'AI自動返信メール', vendor: '合同会社四次元', category: 'productivity', domains: ['aireplygen.168.tokyo'], region: 'japan', source: 'https://aireplygen.168.tokyo/privacy' }, // privacy (Japanese): AI reply candidates for Gmail threads (subdomain only)
    { id: 'ai-hisho-net', name: 'AI秘書 (ai-hisho.net)', vendor: 'ai-hisho.net', category: 'productivity', domains: ['ai-hisho.net'], region: 'japan', source: 'https://ai-hisho.net/privacy-policy' }, // privacy (Japanese): a LINE AI assistant for Gmail and Calendar running on the Claude API
    { id: 'podcastmail-ext-lab', name: 'PodcastMail', vendor: 'ext-lab.xyz', category: 'audio', domains: ['podcast.ext-lab.xyz'], region: 'japan', source: 'https://podcast.ext-lab.xyz/terms-of-service' }, // terms (Japanese): AI summaries of Gmail read out as a private podcast (subdomain only)
    // --- Other AI tools the searches turned up ---
    { id: 'aibutton-jp', name: 'AIボタン', vendor: '株式会社ネットフラワーズ', category: 'embedded-saas', domains: ['aibutton.jp'], region: 'japan', source: 'https://aibutton.jp/privacy' }, // privacy (Japanese): a website AI chatbot answering with OpenAI's API
    { id: 'telefonieren-ai', name: 'telefonieren.ai', vendor: 'neuromanufaktur GmbH', category: 'audio', domains: ['telefonieren.ai'], region: 'europe', source: 'https://telefonieren.ai/datenschutz' }, // privacy (German): AI callbots that answer and make business phone calls
    { id: 'zenslate-ai', name: 'Zenslate', vendor: 'HexeoSoft', domains: ['zenslate.ai'], region: 'europe', source: 'https://zenslate.ai/pt/terms-of-service' }, // terms (Portuguese): AI writing with OpenAI's GPT-5 (Poland)
    { id: 'aisnapedit', name: 'AISnapEdit', vendor: 'AISnapEdit', category: 'image', domains: ['aisnapedit.com'], source: 'https://aisnapedit.com/pt/terms-of-service' }, // terms (Portuguese): AI image generation with Gemini 3 Pro Image
    { id: 'mediapost-ai', name: 'Mediapost', vendor: 'Mediapost', domains: ['mediapost.ai'], source: 'https://mediapost.ai/en/terms' }, // terms: social-media posts generated by artificial intelligence on monthly plans
  ],
  { checked: CHECKED_C18 },
);
