// Twentieth session, pass `cee` (2026-12-07, helper `cee`): AI tools made in or mainly used in Central and Eastern
// Europe, the Balkans, Greece and Turkey that no entry claimed yet. Here: AI assistants and chatbot builders for
// companies (Ameno, Iliana AI, BCOps AI, AISolve, Own.Assistant, Sophea.AI, JuttAI, AIME, OurAI, s4p, Teakoht,
// OstuniHelper, AI Per Second, BopyAI, chatebot, ChatbotSaaS, Aihelpbot, Conversie.ai, Tech Buddy, AI Employee), AI for
// law in Czech, Hungarian, Croatian, Serbian, Bulgarian and Estonian (CODEXIS AI, Iratfeldolgozó, zakon.ai, Factum,
// Praven Intelekt, Seadusabi), AI transcription and voice notes (Beey, SalesMemo, Speekra, Transcriptmate,
// SoundScript.AI), AI writing, translation and e-commerce copy (PřekladačAI, Describelio, Opisvai, Eskritor, Kontexta),
// AI for study and exams (StudyFi, AI Koçu, Ukrainian Tutor), AI media generation (Tengr.ai, DAZBOG.AI, reclamepenet,
// Espresso AI, VidSeeds), generative-engine optimisation (Semly.ai, RomAIx), AI companions and personal assistants
// (BELYO, PsycAI, AI Gatanje, goodenough.world, Rita AI), an AI accounting assistant (AccountantX), an AI gateway
// (Encorp AI), an MCP connector hub (connectors.hu), a GDPR chatbot (DPO Pilot) and an AI Act compliance evaluator
// (AITIA).
//
// Leads. 50 look-ups in the stored `pages` corpus, first in the region's languages the way vendors word their own legal
// pages (Polish regulamin / polityka prywatności, Czech obchodní podmínky / zásady ochrany osobních údajů, Slovak
// podmienky používania, Hungarian ÁSZF / adatkezelési tájékoztató, Romanian termeni și condiții, Bulgarian общи
// условия, Croatian and Serbian uvjeti / uslovi korišćenja, Slovenian pogoji uporabe, Lithuanian, Latvian and Estonian
// terms, Greek όροι χρήσης, Turkish kullanım koşulları / KVKK aydınlatma metni, Ukrainian умови використання / публічна
// оферта), then in English with the local company forms (sp. z o.o., s.r.o., Kft., SRL, EOOD, OÜ, UAB, d.o.o., A.Ş.,
// P.C.). Native-language queries that named OpenAI mostly returned news and law-firm articles; the English queries with
// company forms returned the vendors. Every row cites a terms, privacy, DPA or product page, with a path, on the
// product's own host or a subdomain of it (Encorp AI's platform subdomain, Sophea.AI's home subdomain, VidSeeds' API
// subdomain, Tengr.ai's classic subdomain, the AITIA evaluator's shop subdomain), and that page says in the vendor's
// words that the product answers, generates, transcribes, translates or analyses with AI, LLMs or named model
// providers. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 321 hosts the searches returned (vendors, articles, law firms,
// stores and shared hosts alike, in /work/helpers/out/cee-hosts.txt): 42 classified before (13.1%), 98 after (30.5%). A
// few rows met on the way lie outside the region and keep their own region: OurAI (Denmark), OstuniHelper (Italy),
// RomAIx (Netherlands) and Own.Assistant (Ireland, Greek law) as europe; BopyAI, chatebot, ChatbotSaaS, SoundScript.AI,
// Eskritor, VidSeeds and Rita AI as global; the Turkish rows (Aihelpbot, AI Koçu, PsycAI) as middle-east, as earlier
// passes placed Turkish tools.
//
// Already listed and left to their entries: czat.ai, informatyk.ai, Rozmawiaj AI, Promptuj, AiPost, Janosik.AI, Lovelio
// (aizyczenia.pl), Obtains, TAIbot (taibot.cz is its Czech copy, a lead for an alias like taibot.sk), Claila, Seenly,
// MusicBox AI, YourSong, BgGPT, Sag-AI, O.Translator, Speech-to-Text.co, NotizPro, Trash Chat, Contety, Turkish.AI,
// BonusVoice, PawSnap AI, aichat.md, teo.ai (aiteo.tech), AllAI, AI Assistant (aiassistant.com.ua), aiassistance.app,
// GuideGlare, Evenly, Prohost AI, MirekAI, tl;dv and mAiGreece.
//
// Left out. News, blogs and law-firm articles (most hosts met); pages seen only on shared platforms (spoknlog and
// livesuggest on pages.dev, grymoir.pages.dev, vladairo.github.io, tatra2-ai.vercel.app, sites.google.com, telegra.ph);
// pages with placeholders or drafts (audiototextonline.com's {{COMPANY_LEGAL_NAME}}, appory.app's [Company Legal Name],
// mcpappagency.com's [Website / Platform Name], thefreemoji.com's draft note, pms.toapartments.eu's [PLACEHOLDER_ICO]);
// test or sandbox hosts (test-mina-interactive.awelonai.com, ai4elearning-dev.ttms.pl); pages cited only by a `?p=`
// query (voicie.com, a Polish AI voice assistant, and salesbot.pl: leads); agencies and consultancies that build bots
// for clients rather than run a product (lessmanual.ai, aiventure.digital, aisolutions.ro, ai-smart.hu, dkral.cz,
// transformuj.ai, aiautomation.rs, safe4ai.com, aiprocesai.lt, gusso.sk, haaba.hu, studiokozubek.pl); general products
// whose AI is one feature (Mioweb AI, tapy.to's analytics, carbondeck.io, Preduzmi's invoice extraction,
// matury-online.pl, ingilizcesinavi.com, AskCore's analytics, rixtech.lv's DMS module, support.marty.hr,
// clearaidesk.com, netexam.com, the Pythia chatbot on discovergreece.com, ERGO Hellas' virtual assistant, the BIS
// assistant on bis.gov.lv); pages that do not say the product uses AI (advomate.cz's data page, dikaio.ai's privacy
// notice, handy.ai's offer, arhi.ai's policy, tellmee.sk's terms, slohgpt.sk's cookie page, garseja.lt's terms,
// intelektika.lt's terms, selambuddy.com, chat.miratools.app, llm-machines.com's policy: leads); gptagent.ai, a privacy
// page naming no operator whose name matches GPTAgent (gptagent.com, listed) with no sign of the same vendor; personal
// sites and subdomains (fintech.aleksa.me, devujic.com, tatishvili.com); sister sites named only on another host's page
// (brainbuzzy.com and qoowee.com on ndot.io, jogaszdoktor.hu on iratfeldolgozo.hu); the Wondel.ai network's
// nauczyciel.ai, specjalista.ai, postacie.ai and pomoc.ai, seen only on their blog articles (leads for czat.ai-style
// rows); Russian-operated services (gpt-open.ru, ip2.ru), which belong to the CIS pass (ai-chat.pw, ai-helper-bot.ru
// and askbrainy.com, met here too, are already listed).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

