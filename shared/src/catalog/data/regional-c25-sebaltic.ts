// Twenty-fifth session, regional pass for South-East Europe and the Baltic states (2026-12-07, helper `sebaltic`): AI
// products made in Greece, Cyprus, the Western Balkans (Serbia, Croatia, Slovenia, Bosnia, North Macedonia, Albania,
// Montenegro), Bulgaria, Romania, Estonia, Latvia or Lithuania, or built mainly for their users, that no entry claimed
// yet, beside the earlier European passes (data/regional-c19-europe.ts, data/regional-c20-westeu.ts,
// data/regional-c20-cee.ts, data/regional-c22-europe3.ts, data/regional-c24-easteu.ts, data/regional-c24-southeu.ts,
// data/regional-c24-nordics.ts), whose rows are not repeated here. Here: Cypriot AI products (an AI chat service of a
// Limassol company, an AI video generator, AI companions of a Nicosia company, a neural-network marketing-analytics
// platform); Estonian ones (an AI review of employment contracts under Estonian law, two AI meeting note-takers, a
// multi-model AI workspace, an AI search for audio samples, TalkonautAI's AI engine); a Belgrade multi-agent AI
// platform and a Serbian AI legal-research tool delivered through Paragraf Lex; a Zagreb AI-avatar service; a Skopje
// AI marketing platform; a Bulgarian AI car-photo background tool and a Sofia company's EU AI Act document generator
// drafted with Claude; a Romanian AI study assistant and a Romanian XML-editor vendor's LLM gateway; and a Latvian-law
// question-answering service on Claude.
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made. Most were English queries naming the
// region's company forms and seats beside GDPR wording and a kind of AI product ("Ltd" + Limassol / Nicosia / "HE"
// numbers, "IKE" / "S.A." + Athens / Thessaloniki / GEMI, "d.o.o." / "DOO" + Belgrade / Novi Sad / Zagreb / Ljubljana,
// "DOOEL" + Skopje, "shpk" + Tirana, "EOOD" / "Ltd" + Sofia, "SRL" + Bucharest / Cluj / Timișoara, "OÜ" + Tallinn /
// registry code / e-Residency, "SIA" + Riga, "UAB" / "MB" + Vilnius / Kaunas) with chat, writing, agents, voice,
// meeting notes, coding, image and video, companions, marketing, e-commerce, legal, HR, education and health; three
// were in Greek, Romanian and Serbian (όροι χρήσης τεχνητής νοημοσύνης ΙΚΕ, termeni și condiții inteligență
// artificială SRL, uslovi korišćenja veštačka inteligencija d.o.o.) and one mixed Croatian words (umjetna
// inteligencija, OIB) into an English query. As earlier passes found, the
// native-language queries returned mostly rows already listed (Factum, Ameno, Seenly, AllAI, reclamepenet, Evenly,
// Claila, O.Translator, Sag-AI, VidSeeds, Obtains) and Microsoft's or other global vendors' localised terms; the
// English company-form queries returned the rows below. Cyprus-, Estonia- and Serbia-anchored queries were the most
// productive; the Latvian, Lithuanian, Bulgarian, Greek and North Macedonian ones returned mostly registers, law-firm
// guides, agencies and already-listed rows (Paktas, Chiki.StudIO, Aloudtext, BgGPT, Encorp AI, Iliana AI, Sophea.AI,
// AIME, AI Employee, ARHIASSISTANT, goodenough.world, DPO Pilot, Concero AI). Every row cites a page with a path on the
// product's own host (or, for three rows, under the product's own path on its company's site) where the vendor says the
// product answers, generates, analyses, transcribes, summarises or searches with AI, an AI engine, neural networks,
// large language models or a named model provider (OpenAI, Anthropic's Claude, Google). Hosts were run through
// /work/helpers/classify-hosts.mts, names grepped in data/ and the other helpers' c25 files checked first.
//
// Measured with /work/helpers/classify-hosts.mts on the 253 hosts the searches returned (vendors, registers, law
// firms, agencies, news, public bodies and shared hosts alike, in /work/helpers/out/sebaltic-hosts.txt): 41 classified
// before (16.2%), 57 after (22.5%). The three path-only rows do not count there, since the hosts file holds bare hosts.
//
// Same names: AI Chat (ai-chat.pro, Antipadia Enterprises Limited of Limassol) carries its host as a qualifier beside
// AI-ChatPro (ai-chatpro.com, listed by the c19 chat2 pass), a different service; Lex AI carries its maker's name.
//
// Claimed as paths below a company site that is not itself the product: prozoneai.com/lex-ai (Prozone AI doo's Lex AI;
// the company's root was not read), cnts.bg/en/ai-act and cnts.bg/ai-act (CNTS Ltd's compliance wizard; the long-tail
// c17 SEO pass left cnts.bg's AI-readiness checker out as one that scores files without a model, so the root stays out
// and is a trap here), and oxygenxml.com/aipositron (Syncro Soft SRL's AI Positron service on the site of its Oxygen
// XML Editor, a general product; the root is a trap).
//
// Doubtful rows. TalkonautAI's terms define its "AI Engine" (models and systems that turn a customer's input into
// analysis, recommendations or other output) and sell credits, but the pages read do not say what the product is for
// beyond that. eStudent's terms describe an AI chatbot for academic questions and AI feedback on uploaded documents but
// the excerpt read names no operator; it is counted as Romanian from its .ro host and Romanian tax identifiers
// (CNP/CUI) in its account fields. Likuma Palīgs is counted as built for Latvian users: it answers questions about
// Latvian law from likumi.lv with Anthropic's Claude, but the part of the policy read does not name its operator. The
// EU AI Act Compliance Wizard is a questionnaire-led document service whose drafts are generated with Claude Opus, as
// its terms say; the wizard is the AI part. AutoShot is run by a sole trader in Bulgaria who sells worldwide. Swipey's
// operator, INVAI LTD of Nicosia, sells AI companions to users everywhere; it is counted here as made in Cyprus. The
// same companion-app policy text was met on babechat.vercel.app (a shared platform, a trap). Sensemitter's terms say
// "Neural Net AI-powered" marketing analytics that measures audiences' engagement and emotional responses; the
// platform's app. subdomain reaches the row through the claimed host.
//
// Left out. Placeholders and drafts: sellerden.ai ("Effective Date: June ___ 2026"; SellerDen AI, an Estonian AI tool
// for marketplace sellers: a lead once the date is filled), aelara.evonord.eu ("[your registry code]"; an Estonian AI
// chatbot platform: a lead), staging.nalog.si (a draft template on a staging host; an AI travel-order tool: a lead),
// brumbrum.lv and plane-care.com (template policies). `?p=` pages: tarkva.com (Tarkva OÜ's
// private-LLM rental, as before), crowdy.ai/hr/?p=10262 (Crowdy OÜ's terms: a lead), restaurantscyprus.com,
// djerkoulica.com, companyformationlatvia.eu. Held back because earlier look-alike tests keep them as traps:
// greeko.online (a Cypriot Telegram app for learning Greek that generates word lists, audio and images with AI; the
// c22 europe3 pass trapped it only as outside its countries, so a merge could drop that trap and list it) and
// lawyerai.online (AI-assisted defence drafting for Greek lawyers; the c20 leads2 pass trapped it beside a listed
// "Legal AI"). Pages that do not say the product uses AI beyond its name: gpt-interface.com (IT Galaxy Ltd, Bulgaria:
// a lead), digial.pics (Digital Ai LTD, Sofia: a lead), pitajrobota.com (a Serbian "ask the robot" app: a lead),
// mojoai.rs (MOJO AI MEDIA TECHNOLOGIES DOO's chatbot platform, whose pages speak of chatbots and sentiment analysis:
// a lead), wois.io (VRTCL OÜ's knowledge-sharing platform, called AI-powered without saying how), klusai.com (KlusAI
// Labs SRL, Cluj), voicecap.ai (a Lithuanian DPA), sferal.ai (Romania), coautho.rs (Coded Thinking OÜ's voice-chat
// app with unnamed "AI-driven features"), aveola.app and info.virtwin.app / info.lovechats.app (Cypriot app
// companies), botgate.ai (Botgate AI Technology OÜ), entia.systems, cyclopt.com, optin.com.gr, aiaml.com, reei.lt,
// srsolutions.ai, caitech.eu and certificatclasificare.ro (Cluj AI shopping agents on a host named for something else).
// General products where AI is one feature: arve.whait.ee (Estonian bookkeeping with AI extraction and a chat
// assistant), preduzmi.com (as before), app.e-academyos.ro (school management with an AI assistant), decodo.com's
// support chatbot, visitljubljana.com's Ljubo, ncc.cy's Mila chatbot, discovergreece.com's Pythia and bis.gov.lv's
// assistant (public bodies, as before). Agencies, consultancies and training: balticai.eu, webinteli.lt, aai-labs.com,
// aiprocesai.lt, cupresai.com, institutzaui.hr, 404200.ai, changeai.io, media-met.hr (a web studio's WordPress AI
// plugin), bssrasovic.com, procode.rs, aiautomation.rs, safe4ai.com, agilegene.me, aisolutions.ro, aiventure.digital,
// agentc.digital. Personal sites and single-business bots: devujic.com, kivilaid.ee, fintech.aleksa.me,
// faruktestbot.com. Mobile-app developers' general hosts: codingshadows.ro, thecreativemobile.com. Outside the
// region or not shown to be in it: news-gpt.org (Dubai), gptgeni.com (UK, listed), cybervoice.io (SteosVoice, for the
// CIS pass), ingenious.dk, evraktakibi.com. Shared platforms: sites.google.com app policies, babechat.vercel.app,
// ai-voiceover-three.vercel.app, vladairo.github.io. Already listed and left to their entries: StockPhotoAI, Openesia
// Meetings (conferences-ai.com), Educato AI (rezi.educato.ai), Aloudtext, Prohost AI, CodeAlive, Cinnacode, Creao,
// Coquette AI and the rows named above.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const regionalC25SebalticTools: Tool[] = defineTools(
  'other',
  [
    // --- Cyprus ---
    { id: 'ai-chat-pro', name: 'AI Chat (ai-chat.pro)', vendor: 'Antipadia Enterprises Limited', category: 'chat', domains: ['ai-chat.pro'], source: 'https://ai-chat.pro/privacy' }, // privacy (Limassol, GDPR): prompts, messages and uploaded files are processed to deliver AI responses and keep conversation history, sold by subscription
    { id: 'tegas-ai', name: 'Tegas', vendor: 'Tegas LTD', category: 'video', domains: ['tegas.ai'], source: 'https://tegas.ai/user-agreement' }, // terms (Limassol, HE 479241): an online platform for AI-based video generation and editing, voiceover, music and subtitles, paid in plan-allocated T-coins
    { id: 'swipey-ai', name: 'Swipey', vendor: 'INVAI LTD', category: 'chat', domains: ['swipey.ai'], source: 'https://swipey.ai/privacy-policy' }, // privacy (Nicosia, HE458964): a chat app whose artificial-intelligence algorithms generate fictional AI companions, their messages and images
    { id: 'sensemitter', name: 'Sensemitter', vendor: 'Sensemitter Services Limited', domains: ['sensemitter.com'], source: 'https://sensemitter.com/terms-of-service/' }, // terms (Cyprus, HE 440372): a "Neural Net AI-powered" marketing-analytics platform that measures and interprets audiences' engagement and emotional responses to a customer's materials
    // --- Estonia ---
    { id: 'lepingukontroll', name: 'Lepingukontroll', vendor: 'Avality OÜ', category: 'productivity', domains: ['lepingukontroll.ee'], source: 'https://lepingukontroll.ee/en/terms' }, // terms (registry code 17484918): uploaded employment contracts are analysed with artificial intelligence under Estonian law, returning an AI-generated summary and risk flags
    { id: 'menutes', name: 'Menutes', vendor: 'AI Eesti OÜ', category: 'meeting', domains: ['menutes.com'], source: 'https://menutes.com/privacy' }, // privacy (Pärnu): meetings are recorded, transcribed and summarised, with AI-generated transcriptions and summaries sent by email
    { id: 'digiotouch', name: 'Digiotouch', vendor: 'Digiotouch OÜ', category: 'meeting', domains: ['digiotouch.ai'], source: 'https://digiotouch.ai/en/termsofservice' }, // terms (Tallinn, registry code 14507464): an AI-powered, agentic meeting tool that captures, transcribes and summarises meetings and voice memos and lists action items
    { id: 'cogniverse-com-ai', name: 'Cogniverse', vendor: 'MACSEI OÜ', category: 'chat', domains: ['cogniverse.com.ai'], source: 'https://cogniverse.com.ai/privacy' }, // privacy (Tallinn, registry 17161747): prompts and uploads are shared with AI sub-processors Google, OpenAI and Anthropic to provide the service
    { id: 'aisha-technologies', name: 'AiSHA', vendor: 'AiSHA Technologies OÜ', category: 'audio', domains: ['aishatec.com'], source: 'https://aishatec.com/terms-and-conditions' }, // terms (Tallinn, registration 17102265): finds similar audio samples from an upload or a text description with artificial-intelligence algorithms analysing timbre, rhythm and tonality
    { id: 'talkonautai', name: 'TalkonautAI', vendor: 'TalkonautAI OÜ', domains: ['talkonautai.com'], source: 'https://talkonautai.com/en/terms-of-service' }, // terms (Tallinn, registration 16744352): the service runs on TalkonautAI's "AI Engine", models and systems that process a customer's input to generate output, sold in credits
    // --- Serbia, Croatia, North Macedonia ---
    { id: 'neural-factory', name: 'Neural Factory', vendor: 'Neural Factory DOO Beograd', category: 'agents', domains: ['neuralfactory.ai'], source: 'https://www.neuralfactory.ai/terms' }, // terms (Belgrade): a multi-agent orchestration platform based on artificial intelligence for creating and running autonomous AI agents over enterprise data
    { id: 'lex-ai-prozone', name: 'Lex AI (Prozone AI)', vendor: 'Prozone AI doo', category: 'productivity', domains: [], urlPrefixes: ['prozoneai.com/lex-ai'], source: 'https://prozoneai.com/lex-ai/terms-of-use.html' }, // terms (Sremska Kamenica, Serbia): an AI-based tool for searching and analysing legal sources and case law, delivered to Serbian users mainly through Paragraf Lex; responses may be inaccurate
    { id: 'aidelegate', name: 'AIdelegate', vendor: 'GELD DATA d.o.o.', domains: ['aidelegate.eu'], source: 'https://aidelegate.eu/privacy-policy-ai-delegate' }, // privacy (Zagreb, OIB 27972234767): the service processes users' interactions with an AI avatar
    { id: 'dinna-ai', name: 'DINNA AI', vendor: 'DINNA AI Solutions DOO Skopje', category: 'writing', domains: ['dinna.ai'], source: 'https://www.dinna.ai/terms' }, // terms (Skopje): an AI-powered digital-marketing SaaS for small businesses that generates marketing strategies, content and campaign materials
    // --- Bulgaria, Romania, Latvia ---
    { id: 'autoshot', name: 'AutoShot', vendor: 'Hristo Lilkin', category: 'image', domains: ['autoshotapp.com'], source: 'https://autoshotapp.com/terms' }, // terms (Bulgaria, sole trader): uploaded vehicle photos get a studio backdrop from third-party AI image generation, on the web and a Telegram bot, paid in credits
    { id: 'eu-ai-act-compliance-wizard', name: 'EU AI Act Compliance Wizard', vendor: 'CNTS Ltd', category: 'productivity', domains: [], urlPrefixes: ['cnts.bg/en/ai-act', 'cnts.bg/ai-act'], source: 'https://cnts.bg/en/ai-act/terms' }, // terms (Sofia, UIC 206255746): a paid service whose EU AI Act compliance documents are drafted with the assistance of AI (Anthropic Claude Opus)
    { id: 'estudent-ro', name: 'eStudent', vendor: 'eStudent', category: 'productivity', domains: ['estudent.ro'], source: 'https://estudent.ro/terms-and-conditions/' }, // terms: an educational app with an AI chatbot that answers academic questions and analyses uploaded documents to give feedback
    { id: 'oxygen-ai-positron', name: 'Oxygen AI Positron', vendor: 'Syncro Soft SRL', category: 'developer-platform', domains: [], urlPrefixes: ['oxygenxml.com/aipositron'], source: 'https://www.oxygenxml.com/aipositron/privacy.html' }, // privacy: an API service with credits that routes requests from Oxygen XML Editor plugins and other client apps to the large-language-model providers a user selects
    { id: 'likuma-paligs', name: 'Likuma Palīgs', vendor: 'Likuma Palīgs', category: 'productivity', domains: ['likumapaligs.lv'], source: 'https://likumapaligs.lv/en/privacy' }, // privacy: answers questions about Latvian law from the law in force on likumi.lv, with the answer drafted by Anthropic's Claude; also a connector inside ChatGPT or Claude
  ],
  { checked: CHECKED_C25, region: 'europe' },
);
