// Twenty-first session, second leads pass (2026-12-07, helper `leads2`): the leads this session's other passes left in
// their headers ("Left out", "Leads", "not tried": long-tail-c21-photo, -legal, -finance, -uxforms, -science,
// -personal, -leads, regional-c21-dachfr, -iberlatam, -mea3 and -sea2), re-read for a page with a path on the product's
// own host that says the product itself works with AI. Nineteen leads are confirmed: RetouchFlow and Looktara (photo
// pass, blog-only there); DISCO (legal pass); PitchVault, whose methodology page says its four scores are AI scores
// (the nineteenth-session office pass and the finance pass read only its privacy page); Talkful (uxforms pass);
// Meet Helvira.AI (dachfr pass, seen there only in another company's terms); Boodzilla, MercadoBoost and CitaChat
// (iberlatam pass, left out as naming no country: listed here as global); ASKTERRA, whose main privacy page names its
// operator, RedCastle Resources (science pass); HoEasy and LifeTag (sea2 pass, no country named: global here); 3L3C
// (blog-only for the c20 Western Europe, iberlatam, mea3 and sea2 passes; its terms name a Romanian company); and from
// the leads pass's untried list Summer Engine, JobPilotX, Crewy and Zonko; Arlay (mea3 pass, seen there only on
// netlify.app), found on its own host usearlay.com; and IP Author, whose FAQ page says it drafts patents with ChatGPT
// (the legal pass saw it only at a `?p=` address). The other rows are AI products the same look-ups returned beside
// the leads, of the same kinds: AI headshot and photo tools, legal and claims AI, AI tariff classifiers and tender
// and trading tools, AI interview and usability-testing tools, AI chatbot and voice-agent platforms (three Swiss), AI
// companions and journaling, AI job-application tools, clinical AI, a private AI cloud and an AI marketing-insight tool.
//
// Leads. 45 look-ups in the stored `pages` corpus, about one per lead, worded as the vendor's own legal pages are
// ("<name> privacy policy AI", "<host> terms", in German, Spanish and Norwegian where the vendor is local). Every row
// cites a page with a path on the claimed host or a subdomain of it (Meet Helvira.AI's meet. host, Intervuws' app.
// host, Talkif's trust. host, REPLR's app. host, Helvia's and Lumi's docs. hosts, HiO's auth. host) that says in the
// vendor's words that the product restores, generates, drafts, scores, classifies, answers, calls or acts with AI, a
// language model or a named model provider; RozgarWise's is its own support page about its AI services. Hosts were
// run through /work/helpers/classify-hosts.mts and names grepped in data/ first. Arlay's policy gives
// privacy@arlay.app as its contact; arlay.app was not met as a host, so only usearlay.com is claimed.
//
// Already listed and left to their entries (met on the way): OldRestore, The Photo Restore, PhotoFlip AI,
// Photoshooter.team, AI Professional Headshots (symplyai), AI Headshots (Studio Pod), aiheadshots.best, ProHeadshots AI
// (profilelift.pro), Intake AI (intake-ai.com), LegalOn (legalontech.com), Legal AI (legal-ai.pl), UserTold.ai,
// UserJourneys, Talkpal, innochat, Kalcend, Patent Assist, deen.ai, BedTimeStoriz, GridBrush AI Lab, Shakespiel,
// ArcQuill, AI Game Dev, AI Game Generator, CreamyHire, MassApply AI, DDxRx, AL-AI (its analysis. host), OralChart,
// Crew (crew.you), Kônsul Suite, Heidi Health and Zonda. Second host found, not added as a row: lucyd2.ai, whose
// privacy page (https://lucyd2.ai/privacy) is Lucy's, "Lucy (lucyd2.com) — operated by Half Light Studio", the listed
// entry lucy-d2 (lucyd2.com).
//
// One subdomain is claimed alone: claim.ai.orbisystechnology.com (ClaimAssist AI), whose parent is the general site of
// the technology company behind it, not the product.
//
// Names: Lumi (getlumi.xyz), an AI chat-agent platform, is not the listed Lumi (artistrylab.net), ByteDance's image
// tool; Orbit (orbitllm.com), an AI marketing-insight tool, is named with its host because several other Orbits were met
// (orbitdev.org, orbitaiapp.com, useorbit.dev, orbit.hyfysoft.com), none of them the same product.
//
// Measured with /work/helpers/classify-hosts.mts on the 327 hosts the searches returned (vendors, articles, news,
// content farms, stores and shared hosts alike, in /work/helpers/out/leads2-hosts.txt): 37 classified before (11.3%),
// 99 (30.3%) after.
//
// Leads not confirmed (for a later pass): oldphotorestoration.org (still only a pages.dev copy), removeobject.org,
// teamshotspro.com, uxghost.ai, replism.com, swissbot.store, patentext.com, parami.ai, lexcentra.ai, bidterms.com,
// visitoai.com, tarifflens.ai, jobr.pro, aikias.no, mnemolog.com, iatrox.com, conseloria.com, heliamedical.com and
// orbitonline.io (no page of their own came back); oraclaim.com (its terms do not say AI); getintake.ai (IntakeAI's
// policy again only on the malformed host app.matterintake.legal.matterintake.legal); legalon-cloud.com (not met; the
// LegalOn entry keeps legalontech.com); tradelyst.ai (a trading journal whose policy names AI only as aggregated
// "AI processing data"); userintuition.ai (a security page that does not say AI); chatzaki.com and aistockanalyzer.org
// (staging hosts again); islamify.ai (pages.dev again); storytimespinner.com (an AI story maker on Gemini, still only at
// an http:// address, which the catalog cannot cite); cleantender.co.uk (its policy, in the part read, names bid drafts
// and scans but not AI); loopcv.pro (only a Freshdesk knowledge base, without AI); usemassive.com (only content-farm
// copies naming "Massive" came back); lagdinai.no (a general GDPR guide on its blog); ruthlessevaluator.ai (its guides
// still do not say the product uses AI). AI products met late and not added, for a later pass: Dr.AI (draiai.com),
// RepliAI (repliai.net), Catalizia (catalizia.com), NiaKai (niakai.ai), LL (ll.co), the Orbit LLM gateway on
// orbit.hyfysoft.com, zbern.ch's AI chatbot (its page does not name the product) and the pitch-deck analyser on
// yv.boola.ai (its vendor unnamed).
//
// Left out. Templates, drafts and placeholders (bro.ailabs.at, app.helferlain.app, helperflow.com, lucille-ai.com,
// lexitio.com, mymedpal.ai, doxtor.health, dr-naga.bitfoundry.ai, chatislam.org, islamiq.co.uk, happyapply.app,
// 10ender.com, tender-audit.com, tenderforge.app's self-declared placeholder, privacy.zws.ink, gsstorytime.com);
// staging, demo and development hosts (staging.lexaai.tech, app-demo.practivera.com); policies copied onto a
// differently named host (Looktara's on hotphotoai.com, JobPilotX's on jobfindingwithai.tech); a namesake of a listed
// name (Replai on replai.pm and replai.sh, beside the two listed ReplAI entries; LexAI, Inc.'s policy on
// lexaicontracts.com for lexai.app, beside the LexAI.llc row here); pages that do not say the product uses AI, or only in
// its name (oraclaim.com, retouch.to, lookart.ai, tellspinners.com, talkscape.io, actualvoice.ai, usabilitylab.ai,
// gethelia.dev, eazyai.uk, aiclaim.com, intaklo.com, intake.link, tradealyst.com, tradetir.ai, bidclever.ai,
// bidgenie.co, tenderscout.co.za, aijobr.com, aistockplatform.com, easystocksai.tech, zaka.ai, chatzo.cloud, cicely.ai,
// 3lc.ai, emotivohealth.com, heliacare.com, arclifehealth.com, citria.app, consulens.co, getvisto.com, visisto.com);
// pages that name no operator (retouchtools.work, crowdfree.app, visitai.eu, easyrecruitee.com, clinixsummary.ai,
// orbitdev.org); general products where AI is one feature (dointake.com, tradalyst.com, tradelytics.ai, hofai.io,
// uixperiment.com, chat.orayol.com's quality review, support.zonarsystems.net's fleet platform); services run by
// people rather than software (headshots.com's and retouching.uk's retouchers, tenderiqs.com's approved review
// packages); user-key and on-device tools (jobr.co.in, vistoformat.tech, mnemosyne.aldenmerlin.com, getmnemonic.com,
// useorbit.dev, orbitaiapp.com, zonon.app, digitaldovetail.biz's StorySpin); personal and individual projects
// (swisschat.tech, ueli-dev.com, jobpilot.prathi.tech, aistock.tools with a private person's phone number as controller,
// clauseandeffect.app, oralai.site's development-team screening tool, git.x-ys.cn's HTS classifier); tools that are
// not themselves AI (mnemora.dev's agent memory store, zynd.ai's agent registry, l6e.ai's agent cost gate);
// apps on a developer's or another company's site (libertinetech.com's Replii, hostpioneers.com's AutoJobs,
// autopilot.jobdoceo.com's alpha extension, easypalmreadings.com's WABoost page, harcourtspurbabali.com's agency
// assistant); a company's open-source local agent (zenonai.net); consultancies and agency case studies (lnetec.com,
// delatorre.ai, afki.no); articles, news, guides, public bodies and directories (most hosts met); and shared platforms
// (pages.dev, vercel.app, netlify.app, web.app, github.io, workers.dev, wordpress.com, gitbook.io, freshdesk.com,
// telegra.ph, duckdns.org and notion copies).
//
// At the merge: the traps this session's other passes (photo, legal, finance, uxforms, iberlatam, science, sea2,
// slides) and earlier ones (c19 office, c20 careers, games, leads3, westeu) had set on the hosts this pass lists were
// dropped.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const longTailC21Leads2Tools: Tool[] = defineTools(
  'other',
  [
    // --- leads confirmed on their own pages ---
    { id: 'retouchflow', name: 'RetouchFlow', vendor: 'Golden Global Hawks', category: 'image', domains: ['retouchflow.com'], source: 'https://retouchflow.com/privacy' }, // privacy: uploaded photos enhanced by AI, then delivered or published to connected Instagram accounts
    { id: 'looktara', name: 'Looktara', vendor: 'MARKUPX BRANDS TECHNOLOGIES PRIVATE LIMITED', category: 'image', domains: ['looktara.com'], region: 'india', source: 'https://looktara.com/ai-usage-disclosure' }, // AI-use disclosure: a private AI model trained on the user's photos generates portraits of them
    { id: 'disco-csdisco', name: 'DISCO', vendor: 'CS Disco, Inc.', domains: ['csdisco.com'], source: 'https://csdisco.com/legal/privacy-policy' }, // privacy: a cloud-native, AI-powered legal platform for e-discovery, document review and legal holds
    { id: 'pitchvault', name: 'PitchVault', vendor: '3P Ventures', domains: ['pitchvault.ai'], source: 'https://www.pitchvault.ai/how-we-score' }, // methodology: four independent AI scores of a pitch deck against investor criteria
    { id: 'talkful', name: 'Talkful', vendor: 'Metascend GmbH', domains: ['talkful.io'], region: 'europe', source: 'https://www.talkful.io/privacy' }, // privacy (Switzerland): respondents' voice answers processed by AI into themes, quotes and translations
    { id: 'meet-helvira-ai', name: 'Meet Helvira.AI', vendor: 'Helvira.AI', category: 'meeting', domains: ['helvira.ai'], region: 'europe', source: 'https://meet.helvira.ai/en/confidentialite' }, // privacy (Switzerland, nFADP): recordings transcribed and turned into AI meeting minutes, hosted in Switzerland
    { id: 'boodzilla', name: 'Boodzilla', vendor: 'Boodzilla', category: 'agents', domains: ['boodzilla.com'], source: 'https://boodzilla.com/privacy-policy.php' }, // privacy (Spanish): a WhatsApp AI assistant answering and booking calendar slots; replies written by Claude
    { id: 'mercadoboost', name: 'MercadoBoost', vendor: 'MercadoBoost', category: 'writing', domains: ['mercadoboost.com'], source: 'https://mercadoboost.com/terms' }, // terms: AI tools that write titles and descriptions for Amazon, MercadoLibre and Shopify listings
    { id: 'citachat', name: 'CitaChat', vendor: 'CitaChat LLC', category: 'agents', domains: ['citachat.co'], source: 'https://www.citachat.co/en/terms' }, // terms: conversations on WhatsApp, Instagram and the web automated by its proprietary AI, with appointment booking
    { id: 'askterra', name: 'ASKTERRA', vendor: 'RedCastle Resources', category: 'agents', domains: ['askterra.io'], source: 'https://www.askterra.io/privacy' }, // privacy: a geospatial AI; prompts, geospatial queries and uploaded shapefiles processed to answer
    { id: 'hoeasy', name: 'HoEasy', vendor: 'Loming AI Limited', category: 'agents', domains: ['hoeasy.ai'], source: 'https://hoeasy.ai/privacy' }, // privacy: a platform of AI agents with skills, files and Slack, WhatsApp and email channels
    { id: 'lifetag', name: 'LifeTag', vendor: 'Vital InnoTech Limited', category: 'chat', domains: ['lifetag.ai'], source: 'https://lifetag.ai/privacy' }, // privacy: a personal AI assistant that remembers context across conversations
    { id: '3l3c-ai', name: '3L3C', vendor: 'ELEC FLEET TECHNOLOGIES SRL', category: 'agents', domains: ['3l3c.ai'], region: 'europe', source: 'https://www.3l3c.ai/terms-of-service' }, // terms (Romania): an autonomous or assisted AI marketing platform that plans, creates and publishes campaigns
    { id: 'summer-engine', name: 'Summer Engine', vendor: 'Summer ApS', category: 'coding', domains: ['summerengine.com'], region: 'europe', source: 'https://www.summerengine.com/pt/privacy' }, // privacy (Denmark): an AI game engine; prompts and code snippets go to AI model providers
    { id: 'jobpilotx', name: 'JobPilotX', vendor: 'JobPilotX AI', category: 'agents', domains: ['jobpilotx.com'], source: 'https://www.jobpilotx.com/privacy' }, // privacy: AI-powered job-application automation; AI parses résumés, scores matches and writes cover letters
    { id: 'arlay', name: 'Arlay', vendor: 'Arlay', category: 'agents', domains: ['usearlay.com'], source: 'https://usearlay.com/privacy' }, // privacy: an AI assistant answering clinic leads and booking on WhatsApp; replies by Anthropic
    { id: 'crewy-ai', name: 'Crewy', vendor: 'CREWYAI, INC.', category: 'agents', domains: ['crewy.ai'], source: 'https://www.crewy.ai/privacy' }, // privacy: an AI-driven lead automation platform replying to Thumbtack, Yelp and Angi leads
    { id: 'zonko', name: 'Zonko', vendor: 'Zonko Labs Pvt Ltd', domains: ['zonko.ai'], region: 'india', source: 'https://www.zonko.ai/privacy' }, // privacy (India, DPDP Act): AI-native products, among them design tools and AI assistants
    { id: 'ip-author', name: 'IP Author', vendor: 'Dolcera', category: 'writing', domains: ['ipauthor.com'], source: 'https://ipauthor.com/faqs/' }, // FAQ: patent applications drafted with ChatGPT (GPT-4) through OpenAI's API
    // --- AI photo and headshot tools ---
    { id: 'prosnap-work', name: 'Prosnap', vendor: 'Prosnap', category: 'image', domains: ['prosnap.work'], source: 'https://www.prosnap.work/privacy' }, // privacy: AI-generated professional headshots; models deployed on Replicate
    { id: 'looksona', name: 'Looksona', vendor: 'Looksona', category: 'image', domains: ['looksonaphoto.site'], source: 'https://looksonaphoto.site/privacy' }, // privacy: photoshoots generated from a selfie by Google's Gemini API
    { id: 'lookz', name: 'Lookz', vendor: 'Lookz', category: 'image', domains: ['lookzbook.com'], source: 'https://lookzbook.com/legal/privacy' }, // privacy: beauty previews rendered from selfies by a third-party AI image-generation provider
    // --- legal and claims ---
    { id: 'claimassist-ai', name: 'ClaimAssist AI', vendor: 'ClaimAssist AI', domains: ['claim.ai.orbisystechnology.com'], source: 'https://claim.ai.orbisystechnology.com/privacy' }, // privacy: an AI-powered insurance claims platform; claims validated and adjudicated with AI models
    { id: 'lexai-llc', name: 'LexAI.llc', vendor: 'Dollar Double Empire', domains: ['lexai.llc'], source: 'https://www.lexai.llc/privacy' }, // privacy (Bermuda): an AI-powered legal platform; outputs generated by Anthropic's Claude API
    { id: 'lexora-legal', name: 'Lexora', vendor: 'Lexora', domains: ['lexora.legal'], source: 'https://lexora.legal/privacy.html' }, // privacy: legal information from its own AI model on isolated LLM infrastructure, plus lawyer matching
    { id: 'lextrail', name: 'LexTrail', vendor: 'LexTrail', domains: ['lextrail.tech'], source: 'https://lextrail.tech/privacy' }, // privacy: an AI-powered legal workflow platform for document analysis and case insights
    // --- trade, tenders and trading ---
    { id: 'tariffclassify', name: 'TariffClassify', vendor: 'TariffClassify', domains: ['tariffclassify.ai'], source: 'https://tariffclassify.ai/privacy' }, // privacy: product descriptions and images classified into tariff codes by AI, with AI clarifying questions
    { id: 'tariffmind', name: 'TariffMind', vendor: 'TariffMind', domains: ['tariffmind.ai'], source: 'https://www.tariffmind.ai/privacy' }, // privacy: tariff classification with AI; product descriptions sent to the Claude API
    { id: 'hts-classify', name: 'HTS Classify', vendor: 'HTS Classify', domains: ['hts-classify.com'], source: 'https://www.hts-classify.com/privacy' }, // privacy: product descriptions classified into HTS codes by Claude, with OpenAI embeddings
    { id: 'bidsnap', name: 'BidSnap', vendor: 'BidSnap', domains: ['bidsnap.ca'], source: 'https://bidsnap.ca/privacy' }, // privacy (Canada): tender packages analysed by Anthropic's Claude with the bidder's company profile
    { id: 'tradelocus-ai', name: 'TradeLocus AI', vendor: 'TradeLocus AI, LLC', category: 'agents', domains: ['tradelocus.ai'], source: 'https://www.tradelocus.ai/privacy' }, // privacy: strategy descriptions and natural-language trading instructions sent to Claude and GPT
    // --- research, interviews and usability testing ---
    { id: 'intervuws', name: 'Intervuws', vendor: 'Intervuws', domains: ['intervuws.com'], region: 'europe', source: 'https://app.intervuws.com/privacy.html' }, // privacy (London, UK GDPR): stakeholder interviews conducted by an AI on Anthropic's Claude API
    { id: 'ux-critique', name: 'UX Critique', vendor: 'UX Critique', domains: ['uxcritique.app'], source: 'https://www.uxcritique.app/privacy' }, // privacy: UX analysis reports generated with OpenAI's API
    { id: 'ux-agent-sensorsdata', name: 'UX Agent', vendor: 'SensorsData Limited', domains: ['uxagent.top'], source: 'https://www.uxagent.top/privacy/' }, // privacy: an AI-powered platform analysing a website's user experience from session data
    { id: 'ghostwalk', name: 'Ghostwalk', vendor: 'Ladder Research', category: 'agents', domains: ['ghostwalk.app'], source: 'https://ghostwalk.app/privacy' }, // privacy: AI usability tests; Gemini drives the browser and Claude writes the report
    // --- chatbot, voice-agent and assistant platforms ---
    { id: 'talkif', name: 'Talkif', vendor: 'Talkif, Inc.', category: 'agents', domains: ['talkif.ai'], source: 'https://trust.talkif.ai/privacy' }, // privacy: an AI-powered voice calling platform for automated inbound and outbound calls
    { id: 'websitechatbot-ch', name: 'websitechatbot.ch', vendor: 'Wistom', category: 'agents', domains: ['websitechatbot.ch'], region: 'europe', source: 'https://websitechatbot.ch/en/datenschutz' }, // privacy (Lausanne): website chatbots; visitors' messages sent to its AI providers for replies
    { id: 'botts-ai', name: 'botts.ai', vendor: 'botts.ai gmbh', category: 'agents', domains: ['botts.ai'], region: 'europe', source: 'https://botts.ai/en/widget-privacy' }, // widget notice (Zug): chat widget whose language models run at Infomaniak in Switzerland by default
    { id: 'klaro-ai', name: 'Klaro AI', vendor: 'Klaro AI', category: 'agents', domains: ['klaroai.ch'], region: 'europe', source: 'https://www.klaroai.ch/en/privacy' }, // privacy (Switzerland): an AI agent platform; queries answered by OpenAI models
    { id: 'botsai-app', name: 'BotsAI', vendor: 'JamstackAI', category: 'agents', domains: ['botsai.app'], source: 'https://botsai.app/privacy.html' }, // privacy: AI-powered WhatsApp bots for businesses, powered by Claude
    { id: 'helvia', name: 'Helvia', vendor: 'Helvia', category: 'agents', domains: ['helvia.ai'], source: 'https://docs.helvia.ai/security/data-privacy-and-handling' }, // docs: conversational agents; personal data replaced before messages reach the language model
    { id: 'lumi-getlumi', name: 'Lumi (getlumi.xyz)', vendor: 'Lumi', category: 'agents', domains: ['getlumi.xyz'], source: 'https://docs.getlumi.xyz/support/privacy-policy' }, // privacy: an AI chat-agent platform; prompts sent to Groq and Google AI
    { id: 'hio-ai', name: 'HiO', vendor: 'HiO', category: 'agents', domains: ['hio.ai'], source: 'https://auth.hio.ai/privacy' }, // privacy: an AI-powered customer experience platform working in Gmail and Calendar
    { id: 'visito-world', name: 'Visito', vendor: 'Armin Keshani', category: 'agents', domains: ['visito.world'], region: 'europe', source: 'https://www.visito.world/privacy' }, // privacy (French SIRET): a business AI concierge and AI images, videos and translations; Anthropic among processors
    { id: 'securellms', name: 'SecureLLMs.org', vendor: 'SecureLLMs.org, LLC', category: 'developer-platform', domains: ['securellms.org'], source: 'https://securellms.org/privacy-policy.html' }, // privacy: a private AI cloud platform; prompts processed by its AI models
    { id: 'orbit-orbitllm', name: 'Orbit (orbitllm.com)', vendor: 'Orbit', domains: ['orbitllm.com'], source: 'https://orbitllm.com/privacy' }, // privacy: an AI-powered marketing intelligence tool; AI insights from Google, Meta and TikTok ad data
    // --- companions, journaling and personal assistants ---
    { id: 'replr-ai', name: 'REPLR', vendor: 'REPLR, Inc.', category: 'chat', domains: ['replr.ai'], source: 'https://app.replr.ai/legal/privacy' }, // privacy: an AI companion platform; text and voice conversations with AI characters
    { id: 'lucemi', name: 'Lucemi', vendor: 'Lucemi', category: 'chat', domains: ['lucemi.me'], source: 'https://lucemi.me/privacy-policy' }, // privacy: AI-powered emotional support tools on mobile and the web
    { id: 'lifeofmine', name: 'LifeOfMine', vendor: 'Voice of Yours LLC', category: 'agents', domains: ['lifeofmine.ai'], source: 'https://lifeofmine.ai/privacy-policy' }, // privacy: AI agents that answer from an AI-inferred memory, among them a fashion agent
    { id: 'habla-con-la-historia', name: 'Habla con la Historia', vendor: 'Habla con la Historia', category: 'chat', domains: ['hablaconlahistoria.es'], region: 'europe', source: 'https://hablaconlahistoria.es/declaracion-de-privacidad-ue/' }, // privacy (Spain): generative-AI chatbots for educational conversations about history
    { id: 'lifescribe-ai', name: 'LifeScribe AI', vendor: 'LifeScribe AI Technologies Holdings LLC', category: 'writing', domains: ['trylifescribe.com'], source: 'https://trylifescribe.com/privacy-policy' }, // privacy: voice recordings and stories sent to third-party AI providers to write life stories
    { id: 'memory-log', name: 'Memory Log', vendor: 'Memory Log', domains: ['memorylog.app'], source: 'https://memorylog.app/privacy' }, // privacy: an AI-powered journal; AI extracts people, places and to-dos and writes recall quizzes
    // --- job applications and résumés ---
    { id: 'jobloop', name: 'Jobloop', vendor: 'Jobloop', category: 'agents', domains: ['getjobloop.com'], source: 'https://getjobloop.com/privacy' }, // privacy: an AI-powered platform that submits job applications on the user's behalf
    { id: 'jobifer', name: 'Jobifer', vendor: 'Auto PBR', category: 'agents', domains: ['jobifer.ai'], source: 'https://jobifer.ai/privacy-policy/' }, // privacy: an AI-powered job-search workspace with generated CVs and Gmail outreach
    { id: 'joobbr', name: 'Joobbr', vendor: 'Joobbr', category: 'writing', domains: ['joobbr.com'], source: 'https://www.joobbr.com/privacy' }, // privacy: AI-assisted fit scoring and résumé and cover-letter generation
    { id: 'jobyr', name: 'Jobырь', vendor: 'Jevgeni Potulov', category: 'writing', domains: ['jobyr.org'], region: 'europe', source: 'https://jobyr.org/privacy' }, // privacy (Estonia): an AI-powered job search and CV optimisation platform
    { id: 'rozgarwise', name: 'RozgarWise', vendor: 'RozgarWise', category: 'writing', domains: ['rozgarwise.com'], source: 'https://rozgarwise.com/support/technical-issues/is-cv-data-safe/' }, // support page: CV analysis, job finding and CV writing done by AI (Groq, Gemini or OpenAI)
    { id: 'visibility-ai', name: 'Visibility AI', vendor: 'Visibility AI', category: 'writing', domains: ['getvisibilityai.com'], source: 'https://getvisibilityai.com/privacy.php' }, // privacy: AI article generation routed through its own gateway to Groq
    // --- clinical AI ---
    { id: 'arlo-getarlo', name: 'Arlo', vendor: 'Medifusion Pro Ltd', domains: ['getarlo.io'], source: 'https://www.getarlo.io/privacy-policy' }, // privacy: clinical documentation generated with AI during consultations
    { id: 'srat-ai', name: 'SRAT-AI', vendor: 'SRAT-AI', domains: ['srat.ai'], source: 'https://www.srat.ai/privacy' }, // privacy: a medical decision support platform giving AI-powered analysis and recommendations
  ],
  { checked: CHECKED_C21 },
);