export const regionalC20CeeTools: Tool[] = defineTools(
  'chat',
  [
    // --- AI assistants and chatbot builders for companies ---
    { id: 'ameno-hr', name: 'Ameno', vendor: 'Ameno', domains: ['ameno.hr'], source: 'https://ameno.hr/terms-of-service' }, // terms (Croatian): a digital chatbot on generative AI models answering over WhatsApp and Telegram with a general-purpose LLM
    { id: 'iliana-ai', name: 'Iliana AI', vendor: 'Iliana IT Services EOOD', category: 'agents', domains: ['ilianaai.com'], source: 'https://ilianaai.com/terms-of-service/' }, // terms: an AI digital agent tool, an interactive conversational AI system (Bulgaria)
    { id: 'bcops-ai', name: 'BCOps AI', vendor: 'BCOps AI', domains: ['ai.bcops.ro'], source: 'https://ai.bcops.ro/privacy' }, // privacy (Romanian): prompts, conversations and uploaded documents; opt out of AI model training
    { id: 'aisolve-me', name: 'AISolve', vendor: 'Tibor Tóth EV', domains: ['aisolve.me'], source: 'https://aisolve.me/chatbot-aszf' }, // terms (Hungary): AI chatbot (RAG) packages, OpenAI/Anthropic API access included
    { id: 'own-assistant', name: 'Own.Assistant', vendor: 'Own.Solutions AC Ltd', domains: ['ownassistant.ai'], source: 'https://ownassistant.ai/privacy-policy.html' }, // privacy (Greek law): a virtual service assistant application using artificial intelligence as a SaaS
    { id: 'sophea-ai', name: 'Sophea.AI', vendor: 'KIEFER S.A.', domains: ['sophea.ai'], source: 'https://home.sophea.ai/en/privacy-policy' }, // privacy: an artificial intelligence product, a digital assistant trained for Greek and English
    { id: 'jutt-ai', name: 'JuttAI', vendor: 'JuttAI OÜ', domains: ['jutt.ai'], source: 'https://jutt.ai/privacy-policy' }, // privacy: AI-based solutions, AI chat and AI-agent functionalities (Estonia)
    { id: 'bopyai', name: 'BopyAI', vendor: 'BopyAI', domains: ['bopyai.com'], region: 'global', source: 'https://bopyai.com/privacy' }, // privacy: an embeddable chat widget; AI processing and limitations section
    { id: 'chatebot', name: 'chatebot', vendor: 'CHATEBOT (SMC-Private) Limited', domains: ['chatebot.com'], region: 'global', source: 'https://chatebot.com/legal/dpa' }, // DPA: OpenAI processes chat messages and knowledge-base content for AI chat responses
    { id: 'chatbotsaas-org', name: 'ChatbotSaaS', vendor: 'ChatbotSaaS', domains: ['chatbotsaas.org'], region: 'global', source: 'https://chatbotsaas.org/dpa' }, // DPA: operation of an AI chatbot on customer websites; OpenAI as language-model sub-processor
    { id: 'aihelpbot-live', name: 'Aihelpbot', vendor: 'Aihelpbot', category: 'agents', domains: ['aihelpbot.live'], region: 'middle-east', source: 'https://aihelpbot.live/en/legal/privacy' }, // privacy (KVKK): created AI agents; conversation contents sent to OpenRouter
    { id: 'conversie-ai', name: 'Conversie.ai', vendor: '38 Elements DOO', category: 'writing', domains: ['conversie.ai'], source: 'https://www.conversie.ai/privacy' }, // privacy (Serbia): an API for real-time content generation with AI services
    { id: 'tech-buddy-datasentics', name: 'Tech Buddy', vendor: 'DataSentics, a.s.', category: 'agents', domains: ['mytechbuddy.io'], source: 'https://www.mytechbuddy.io/vseobecne-obchodni-podminky' }, // terms (Czech company): Tech Buddy, an AI agent for manufacturing and industrial companies
    { id: 'ai-employee-cloud', name: 'AI Employee', vendor: 'TRYROSO P.C.', category: 'agents', domains: ['ai-employee.cloud'], source: 'https://ai-employee.cloud/privacy' }, // privacy (Greek law): AI-assisted development environments, prompts and workspaces
    { id: 'aime-gr', name: 'AIME', vendor: 'AIME Τεχνολογικές & Ψηφιακές Υπηρεσίες Ε.Ε.', domains: ['aime.gr'], source: 'https://aime.gr/en/privacy' }, // privacy: AI prompts submitted through platform tools; AI model and retrieval providers
    { id: 'ourai-dk', name: 'OurAI', vendor: 'OurAI ApS', domains: ['ourai.dk'], source: 'https://ourai.dk/legal/privacy-policy' }, // privacy (Denmark): the OurAI product, prompts and conversations of individual and organisation accounts
    { id: 'encorp-ai', name: 'Encorp AI', vendor: 'Encorp Bulgaria Ltd', category: 'developer-platform', domains: ['encorp.ai'], source: 'https://platform.encorp.ai/privacy' }, // privacy: a secure AI gateway; token usage and model selection; zero retention of AI content
    { id: 'connectors-hu', name: 'connectors.hu', vendor: 'Szota Szabolcs', category: 'agents', domains: ['connectors.hu'], source: 'https://connectors.hu/en/terms' }, // terms: exposes Hungarian business systems to the user's AI agent over the Model Context Protocol
    { id: 's4p-eu', name: 's4p', vendor: 's4p OÜ', domains: ['s4p.eu'], source: 'https://s4p.eu/privacy' }, // privacy (Estonia): AI tools; prompts sent to OpenAI for processing
    { id: 'teakoht-ee', name: 'Teakoht', vendor: 'Teakoht OÜ', domains: ['teakoht.ee'], source: 'https://teakoht.ee/privacy' }, // privacy: AI assistant services for spare-part search; queries sent to Google APIs
    { id: 'ostunihelper', name: 'OstuniHelper', vendor: 'OstuniHelper', domains: ['ostunihelper.it'], source: 'https://ostunihelper.it/de/privacy' }, // privacy: OstuniAI chats processed through OpenRouter language models
    { id: 'aipersecond', name: 'AI Per Second', vendor: 'Bilionbuy International s.r.o.', domains: ['aipersecond.com'], source: 'https://aipersecond.com/en/gdpr' }, // GDPR policy (Slovakia): an artificial intelligence-based platform analysing user prompts
    { id: 'dpo-pilot', name: 'DPO Pilot', vendor: 'Klemen Kraigher Mišič s.p.', domains: ['dpopilot.eu'], source: 'https://dpopilot.eu/privacy' }, // privacy (Slovenia): a GDPR chatbot; queries sent to Anthropic / OpenAI to generate AI responses
    { id: 'aitia-ai-act-evaluator', name: 'EU AI Act Compliance Evaluator', vendor: 'AITIA International Zrt.', category: 'productivity', domains: ['aiact.aitia.ai'], source: 'https://shop.aiact.aitia.ai/policies/terms-of-service' }, // terms: an artificial intelligence-based compliance evaluation service (Hungary)
    // --- AI for law ---
    { id: 'codexis-ai', name: 'CODEXIS AI', vendor: 'ATLAS consulting spol. s r.o.', category: 'search', domains: ['codexis.ai'], source: 'https://codexis.ai/en/podminky-uziti/' }, // AI terms (Czech): artificial-intelligence functions that generate outputs from user data
    { id: 'iratfeldolgozo', name: 'Iratfeldolgozó', vendor: 'GFDMM Kft.', category: 'productivity', domains: ['iratfeldolgozo.hu'], source: 'https://iratfeldolgozo.hu/aszf' }, // ÁSZF (Hungarian): artificial intelligence-based legal document analysis
    { id: 'zakon-ai', name: 'zakon.ai', vendor: 'Novi forum d.o.o.', category: 'search', domains: ['zakon.ai'], source: 'https://zakon.ai/member-tos-page/' }, // terms (Croatian): a contextual AI search of Zakon.hr and EUR-Lex using generative AI
    { id: 'factum-rs', name: 'Factum', vendor: 'AI ASISTENT FACTUM doo Beograd', category: 'search', domains: ['factum.rs'], source: 'https://factum.rs/rs/terms' }, // terms (Serbian): an AI-based research assistant for lawyers that generates summaries and documents
    { id: 'praven-intelekt', name: 'Praven Intelekt', vendor: 'СкаргоАИ ЕООД', domains: ['pravenintelekt.com'], source: 'https://pravenintelekt.com/privacy-policy' }, // privacy (Bulgarian): a legal assistant with artificial intelligence at app.pravenintelekt.com
    { id: 'seadusabi-ee', name: 'Seadusabi', vendor: 'Turundusruum OÜ', domains: ['seadusabi.ee'], source: 'https://seadusabi.ee/privaatsustingimused' }, // privacy (Estonian): AI-based chatbot answers and analysis of uploaded files
    // --- AI transcription and voice notes ---
    { id: 'beey', name: 'Beey', vendor: 'Beey', category: 'audio', domains: ['beey.io'], source: 'https://www.beey.io/cs/beey-ve-statni-sprave/' }, // product page (Czech): automatic speech-to-text in the online app Beey, AI transcripts of meetings
    { id: 'salesmemo', name: 'SalesMemo', vendor: 'Mijoo s.r.o.', category: 'meeting', domains: ['salesmemo.sk'], source: 'https://www.salesmemo.sk/sk/podmienky-pouzivania' }, // terms (Slovak): transcripts, summaries and follow-ups generated by artificial intelligence
    { id: 'speekra', name: 'Speekra', vendor: 'designlab Barbara Sekulska-Dul', category: 'audio', domains: ['speekra.com'], source: 'https://speekra.com/en/terms-of-service' }, // terms (Poland): transcription and analysis with AI models; Google Gemini
    { id: 'transcriptmate', name: 'Transcriptmate', vendor: 'Hinter Sp. z o.o.', category: 'audio', domains: ['transcriptmate.com'], source: 'https://transcriptmate.com/terms' }, // terms (Poland): AI outputs generated from uploaded recordings: transcripts, summaries, posts
    { id: 'soundscript-ai', name: 'SoundScript.AI', vendor: 'Envixo Products Studio LLC', category: 'audio', domains: ['soundscript.ai'], region: 'global', source: 'https://soundscript.ai/cs/terms' }, // terms: audio transcription with artificial intelligence powered by the OpenAI Whisper API
    // --- AI writing, translation and e-commerce copy ---
    { id: 'prekladacai', name: 'PřekladačAI', vendor: 'Václav Barnáš', category: 'translation', domains: ['prekladacai.cz'], source: 'https://www.prekladacai.cz/terms' }, // terms (Czech): AI translation of texts and documents through third-party language models
    { id: 'describelio', name: 'Describelio', vendor: 'Bellita Mariusz Nowakowski', category: 'writing', domains: ['describelio.com'], source: 'https://describelio.com/en/terms' }, // terms (Poland): AI-powered product description refresh for e-commerce stores
    { id: 'opisvai-bg', name: 'opisvai.bg', vendor: 'opisvai.bg', category: 'writing', domains: ['opisvai.bg'], source: 'https://opisvai.bg/en/privacy' }, // privacy (Bulgaria): listings optimised with AI; listing data sent to OpenAI
    { id: 'eskritor', name: 'Eskritor', vendor: 'TEXTINTEL FZE', category: 'writing', domains: ['eskritor.com'], region: 'global', source: 'https://eskritor.com/cs/zasady-ochrany-osobnich-udaju/' }, // privacy: the AI Content Writer – Chatbot app
    { id: 'kontexta-cz', name: 'Kontexta', vendor: 'Learning With Honza s. r. o.', category: 'writing', domains: ['kontexta.cz'], source: 'https://www.kontexta.cz/legal/terms' }, // terms (Czech): a personalised AI assistant for writing university theses
    // --- AI for study and exams ---
    { id: 'studyfi', name: 'StudyFi', vendor: 'Studyfi s. r. o.', category: 'productivity', domains: ['studyfi.com'], source: 'https://studyfi.com/pl/podminky-uzivani' }, // terms (Czech company): AI tools used as part of the study platform
    { id: 'ai-kocu', name: 'AI Koçu', vendor: 'Melike Padak', category: 'productivity', domains: ['aikocu.com'], region: 'middle-east', source: 'https://aikocu.com/privacy' }, // privacy (Türkiye): AI-generated study plans and reports; messages sent to OpenAI
    { id: 'ukrainiantutor', name: 'Ukrainian Tutor', vendor: 'ukrainiantutor.com', domains: ['ukrainiantutor.com'], source: 'https://ukrainiantutor.com/privacy.html' }, // privacy: AI learning services; user messages processed by OpenAI or other AI providers
    // --- AI media generation and marketing ---
    { id: 'tengr-ai', name: 'Tengr.ai', vendor: 'Tengrai Artificial Intelligence Kft.', category: 'image', domains: ['tengr.ai', 'tengrai.com'], source: 'https://classic.tengr.ai/tos' }, // terms (Hungary): a secure artificial intelligence solution operated at tengr.ai and tengrai.com
    { id: 'dazbog-ai', name: 'DAZBOG.AI', vendor: 'IntenseAudio s.r.o.', category: 'image', domains: ['dazbog.ai'], source: 'https://www.dazbog.ai/en/terms-conditions' }, // terms (Czech): digital content created with generative artificial intelligence from user prompts
    { id: 'reclamepenet', name: 'reclamepenet', vendor: 'reclamepenet', category: 'video', domains: ['reclamepenet.ro'], source: 'https://www.reclamepenet.ro/termeni' }, // terms (Romanian): an AI-powered generator of short UGC video ads with synthetic voices and avatars
    { id: 'espresso-ai-extend', name: 'Espresso AI', vendor: 'Extend Studio S.R.L.', category: 'presentation', domains: ['espressowp.com'], source: 'https://espressowp.com/terms-of-use' }, // terms (Romania): an AI website builder generating a website from a short description
    { id: 'vidseeds', name: 'VidSeeds', vendor: 'Carrot Games Studios', category: 'video', domains: ['vidseeds.ai'], region: 'global', source: 'https://api.vidseeds.ai/bs/terms-of-service' }, // terms (Bosnian page): optimize your YouTube channel with AI
    { id: 'semly-ai', name: 'Semly.ai', vendor: 'Droplo sp. z o.o.', category: 'search', domains: ['semly.ai'], source: 'https://semly.ai/terms' }, // terms (Poland): generative engine optimisation for answers generated by large AI models
    { id: 'romaix', name: 'RomAIx', vendor: 'RomAIx BV', category: 'writing', domains: ['romaix.ai'], source: 'https://www.romaix.ai/legal/terms-conditions' }, // terms: the RomAIx GEO platform with AI-assisted content generation
    { id: 'accountantx-taxxo', name: 'AccountantX', vendor: 'Taxxo', category: 'productivity', domains: ['ai.taxxo.pl'], source: 'https://ai.taxxo.pl/o-projekcie/' }, // project page (Polish): an AI accounting assistant that classifies and posts invoices
    // --- AI companions and personal assistants ---
    { id: 'belyo', name: 'BELYO', vendor: 'UAB TMK Investment', domains: ['belyoapp.com'], source: 'https://belyoapp.com/help/ai-companion-disclaimer/' }, // AI disclaimer (Lithuanian): an AI companion; messages sent to the Anthropic Claude API
    { id: 'psycai', name: 'PsycAI', vendor: 'PsycAI Developer Team', domains: ['psycai.net'], region: 'middle-east', source: 'https://psycai.net/privacy-conditions' }, // privacy (KVKK): an artificial intelligence-based web app; anonymised content processed by OpenAI
    { id: 'ai-gatanje', name: 'AI Gatanje', vendor: 'AI Gatanje', domains: ['aigatanje.com'], source: 'https://aigatanje.com/privacy-policy.html' }, // privacy (Serbia): interpretations provided by artificial intelligence
    { id: 'goodenough-world', name: 'goodenough.world', vendor: 'Nuputa OÜ', domains: ['goodenough.world'], source: 'https://goodenough.world/privacy-policy' }, // privacy (Estonia): conversations with our AI assistant, used to improve our AI models
    { id: 'rita-ai', name: 'Rita AI', vendor: 'Rita AI', domains: ['rita.ai'], region: 'global', source: 'https://www.rita.ai/el/compliance/terms-conditions' }, // terms (Greek page): the Rita AI product's Free / Pro / Mega plans and an AI disclaimer
  ],
  { checked: CHECKED_C20, region: 'europe' },
);
