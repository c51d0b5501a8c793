// Twentieth session, pass `bots` (2026-12-07, helper `bots`): the long tail of AI chatbot builders the catalog still
// missed, beside the eighteenth session's support and agents passes and the nineteenth's sales, builders and chat2
// passes (none of their rows is repeated here). Here: "chat with your website" widget builders trained on a site's
// pages and files, AI reply bots for WhatsApp, Instagram and Messenger, AI receptionists and phone-answering agents
// for small businesses (trades, restaurants, practices, law firms), white-label AI voice-agent platforms for agencies,
// WordPress AI chatbot and AI search plugins with a hosted service, docs and knowledge-base answer bots, and a few
// AI tools met on the way (Lyyli, with named LLM subprocessors, and a WhatsApp finance assistant).
//
// Leads. 43 look-ups in the stored `pages` corpus, worded the way such vendors word their privacy policies, terms,
// DPAs and subprocessor lists ("the chatbot is trained on your website content", "messages sent to OpenAI to generate
// answers", "AI agent answers your customers", "sub-processors OpenAI Pinecone", "AI receptionist answers calls",
// "white-label AI voice agents for agencies"), in English and in Spanish, Portuguese, German, French, Italian, Dutch,
// Indonesian and Turkish, and with local company forms (GmbH, S.L., Ltda, B.V., PT, S.r.l., Pty Ltd, S.A. de C.V.).
// Every row cites a page with a path on the product's own host (or its docs/guide subdomain) whose words say the
// product answers, replies, calls or searches with AI, a language model or a named model provider. Hosts were run
// through /work/helpers/classify-hosts.mts and names grepped in data/ first. Two subdomains are claimed alone because
// their parents are not the AI product: aiagent.netfone.com.tr (Netfone Telekom's AI Agent; its policy is marked as
// awaiting legal sign-off but names OpenAI Whisper and GPT-4o) and bots.marcablanca.org (MBC Chatbots Platform).
// instareplai.com was left out by the c18 support pass because its integrations page did not say AI; its AI terms
// page does, so it is a row here. Vokaro, empfang.online and Bookio are cited from their own data-protection or guide
// pages, which describe how their own product processes calls with AI (not general blog posts about the market).
//
// Measured with /work/helpers/classify-hosts.mts on the 288 hosts the searches returned (vendors, blogs, news,
// directories, law firms and shared hosts alike, in /work/helpers/out/bots-hosts.txt): 51 classified before (17.7%),
// 90 (31.3%) after.
//
// Already listed and left to their entries: widgetora.com, telaiagent.com, botonsite.com, chatleaf.app,
// whatssale.online, chebot.xyz, respondableai.com, botsupport.ai, chatboots.com, replybites.com, socialreplies.app,
// busyotter.ai, dialtone.menu, payorder.uk, bitebuddy.ai, dewataai.com, aiudant.es, omniatix.chat, elinaia.com.mx,
// atiendeia.com, iassistance.app, atendus.com.br, whatsbotgpt.store, inteligenciabot.com, onzzyai.com.br, pakari.ai,
// segreteriazen.it, aisupportpro.it, cloud-i-a.it, chatloom.app, mindchat.world, shopexpert.ai,
// related-products.coddin.app, nitroclaw.com, trillet.ai, smartqubot.com, sistava.com, skopx.com, jagcall.com, thechasebot.com,
// chatbot.satria.technology, convoai.pl, gpt-trainer.com, customgpt.ai, chats-llm.com and Botpress.
//
// Left out. Blogs, guides and glossaries only, even where the vendor is an AI tool (howsit.ai, matrixgo.ai,
// localgrow.ai, paperchat.co, groath.ai, automely.ai, visitoai.com, oncrew.ai, upfirst.ai, voziaperu.com,
// novachatia.com, frai.es, fono24.it, flowrefy.com, bots4you.de, dialpal.ai, dialfyne.com, orbitonline.io,
// dentalaiassist.com, instanexus.io, eaxy.ai, crawlroo.com, sitebot24.com, embed.crawlbot.ai); agencies and
// done-for-you builders (aiagentscott.com, brightlaunchiq.com, myntailabs.com, 2vautomation.ai, edvido.com,
// targetfirst.com, iafirstbrasil.com, ilmiobot.it, invisiongo.com, chateeze.com.au, consultaiservices.com,
// aiclientbuilder.com); pages that never say the product uses AI (botzy.app, conversaaicrm.com.br, mobibot.nl,
// moyahost.ai, implenta.com, replio.cc's optional AI, automateyourdm.com, botxon.chat, asistian.com, fidai.it,
// docs.gptchatbot.it's API reference, voicehub.tech's white-label docs, ihrchatbot.de, shopai.webewox.com,
// trustbotai.ch, velyndental.com); template or draft policies (frontwell.app's "[DATE]" draft, chatbot.eyratech.com,
// velarapex.com, repliox.chat's pre-launch note, bead.com.br); single businesses' own bots and general sites with a
// chat feature (thoptec.com, elgueydelcalzado.com, openmindpro.tech, webindexer.app, generali.ch, vlaio.be,
// schmidt-and-schmidt.com, manases.space); general telephony, helpdesk and CRM software with an AI feature
// (respond.io, Aircall, Voys, Deutsche Telekom's CPBX, thetchoum, jettel.com.tr, docs.c-bot.pro, bureau24.fr,
// BotSailor, docs.ticketcord.net, docs.relayn.io); unclear products (afterthoughtai.com, haynechi.com,
// reputation-management-ui.traversing.ai, ubex.ai's tutorial); `?p=` pages (swissbot.store, ramozal.net,
// 247aihealthcarereceptionist.com.au); staging, dev and personal hosts (staging.agents247.app,
// staging.evercrestai.com, dev.govforms.au, whatsapp-dev.edwinconsultants.com, staging-influencers.openmined.org,
// fahad.kreativdev.com, extras.marcosfrg.x10.mx); bot101.app, seen only at its sitemap address; and shared
// platforms (hosted.app, pages.dev, vercel.app, fly.dev, ondigitalocean.app, gitbook.io, github.io, wordpress.org).
//
// At the merge: OnReply (onreply.ai), which the western-Europe pass had also found, is kept in that pass's file
// (regional-c20-westeu.ts) and left out here, so this file has 38 rows. At the merge: upfirst.ai was listed by the
// leads3 pass from its own page; its trap was dropped.
//
// Listed since: howsit.ai and paperchat.co, by the twenty-first session's leads pass (long-tail-c21-leads.ts), from
// pages on the vendors' own hosts; the traps this pass's test set on them were dropped.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

