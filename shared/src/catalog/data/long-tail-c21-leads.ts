// Twenty-first session, leads pass (2026-12-07, helper `leads`): the leads the twentieth session's passes left untried or
// could confirm only on blogs, guides, plain-http pages or shared hosts (the "Left out" headers of long-tail-c20-leads3,
// regional-c20-japan, regional-c20-korea, long-tail-c20-clinic, long-tail-c20-careers and the other c20 files), re-read
// for a page with a path on the product's own host that says the product itself works with AI. Nine leads are
// confirmed: Zonda (zonda-ai.com) and Xyntra (xyntra.tech), which the Western Europe pass left for want of an origin and
// are listed here as global; BlueLamp, the Japanese AI chat development tool; LLM Capsule, the Korean data layer that
// encapsulates sensitive fields before documents reach an LLM; Paperchat, CrawlRoo and Howsit AI, which the bots pass
// met only on blogs; VerifyChart, which the clinic pass met only on its blog; and ReApply, found on reapply.app while
// following the careers lead reapply.io. The other rows are AI products the same look-ups returned beside the leads, of
// the same kinds: résumé, job-application and interview-practice tools, meeting note-takers, clinical and veterinary
// scribes, AI phone receptionists and voice agents, website, WhatsApp and Instagram chatbots, AI agent platforms, an AI
// reasoning workspace, and a few others (an AI video desktop app, an AI coding-agent platform, a Japanese chatbot,
// a Japanese speech-translation company, content generators). Robot Lawyer (robotlawyer.jp) and Dialog AI (dialog.ltd),
// which this pass found too, are kept once, in the legal and Middle East passes' files (long-tail-c21-legal.ts,
// regional-c21-mea3.ts).
//
// Leads. 45 look-ups in the stored `pages` corpus, about one per lead host, worded as the vendor's own legal pages are
// ("<name> privacy policy AI", "<host> terms", in Japanese, Korean, German, Italian and Spanish where the vendor is
// local). Every row cites a page with a path on the claimed host or its subdomain (CrawlRoo's app.crawlroo.com, BlueLamp's
// terms.blue-lamp.jp) that says in the vendor's words that the product answers, drafts, transcribes, scores, calls or
// acts with AI, a language model or a named model provider. BlueLamp's terms were stored only at a plain-http address
// (the Japan pass left them out for that reason); the same terms link their privacy policy at
// https://terms.blue-lamp.jp/, so the row cites the https form of the page read. LLM Capsule's row cites its own
// architecture page (its terms, read by the Korea pass, name the product only). Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first; none of the rows was listed. Already listed and left
// to their entries (met on the way): fonio.ai, AIApply (aiapply.co), JobMatch (jobmatchapp.ai), Resume Optimizer
// (resumeoptimizer.ca), CantoCoach, InterviewPracticeAI, Prep For Interview, OneTier, resubldr.ai, 好简历 (haojianli.me),
// JobSense, CreamyHire, Clinical Notes AI (clinicalnotes.ai), Clinic Notes AI (niceley.ai), Regard, Kotozna ConcierGAI,
// Kaica AI, KOTORI, Talk to Nobunaga, BLUEISH Agents, Lightblue Assistant, FUKURO AI STUDIO, the Alva AI operator, VORA,
// TelAI, Dialzara, AllCall AI, HostPal, Inworld, Kalcend, gnius.ai, BotCore, SiteBotGPT, Chat With Your Site, Exei, Easy
// AI Chat Bot, AI Chat (ai-chat.co.za), PropertiesAI, Zynlab, SmartApply (smartapply.ng), WebChatAgent, RealEstateAI
// (estatepro.house), AnyDialog (whose test host test.anydialog.com was met) and Mintlify (a docs copy on mintlify.com).
// No subdomain is claimed alone.
//
// Names: Crew (crew.you), CrewLabs (crewlabs.net) and Androcrew (androcrew.com) are three different companies' agent
// products (a personal agent platform on Google and Microsoft accounts, a Florida LLC that runs agents on chat channels,
// and an assistant platform at chat.androcrew.com); Paperchat (paperchat.co, a live-chat AI chatbot) is not the
// "PaperChat.ai" document chat whose policy sits on dosmakers.dev, which is left out.
//
// Measured with /work/helpers/classify-hosts.mts on the 296 hosts the searches returned (vendors, articles, directories,
// mirrors and shared hosts alike, in /work/helpers/out/leads-hosts.txt): 47 classified before (15.9%), 114 (38.5%)
// after.
//
// Leads not confirmed (no page of their own that says AI came back, or none at all; for a later pass): reapply.io (still
// blog-only; the ReApply row is reapply.app, a DBA of 1123IT, LLC, and nothing read ties the two hosts), akira-agent.com
// (not found; ai.insidemaps.org's "Akira Ltd" AI assistant is a different, unclear product), eplep.ai (an app studio
// whose iOS apps use on-device Apple models: phone-only, left out), matrixgo.ai (its LGPD policy names "Chatbots & AI"
// only as a product line of a telecoms company), fono24.it, inquira.health, sitebot24.com and chiroscribe.io (blogs or
// guides only), deepnote.ai (terms at a query-string address describe minutes without AI), kocoro.ai (terms without AI),
// kotae.ai (not found), musubot.com (its 特定商取引法 and privacy pages sit only on musubot.pages.dev), マヤイ (terms
// only on notion.site), soricue.com (a dictation app whose terms say only that AI workflows may be offered),
// supercoder.co (not found), tandemhealth.ai (terms without AI), medivox.ai and linea-bot.es (privacy pages without AI),
// chataziendale.it (its policy only on chatniuexa.onrender.com), transcribe.health, pawfectnotes.com, hiration.com,
// jobscan.co (a scan tool whose AI is one feature, as the c16 pass judged; no page came back), wobo.ai,
// interviewsidekick.com, jobsolv.com, dialpal.ai, oncrew.ai, instanexus.io, eaxy.ai, dialogfy.com, zyndra.ai,
// mindhealthflow.ai, notudocs.com, groath.ai, automely.ai, novachatia.com and voziaperu.com (not found). Not tried for
// want of look-ups: bidterms.com, cleantender.co.uk, visitoai.com, tarifflens.ai, summerengine.com, loopcv.pro,
// usemassive.com, jobpilotx.com, jobr.pro, lagdinai.no, aikias.no, 3l3c.ai, orbitonline.io, bot101.app, mnemolog.com,
// heliamedical.com, oracoreai.com, lessrec.com, frontrx.com, iatrox.com, puppilot.co, colinicai.com, pinotagehealth.com,
// reframepractice.com, genwriter.com, veref.work, consiliari.ai, linkediza.com, localgrow.ai, frai.es, flowrefy.com,
// bots4you.de, dialfyne.com, dentalaiassist.com, the creators, email, notes, translate, lifestyle, industry and
// inference leads, and the c20 leads pass's Ultimate Council, ChatPlayground, glbgpt.com, Allmates and AIZolo. Kickresume
// (kickresume.com) stays out: a résumé builder whose AI is one feature, on a top-100k site.
//
// Left out. Articles, guides and directories (most hosts met); AI products met but not added for this pass's scope, left
// as leads (asksyntra.com's Syntra assistant, whose name matches the listed Syntra of syntra.com with nothing read to
// tell the two apart, crewy.ai, zendora-systems.com, chatbi.site's Axon API gateway, zonko.ai, job-bot.ai, jobo.world, zonn.ai's AI
// detector); pages that never say the product uses AI, or only in its name (eplex.ai, aisorted.co.za's quoting bot,
// resumeai.chat, jobsapply.app, senddm.ai, smartdmai.online, instautomate's policy, hiredaiapp.com,
// hirehere.me, novara.chat, nuovabot.com, aichatbot.so, mindhelpa.com); AI as one feature of a general
// product (chirovault.ai, mindtherapy.works, mindbridgecare.com, realestic.ai, ianoova.com,
// airlinepilotprep.com, storagebook.de's chatbot terms); user-key tools (aijobapply.tech); AIApply's namesake on
// aiapply.art, which may or may not be the listed aiapply.co; Zonder AI's policy on sylbot.com and the placeholder policy
// on vendian.ai; drafts, placeholders, staging and test hosts (dental.angelspok.com, medicalvtt.com,
// myofficehour.techwireapp.com, unternehmenschatbot.de, staging.godialog.ai, staging.autofy.live,
// novasales.ai's JSON page with a bracketed date); invite-only pilots (docnotes.app); a homepage-only source
// (noteydoc.com); `?p=` pages (aiworklyhub.com, dminsta.com, voiceboxmd.com); personal hosts
// (ai-powered-hiring-assistant.sajidmiya.tech, digitaljesse.com's ShouldApply terms, autodm-pawan.deploy.veloxara.com);
// an unclear content-farm policy (autoapply-jobs.com); a deterministic, non-LLM coder (verifymedcodes.ai); and shared
// platforms (pages.dev, vercel.app, notion.site, onrender.com, web.app, github.io, up.railway.app, mintlify.wiki, sslip.io).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const longTailC21LeadsTools: Tool[] = defineTools(
  'other',
  [
    // --- leads confirmed on their own pages ---
    { id: 'zonda-ai', name: 'Zonda', vendor: 'Zonda', category: 'agents', domains: ['zonda-ai.com'], source: 'https://www.zonda-ai.com/az-az/privacy-policy' }, // privacy: a provider of AI-powered customer service agents for websites, Instagram, Messenger and WhatsApp
    { id: 'xyntra-tech', name: 'Xyntra', vendor: 'Xyntra', category: 'agents', domains: ['xyntra.tech'], source: 'https://xyntra.tech/privacy-policy.html' }, // privacy: restaurant, clinic and shop bots; OpenAI for language processing, Deepgram for transcription
    { id: 'bluelamp', name: 'BlueLamp', vendor: '株式会社テラ', category: 'coding', domains: ['blue-lamp.jp'], region: 'japan', source: 'https://terms.blue-lamp.jp/terms-of-service.html' }, // terms: an AI chat development tool (AIチャット型開発ツール)
    { id: 'llm-capsule', name: 'LLM Capsule', vendor: 'LLM Capsule', category: 'developer-platform', domains: ['llmcapsule.ai'], region: 'korea', source: 'https://llmcapsule.ai/architecture' }, // architecture: sensitive fields encapsulated before documents go to an external AI, outputs restored locally
    { id: 'paperchat-co', name: 'Paperchat', vendor: 'Paperchat', category: 'agents', domains: ['paperchat.co'], source: 'https://paperchat.co/privacy' }, // privacy: an AI live chatbot service; chat data processed by its AI chatbot
    { id: 'crawlroo', name: 'CrawlRoo', vendor: 'CrawlRoo', category: 'agents', domains: ['crawlroo.com'], source: 'https://app.crawlroo.com/privacy' }, // privacy (Australia): AI-powered website chatbots answering from crawled site content
    { id: 'howsit-ai', name: 'Howsit AI', vendor: 'Howsit AI', category: 'agents', domains: ['howsit.ai'], source: 'https://howsit.ai/privacy-policy/' }, // privacy: AI agents and automation; AI systems generate outputs from the messages sent to them
    { id: 'verifychart', name: 'VerifyChart', vendor: 'MVP Health', domains: ['verifychart.ai'], source: 'https://verifychart.ai/security' }, // security: de-identified AI-scribe notes sent to Claude for verification before signing
    { id: 'reapply-app', name: 'ReApply', vendor: '1123IT, LLC', category: 'writing', domains: ['reapply.app'], source: 'https://reapply.app/privacy' }, // privacy: AI-powered career intelligence, résumés and cover letters; shares data with Anthropic and OpenAI
    // --- résumés, job applications and interview practice ---
    { id: 'hirable-me', name: 'Hirable', vendor: 'Hirable', category: 'writing', domains: ['hirable.me'], source: 'https://hirable.me/privacy' }, // privacy: an AI-powered SaaS that generates ATS-friendly résumés tailored to job postings
    { id: 'jobcoach-ai-cv', name: 'JobCoach AI', vendor: 'JobCoach AI', category: 'writing', domains: ['jobcoachai.cv'], source: 'https://jobcoachai.cv/methodology/data-privacy/' }, // data flow: résumé and job text sent to a large language model (OpenAI or Anthropic) to score and rewrite
    { id: 'jobappai', name: 'JobappAI', vendor: 'JobappAI', category: 'writing', domains: ['jobappai.net'], source: 'https://jobappai.net/terms' }, // terms: an AI-powered résumé optimisation platform
    { id: 'apply-and-connect', name: 'Apply&Connect', vendor: 'Apply&Connect', category: 'agents', domains: ['applyandconnect.com'], source: 'https://applyandconnect.com/privacy' }, // privacy: Google Gemini drafts tailored résumés, cover letters and recruiter outreach
    { id: 'applyai-jobapp-best', name: 'ApplyAI (jobapp.best)', vendor: 'ApplyAI', category: 'agents', domains: ['jobapp.best'], source: 'https://www.jobapp.best/privacy' }, // privacy: an AI job-application agent; CVs and jobs processed by the Claude API
    { id: 'jobbot-tech', name: 'Jobbot', vendor: 'Qgenius', domains: ['jobbot.tech'], source: 'https://www.jobbot.tech/privacy-policy' }, // privacy: AI mock interview services; interview records hold the AI interviewer's questions and feedback
    { id: 'interviews-pilot', name: 'Interviews Pilot', vendor: 'Interviews Pilot', domains: ['interviewspilot.com'], source: 'https://interviewspilot.com/privacy-policy' }, // privacy: a SaaS that uses AI for mock interviews; data processed by OpenAI
    { id: 'interviewden', name: 'InterviewDen', vendor: 'InterviewDen', domains: ['theinterviewden.com'], source: 'https://theinterviewden.com/privacy' }, // privacy: an AI interview-practice tool with generated scores and feedback
    { id: 'zobo-jobs', name: 'Zobo Jobs', vendor: 'Zobo Jobs', category: 'agents', domains: ['zobojobs.com'], source: 'https://www.zobojobs.com/privacy' }, // privacy (UK GDPR): an AI-driven interview automation platform; OpenAI and ElevenLabs as AI providers
    // --- meeting notes ---
    { id: 'notemesh', name: 'Notemesh', vendor: 'ResponseIQ', category: 'meeting', domains: ['notemesh.ai', 'notemesh.dev'], source: 'https://notemesh.ai/privacy' }, // privacy: an AI-powered meeting assistant for Zoom; Deepgram transcripts, Claude summaries
    { id: 'notesavant', name: 'NoteSavant', vendor: 'NoteSavant', category: 'meeting', domains: ['notesavant.com'], source: 'https://notesavant.com/privacy' }, // privacy: an AI-powered meeting intelligence platform; content processed by OpenAI
    { id: 'surfnote', name: 'Surfnote AI', vendor: 'Surfnote AI', category: 'meeting', domains: ['surfnote.io'], source: 'https://surfnote.io/privacy' }, // privacy: records, transcribes and summarises Zoom and Meet calls; OpenAI writes the summaries
    { id: 'deep-insight-agent', name: 'Deep Insight Agent', vendor: '造物云 (Zaowuyun)', category: 'meeting', domains: ['deepagent.wiki'], region: 'china', source: 'https://deepagent.wiki/terms' }, // terms: a meeting-insight analysis tool built on large language models, credits priced by LLM cost
    // --- clinical, veterinary and wellness ---
    { id: 'scribeoms', name: 'ScribeOMS', vendor: 'ScribeOMS', domains: ['scribeoms.com'], source: 'https://www.scribeoms.com/privacypolicy' }, // privacy: dictations transcribed and turned into clinical notes by its language models
    { id: 'owl-vet-scribe', name: 'Owl', vendor: 'Owl', domains: ['owlpov.com'], source: 'https://www.owlpov.com/terms' }, // terms: an AI scribe for veterinary professionals that drafts SOAP notes from the exam
    { id: 'md-voice-ai', name: 'MD Voice AI', vendor: 'MD Voice AI Inc.', domains: ['mdvoice.ai'], source: 'https://mdvoice.ai/privacy-policy' }, // privacy (Canada, PIPEDA and HIPAA): an artificial-intelligence voice recording service for practitioners
    { id: 'voti-ai', name: 'Voti', vendor: 'Voti', domains: ['voti.ai'], source: 'https://voti.ai/privacy-choices/' }, // privacy choices: visit transcripts sent to an AI model on AWS to draft the clinician's note
    { id: 'patientvoice', name: 'PatientVoice', vendor: 'PatientVoice', domains: ['patientvoice.com.au'], source: 'https://www.patientvoice.com.au/terms' }, // terms (Australia): AI-powered tools for transcription, case notes and letters
    { id: 'medocs-ai', name: 'Medocs', vendor: 'MEDOCS LLC', domains: ['medocs.ai'], source: 'https://medocs.ai/privacy' }, // privacy: an AI-powered medical scribe with an EHR and billing around it
    { id: 'oralchart', name: 'OralChart', vendor: 'OralChart', domains: ['oralchart.com'], source: 'https://oralchart.com/privacy-policy' }, // privacy: dental voice scribe; audio, images and notes relayed to Alibaba Cloud Qwen AI
    { id: 'clearpass-health', name: 'ClearPass', vendor: 'ClearPass', domains: ['clearpass.health'], region: 'middle-east', source: 'https://clearpass.health/trust' }, // trust page (Emirates IDs redacted): clinical note drafts generated on Anthropic's API
    { id: 'mindfix', name: 'MindFix', vendor: 'MindFix', category: 'chat', domains: ['mindfix.me'], source: 'https://mindfix.me/privacy.html' }, // privacy: an AI wellness companion overseen by therapists; conversations sent to third-party LLMs
    { id: 'mindmentor-live', name: 'MindMentor', vendor: 'MindMentor', category: 'chat', domains: ['mindmentor.live'], source: 'https://mindmentor.live/privacy' }, // privacy: an AI wellness companion whose chat runs on Azure OpenAI
    // --- AI phone receptionists and voice agents ---
    { id: 'dialdesk-ai', name: 'DialDesk AI', vendor: 'DialDesk AI LLC', category: 'agents', domains: ['dialdeskai.com'], source: 'https://www.dialdeskai.com/terms-of-service' }, // terms: an AI voice dispatcher answering calls for HVAC and plumbing firms
    { id: 'dialmind', name: 'DialMind', vendor: 'DialMind LLC', category: 'agents', domains: ['dialmind.com'], source: 'https://dialmind.com/terms-of-service' }, // terms: AI-powered outbound calling and call-centre automation
    { id: 'automationly-ai', name: 'Automationly AI', vendor: 'Automationly AI, LLC', category: 'agents', domains: ['automationly.ai'], source: 'https://automationly.ai/privacy/' }, // privacy: an AI-powered phone receptionist platform with AI prompt settings
    // --- website, WhatsApp and Instagram chatbots ---
    { id: 'paperbrainz', name: 'PaperBrainz', vendor: 'PaperBrainz', category: 'agents', domains: ['paperbrainz.com'], source: 'https://paperbrainz.com/privacy-policy' }, // privacy: AI chatbots answering from a knowledge base; OpenAI generates the responses
    { id: 'crawl-n-chat', name: 'Crawl N Chat', vendor: 'Protemco', category: 'agents', domains: ['crawlnchat.com'], source: 'https://www.crawlnchat.com/privacy' }, // privacy: an AI chatbot platform trained on a business's website with RAG
    { id: 'crawlbot-ai', name: 'CrawlBot AI', vendor: 'CrawlBot AI', category: 'agents', domains: ['crawlbot.ai'], source: 'https://crawlbot.ai/hi/privacy' }, // privacy: crawled pages indexed to serve AI answers with citations in a chat widget
    { id: 'crawbat', name: 'Crawbat', vendor: 'Crawbat Corp', category: 'agents', domains: ['crawbat.com'], source: 'https://crawbat.com/privacy' }, // privacy: an AI-powered support widget; OpenAI generates responses from business documents
    { id: 'crawlchat', name: 'CrawlChat', vendor: 'CrawlChat', category: 'agents', domains: ['crawlchat.app'], source: 'https://crawlchat.app/data-privacy' }, // data privacy: knowledge-base passages sent to LLMs (OpenAI) to generate answers
    { id: 'naxon-tech', name: 'Naxon', vendor: 'Naxon', category: 'agents', domains: ['naxon.tech'], source: 'https://naxon.tech/legal/terms' }, // terms: a cloud artificial-intelligence service of chatbots for support, sales and engagement
    { id: 'novalistic-ai', name: 'Novalistic.ai', vendor: 'Novalistic.ai', category: 'agents', domains: ['novalistic.ai'], source: 'https://novalistic.ai/privacy' }, // privacy: AI chatbot services trained on customers' content
    { id: 'chatnova-app', name: 'ChatNova', vendor: 'ChatNova', category: 'agents', domains: ['chatnova.app'], source: 'https://www.chatnova.app/privacy' }, // privacy: AI chatbot services for websites and a WordPress plugin
    { id: 'chatdivo', name: 'chatdivo', vendor: 'chatdivo', category: 'agents', domains: ['chatdivo.com'], source: 'https://chatdivo.com/privacy' }, // privacy: AI agents trained on a knowledge base, answering on the web and WhatsApp
    { id: 'dialo-ar', name: 'Dialo.ar', vendor: 'Dialo.ar', category: 'agents', domains: ['dialo.ar'], region: 'latam', source: 'https://dialo.ar/en/politica-privacidad' }, // privacy (Argentina): a WhatsApp sales bot whose messages are answered by AI (OpenAI)
    { id: 'project-mynah', name: 'Project Mynah', vendor: 'Fordel Studios Development Pvt Ltd', category: 'agents', domains: ['projectmynah.com'], region: 'india', source: 'https://www.projectmynah.com/privacy' }, // privacy: an AI assistant on WhatsApp and the web; Google Gemini writes the replies
    { id: 'instaset-ai', name: 'InstaSet', vendor: 'InstaSet', category: 'agents', domains: ['instaset.ai'], source: 'https://www.instaset.ai/privacy' }, // privacy: AI-powered Instagram DM automation that qualifies leads and books appointments
    { id: 'leadpilot-ai', name: 'LeadPilot AI', vendor: 'LeadPilot AI', category: 'agents', domains: ['getleadpilotai.com'], source: 'https://www.getleadpilotai.com/privacy' }, // privacy: AI chatbots for real estate agents; conversations sent to its AI provider
    // --- AI agent platforms and chat assistants ---
    { id: 'cyndra-ai', name: 'Cyndra', vendor: 'Cyndra', category: 'agents', domains: ['cyndra.ai'], source: 'https://www.cyndra.ai/terms' }, // terms: AI agents on Slack, Telegram and WhatsApp that run workflows with large language models
    { id: 'xt-systems', name: 'XT Systems', vendor: 'XT Systems', category: 'agents', domains: ['xt.systems'], source: 'https://xt.systems/terms' }, // terms: AI agent automation and orchestration for managed service providers
    { id: 'ai-matrx', name: 'AI Matrx', vendor: 'AI Matrx', category: 'agents', domains: ['aimatrx.com'], source: 'https://www.aimatrx.com/privacy-policy' }, // privacy: an AI-agent platform with a Chrome extension that runs an agent in the browser
    { id: 'crew-you', name: 'Crew (crew.you)', vendor: 'Crew', category: 'agents', domains: ['crew.you'], source: 'https://crew.you/privacy' }, // privacy: a personal AI agent platform on messaging apps; Whisper transcribes voice notes
    { id: 'androcrew', name: 'Androcrew', vendor: 'Androcrew', category: 'agents', domains: ['androcrew.com'], source: 'https://androcrew.com/privacy.html' }, // privacy: an AI-powered personal assistant platform using generative AI and LLMs
    { id: 'crewlabs-net', name: 'CrewLabs', vendor: 'Crew Labs LLC', category: 'agents', domains: ['crewlabs.net'], source: 'https://crewlabs.net/privacy' }, // privacy (Miami): AI agents operated for businesses on their chat channels
    { id: 'tyndal-ai', name: 'Tyndal', vendor: 'Tyndal', category: 'agents', domains: ['tyndal.ai'], source: 'https://www.tyndal.ai/privacy' }, // privacy: the Tyndal AI agent platform, reaching users across several messaging channels
    { id: 'akir-app', name: 'Akir', vendor: 'Akir', category: 'chat', domains: ['akir.app'], source: 'https://www.akir.app/privacy' }, // privacy: a reasoning workspace that streams AI responses from Google, OpenAI or Anthropic
    // --- other AI products ---
    { id: 'akari-oss', name: 'Akari', vendor: 'Akari', category: 'video', domains: ['akari-oss.app'], source: 'https://akari-oss.app/en/legal/terms/' }, // terms: AI-powered content-creation desktop software with cloud generative AI on credits
    { id: 'superconductor-dev', name: 'Superconductor', vendor: 'Volition, Inc.', category: 'coding', domains: ['superconductor.dev'], source: 'https://www.superconductor.dev/terms' }, // terms: launches AI coding agents from Anthropic, OpenAI and Google on connected repositories
    { id: 'axot-ai', name: 'Axot', vendor: 'Ewalk, Inc.', category: 'productivity', domains: ['axot.ai'], source: 'https://axot.ai/terms/' }, // terms: captures AI conversations into notes and profiles; usage measured in AI API tokens
    { id: 'waybot-jp', name: 'WAYBOT', vendor: '一般社団法人AIWAY', category: 'agents', domains: ['waybot.jp'], region: 'japan', source: 'https://waybot.jp/terms' }, // terms: an AI chat auto-reply service (AIチャット自動応答サービス)
    { id: 'kotoba-tech', name: 'Kotoba', vendor: 'Kotoba Technologies Inc.', category: 'translation', domains: ['kotoba.tech'], region: 'japan', source: 'https://www.kotoba.tech/terms' }, // terms: transcription, speech and translation outputs, non-unique by the nature of AI
    { id: 'propertybot-ai', name: 'Propertybot', vendor: 'Propertybot LLC', category: 'writing', domains: ['propertybot.ai'], source: 'https://propertybot.ai/privacy' }, // privacy: showing-prep scripts for agents generated with LLMs (Gemini, Mercury)
    { id: 'automately-ai', name: 'Automately AI', vendor: 'Automately AI', category: 'writing', domains: ['automatelyai.com'], source: 'https://www.automatelyai.com/privacy' }, // privacy: AI tools for quotations, invoices and captions; content sent to Anthropic
    { id: 'autobots-app', name: 'Autobots', vendor: 'Auto-Magically', category: 'writing', domains: ['auto-bots.app'], source: 'https://auto-bots.app/privacy' }, // privacy: social posts' captions and images generated by OpenAI from a brand profile
  ],
  { checked: CHECKED_C21 },
);
