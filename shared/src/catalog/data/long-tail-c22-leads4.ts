// Twenty-second session, fourth leads pass (2026-12-07, helper `leads4`): the leads the twenty-first session's passes
// left in their headers (long-tail-c21-leads, -leads2, -leads3, regional-c21-china2, -chinabig and the other *-c21-*
// files: vendors seen only on blogs, staging hosts or shared platforms, hosts no result named, "a lead" products),
// re-read for a page with a path on the product's own host that says the product itself works with AI. Four leads are
// confirmed: Tandem Health (tandemhealth.ai, a lead since the sixteenth session, whose terms never say AI), from its
// own news article on how clinicians use its AI medical scribe in secondary care; iatroX (iatrox.com, a lead since the
// sixteenth session), from its clinical-AI standards page; Jobo AI (jobo.world, met but not added by the c21 leads
// pass), from its privacy notice; and MailAgent on mailagent.ai (support2 pass), from its privacy-assurance page on
// AI-drafted customer-service replies. The other rows are AI products the same look-ups returned beside the leads, of
// the same kinds: AI character chat and companions, AI image, music, face-swap and background-removal tools, AI email
// drafters, an AI coding platform, AI listing and ad agents, AI agent builders, AI voice agents for clinics, an AI HTS
// auditor, AI children's stories, AI journaling and reflection apps, an AI caregiver companion, a memorial "AI copy"
// service, a German AI desktop agent and an AI creative studio.
//
// Leads. 39 look-ups (37 in the stored `pages` corpus, 2 in `docs`), about one per lead, worded as the vendor's own
// pages are ("<name> privacy policy AI", "<host> terms", in Chinese, Japanese and German where the vendor is local).
// Tried and what came back: the China consumer hosts synclub.ai, gaga.art, vidqu.ai, tenorshare.ai (only
// pixpretty.tenorshare.ai's privacy page, which does not say AI; PixPretty is listed on pixpretty.com),
// pixcut.wondershare.com (only a different PixCut by LBS on pixcutweb.pages.dev), codebuddy.tencent.com (the docs
// corpus names only copilot.tencent.com and codebuddy.ai, both listed) and xinghuo.iflytek.com (articles and SEO
// spam only): no vendor page; quark.cn, chat.360.cn, bot.360.com and xverse.cn were not searched again, as the China
// passes had found nothing and each is a general site or a second host of a listed entry (Quark AI on ai.quark.cn,
// 360 Zhinao, XVERSE's chat.xverse.cn). mailagent.ai: found (row below). chatzaki.com: only staging.chatzaki.com
// again. gohumanize.ai: its acceptable-use and ethics pages came back; they describe "AI-assisted rewriting" only
// obliquely and name no operator, and the name is the listed GoHumanize's (gohumanizeai.com), so it is left for the
// merge to decide whether it is that entry's second host. deen.ai and Arlay (usearlay.com) were already listed;
// arlay.app was not met. GlobalGPT, ChatPlayground, AIZolo, Allmates, PageOn.ai, Mind-Verse, Soku, TeamShotsPro,
// Parami AI, TariffLens, ReflectMind, Kocoro, Wobo, Kotae, Youbooks, Inquira Health and ObituaryCraft: no page of their
// own came back (ObituaryCraft's policy again only on obituarycraft.pages.dev; EGON's only on egon-2.webflow.io).
// Brainsuite: only a `?p=` page. OpenProtein.AI: only its PyPI client. User Intuition: its data-protection page again,
// which does not say AI. YourTinyTale: a photo-privacy note on ai.yourtinytale.com that does not say the stories are
// made with AI.
//
// Every row cites a page with a path on the claimed host or a subdomain of it (GLOBALD's app. host, DeskAgent's doc.
// host) that says in the vendor's words that the product answers, drafts, generates, swaps, classifies, calls or acts
// with AI, a language model or a named model provider; Tandem Health's and Pomni's are the vendors' own articles about
// their own products. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Already listed and left to their entries (met on the way): Meuchico, RemoveAny, remove.bg, AI Mail Agent
// (ai-email-agent.com), Mail Assist, Aqari, AIgoHuman, ToHuman, HumanGPT, humanise.ai, Humanize AI Service,
// HumanizeWriting, voicetext's mail drafter, GPTBots, AI Model Comparator (app.423pm.com), PrivateRouter, Brain
// (trybrain.io), Raddivus, Adinize, GoMarble, Regard, Book Generator, TubeBook, AI Book Generator, Wordstead,
// Intervuws, UserJourneys, UserTold, Inworld, CallSphere, Open CX, Job Agent (jobagent.sh), JobCompanion, Kaica AI,
// Kotoba Technologies, KOTORI, Kotozna ConcierGAI, Kalcend, Dyscribe, TariffClassify, TariffMind, HTS Classify,
// Photoshooter.team, the symplyai and Studio Pod headshot tools, aiheadshots.best, Prosnap, ProfileLift, BedTimeStoriz,
// Reflect (nexybox), Pictory and aislidegenerator.ai. Second hosts for the merge, not added as rows: hellorep.ai (Rep
// AI's site; the rep-ai entry claims rep.ai), and the China leads above that are hosts of listed entries.
//
// Names: MailAgent (mailagent.ai), an AI customer-service reply drafter that learns from a team's past conversations, is
// named with its host beside the listed MailAgent Gmail add-on (mailagent.email); nothing read ties the two, and if they
// are one vendor the merge should fold this row into that entry. Synthetic (synthetic.actor) is not Synthetic
// (synthetic.new, an inference provider); MailCopilot (mailcopilotextension.com), a Chrome extension that drafts AI email
// replies, is named with its host because the sixteenth-session pass left a "MailCopilot" out as general software;
// Hello (usehello.ai) and Reflections (getreflections.ai) are named with their hosts beside the many Hello- and
// Reflect- names; the Lucy module of Average Joe's AI (aijoes.net) is not Parami AI's Lucy.
//
// Measured with /work/helpers/classify-hosts.mts on the 248 hosts the searches returned (vendors, articles, news, blogs,
// registries, stores and shared hosts alike, in /work/helpers/out/leads4-hosts.txt): 55 classified before (22.2%), 88
// (35.5%) after.
//
// Earlier traps on hosts listed here, found by /work/helpers/trapcheck.mts (left for the merge to drop, as the leads3
// pass did): c20 clinic (tandemhealth.ai's Danish terms and an iatrox.com blog page), c21 leads (the same Tandem terms),
// c21 personal (the pomni.life article cited here, trapped there as a lead) and c21 support2 (mailagent.ai's
// privacy-assurance page cited here, trapped there as a lead not followed).
//
// Doubtful rows: MailAgent (mailagent.ai), for the reason above; Jobo AI, whose privacy notice says only that its
// services include "AI-powered tools and features"; Synthetic, run by a named individual; ELYSIO, whose cited page is
// its app's studio screen listing Gemini-routed operations.
//
// Left out. Placeholders and drafts (creativead-ai.com's "[Your Company Name]", mindmore.ai, treemong.cn's bracketed
// company and retention period, zeltra.app, chatbot.eyratech.com, yourbedtimestory.com's "[[REGISTERED ADDRESS]]",
// mailpilot.tedbotai.com's "add a support contact method for production", www.zakra.esap.ai); staging, dev and test
// hosts (staging.chatzaki.com, dev.cluster365.ai, automail.jacktest.net) and a bare IP address (Listen MD AI's terms);
// pages that do not say the product uses AI, or only in its name (remove-bg.ai, photoretouch.top, genartstudio.org,
// ai-art-gen.com, vidmageai.com's generic terms, lovematchinc.com, doujinchat.com, mail.rajnish.app, mailagents.net,
// gptconnect.ai, allai.ae, viewcreativity.com's VidMorph, medicalnote.ai, maplevoice.ai, jobybots.com, dohr.jobago.ai,
// tarifix.com, obituarysuite.com, ads.vadiimi.com, automads.ai, agents-chat.com and agenzaar.com, which do not run AI
// themselves); general products where AI is one feature (Eskimi's creative insights, adsmaa.com, adloop.live's rules
// engine with a Gemini digest, Healthie's AI scribe, Zanda's note scribe on a clinic's site, reflectdiary.app,
// reflections-sanctuary.space, TENSOR Med, AllSet, agorum's ALBERT | AI, temporalis.io, Tandem Telehealth);
// bring-your-own-key tools (jobsmith.qubora.ai); agencies, consultancies and company sites (nexusinnovate.net,
// mindbase.tech, ibd-ventures.com, argm.co.il's own sales agent, wordstead.allsignal.agency, gosign.se, docota.de's
// custom GPT for one client, cora.ai-one.com, argocruce.com, XVERSE's corporate site); a distributed-compute token
// platform (globai.org) and a crypto site (officialmindai.com); personal portfolios and blogs (ceena.dev,
// johndegraft.app, fastchicken.co.nz, zenn.dev hackathon posts); an AI agent platform whose page names no product
// (agentplatform.app); a root page without a path (jellyfish-interactive.com); a Vietnamese copy of another vendor's
// terms (blgconnect.asia); and shared platforms (pages.dev, vercel.app, netlify.app, web.app, webflow.io,
// azurestaticapps.net, github.io, blogspot, notion and sites.google.com copies, among them TinyTales, whose policy names
// tinytales.cn: a lead).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22Leads4Tools: Tool[] = defineTools(
  'other',
  [
    // --- leads confirmed ---
    { id: 'tandem-health', name: 'Tandem Health', vendor: 'Tandem Health AB', category: 'meeting', domains: ['tandemhealth.ai'], source: 'https://tandemhealth.ai/news-articles/making-ai-work-on-the-ward-lessons-from-the-frontlines-of-secondary-care' }, // own news article: AI medical scribes taking off in primary care, where GPs are Tandem's heaviest users, and bringing them to hospital wards
    { id: 'iatrox', name: 'iatroX', vendor: 'iatroX', category: 'search', domains: ['iatrox.com'], source: 'https://www.iatrox.com/clinical-ai-standards' }, // clinical AI standards: a clinical knowledge platform whose AI answers clinicians' questions with traceable, guideline-grounded output
    { id: 'jobo-world', name: 'Jobo AI', vendor: 'Jobo AI', category: 'search', domains: ['jobo.world'], source: 'https://jobo.world/privacy-policy' }, // privacy notice: Jobo AI's job-search services and "AI-powered tools and features"
    { id: 'mailagent-ai', name: 'MailAgent (mailagent.ai)', vendor: 'MailAgent', category: 'writing', domains: ['mailagent.ai'], source: 'https://mailagent.ai/privacy-assurance/' }, // privacy assurance: generates draft customer-service email replies learned from past conversations, which AI anonymizes first
    // --- chat, companions and reflection ---
    { id: 'sinyachat', name: 'SinyaChat', vendor: 'SinyaChat', category: 'chat', domains: ['sinyachat.com'], source: 'https://sinyachat.com/privacy' }, // privacy: a mobile app for AI character creation, roleplay storytelling and AI chat, prompts sent to a third-party AI provider
    { id: 'allamigo', name: 'AllAmigo', vendor: 'AllAmigo', category: 'chat', domains: ['allamigo.com'], source: 'https://allamigo.com/privacy' }, // privacy: an AI companion service run from India whose chats are stored so the AI remembers context
    { id: 'mindflex-world', name: 'Mindflex', vendor: 'Mindflex', category: 'chat', domains: ['mindflex.world'], source: 'https://mindflex.world/compliance' }, // compliance: an AI wellness companion powered by Anthropic's Claude under prompts written by psychotherapy researchers
    { id: 'reflektive-ai', name: 'Reflektive', vendor: 'Myndful Innovations LLC', category: 'chat', domains: ['reflektive.ai'], source: 'https://www.reflektive.ai/privacy-policy' }, // privacy: sessions processed through its AI pipeline, with AI-generated insights and a memory graph of patterns
    { id: 'getreflections-ai', name: 'Reflections (getreflections.ai)', vendor: 'Reflections', category: 'image', domains: ['getreflections.ai'], source: 'https://getreflections.ai/privacy' }, // privacy: a journaling app that turns entries into AI-generated illustrations
    { id: 'tendto-ai', name: 'TendTo', vendor: 'TendTo', category: 'chat', domains: ['tendto.ai'], source: 'https://www.tendto.ai/cms-pledge/conversational-ai' }, // CMS pledge page: Tali, TendTo's AI care companion for family caregivers, answers with AI-generated, labelled responses
    { id: 'pomni-life', name: 'Pomni', vendor: 'Pomni', category: 'chat', domains: ['pomni.life'], source: 'https://pomni.life/articles/en/privatnost-dannyh-ii-kopii.html' }, // own article: memorial pages with an "AI copy" of a loved one trained on their voice, photos and messages
    // --- image, video and audio ---
    { id: 'synthetic-actor', name: 'Synthetic (synthetic.actor)', vendor: 'Jurij Malovrh', category: 'image', domains: ['synthetic.actor'], source: 'https://synthetic.actor/privacy' }, // privacy: AI character creation and AI image generation from reference images and prompts, billed in credits
    { id: 'gallerieai', name: 'GallerieAI', vendor: 'GallerieAI', category: 'image', domains: ['gallerieai.com'], source: 'https://www.gallerieai.com/terms' }, // terms: an AI-powered art platform generating images with FLUX and SDXL models
    { id: 'artaigen-app', name: 'artaigen.app', vendor: 'artaigen.app', category: 'image', domains: ['artaigen.app'], source: 'https://artaigen.app/terms-of-service' }, // terms: a cloud platform for creating images with its generative AI technology
    { id: 'erasebgpro', name: 'Erase Background Pro', vendor: 'Erase Background Pro', category: 'image', domains: ['erasebgpro.com'], source: 'https://erasebgpro.com/terms' }, // terms: an AI online image-processing SaaS for background removal and cutouts, run by an individual developer
    { id: 'fococlipping', name: 'Fococlipping', vendor: 'Fococlipping', category: 'image', domains: ['fococlipping.com'], source: 'https://www.fococlipping.com/terms-and-conditions' }, // user agreement: an AI picture-cutout tool (automatic, batch and portrait cutouts, AI background generation)
    { id: 'videoswapface', name: 'VideoSwapFace', vendor: 'VideoSwapFace', category: 'video', domains: ['videoswapface.com'], source: 'https://videoswapface.com/privacy-policy' }, // privacy: AI-powered face swap for videos, GIFs and images
    { id: 'videofaceswap-net', name: 'VideoFaceSwap.net', vendor: 'VideoFaceSwap.net', category: 'video', domains: ['videofaceswap.net'], source: 'https://videofaceswap.net/privacy' }, // privacy: an AI-powered face-swap service
    { id: 'bythen-ai', name: 'bythen', vendor: 'bythen', category: 'video', domains: ['bythen.ai'], source: 'https://www.bythen.ai/terms-of-use' }, // terms: services that use AI models to generate videos, virtual characters and other synthetic media from user input
    { id: 'gafana-ai', name: 'Gafana AI', vendor: 'Gafana AI', category: 'audio', domains: ['gafana.ai'], source: 'https://gafana.ai/en/terms' }, // terms: AI-powered music creation (songs, lyrics, cover art) from text descriptions
    { id: 'elysio-ai', name: 'ELYSIO', vendor: 'ELYSIO', category: 'image', domains: ['elysio-ai.com'], source: 'https://elysio-ai.com/studio/assistant' }, // its AI creative studio: AI script, caption and prompt operations routed to Gemini, billed in credits
    // --- writing, email and stories ---
    { id: 'mailcopilot-extension', name: 'MailCopilot (mailcopilotextension.com)', vendor: 'MailCopilot', category: 'writing', domains: ['mailcopilotextension.com'], source: 'https://mailcopilotextension.com/privacy' }, // privacy: a Chrome extension that generates AI-powered email reply drafts in Gmail and Outlook Web
    { id: 'tinystories-ai', name: 'Tiny Stories', vendor: 'Younify Tech Limited', category: 'writing', domains: ['tinystories.ai'], source: 'https://tinystories.ai/privacy' }, // privacy (UK): personalised children's stories with AI-generated text and AI-styled character images
    { id: 'globald-ai', name: 'GLOBALD', vendor: 'Global D, LLC', category: 'writing', domains: ['globald.ai'], source: 'https://app.globald.ai/privacy-policy' }, // terms and privacy: a platform powered by AI that generates, optimizes and localizes Amazon product listings
    // --- agents, coding and business tools ---
    { id: 'nuvra-tech', name: 'Nuvra', vendor: 'Nuvra Limited', category: 'coding', domains: ['nuvra.tech'], source: 'https://nuvra.tech/terms-of-service' }, // terms (Abu Dhabi): a vibe-coding platform with AI models and AI code generation, metered in credits
    { id: 'mind-e-ai', name: 'Mind-e', vendor: 'Mind-e', category: 'agents', domains: ['mind-e.ai'], source: 'https://mind-e.ai/privacy' }, // privacy: a platform to train and run AI agents on uploaded documents and websites
    { id: 'adslive-org', name: 'Ads Live', vendor: 'Ads Live', category: 'agents', domains: ['adslive.org'], source: 'https://www.adslive.org/privacy-policy' }, // privacy: an AI-powered Meta advertising platform that builds and publishes campaigns through a chat with its AI assistant
    { id: 'aijoes-net', name: "Average Joe's AI", vendor: "Average Joe's AI LLC", category: 'agents', domains: ['aijoes.net'], source: 'https://aijoes.net/privacy-policy' }, // privacy: AI modules on WhatsApp (among them Lucy, for payment commitments) that answer end users for client businesses
    { id: 'usehello-ai', name: 'Hello (usehello.ai)', vendor: 'Hello, Inc.', category: 'audio', domains: ['usehello.ai'], source: 'https://usehello.ai/pages/ai_transparency.html' }, // AI transparency statement: AI voice agents that take inbound and outbound calls for healthcare practices
    { id: 'htscodeauditor', name: 'HTS Code Auditor', vendor: 'HTS Code Auditor', category: 'productivity', domains: ['htscodeauditor.com'], source: 'https://htscodeauditor.com/privacy' }, // privacy: audits CBP entry data for HTS classification, the entry held in memory until the AI response is generated
    { id: 'deskagent-de', name: 'DeskAgent', vendor: 'DeskAgent', category: 'agents', domains: ['deskagent.de'], source: 'https://doc.deskagent.de/de/reference/anonymization' }, // docs (German): a desktop agent that reads Outlook mail and has the AI draft answers, anonymizing personal data before it reaches the AI
  ],
  { checked: CHECKED_C22 },
);
