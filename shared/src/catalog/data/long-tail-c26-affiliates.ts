// Twenty-sixth session, affiliate-programme pass (2026-12-07, helper `affiliates`): AI products that no entry claimed
// yet, found through the affiliate, partner and referral programme pages vendors keep on their own hosts (/affiliate,
// /affiliates, /affiliate-program-terms, /partners, /referral, help-centre referral articles). Such pages usually
// restate what the product is in order to tell partners what they promote. Here: an AI video generator for faceless
// and spokesperson videos (VideoBytes.ai); an AI SEO autopilot that writes AI-generated content (SeobotAI); AI meeting
// agents billed in meeting hours (CoAgentor); an uncensored AI image generator (nocensor.ai); a site its owner calls
// an AI product (detector.io); an AI workspace whose referral credits unlock on a friend's first AI action (Instill
// AI); a platform for running AI influencer characters (Influgen); a French platform to build AI voice agents
// (AirAgent); and a relationship chat for couples (CouplesGPT).
//
// Leads. 40 look-ups, all `search` calls in the stored `pages` corpus, counted as they were made. Queries: "affiliate
// program" / "recurring commission" / "partner program" / "referral program" / "become an affiliate" with AI writer,
// AI headshots, AI video generator, AI chatbot builder, AI resume, AI voice and text-to-speech, AI SEO, AI
// transcription and meeting notes, AI presentation, AI image and art, AI tutor and homework, AI agents, AI humanizer and
// detector, AI companion, AI music, AI photo editor, AI cold email and SDR, AI interior design, AI logo and brand kits,
// AI translation and dubbing, "uses OpenAI GPT", referral AI credits, AI receptionist and voice agents, AI study notes,
// AI talking avatars, AI ad creatives, AI LinkedIn ghostwriting, AI book writing, AI mock interviews, website-trained
// chatbots and audio-to-text; one blogger-list query ("best AI affiliate programs"); one query each in German, French
// and Spanish; and five look-ups spent trying to confirm leads by name (Decor8 AI, Voices AI, Slidea, SEOengine.ai,
// Impresiv AI), which returned other vendors' pages instead. Affiliate networks, affiliate software vendors and
// bloggers' income posts (dev.to above all) crowd the results; the product pages that say what the AI does are the
// rows below. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 224 hosts the searches returned (vendors, networks,
// directories, blogs, news and shared hosts alike, in /work/helpers/out/affiliates-hosts.txt): 30 classified before
// (13.4%), 40 after (17.9%). Already listed and left to their entries: HeadshotPro, Gan.AI, VideoGen, Submagic,
// BotPenguin, Candy.ai, Bit.ai, Murf, Heidi Health, Airgram, Dzine, ArtSmart, Leonardo.Ai, Paintit.ai, CallSphere,
// AgentRuntime, WordHero, Chatref, Dubverse, AI HomeDesign, DecorAI (decoraiapp.com), Rendair, Octigen, CustomGPT.ai,
// MindStudio, AdCreative.ai, Voice.ai, Sonix, Hercules and Aichiki (aichiki.com; its help centre sits on
// help.aichiki.ai, which no entry claims: a lead to add that host to the Aichiki entry once aichiki.ai is read).
//
// Doubtful rows: detector.io's affiliate content-creator policy (Devellux Inc., Delaware) calls the site "an AI
// product" without saying what it detects or generates; it is kept on the vendor's own word. Instill AI is cited from
// its help centre's referral article, which lists the product's AI actions (chat with AI to build a Collection, file
// upload for AI analysis, questions to a Collection); the product is read as AI-first from that list. AirAgent is cited
// from a general guide to affiliate marketing on its partner subdomain (affiliation.airagent.fr), whose banner and
// footer describe the product as an all-in-one platform for building an AI voice agent; airagent.fr itself was not
// read. CouplesGPT is cited from its affiliate programme's privacy notice, which describes end users chatting with
// CouplesGPT alone or paired with a partner; AI is named only as GPT in the product's name. nocensor.ai is an adult
// AI image generator, cited from its own blog post on its affiliate tiers.
//
// Left out. Pages that do not say the product uses AI, or only in its name (leads until a page on the host says so):
// getvoices.ai (Voices AI's partner terms), decor8.ai's affiliate terms, docs.seoengine.ai's affiliate policy
// (Tinycheque Ventures), interlinked-ai.com's partner rules, slidea.com's affiliate terms (Deckzi Solutions),
// seoboostai.com's affiliate terms, nextvisit.ai's referral help, colega.ai's referral credits, impresivai.com's
// affiliate-bot doc, affiliates.ai-revenuelabs.com, getchipbot.com, voxpow.com (speech recognition), pozotron.com,
// speechnotes.co ("latest Google technology"), docs.premierecopilot.com, velveteen.ai, careerdad.co.za, questapply.com,
// help.soundee.com, creator-tools.com and studynova.com. Seen only on a network's page: InstantHeadShots.ai (its brand
// guidelines on ui.awin.com: a lead once instantheadshots.ai is read). General products where AI is one feature:
// ahaslides.com, relayto.com ("AI Content Chat (Beta)"), proyecta.dev (bonus AI credits in a product not described),
// opentrain.ai (an AI-trainer job marketplace with an AI interview step), help.such.chat (Telegram bots with optional
// AI), zimflow.co.zw, openchat.rentvisie.com (a rental company's subdomain). Drafts, templates, demo and odd hosts:
// alterionlabs.com's sample affiliate agreement ("[BRACKETED PLACEHOLDERS]"; its AI affiliate-marketing agent is a
// lead), aitraders.online (closed beta, a provisional policy), testweb2-image.test987.com (Beauty AI's affiliate terms
// on a test host), 962767.com (an unnamed image editor's affiliate FAQ on a numeric host), aialttextgenerator.com's
// `?p=` page (its AI alt-text plugin is a lead). Blogs, education and agencies: learninggpt.ai, wisesuite.ai,
// girardai.com, inferensys.com, ai-kit.net (as before), makeaihq.com, chiefaiofficer.com (affiliate terms that never
// say what is sold), aisista.com (an AI chatbot CRM's blog post on credits: a lead), home-designer.app and
// interior-design.download (explainers for DecorAI: leads for its entry). Affiliate networks, software and
// directories (never rows): ui.awin.com, affcobra.com, affililist.com, aigirlfriendaffiliate.com, bestgirlfriend.ai,
// track360.io, agentref.co, affiliatepro.org, support.refersion.com, postaffiliatepro.de/.fr/.es, getchatads.com,
// syndicate-landing.pages.dev. Shared platforms: voicepal.notion.site (Voicepal's partner terms; voicepal's own host
// is a lead), alphapilot.gitbook.io, writer-pro.github.io, khaby-8qm.pages.dev, api-catalog-three.vercel.app,
// equipt-agent.vercel.app, basilakis.github.io, tokenfeed.pages.dev, pt-booster-teknologi-indonesias.gitbook.io
// (Socialchat's AI credits: a lead once socialchat.id is read).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26AffiliatesTools: Tool[] = defineTools(
  'other',
  [
    // --- video, images and characters ---
    { id: 'videobytes-ai', name: 'VideoBytes.ai', vendor: 'Enzartec LLC', category: 'video', domains: ['videobytes.ai'], source: 'https://videobytes.ai/affiliates/terms' }, // affiliate terms: an AI video generation platform that makes faceless videos and AI spokesperson videos from text for Shorts, TikTok and Reels
    { id: 'nocensor-ai', name: 'nocensor.ai', vendor: 'nocensor.ai', category: 'image', domains: ['nocensor.ai'], source: 'https://nocensor.ai/blog/nocensor-ai-s-affiliate-program-how-commission-tiers-work-and-how-to-earn' }, // vendor blog on its own affiliate tiers: an adult AI content and AI image-generation platform paying crypto commissions
    { id: 'influgen', name: 'Influgen', vendor: 'Influgen', domains: ['influgen.ai'], source: 'https://docs.influgen.ai/docs/monetization/affiliate-links' }, // docs: a workspace for running AI influencer characters, with per-character affiliate links and its own 30% affiliate programme
    // --- writing and SEO ---
    { id: 'seobotai', name: 'SeobotAI', vendor: 'SeobotAI', category: 'writing', domains: ['seobotai.com'], source: 'https://seobotai.com/affiliate-program-terms' }, // affiliate terms: AI-driven SEO services, programmatic SEO, AI-generated content and keyword research
    { id: 'detector-io', name: 'detector.io', vendor: 'Devellux Inc.', domains: ['detector.io'], source: 'https://detector.io/affiliate-program-policy' }, // affiliate content-creator policy: short-form videos promoting detector.io, which the policy calls an AI product website
    // --- meetings, workspaces and agents ---
    { id: 'coagentor', name: 'CoAgentor', vendor: 'CoAgentor', category: 'meeting', domains: ['coagentor.com'], source: 'https://coagentor.com/help/billing/referral-program' }, // help centre: referrals earn meeting credit hours for AI meeting agents
    { id: 'instill-ai', name: 'Instill AI', vendor: 'Instill AI', category: 'productivity', domains: ['instill-ai.com'], source: 'https://help.instill-ai.com/en/articles/14122977-how-does-the-referral-program-share-with-a-friend-work' }, // help centre: referral credits are earned once a friend takes an AI action (chat with AI to build a Collection, files uploaded for AI analysis, questions to a Collection)
    { id: 'airagent-fr', name: 'AirAgent', vendor: 'AirAgent', category: 'agents', region: 'europe', domains: ['airagent.fr'], source: 'https://affiliation.airagent.fr/guide/fonctionnement-affiliation/' }, // partner site (French): an all-in-one platform to build an AI voice agent, with lifetime recurring commissions for partners
    // --- chat ---
    { id: 'couplesgpt', name: 'CouplesGPT', vendor: 'CouplesGPT', category: 'chat', domains: ['couplesgpt.ai'], source: 'https://affiliates.couplesgpt.ai/privacy' }, // affiliate-programme privacy notice: end users chat with CouplesGPT, alone or paired with a partner; conversations are never shared with affiliates
  ],
  { checked: CHECKED_C26, region: 'global' },
);
