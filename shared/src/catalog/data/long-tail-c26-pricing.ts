// Twenty-sixth session, usage-pricing pass (2026-12-07, helper `pricing`): AI products that no entry claimed yet, found
// through the usage-based pricing wording only AI products use on their own pricing, billing, FAQ and help pages ("per
// resolution", "AI minutes" and per-minute voice-agent billing, "per booked meeting", per generated image or second of
// video, "words per month", message credits by GPT or Claude model, "bring your own OpenAI key", "AI credits roll over"
// and "unused credits expire"). Weighted, as the brief asked, to customer support, marketing, agents, image and video,
// and writing. Here: AI phone agents and receptionists billed by the minute or call (Bolti in India, Autocalls.ai,
// NextPhone, CallBird AI); AI support agents for stores and websites billed per resolved session or conversation
// (Supportify, ChatSupportBot); AI sales and marketing agents (The Reply Agent's AI sales rep, autoch.at's AI lead
// qualification, PromotiAI's AI-run ad campaigns, Laburen's AI employee in Argentina, AgentContainer's agent tasks); AI
// image generators and photo studios (GoVideoAI, Fotovyn, Photo Studio AI, ImageCrafts, Charmloop, PhotosShoot); AI
// video and social-content makers (MakeClipAI, Pamba, SocialCTL); and AI writing tools metered in AI words or credits
// (Clarami AI, AllWrite, Embellish).
//
// Leads. 38 look-ups, all in the stored `pages` corpus, counted as they were made. Queries: "per resolution" support
// agents, per-minute voice agents, per-meeting AI SDRs, images per month and fast or slow queues, video credits per
// second, words per month, message credits by GPT-4o and Claude model, bring-your-own OpenAI key, AI credits roll over
// for marketing tools, AI receptionists' included minutes, UGC and avatar video ads, headshot and product photos, AI
// SDR credits, support per conversation, social-post credits, SEO articles per month, Kling/Veo/Sora credit tables,
// agent task credits, support-inbox drafts, logo and ad creatives, TTS characters, WhatsApp sales agents, e-commerce
// product photos, copywriting credits, German, Spanish and French AI-credit FAQs, AI appointment setters, avatar video
// minutes, review-reply generators, dubbing minutes, Shopify AI chat apps, writing assistants' word limits, one look-up
// to place Picify (it did not return Picify's own pages), ad generators, fast-hours image plans, email-marketing
// credits and per-answer live chat. The voice, support-per-resolution, Shopify and writing-credit queries gave the most
// new vendors; the image, video and copywriting queries returned mostly tools the catalog lists already; the "per
// resolution" and "per meeting booked" queries returned mostly explainers, glossaries and agencies. Every row cites a
// page with a path on the product's own host (or its docs, help or blog subdomain) where the vendor says the product
// answers, generates or acts with AI, names a model or provider, or meters AI usage. Hosts were run through
// /work/helpers/classify-hosts.mts, names grepped in data/ and in the other helpers' c26 files.
//
// Measured with /work/helpers/classify-hosts.mts on the 219 hosts the searches returned (vendors, blogs, explainers,
// help centres of general products and shared hosts alike, in /work/helpers/out/pricing-hosts.txt): 80 classified
// before (36.5%), 103 after (47.0%).
//
// Already listed and left to their entries: Speako, RocketAgents, My AskAI, Tantalum, Moyna, StoryboardHero, Creatify,
// VisionStory, BestPhoto, Ladinda, ViralVideo, Simplified, Hypotenuse, Headlime, Copysmith, RakuWP, Stammer, ChatLab,
// ChatbotIQ (its docs host is claimed through chatbotiq.eu), ChatBotKit, GPT-trainer, PostNitro, Predis, Visla,
// LiveAvatar, ai-photogenerator.org, HeadshotPro, Shelfgen, Smartlead, Dripper, Magnific, Vulk, D-ID, DeepBrain, VMEG,
// Checksub, Rask, SonicScript Elite, Altered, Speechify, Visioneria, Imagine, Neural Frames, Carat, VideoDraft,
// Chatling, Swiftask, Tactiq, Wittify, Watsy, Simple Chat, Convi, Octane AI, My AI Front Desk, frontdesk.care,
// AnswerHQ, Flint, Hero Marketer, AdStellar, Magggic, Bestseoarticles, Analyse, TrySight, GPT Engineer, ohwow,
// 247agents, Aissist, Get Ryze, Mailover, AI Emaily, eesel and Sigmamind. Rep AI is listed under rep.ai
// (data/support-marketing-3.ts); its help centre on help.hellorep.ai now sells "AI Sales Assistant", "AI Support Agent"
// and "AI Concierge" plans, but hellorep.ai is the same product's other host, which the c21 leads3 and support2 passes
// set as traps (its services agreement and blog did not say AI), so no second entry is added: a lead for that entry's
// domains and those traps. EzEnhancer (ezenhancer.ai) is the website EnhancePhoto.ai's terms name; its pricing page
// says AI image output, but the product is listed under enhancephoto.ai (long-tail-c25-dirs3.ts) and no second entry is
// added: a lead for that entry's domains.
//
// Doubtful rows: the NextPhone, CallBird AI, ChatSupportBot, Bolti, SocialCTL and ImageCrafts rows are read from vendor
// blog posts that describe the vendor's own product and pricing. Embellish is an email-writing workspace whose AI chat,
// commands and copilot run on monthly AI credits; the editor works without them, so AI is the product's centre but not
// all of it (a judgement). autoch.at's plans page sells AI-assisted lead qualification across voice, SMS, chat and
// email; the product's name is not given beyond the host. Pamba's API page was read at http and is cited at https.
// Charmloop's guide sits under a /uk/ locale path but is in English. Laburen is given the 'latam' region from its
// Rioplatense Spanish help centre; Bolti 'india' from its .co.in host and rupee prices.
//
// Left out. GPT Chatbot's BYOK guide on docs.gptchatbot.it (message credits or the customer's own OpenAI, Anthropic or
// Google key; a near word-for-word copy of GPT-trainer's guide, so likely a white-label) says AI where the API
// reference the c20 bots pass read and trapped did not: a lead, left out because that trap stands. Pages that do not
// say the product uses AI, or only in a name: api.callmycall.com (call credits "from provider usage", a lead),
// docs.cabi.chat (per-meeting charges), posternity.ai's plan docs (slow and priority credits for "generations": a
// lead), help.foxy.ai (image and video credits only), popnie.com (word counts), yourvoic.com (TTS models, a lead),
// doc.kn1ght.app (as c24 video4 decided), docs.istari.ai (webAI credits), smudge.ai (commands on credits),
// www.rankwriting.com (as c17 decided), tooeasyapps.com (as c25 humanize decided), docs.alvahq.com (BDR agents'
// data-lookup budget), support.aiacquisition.com (lead-sourcing credits), kb.mc.app, www.fastproheadshots.com's credit
// guide ("photo generation" only; still a lead, as c25 limits left it). Staging, preview and QA hosts:
// www.qa.neurawrite.ai and app.qa.neurawrite.ai (NeuraWrite's word credits: a lead once www.neurawrite.ai says as
// much), staging.convortai.com (a lead for convortai.com), preview.sois.ai (a lead), stage.builder.io. Another
// company's host: blogaizer.reconqueringmed.com (blogAIzer's credit docs; blogaizer.com is a lead). General products
// where AI is one feature: help.getredo.com (returns and commerce), help.artlist.io (as c25 decided),
// productfruits.com's copilot, deskwoot.com and help.notiondesk.so (help desks), help.businesschat.io (messaging),
// support.freshdesk.com and crmsupport.freshworks.com, help.metricool.com, www.poster.ly and postmyplatter.com (social
// scheduling with AI captions), docs.picnie.com (design automation), www.feedom.io (product feeds), help.aisensy.com
// and support.wati.io (WhatsApp platforms), wabibot.com (WhatsApp flows beside an AI agent), www.wazion.com,
// docs.salestools.io (sales engagement with AI credits), docs.revenuesol.com (as c24 agents4 decided), docs.atllasx.com
// (a portal with an AI receptionist module), app.bizprofile.app and support.hexia.app (review management),
// panel.resellportal.com, ads.vadiimi.com, docs.istari.ai, docs.misoapps.com (an app developer's docs host),
// ignite.video (as c25 decided), docs.infinite.tools (credits for AI-generated posts on a host whose wider product was
// not read: a lead), www.picify.co (BYOK for unnamed "AI-powered features": a lead), www.cite42.dev (per-call AI-model
// checks: a lead). Explainers, glossaries, agencies and vendors' general guides: kryden.ai (as c25 support4 decided),
// aipromptgear.com, thewitn.com, feedman.me, sigmamind.ai's guide (listed), empirium.io, wiszniewsky.pl,
// thedeveloperscore.com, solumize.com, hlmii.com (pay-per-held-appointment callers), getforward.xyz, pulserevops.com,
// toolcolumn.com, jarvistips.com, cal53.calculator.city, gixo.ai (listed), clipstudios.ai (listed), nietos-ai.com,
// shot.is (an AI ad pipeline's cost post: a lead), rewarx.com (as c17 decided), gptimg.app (listed), thefocuscraft.com,
// winenfood.com, toolsranks.com, sipoch.com, on10solutions.com, talkluna.com (an AI call-answering vendor's general
// guide: a lead), michaelheredia.com, blakeagency.co, noveltylab.io, replaypilot.online, aiportway.com,
// autolayersystems.com, robylon.ai (as c25 support4 decided), supportoasis.com's guide (as c25 support4 decided).
// Shared platforms: bob-e-ai-docs.gitbook.io, whatsnap.gitbook.io (WhatSnap's AI pricing: a lead once its own host is
// seen), hero-marketer-support-docs.pages.dev, adasite-main.pages.dev, pfcopy-site.pages.dev,
// caramel-knowledge-hub.pages.dev, appifire-docs.pages.dev, symphonycore-docs.pages.dev, htxautomations.pages.dev,
// illumify.neetokb.com (a copy of Embellish's help), a Notion copy of Headlime's help, githubissues.com,
// gogs.wangxunai.cn, doublepost.link.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26PricingTools: Tool[] = defineTools(
  'agents',
  [
    // --- AI phone agents and receptionists, billed by the minute or call ---
    { id: 'bolti', name: 'Bolti', vendor: 'Bolti', category: 'audio', region: 'india', domains: ['bolti.co.in'], source: 'https://bolti.co.in/blog/per-minute-billing-voice-ai-explained' }, // founder's blog on its pricing: a voice AI platform for multilingual phone agents, one per-minute rupee rate covering speech-to-text, LLM replies (GPT-4o, Gemini) and speech synthesis
    { id: 'autocalls-ai', name: 'Autocalls.ai', vendor: 'Autocalls.ai', domains: ['autocalls.ai'], source: 'https://docs.autocalls.ai/pricing/usage-based' }, // billing docs: AI phone assistants whose AI call time and carrier time are deducted as minutes from the plan balance
    { id: 'nextphone-getnextphone', name: 'NextPhone', vendor: 'NextPhone', domains: ['getnextphone.com'], source: 'https://www.getnextphone.com/blog/ai-appointment-scheduling' }, // vendor blog: its AI receptionist answers calls and books appointments for small businesses, with a free trial
    { id: 'callbird-ai', name: 'CallBird AI', vendor: 'CallBird AI', domains: ['callbirdai.com'], source: 'https://callbirdai.com/blog-how-to-automate-appointment-booking-by-phone.html' }, // vendor blog: a voice AI that answers a business's phone and books appointments, a flat monthly price with no per-minute charges
    // --- AI support agents billed per resolved session or conversation ---
    { id: 'supportify-getsupportify', name: 'Supportify', vendor: 'Supportify', domains: ['getsupportify.ai'], source: 'https://getsupportify.ai/help/billing' }, // billing help: a Shopify store's AI chat billed per resolved customer session, 50 free sessions a month
    { id: 'chatsupportbot', name: 'ChatSupportBot', vendor: 'ChatSupportBot', domains: ['chatsupportbot.com'], source: 'https://blogg.chatsupportbot.com/blog/ai-support-bot-for-cost-optimization-complete-guide' }, // vendor blog: a 24/7 AI customer-support agent trained on a business's website and documents
    // --- AI sales, marketing and work agents ---
    { id: 'the-reply-agent', name: 'The Reply Agent', vendor: 'The Reply Agent', domains: ['thereplyagent.com'], source: 'https://www.thereplyagent.com/documentation/usage' }, // usage docs: an AI sales rep whose prospect searches, email generation and training draw on a monthly AI-credit budget
    { id: 'autoch-at', name: 'autoch.at', vendor: 'autoch.at', domains: ['autoch.at'], source: 'https://docs.autoch.at/docs/billing/plans.html' }, // plans docs: AI-assisted lead qualification over voice, SMS, chat and email, priced by conversations and voice minutes
    { id: 'promotiai', name: 'PromotiAI', vendor: 'PromotiAI', domains: ['promotiai.com'], source: 'https://promotiai.com/docs/guides/ad-billing' }, // docs: an AI that launches and manages Meta and Google ad campaigns for a flat credit fee per AI action; AI content generation on other credit rates
    { id: 'laburen', name: 'Laburen', vendor: 'Laburen', region: 'latam', domains: ['laburen.com'], source: 'https://help.laburen.com/es/articles/13109595-que-son-los-creditos-y-como-los-consume-mi-agente-ia' }, // help (Spanish): a digital-employee AI agent running on LLMs (ChatGPT, DeepSeek, Claude) that spends credits per reply, training and test
    { id: 'agentcontainer', name: 'AgentContainer', vendor: 'AgentContainer', domains: ['agentcontainer.co'], source: 'https://www.agentcontainer.co/docs/billing' }, // billing docs: agent tasks run in isolated containers billed per minute, AI tokens on the user's own Anthropic, OpenRouter or OpenAI key
    // --- AI image generators and photo studios ---
    { id: 'govideoai', name: 'GoVideoAI', vendor: 'GoVideoAI', category: 'image', domains: ['govideoai.com'], source: 'https://govideoai.com/pricing' }, // pricing: image and video generation on FLUX and other models for credits, plus custom LoRA model training
    { id: 'fotovyn', name: 'Fotovyn', vendor: 'Fotovyn', category: 'image', domains: ['fotovyn.com'], source: 'https://www.fotovyn.com/features' }, // features: "Photoshoot AI" portrait and product generation on Gemini models, paid in credits or with the user's own Gemini key
    { id: 'photostudioai-app', name: 'Photo Studio AI (photostudioai.app)', vendor: 'Photo Studio AI', category: 'image', domains: ['photostudioai.app'], source: 'https://photostudioai.app/en/pricing' }, // pricing FAQ: AI credits spent per AI task such as generating an image or processing a video; unused credits roll over three months
    { id: 'imagecrafts', name: 'ImageCrafts', vendor: 'ImageCrafts', category: 'image', domains: ['imagecrafts.app'], source: 'https://imagecrafts.app/blog/credits-system-guide' }, // vendor guide: AI image generation paid in credits by resolution and model, monthly credits by plan
    { id: 'charmloop', name: 'Charmloop', vendor: 'Charmloop', category: 'image', domains: ['charmloop.ai'], source: 'https://charmloop.ai/uk/guides/ai-image-generation-queue-explained' }, // vendor guide: studio-quality AI image generation, its base and Pro tiers' queue and GPU times
    { id: 'photosshoot', name: 'PhotosShoot', vendor: 'PhotosShoot', category: 'image', domains: ['photosshoot.com'], source: 'https://www.photosshoot.com/faq/how-long-to-generate-photo' }, // FAQ: photos generated in seconds from an AI model trained on the user's own pictures
    // --- AI video and social content ---
    { id: 'makeclipai', name: 'MakeClipAI', vendor: 'MakeClipAI', category: 'video', domains: ['makeclipai.com'], source: 'https://makeclipai.com/docs/models-and-credits' }, // docs: video generation with Kling, Pika, Seedance and Sora models, credits per clip length and plan
    { id: 'pamba-app', name: 'Pamba', vendor: 'Pamba', category: 'video', domains: ['pamba.app'], source: 'https://pamba.app/api' }, // API pricing: AI clip generation per generated second, AI avatar photos, scenes and designed or cloned voices in credits
    { id: 'socialctl', name: 'SocialCTL', vendor: 'SocialCTL', category: 'video', domains: ['socialctl.xyz'], source: 'https://socialctl.xyz/blog/how-much-does-ai-reel-cost' }, // vendor blog: reels, UGC videos and carousels drafted by Claude, OpenAI, OpenRouter or Gemini and illustrated by gpt-image-1 or Flux, priced in credits
    // --- AI writing ---
    { id: 'clarami-ai', name: 'Clarami AI', vendor: 'Clarami AI', category: 'writing', domains: ['claramiai.com'], source: 'https://www.claramiai.com/help/subscription-and-plans' }, // help: a writing editor whose plans meter AI words of generated model output, with the Clara assistant and a Review Assistant
    { id: 'allwrite', name: 'AllWrite', vendor: 'AllWrite', category: 'writing', domains: ['getallwrite.com'], source: 'https://getallwrite.com/usage/' }, // usage page: an AI writing assistant that counts generated words against monthly word credits
    { id: 'embellish-email', name: 'Embellish', vendor: 'Embellish', category: 'writing', domains: ['getembellish.com'], source: 'https://help.getembellish.com/articles/billing-faq' }, // billing FAQ: AI credits for drafting email campaigns, rewriting, subject lines and copilot suggestions
  ],
  { checked: CHECKED_C26, region: 'global' },
);
