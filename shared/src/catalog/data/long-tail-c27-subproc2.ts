// Twenty-seventh session, second sub-processor pass (2026-12-07, helper `subproc2`): AI products found through their
// own sub-processor lists, DPAs, AI-provider and data-flow pages, worded the ways the first pass
// (data/long-tail-c26-subproc.ts) did not use: "Azure OpenAI Service", "Amazon Bedrock", "Google Vertex AI" / "Gemini
// API", Mistral AI, Cohere, Groq, Together AI, Fireworks, ElevenLabs, Deepgram and AssemblyAI named as processors,
// "LLM provider" in a processor table, and pages headed "AI providers", "model providers", "third-party AI services",
// "data-flow map", "AI transparency" or "where your data goes". Only products that are AI tools at their core were
// kept; general SaaS whose list names a model provider for one feature was left out. Here: AI voice agents for phone
// calls (A1 Voice on Gemini via Vertex AI, Litelog on Azure OpenAI in Sweden with Deepgram and ElevenLabs, Amigo's
// healthcare voice agent) and voice-agent platforms (Butter AI, Eagle Agents, Bonsai); AI call scoring for CallRail
// (Despora, Deepgram and Gemini); clinical scribes (OTUS AI on Azure Speech and Azure OpenAI, CliniVoice AI);
// article-to-speech with ElevenLabs (Voicgen) and an AI interview recorder for family stories (VoiceWeave); realtime
// transcription, translation and summaries (LingoFlow), AI notes and summaries from on-device transcripts (VoiceScribe)
// and a Mac assistant that answers from transcripts and screenshots (ExtraBrain); AI grading for schools (Ed.ai on Azure
// OpenAI, Azure Claude, Azure Mistral and Gemini; Lessi AI on Azure AI Foundry); AI chat and agents (WebVoice on Groq,
// Claudia by PrentusAI, VegaRAG on Bedrock, KOBI's knowledge agents, Blockbrain's Knowledge Bots, the Auxot AI router
// and agents); and AI developer tools that route to model providers (DeepIntShield gateway, NeuroLink SDK, Doclo's
// document-extraction SDK).
//
// Leads. 35 look-ups, all in the stored `pages` corpus, counted as they were made; five of the budget's 40 were left
// unused. Queries: "Azure OpenAI Service" sub-processor; "Amazon Bedrock" sub-processor and "AI providers we use …
// Claude via Amazon Bedrock"; "Google Vertex AI" / "Gemini API" sub-processor; Mistral AI SAS, Cohere (rerank,
// embeddings), Groq, Together AI, Fireworks, ElevenLabs, Deepgram, AssemblyAI, Speechmatics / Gladia, OpenRouter /
// Cartesia, Stability / Replicate / Runway, Perplexity / xAI, Hume / Cartesia / PlayHT as processors; "LLM provider" and
// "LLM providers" in a processor table; a table-row wording ("Sub-processor | Purpose | Region: Groq | LLM inference");
// "third-party AI services", "AI transparency", "model providers" and "where your data goes" pages; product kinds not
// in the first pass's list (AI podcasts and article audio, call scoring, invoice OCR, voice receptionists for clinics,
// AI headshots, sales-call roleplay, SQL data analysts, RFP drafting), plus four look-ups to confirm a product
// (knobot.org, Grik, Auxot, Claudia). Provider-name queries mostly returned the providers' own pages, policy trackers and
// gateway docs; the table-row and "AI providers" page wordings found the vendors.
//
// Measured with /work/helpers/classify-hosts.mts on the 194 hosts the searches returned (vendors, provider pages,
// policy trackers, podcasts, blogs, directories and shared hosts alike, in /work/helpers/out/subproc2-hosts.txt): 29
// classified before (14.9%), 54 after (27.8%).
//
// Already listed and left to their entries: LLM API (llmapi.ai), SLNG (docs.slng.ai), Harvey, Decart, Botchat,
// OpenCompany, ArthurAI (arthurgrid.ai), NexxaScreen, HiringCoachAI, CantoCoach, SubcueAI, ClavGPT, TrustedRouter,
// Abundly, Kagi, Meetily, AloWorld, Nomino, AI Language Tutor and VoiceCraft (voicescraft.app), and the provider hosts
// themselves (Mistral, Cohere, Groq, Deepgram, AssemblyAI, Gladia, Google Cloud).
//
// Doubtful rows: Auxot is a self-hosted AI router with agents, sold as a licensed server (the c26 no-training pass left
// self-hosted agents with no hosted service out; Auxot is kept because its own docs sell it as the AI product itself).
// CliniVoice's DPA names the "CliniVoice AI Service" and its Scribe, which processes consultation audio, but the part
// read does not name a model provider. Eagle Agents' page describes its voice feature (Deepgram transcriber,
// ElevenLabs speech) rather than the whole product. VoiceWeave's privacy notice calls the service an AI-powered
// interview platform with AI interview analysis and transcripts and names no provider. A1 Voice lives on
// voice.a1ergo.tech and only that subdomain is claimed (a1ergo.tech was not read); WebVoice likewise on
// webvoice.easytaskflow.app (EasyTaskFlow's own product was not read). Claudia is claimed by the URL prefix
// prentusai.com/claudia: PrentusAI LLC publishes it as "its own product" beside the company's general site (its
// separate privacy policy is at prentusai.com/privacy-claudia, outside the prefix). Blockbrain's docs are served on
// both api.docs.theblockbrain.ai and api.docs.blockbrain.ai, so both domains are claimed. NeuroLink and Doclo are
// SDKs whose docs are on their own hosts. Ed.ai was a lead of the c22–c24 passes (seen only in press); its own AI
// transparency page is read here.
//
// Left out. Drafts, staging and placeholders: mcp.adaptorch.ai.kr ("first operational draft, pending legal review"),
// staging.hiroi.ai (as before), staging.llm.info, app.ll.ssd.mrjb.me ("[Name, address of the data controller]"),
// grik.io (an "AI Providers & Subprocessors" page for Ricochet, Rico video, hosted inference and Grik Gateway that says
// "Grik.io should keep this page current as integrations are launched": a lead once a product page is read),
// anchorvet.co.uk (AI generation "production-off", solicitor review pending). Unclear products: knobot.org (a
// sub-processor table naming Vertex AI / Gemini for "AI generation" and Voyage AI embeddings, product not described:
// a lead), afterthoughtai.com (as before), www.semarize.com (a guide to Deepgram data), bodex.co.uk, pylip.com,
// www.syndicatedresources.com, docs.meetevie.dev (Attache, as the c26 no-training pass decided: a lead). General SaaS
// where AI is one feature: contractsafe.com (as before), policies.fundapps.co, postngo.co (GoVoice on ElevenLabs),
// centara.com (e-invoicing with an AI extraction pipeline), docs.bitlogika.com (eDocify: a lead for its own host),
// docs.namirial.app, docs.gathr.one, help.feedbackfruits.com, cmich.teamdynamix.com (Anthology's AI Conversations),
// simpleaudit.io, markyto.com, altostrat.io and altostratnetworks.mintlify.dev (Studio's copilot in a network-management
// product), mydashboards.io (GroveStreams, not AI). Translation on Azure Translator only: owntongue.com (as the c23
// translation pass decided). Provider pages, policy trackers and guides: learn.microsoft.com, cloud.google.com,
// console.groq.com, cohere.com, trust.mistral.ai, aivendorpacket.com, conductatlas.com, getpageguard.com,
// getclauseapp.com, comparescribes.com, infercheck.eu, privacyregistry.eu, unlock-my-data.com, europealternatives.com,
// trustbeforeintelligence.ai, anteroom.so, responsehub.ai, redresscompliance.com, genaiskills.io, supamakers.com,
// norsecomputer.com, theneuralbase.com, mail.fluex.ai, baciu.com, www.aiaudiogen.com (a blog on cloud TTS in general:
// a lead for its Voice Studio), clairo.ai (a blog on Mistral: a lead), ironaxis.digital (an agency). Shared platforms:
// web-deepgram.netlify.app, labs-dir-openrouter-takeover.pages.dev, lenserfight-docs.pages.dev,
// ipa-english-pronunciation.pages.dev, voxprep-app11.pages.dev (VoxPrep AI, whose voxprep-ai.com was not read: a lead),
// trustatlas.pages.dev, site-bwu.pages.dev, auset-brain-vault.pages.dev, phase1-docs.vercel.app,
// lending-agent-docs.vercel.app, noda-487720.web.app (Noda, AI meeting memos on Vertex AI: a lead once its own host is
// seen), ai-school-handleiding.web.app (as before), appstoreapps2025.blogspot.com, yap-2.gitbook.io,
// aibotkit.gitbook.io, decart.mintlify.app, locality-loan-approval.app.lamatic.ai, glare-playground.helio.app,
// openclaw-pr.zeabur.app. On-device only: loronote.com. Met again and still a lead: santaclues.ai's
// sub-processor annex (Soniox, OpenAI, Groq and xAI for transcripts; the product is not described).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27Subproc2Tools: Tool[] = defineTools(
  'agents',
  [
    // --- voice agents and voice-agent platforms ---
    { id: 'a1-voice', name: 'A1 Voice', vendor: 'A1 Voice', domains: ['voice.a1ergo.tech'], source: 'https://voice.a1ergo.tech/sub-processors', region: 'europe' }, // DPA schedule 3: a call-handling pipeline whose large-language-model inference runs on Gemini via Vertex AI in London, OpenRouter for some agent roles
    { id: 'litelog', name: 'Litelog', vendor: 'Litelog', domains: ['litelog.de'], source: 'https://litelog.de/en/sichere-ki', region: 'europe' }, // secure AI: a phone agent whose language model (Azure OpenAI, Sweden Central) understands callers and decides, Deepgram speech recognition and ElevenLabs synthesis
    { id: 'amigo-ai', name: 'Amigo (amigo.ai)', vendor: 'Amigo', domains: ['amigo.ai'], source: 'https://docs.amigo.ai/voice-and-phone/voice' }, // docs: a real-time AI voice agent that answers inbound and outbound calls for healthcare organisations, with emotion detection and operator escalation
    { id: 'butter-ai', name: 'Butter AI', vendor: 'Butter AI', domains: ['getbutter.ai'], source: 'https://docs.getbutter.ai/concepts/agents' }, // docs: voice agents built from a transcriber (Deepgram, ElevenLabs), an LLM (OpenAI, Groq, Gemini, Cerebras, Bedrock) and a synthesizer
    { id: 'eagle-agents', name: 'Eagle Agents', vendor: 'Eagle Agents', domains: ['eagleagents.ai'], source: 'https://docs.eagleagents.ai/voice/how-voice-works' }, // docs: the voice feature transcribes callers with Deepgram and speaks replies with ElevenLabs over purchased Twilio numbers
    { id: 'bonsai-getbonsai', name: 'Bonsai (getbonsai.io)', vendor: 'Bonsai', domains: ['getbonsai.io'], source: 'https://docs.getbonsai.io/api/guide/providers.html' }, // API guide: LLM providers (OpenAI, Anthropic, Gemini, Groq, Mistral, Cohere and more) generate the agents' responses, with TTS and ASR providers
    // --- call analysis, scribes and transcription ---
    { id: 'despora', name: 'Despora', vendor: 'Despora', category: 'productivity', domains: ['despora.ai'], source: 'https://www.despora.ai/documentation/call-transcription' }, // docs: CallRail calls transcribed by Deepgram Nova-2, speaker labels refined by Gemini, and AI scoring of agent performance
    { id: 'otus-ai', name: 'OTUS AI', vendor: 'OTUS AI', category: 'writing', domains: ['otusai.co.uk'], source: 'https://otusai.co.uk/subprocessors', region: 'europe' }, // subprocessors: consultation transcription on Azure Speech, role mapping and draft note generation on Azure OpenAI / Foundry
    { id: 'clinivoice', name: 'CliniVoice AI', vendor: 'CliniVoice AI Ltd', category: 'writing', domains: ['clinivoice.com'], source: 'https://clinivoice.com/legal/dpa', region: 'europe' }, // DPA (UK GDPR): the CliniVoice AI Service for NHS and private clinics, a Scribe and clinical prompts that process consultation audio
    { id: 'lingoflow', name: 'LingoFlow', vendor: 'LingoFlow', category: 'translation', domains: ['lingoflow-ai.com'], source: 'https://lingoflow-ai.com/subprocessors' }, // subprocessors: OpenAI for realtime transcription and translation, audio transcription and summaries
    { id: 'voicescribe', name: 'VoiceScribe', vendor: 'VoiceScribe', category: 'meeting', domains: ['voicescribe.site'], source: 'https://voicescribe.site/transparency.html' }, // transparency: on-device WhisperKit transcripts, AI summaries, notes, chat, translation and quizzes generated by the DeepSeek API
    { id: 'extrabrain', name: 'ExtraBrain', vendor: 'ExtraBrain', category: 'productivity', domains: ['extrabrain.app'], source: 'https://extrabrain.app/data-flow/' }, // data-flow map: audio transcribed locally or by Deepgram, transcripts and screenshots in prompts to the selected model provider, answers and summaries kept
    // --- voice and audio ---
    { id: 'voicgen', name: 'Voicgen', vendor: 'Voicgen', category: 'audio', domains: ['voicgen.io'], source: 'https://voicgen.io/data-processing-security' }, // data processing: article-to-audio text to speech for publishers, ElevenLabs among its subprocessors, voice cloning and responsible AI
    { id: 'voiceweave', name: 'VoiceWeave', vendor: 'VoiceWeave', category: 'other', domains: ['voiceweave.com'], source: 'https://voiceweave.com/privacy-policy' }, // privacy notice: an AI-powered interview platform for recorded family conversations, with AI interview analysis and transcripts
    // --- education ---
    { id: 'ed-ai', name: 'Ed.ai', vendor: 'Ed.ai', category: 'productivity', domains: ['ed.ai'], source: 'https://ed.ai/en/data-privacy/ai-transparency' }, // AI transparency: math grading and feedback, practice generation and an AI teaching assistant on Azure OpenAI, Azure Claude, Azure Mistral and Gemini
    { id: 'lessi-ai', name: 'Lessi AI', vendor: 'Lessi AI', category: 'productivity', domains: ['lessi.ai'], source: 'https://lessi.ai/ai-policy' }, // AI data privacy statement: AI-powered educational tools on foundation models hosted in Azure AI Foundry (Azure OpenAI)
    // --- chat, knowledge and agents ---
    { id: 'webvoice-easytaskflow', name: 'WebVoice', vendor: 'EasyTaskFlow', category: 'chat', domains: ['webvoice.easytaskflow.app'], source: 'https://webvoice.easytaskflow.app/features/secure-ai-models/' }, // feature page: an AI chat layer with a curated model catalogue, Groq-powered routes and credits per message
    { id: 'claudia-prentusai', name: 'Claudia (PrentusAI)', vendor: 'PrentusAI LLC', category: 'chat', urlPrefixes: ['prentusai.com/claudia'], source: 'https://prentusai.com/claudia/data-providers' }, // data providers: an iOS personal AI assistant whose chat, voice and image requests go to Anthropic, OpenAI, Gemini, Groq and other model services (path only)
    { id: 'vegarag', name: 'VegaRAG', vendor: 'VegaRAG', domains: ['vegarag.com'], source: 'https://vegarag.com/features' }, // technical breakdown: a RAG chat product whose backend handles AI and ingestion calls and streams Bedrock tokens to its chat UI
    { id: 'kobi-ai', name: 'KOBI', vendor: 'KOBI', domains: ['kobi-ai.com'], source: 'https://kobi-ai.com/docs/knowledge-base/' }, // docs: documents turned into a knowledge graph that every agent reasons against, answers with citations
    { id: 'blockbrain', name: 'Blockbrain', vendor: 'Blockbrain', domains: ['theblockbrain.ai', 'blockbrain.ai'], source: 'https://api.docs.theblockbrain.ai/concepts/knowledge-bots' }, // API docs: Knowledge Bots, configured agents that retrieve across sources and generate responses
    { id: 'auxot', name: 'Auxot', vendor: 'Auxot', domains: ['auxot.com'], source: 'https://auxot.com/docs/getting-started/overview' }, // docs: a self-hosted AI router across GPU workers, Claude Code and OpenAI / Anthropic APIs, with agents, skills and an admin agent
    // --- developer tools ---
    { id: 'deepintshield', name: 'DeepIntShield', vendor: 'DeepIntShield', category: 'developer-platform', domains: ['deepintshield.com'], source: 'https://docs.deepintshield.com/providers/supported-providers/vertex/' }, // docs: an AI gateway that converts requests for Vertex AI's Gemini and Anthropic models (chat, embeddings, image and video generation)
    { id: 'neurolink-sdk', name: 'NeuroLink', vendor: 'NeuroLink', category: 'developer-platform', domains: ['neurolink.ink'], source: 'https://docs.neurolink.ink/docs/provider-integration/22-adding-multimodal-provider' }, // docs: an AI SDK whose providers span LLM, image, video, avatar and music models (Replicate, Together AI, Fireworks)
    { id: 'doclo', name: 'Doclo', vendor: 'Doclo', category: 'developer-platform', domains: ['doclo.ai'], source: 'https://docs.doclo.ai/sdk/providers/ocr/mistral' }, // SDK docs: document parsing and schema extraction flows on VLM providers such as Mistral OCR and Document AI
  ],
  { checked: CHECKED_C27, region: 'global' },
);
