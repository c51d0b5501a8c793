// Twentieth session, second leads pass (2026-12-07, helper `leads2`): AI tools that earlier passes (the twentieth
// session's email, translate, notes, lifestyle and CEE passes, and the nineteenth session's JP/KR pass) met with a
// privacy page that says AI or names model providers but left as outside their scope: multi-model "council" chats,
// assistants and agent platforms, translation and subtitle tools, AI email tools, and a few regional leads. For each
// host data/ was grepped first, then the stored `pages` corpus was searched with the host name and "privacy" or
// "terms" (one look-up a host, a second only where the first missed; 44 look-ups in all). A row is added only where a
// page with a path on the product's own host says in the vendor's words that the product uses AI, LLMs or named model
// providers. The same searches also returned other AI products of the same kinds (council chats, agent platforms,
// AI companions, dictation, translation, email and legal tools) whose own policies say so; the clearest of them are
// added too, each under the same rule.
//
// Measured with /work/helpers/classify-hosts.mts on the 259 hosts the searches returned (vendors, articles, mirrors
// and shared hosts alike, in /work/helpers/out/leads2-hosts.txt): 26 classified before (10.0%), 79 (30.5%) after.
//
// Same names kept apart on purpose: "AI Council" is both aicouncil.me (313 AI Agency, a BYOK council of models) and
// aicouncilchamber.com (an API/CLI council-review service naming no operator); nothing ties the two, so both are kept
// with their own ids. "Council" (joincouncil.app, an LLM conversation manager) and "Council AI" (usecouncil.app, a
// persona orchestration layer) are different products again; /work/helpers/names.mts groups all four under
// "council", and none of them is the listed CouncilAI (council.health) or Investment Council.
//
// Already listed and left to their entries: EmailResponder (emailresponder.online), czat.ai (Wondel.ai) and
// informatyk.ai, AgentsMesh, Zyloo, DreamGF, Lingvanex, subs.rip, digestbox, MailDigest AI, Advochatus, Aidero, The AI
// Jurist, Legal AI (legal-ai.pl), ai.law, Smart Legal AI, OmnIAtix Chat, Charla con Mija, Aiudantes, Elina IA, Mail
// Assist, Aiemaily and Jenova.
//
// Left out. Hosts of the brief whose own page does not say the product uses AI, or was not found: almai.cl, hndl.app
// and dictata.app (no page of their own came back in two look-ups each); aizona.ai (its privacy policy speaks of
// prompts, agents and credits but never says AI or names a model; a lead); dreammates.ai (its terms say only "your
// personal chatbot"; a lead); voicie.com (the terms that say "AI chat" are served only at a `?p=` address and its
// privacy policy's stored part does not say AI; a lead); salesbot.pl (no page came back); advomate.cz (its data page
// says the application generates research and summaries but not that it uses AI, as the CEE pass also found) and
// dikaio.ai (privacy notice without AI). Keyfred (keyfred.com, a keyboard with an optional online AI mode, as the JP/KR
// pass judged) and Dingmail (trydingmail.com, an email client whose AI chat is one feature) are general products whose
// AI is one feature. The Wondel.ai network's nauczyciel.ai, specjalista.ai, postacie.ai and pomoc.ai: only czat.ai's
// pages (czat.ai/regulamin/<site>, czat.ai/prywatnosc/<site>) and blog articles on sister sites (ktokolwiek.ai,
// przyjaciolka.ai, ziomek.ai) came back, none on those hosts, so they stay leads for czat.ai-style rows. Also left:
// mobile-only or messaging-only apps (getcouncil.app, dreemlo.app, armonai.com, ilanguage.live, handleapp.app),
// pages with placeholders or drafts (voiceops.net, voxapro.ai, lexitio.com, kisy-student-coaching.com,
// intelligence.vatvocate.com, ibsdex.com, videopilotai.com), a `?lang=` only source whose name matches the listed
// Legal AI (lawyerai.online), personal, developer or staging hosts (cjbrignola.com, handesly.esbeyajani.dev,
// kousarglobal.com, keenkey-staging...paleblueapps.com, voice.smolevich.com, mail.auth.hododev.xyz,
// tenantlegal.ddns.net), general products whose AI is one feature (usehandl.ca, almasooft.com, app.ladra.io, dotlegal.com,
// agentbot.pl, support.zonarsystems.net), local-only or no-AI dictation and translation apps (dictar.app,
// dictatedash.com, nosme.pro, tranlis.com, translatopdf.com), pages that do not say AI (gentei.ai, m8n.app, zylochat.com,
// zlyqor.com, flowmails.net, dygest.ai's excerpt, digestr.app's current policy, voece.ai, vi-voice.com, botbox.ai,
// handakorean.com, mylingua.live), marketplaces of agents or skills (aicrate.app, agensi.io, genmodi.com,
// promptorg.ai), get-dream.ai (no product name on its page), and shared platforms (pages.dev, github.io, vercel.app,
// replit.app, tiiny.site, sites.google.com, up.railway.app).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