export const longTailC20BotsTools: Tool[] = defineTools(
  'agents',
  [
    // --- "chat with your website" widget builders and knowledge-base bots ---
    { id: 'mysitegpt-assistant', name: 'MySiteGPT Assistant', vendor: 'MySiteGPT Assistant', domains: ['mysitegptassistant.com'], source: 'https://mysitegptassistant.com/privacy' }, // privacy: crawled pages and files stored with vector embeddings so the bot answers from them
    { id: 'chat-with-your-site', name: 'Chat With Your Site', vendor: 'Chat With Your Site', domains: ['chatwithyoursite.com'], source: 'https://chatwithyoursite.com/legal/privacy' }, // privacy: sites crawled into a knowledge base, embeddings and generated chat answers
    { id: 'chatraj', name: 'ChatRaj', vendor: 'ChatRaj', domains: ['chatraj.com'], source: 'https://chatraj.com/privacy' }, // privacy: embeddable bots; OpenAI as LLM and embeddings sub-processor
    { id: 'chatlab-com', name: 'ChatLab', vendor: 'ChatLab', domains: ['chatlab.com'], source: 'https://chatlab.com/subprocessors' }, // subprocessors: OpenAI and Google Gemini for chatbot response generation
    { id: 'williechat', name: 'WillieChat', vendor: 'TheShopBuilders', domains: ['williechat.com'], region: 'europe', source: 'https://williechat.com/privacy' }, // privacy (Dutch): chat messages processed by Google's Gemini API; knowledge base from site and files
    { id: 'chatbot-platform-io', name: 'Chatbot Platform', vendor: 'Chatbot Platform', domains: ['chatbotplatform.io'], source: 'https://docs.chatbotplatform.io/bots' }, // docs: bots on Telegram and Slack forward messages to AI backends (OpenAI, Anthropic)
    { id: 'mbc-chatbots-platform', name: 'MBC Chatbots Platform', vendor: 'MBC Chatbots Platform', domains: ['bots.marcablanca.org'], source: 'https://bots.marcablanca.org/terms' }, // terms (Spanish): create and configure chatbots with artificial intelligence across channels
    { id: 'biel-ai', name: 'Biel.ai', vendor: 'Biel.ai', domains: ['biel.ai'], source: 'https://docs.biel.ai/integrations/custom-gpt' }, // docs: a Custom GPT answers from documentation indexed in Biel.ai through its chat API
    { id: 'chatwize', name: 'Chatwize', vendor: 'Chatwize', domains: ['chatwize.ai'], source: 'https://guide.chatwize.ai/api-usage-example-chatbot' }, // guide: chatbots created on gpt-3.5-turbo or gpt-4 with citations
    // --- WordPress AI chatbots and AI search with a hosted service ---
    { id: 'wp-assistant-ai', name: 'WP Assistant', vendor: 'WP Assistant', category: 'chat', domains: ['wpassistant.ai'], source: 'https://wpassistant.ai/privacy/' }, // privacy: an AI chatbot for WordPress questions and ActionPanel AI; prompts sent to OpenAI, Google, DeepSeek
    { id: 'wp-search-ai', name: 'AI Search (wp-search.ai)', vendor: 'AI Search', category: 'search', domains: ['wp-search.ai'], source: 'https://wp-search.ai/privacy-policy/' }, // privacy: a WordPress plugin whose hosted AI service embeds content for semantic search
    { id: 'limb-ai-chatbot', name: 'Limb AI Chatbot', vendor: 'Limb AI Chatbot', domains: ['wpaichatbot.com'], source: 'https://wpaichatbot.com/privacy-policy/' }, // privacy: AI chatbot services for WordPress sites, conversations and AI actions
    // --- WhatsApp, Instagram and Messenger AI reply bots ---
    { id: 'instareplai', name: 'InstaReplAI', vendor: 'InstaReplAI', domains: ['instareplai.com'], source: 'https://instareplai.com/ai-terms/' }, // AI terms: AI drafts and sends replies, classifies intent and answers from business knowledge
    { id: 'gptmybiz', name: 'GPTMyBiz', vendor: 'GPTMyBiz', domains: ['gptmybiz.ai'], source: 'https://gptmybiz.ai/pages/copy-of-terms-of-service' }, // data deletion: Messenger chatbot whose AI-generated replies come from OpenAI
    { id: 'tracefy', name: 'Tracefy', vendor: 'Tracefy Tecnologia Ltda.', domains: ['tracefy.com.br'], region: 'latam', source: 'https://tracefy.com.br/politica-de-privacidade' }, // privacy (Portuguese): AI chatbot services via WhatsApp Business Platform
    { id: 'whatsja', name: 'WhatsJá', vendor: 'WhatsJá', domains: ['whatsja.com'], region: 'latam', source: 'https://whatsja.com/politica-privacidade' }, // privacy (Portuguese): a WhatsApp CRM with AI agents; data used to train its AI agent
    { id: 'vectorspace-digital', name: 'Vectorspace', vendor: 'Vectorspace', domains: ['vectorspace.digital'], region: 'latam', source: 'https://vectorspace.digital/legal/dpa' }, // DPA (LGPD): an LLM provider as subprocessor for response generation; WhatsApp add-on
    { id: 'agentes-virtuales-mx', name: 'Agentes Virtuales MX', vendor: 'LiveSoft Labs Mx', domains: ['agentesvirtuales.mx'], region: 'latam', source: 'https://agentesvirtuales.mx/en/politica-privacidad.html' }, // privacy: WhatsApp virtual agents trained on business info; Google Gemini API
    { id: 'pesan-ai', name: 'Pesan AI', vendor: 'Pesan AI', domains: ['pesan-ai.app'], region: 'southeast-asia', source: 'https://pesan-ai.app/en/privacy' }, // privacy: WhatsApp Business messaging with AI interactions in customer conversations
    { id: 'netfone-ai-agent', name: 'AI Agent (Netfone)', vendor: 'Netfone Telekom', domains: ['aiagent.netfone.com.tr'], region: 'middle-east', source: 'https://aiagent.netfone.com.tr/privacy' }, // privacy (Turkish): automatic AI replies to Instagram DMs; OpenAI Whisper and GPT-4o
    // --- AI receptionists and phone-answering agents ---
    { id: 'better-call-app', name: 'Better Call', vendor: 'Better Call', domains: ['bettercallapp.com'], source: 'https://bettercallapp.com/privacy' }, // privacy: an AI receptionist for trade contractors; Google Vertex AI (Gemini) and Vapi
    { id: 'receptionists-io', name: 'receptionists', vendor: 'receptionists', domains: ['receptionists.io'], source: 'https://www.receptionists.io/privacy-policy' }, // privacy: an AI receptionist platform handling calls on the business's behalf
    { id: 'aireception-biz', name: 'AI Reception', vendor: 'AI Reception', domains: ['aireception.biz'], region: 'europe', source: 'https://aireception.biz/privacy-policy' }, // privacy (UK GDPR): the AI Agent conducts phone calls for clients, with AI-generated summaries
    { id: 'nbound-io', name: 'Nbound', vendor: 'Nbound', domains: ['nbound.io'], source: 'https://www.nbound.io/terms-of-service' }, // terms: AI-powered call answering, qualification and scheduling for HVAC and plumbing
    { id: 'receptify-io', name: 'Receptify', vendor: 'Receptify', domains: ['receptify.io'], source: 'https://receptify.io/privacy-policy' }, // privacy: AI receptionist and chat services on websites and messaging platforms
    { id: 'hi-there-ai', name: 'Hi There AI', vendor: 'Hi There AI', domains: ['hithereai.com'], source: 'https://hithereai.com/privacy-policy' }, // privacy (Australia): recordings and transcripts processed by its AI systems
    { id: 'aussie-ai-agency', name: 'Aussie AI Agency (Steve)', vendor: 'Aussie AI Agency', domains: ['aussieaiagency.com.au'], source: 'https://aussieaiagency.com.au/privacy-act-1988-compliant-ai-receptionist' }, // product page: Steve, an AI voice receptionist hosted in Australia
    { id: 'smartcall-ai', name: 'SmartCall AI', vendor: 'SmartCall AI', domains: ['smartcalltech.com'], region: 'middle-east', source: 'https://www.smartcalltech.com/privacy-policy' }, // privacy (GDPR and KVKK): voice AI agents answer calls; AI transcripts and summaries
    { id: 'fonio-ai', name: 'fonio', vendor: 'fonio', domains: ['fonio.ai'], region: 'europe', source: 'https://docs.fonio.ai/Technisches/Aufzeichnung' }, // docs (German): the assistant's AI phone calls, recordings and transcripts
    { id: 'vokaro', name: 'Vokaro', vendor: 'Vokaro', domains: ['vokaro.net'], region: 'europe', source: 'https://vokaro.net/wissen/dsgvo-ki-telefonie' }, // GDPR page (German): its AI phone assistant; Deepgram speech recognition, LLM and TTS in the EU
    { id: 'empfang-online', name: 'empfang.online', vendor: 'empfang.online', domains: ['empfang.online'], region: 'europe', source: 'https://empfang.online/de/blog/dsgvo-telefonassistent' }, // GDPR page (German): its AI phone assistant for practices tells callers they speak with an AI system
    { id: 'voicehub-ai-de', name: 'VoiceHub (KI-Telefonassistent)', vendor: 'VoiceHub', domains: ['voicehub-ai.com'], region: 'europe', source: 'https://www.voicehub-ai.com/datenschutzerklarung' }, // privacy (German): an AI phone assistant for restaurants; OpenAI, Vapi and Twilio
    { id: 'ai4call', name: 'AI4CALL', vendor: 'AI4CALL', domains: ['ai4call.com'], region: 'europe', source: 'https://www.ai4call.com/fr/fonctionnement-assistant-ia/assistants' }, // docs (French): configuring the AI assistant that answers calls from a PBX or virtual number
    { id: 'bookio-ai', name: 'Bookio', vendor: 'Bookio', domains: ['bookio.ai'], region: 'europe', source: 'https://bookio.ai/guia-recepcionista-virtual-ia-llamadas-perdidas' }, // guide (Spanish): Bookio's AI virtual receptionist, conversational AI that answers and books calls
    // --- white-label AI voice-agent platforms for agencies ---
    { id: 'hms-sovereign', name: 'HMS Sovereign', vendor: 'HMS Sovereign', domains: ['hmsovereign.com'], region: 'europe', source: 'https://doc.hmsovereign.com/docs/platform/whitelabel' }, // docs: white-label AI calling; per-client AI assistants, knowledge bases and voices
    { id: 'buildvoiceai', name: 'BuildVoiceAI', vendor: 'BuildVoiceAI', domains: ['buildvoiceai.com'], source: 'https://docs.buildvoiceai.com/docs/clients' }, // docs: agencies manage AI voice agents for each client in a white-labelled portal
    // --- AI tools met on the way ---
    { id: 'lyyli-ai', name: 'Lyyli', vendor: 'Lyyli', category: 'writing', domains: ['lyyli.ai'], region: 'europe', source: 'https://lyyli.ai/legal/annex-5-subprocessors' }, // subprocessors: Anthropic Claude, OpenAI and Google Gemini for language-model inference
    { id: 'lana-track', name: 'Lana Track', vendor: 'Lana Track', category: 'productivity', domains: ['lanatrack.com'], region: 'latam', source: 'https://www.lanatrack.com/privacy.html' }, // privacy (Spanish): a WhatsApp finance assistant whose messages are understood by OpenAI LLMs
  ],
  { checked: CHECKED_C20 },
);