export const longTailC20Leads2Tools: Tool[] = defineTools(
  'chat',
  [
    // --- multi-model "council" chats ---
    { id: 'council-chat-aicouncilchat', name: 'Council Chat', vendor: 'Council Chat', domains: ['aicouncilchat.com'], source: 'https://aicouncilchat.com/privacy' }, // privacy: prompts sent to OpenAI, Anthropic, Google, xAI, Mistral, Perplexity and others
    { id: 'ai-council-me', name: 'AI Council', vendor: '313 AI Agency', domains: ['aicouncil.me'], source: 'https://aicouncil.me/legal/privacy' }, // privacy: council runs sent to Gemini, Groq, OpenRouter, OpenAI or Anthropic
    { id: 'ai-council-chamber', name: 'AI Council', vendor: 'AI Council', category: 'developer-platform', domains: ['aicouncilchamber.com'], source: 'https://aicouncilchamber.com/privacy.html' }, // privacy: council-review prompts transmitted to one or more AI model providers
    { id: 'model-council', name: 'Model Council', vendor: 'Artisan Intuition', domains: ['modelcouncilai.com'], source: 'https://www.modelcouncilai.com/privacy' }, // privacy: council prompts processed through AI models via OpenRouter
    { id: 'councilcall-ai', name: 'CouncilCall AI', vendor: 'CouncilCall AI', domains: ['councilcall.ai'], source: 'https://councilcall.ai/legal/terms' }, // terms: a multi-model deliberation platform aggregating OpenAI, Anthropic, Google and xAI
    { id: 'lm-council', name: 'LM Council', vendor: 'LM Council', domains: ['lmcouncil.ai'], source: 'https://lmcouncil.ai/privacy-policy' }, // privacy: chats and councils sent to OpenAI, Anthropic, Google, xAI, Perplexity and OpenRouter APIs
    { id: 'llm-council-online', name: 'LLM Council', vendor: 'LLM Council', domains: ['llmcouncil.online'], source: 'https://www.llmcouncil.online/terms' }, // terms: BYOK council sessions through OpenRouter, Anthropic, OpenAI, Google
    { id: 'agreemesh', name: 'AgreeMesh.ai', vendor: 'AgreeMesh.ai', domains: ['agreemesh.ai'], source: 'https://www.agreemesh.ai/privacy' }, // privacy: a multi-LLM platform sending each question to several frontier model providers
    { id: 'council-joincouncil', name: 'Council', vendor: 'Council', domains: ['joincouncil.app'], source: 'https://joincouncil.app/privacy' }, // privacy: a multi-provider LLM conversation manager; chats relayed with OpenAI, Anthropic, Google or Perplexity keys
    { id: 'council-ai-usecouncil', name: 'Council AI', vendor: 'Council AI', domains: ['usecouncil.app'], source: 'https://www.usecouncil.app/about' }, // about: an orchestration layer that sets GPT-4o, Claude, Gemini and others debating as personas
    // --- assistants and agent platforms ---
    { id: 'gptgeni', name: 'GPTGeni', vendor: 'OMNIORBIT LLP', domains: ['gptgeni.com'], source: 'https://gptgeni.com/es/page/privacy-policy' }, // privacy: inputs sent to AI providers such as OpenAI, Anthropic and Google
    { id: 'm8tes', name: 'm8tes', vendor: 'Weywadt Inc.', category: 'agents', domains: ['m8tes.ai'], source: 'https://www.m8tes.ai/privacy-policy' }, // privacy: an autonomous AI agent platform; how AI processes your data
    { id: 'ai-teammate-mobio', name: 'AI Teammate', vendor: 'Mobio Labs', category: 'agents', domains: ['ai-teammate.net'], source: 'https://ai-teammate.net/terms/privacy' }, // privacy: chats with AI agents; conversations processed by AI providers (AWS, OpenAI)
    { id: 'zylox-ai', name: 'Zylox', vendor: 'ZYLOX AI L.L.C-FZ', domains: ['zylox.ai'], source: 'https://zylox.ai/legal/privacy-policy' }, // privacy: AI capabilities over prompts and documents in ephemeral AI processing environments
    { id: 'periagoge', name: 'Periagoge', vendor: 'PRAIY LLC', domains: ['periagoge.ai'], source: 'https://www.periagoge.ai/legal/privacy' }, // privacy: conversations with each Sophos (AskHypatia, AskAurelius) stored and used to improve its AI systems
    { id: 'myteam365', name: 'MyTeam365', vendor: 'MyTeam365', category: 'agents', domains: ['myteam365.ai'], source: 'https://myteam365.ai/privacy-policy' }, // privacy: an AI-powered platform for creating and chatting with AI Teammates
    { id: 'zynlab', name: 'Zynlab', vendor: 'Zynlab', category: 'agents', domains: ['zynlab.dev'], source: 'https://zynlab.dev/privacy/' }, // privacy: an agentic chat and voice platform; replies generated by Anthropic Claude, OpenRouter fallback
    { id: 'aizadeh', name: 'AIzadeh', vendor: 'AIzadeh', category: 'productivity', domains: ['aizadeh.com'], source: 'https://aizadeh.com/en/privacy' }, // privacy: an AI-powered corporate knowledge base; cloud mode sends context to OpenAI or Gemini
    { id: 'handlet', name: 'Handlet', vendor: 'HANDLET LIMITED', category: 'productivity', domains: ['handlet.ai'], source: 'https://handlet.ai/privacy-policy' }, // privacy: a digital office assistant for trades; AI-processed messages, quotes and reviews
    { id: 'zylocode', name: 'ZyloCode', vendor: 'ZyloCode', category: 'coding', domains: ['zylocode.com'], source: 'https://www.zylocode.com/privacy' }, // privacy: a website builder driven by AI builder prompts; AI infrastructure providers
    { id: 'zylair', name: 'Zylair', vendor: 'Zylair Ltd', category: 'productivity', domains: ['zylair.com'], source: 'https://www.zylair.com/privacy' }, // privacy: an AI-powered risk assessment service generating assessments from uploads
    { id: 'aiza-ai', name: 'Aiza', vendor: 'Aiza AI Inc.', category: 'productivity', domains: ['aiza-ai.com'], source: 'https://aiza-ai.com/legal/privacy' }, // privacy: an AI tutor; messages, AI replies and hints processed to run the tutoring flow
    { id: 'genesis-ia', name: 'Genesis.IA', vendor: 'GT Capital Global LLC', category: 'productivity', domains: ['mygenesisia.com'], source: 'https://www.mygenesisia.com/privacy' }, // privacy: an AI document analysis platform; documents sent to Gemini, Claude or GPT
    { id: 'voicle', name: 'Voicle', vendor: 'Voicle', category: 'agents', domains: ['voicle.ai'], source: 'https://voicle.ai/privacy' }, // privacy: a voice agent platform storing STT transcripts and LLM turn logs
    { id: 'aivoice-starcloudit', name: 'AIVoice', vendor: 'StarCloudIT', category: 'agents', region: 'europe', domains: ['aivoice.starcloudit.net'], source: 'https://aivoice.starcloudit.net/en/privacy' }, // privacy (Poland): AI assistants whose prompts go to Gemini, OpenAI or Anthropic
    { id: 'botuj', name: 'Botuj', vendor: 'MAREK CONSULTING Bartosz Marek', category: 'agents', region: 'europe', domains: ['botuj.pl'], source: 'https://botuj.pl/privacy' }, // terms (Polish): a chatbot platform based on artificial intelligence for websites
    { id: 'kurzly', name: 'Kurzly', vendor: 'LegAI Assistant, Inc.', category: 'productivity', domains: ['kurzly.net'], source: 'https://kurzly.net/terms' }, // terms: case management with AI analysis, legal research and case chat
    { id: 'zonya', name: 'Zonya', vendor: 'Zonya', category: 'developer-platform', domains: ['zonya.io'], source: 'https://zonya.io/terms-and-conditions.html' }, // terms: an LLM aggregation service giving access to many models through one API
    // --- AI companions ---
    { id: 'dreambeau', name: 'Dreambeau', vendor: 'Dream Technologies Labs, Inc.', domains: ['dreambeau.ai'], source: 'https://dreambeau.ai/privacy' }, // privacy: companion chats with AI responses, images and voice calls
    { id: 'dreammachine-one', name: 'dreammachine', vendor: 'dreammachine', domains: ['dreammachine.one'], source: 'https://dreammachine.one/safety-information/your-account/privacy-summary' }, // privacy summary: character chats processed by third-party AI model providers
    { id: 'dream-ai-companion', name: 'Dream AI Companion', vendor: 'Dream AI Companion', domains: ['mydreamai.co'], source: 'https://www.mydreamai.co/privacy-policy' }, // privacy: AI-powered chat; messages processed through artificial intelligence systems
    { id: 'dream-ai-girlfriend-chat', name: 'Dream AI Girlfriend Chat', vendor: 'Dream AI Girlfriend Chat', domains: ['dreamgirlai.chat'], source: 'https://dreamgirlai.chat/privacy' }, // privacy: dream AI chat and companion conversations
    // --- dictation and voice notes ---
    { id: 'dictately', name: 'Dictately', vendor: 'GIETO GROUP', category: 'audio', domains: ['dictately.io'], source: 'https://www.dictately.io/privacy' }, // privacy: dictation audio transcribed by Groq, OpenAI or Deepgram
    { id: 'dictura', name: 'Dictura', vendor: 'Dictura', category: 'audio', domains: ['dictura.com'], source: 'https://dictura.com/privacy' }, // privacy: cloud mode transcribes dictation with OpenAI's API
    { id: 'dictaro', name: 'Dictaro', vendor: 'Dictaro', category: 'audio', domains: ['dictaro.ai'], source: 'https://dictaro.ai/privacy' }, // privacy: cloud speech recognition plus AI-powered text cleanup with the user's own keys
    { id: 'voicemize', name: 'Voicemize', vendor: 'Voicemize', category: 'meeting', domains: ['voicemize.com'], source: 'https://www.voicemize.com/privacy' }, // privacy: an AI-powered platform turning recorded conversations into summaries and action items
    // --- translation and subtitles ---
    { id: 'lingovox', name: 'Lingovox', vendor: 'Lingovox', category: 'translation', domains: ['lingovox.online'], source: 'https://lingovox.online/privacy' }, // privacy: voice messages transcribed, translated and voiced by OpenAI (served through Telegram)
    { id: 'livelingo', name: 'LiveLingo', vendor: 'Lunana Global Inc.', category: 'translation', domains: ['livelingo.io'], source: 'https://www.livelingo.io/privacy' }, // privacy: live and photo translation; images processed by Google Gemini
    { id: 'transloot', name: 'Transloot', vendor: 'Transloot', category: 'translation', domains: ['transloot.com'], source: 'https://www.transloot.com/privacy' }, // privacy: an AI localization service; strings sent to DeepL, OpenAI, Google, Moonshot or DeepSeek
    { id: 'hareword', name: 'Hareword', vendor: 'Hareword', category: 'translation', domains: ['hareword.com'], source: 'https://hareword.com/privacy' }, // privacy: document translation with Google's Gemini AI model
    { id: 'subtran-subtitle-translator', name: 'Subtitle Translator', vendor: 'LIU Yinjiwen', category: 'translation', domains: ['subtran.net'], source: 'https://subtran.net/pt/privacy' }, // privacy: subtitle dialogue sent to OpenAI to generate the translation
    { id: 'subtitleflow', name: 'SubtitleFlow', vendor: 'SubtitleFlow', category: 'translation', domains: ['subtitleflow.com'], source: 'https://subtitleflow.com/tr/privacy' }, // privacy: transcription and translation through OpenAI, Google and other AI providers
    { id: 'translateai-translatehub', name: 'TranslateAI', vendor: 'TranslateAI', category: 'translation', domains: ['translatehub.io'], source: 'https://www.translatehub.io/privacy' }, // privacy: an AI-powered book translation service using Gemini and OpenAI
    // --- AI email ---
    { id: 'flowmail-work', name: 'Flowmail', vendor: 'Flowmail', category: 'productivity', domains: ['flowmail.work'], source: 'https://flowmail.work/en/security' }, // security: emails classified and extracted by AI; zero data training with its AI providers
    { id: 'prmptree', name: 'prmptree', vendor: 'prmptree', category: 'productivity', domains: ['prmptree.com'], source: 'https://www.prmptree.com/privacy' }, // privacy: an inbox agent; email content sent to Anthropic Claude
    { id: 'digestos', name: 'DigestOS', vendor: 'Colin Moore', category: 'productivity', domains: ['digestos.ai'], source: 'https://digestos.ai/privacy' }, // privacy: Gmail newsletters summarized by Anthropic's API into a weekly digest
    { id: 'mailflow-ai', name: 'Mailflow', vendor: 'Flowful AI', category: 'productivity', domains: ['mailflowai.com'], source: 'https://mailflowai.com/privacy' }, // privacy: email reply drafts generated through the OpenRouter LLM gateway
    { id: 'inflowmail', name: 'InflowMail', vendor: 'InflowMail', category: 'productivity', domains: ['inflowmail.ai'], source: 'https://inflowmail.ai/docs/privacy' }, // privacy: AI classifies emails, writes summaries and suggests replies
    { id: 'handle-usehandle', name: 'Handle', vendor: 'Handle, Inc.', category: 'productivity', domains: ['usehandle.ai'], source: 'https://www.usehandle.ai/terms' }, // terms: an AI-native email platform with AI-generated draft responses
    // --- images ---
    { id: 'pergai', name: 'PergAI', vendor: 'PergAI', category: 'image', domains: ['pergai.com'], source: 'https://app.pergai.com/privacy' }, // privacy: product photos edited through OpenAI, Google Gemini or Anthropic models
    { id: 'genigpt', name: 'GeniGPT', vendor: 'GeniGPT', category: 'image', domains: ['genigpt.net'], source: 'https://genigpt.net/privacy/' }, // privacy: AI image generation and photo editing (site, custom GPT and Telegram bot)
    { id: 'modelfy', name: 'Modelfy.ai', vendor: 'BrookMind LLC', category: 'image', domains: ['modelfy.ai'], source: 'https://modelfy.ai/privacy' }, // privacy: AI-based tools for generating and editing images and videos
  ],
  { checked: CHECKED_C20 },
);
