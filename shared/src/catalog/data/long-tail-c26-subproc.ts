// Twenty-sixth session, sub-processor pass (2026-12-07, helper `subproc`): AI products found through their own
// sub-processor lists, DPAs and trust pages, which name the model providers behind them (OpenAI, Anthropic, Google
// Gemini and Vertex AI, Azure OpenAI / AI Foundry, Deepgram, AssemblyAI, ElevenLabs, Groq, DeepSeek, fal.ai) as
// processors that generate the product's answers, transcripts, voices or scores. Only products that are AI tools at
// their core were kept; general SaaS whose list merely adds an LLM for one feature was left out. Here: an AI
// knowledge-base chatbot builder (VocUI) and an AI knowledge assistant answering staff questions in Slack (NextKS);
// an AI agent platform for insurance and mortgage brokerages (AI Broker); an AI medical scribe (Omi Scribe); AI
// voice agents for phone calls (VoiceCraft, AI VOX for healthcare, RevRag, Fonema); a voice-enabled AI assessment
// platform for schools (better-ed), AI essay grading (teachwithcolin), AI study notes from recorded lectures
// (StudySync on rfas.software) and AI conversation practice for language learners (Nomino); a voice companion
// whose sessions run on speech-to-text and text-to-speech providers (Ophie); AI-generated therapy session scripts
// for practitioners (TheraScript); AI meeting minutes (ReMinutes, on AIx Technologies' subdomain); and, met beside
// the provider pages, an AI content platform with AI dubbing (Starpop), an AI video-avatar builder (SmarterAvatar),
// an AI model API that runs hosted video models (Runflow) and an AI persona platform that routes tasks across model
// providers (Definable).
//
// Leads. 37 look-ups, all in the stored `pages` corpus, counted as they were made; three of the budget's 40 were
// left unused. Queries worded the way vendors word their own sub-processor pages: "subprocessors" / "list of
// sub-processors" / "third-party AI providers we use" beside a provider (OpenAI, Anthropic, Gemini / Vertex AI,
// Azure OpenAI, AWS Bedrock, Mistral, Cohere, Deepgram, AssemblyAI, ElevenLabs, Replicate, fal.ai, Groq, Fireworks,
// Together AI, Recall.ai) and one product kind at a time (meeting notes, medical scribes, therapy notes, voice
// agents, support chatbots, legal drafting, recruiting interviews, essay grading, study notes, language tutors,
// sales-call coaching, bookkeeping, e-commerce descriptions, insurance claims, HR assistants, real estate, image
// generation, dubbing, slide decks, video avatars, grant writing), plus two look-ups to confirm a product
// (TheraScript, SantaClues). Queries for coding, research-assistant, bookkeeping, presentation and grant-writing
// vendors returned builders' blogs and aggregators only. Many vendor hits were already claimed (see below): the
// earlier product-kind passes covered this ground well, so the pass found fewer new rows than hosts read.
//
// Measured with /work/helpers/classify-hosts.mts on the 194 hosts the searches returned (vendors, provider pages,
// policy trackers, blogs, directories and shared hosts alike, in /work/helpers/out/subproc-hosts.txt): 43 classified
// before (22.2%), 62 after (32.0%).
//
// Already listed and left to their entries: Meetily, Twofold, EMOR (emorvoice.com), AutoShop Voice AI, GreenDoorAI,
// AI Emaily, LegalisAI, Welldin, Scrine, Intervio, Ishavi, AI Interview Analyzer, the Veritas grader, GradingPen, TAi
// Grader, RevisionDojo, CoGrader, PipeGuide, Call Coach IQ, AICA (grow2.ai), AI Editor RSP, Mr. A's Writing Tools,
// AloWorld, AI Language Tutor, accent·ai, Recalling AI, Lyyli, Surfnote, Openesia Meetings, Dubformer, AssemblyAI,
// the Shopify description apps on storegen.selfspark.app, novikapps.com's AI Product Description Agent and
// raiselabs.app's AIReady (the last two by their URL prefixes), and the provider hosts themselves (OpenAI,
// ElevenLabs, fal.ai, HeyGen and its API docs, Runware, VideoGen).
//
// Doubtful rows: Ophie's page is a sub-processor list (Deepgram speech-to-text, Cartesia / ElevenLabs / Inworld
// text-to-speech of "response text", voice sessions and memories) that labels its providers AI / ML but never calls
// the product an AI companion in so many words. Starpop is read from a vendor blog about ElevenLabs dubbing that
// calls Starpop "our AI content creation platform" with dubbing and voice tools in its pipeline. SmarterAvatar's
// docs describe avatar providers that speak "your AI's responses", read as an AI avatar builder. Runflow's docs page
// prices a hosted HeyGen video-agent model behind Runflow's own API (an AI model API, not a sub-processor page).
// Definable's page lists HeyGen as one of the model providers its AI personas route tasks to. AI Broker's
// sub-processor page was read on a customer's tenant subdomain (o-sullivan-reddy.aibroker.ie); aibroker.ie is
// claimed as the product's own domain. ReMinutes lives on minutes.aix.om, a subdomain of AIx Technologies' host,
// and only the subdomain is claimed. StudySync is claimed on studysync.rfas.software only (rfas.software was not
// read); its name is qualified because StudySync is also an English curriculum. VoiceCraft is qualified by its host,
// VoiceCraft being also a speech-editing research model.
//
// Left out. Products whose page does not show what the product is, or where AI is one feature: santaclues.ai
// (SantaClues AS: a DPA annex naming Soniox, OpenAI, Groq and xAI for transcripts, product not described: a lead),
// trust.dtectvision.ai (ClaimGuard: Gemini for one claim-analysis component of an unlaunched product: a lead),
// docs.wordloop.ai (engineering design notes for meeting recording with AssemblyAI: a lead), clausepilot.com (a
// sub-processor due-diligence framework that does not say AI), clinicflowai.app (optional AI skills, as the c20
// clinic pass decided), finlegal.ai (as before), skillbuilder.club's AITACS CRM (as before), luminacaretherapy.co.uk
// (a therapy marketplace with an AI note assist), physitrack.com, calltrackingmetrics.com, contractsafe.com,
// contactmonkey.com, betterworks.zendesk.com, support.zoa-gdpr.com, the Zendesk and Lever help pages (general SaaS
// with AI features), docs.theca.com (an LLM line with no product description), www.intended.so (authority checks
// for other companies' agents), docs.alien.club (a data platform with AI workflows), mail.fluex.ai (a blog on
// sub-processors in general). Drafts and placeholders: clmspace.com ("Template under legal review"),
// www.mycoach.social ("[COMPANY NAME]"), appraisalreportaudit.com ("Placeholder · current Phase 1 list": a lead for
// AI appraisal audits once published), callwise.awesomeworks.ai (a
// register marked "legal verification required": a lead). Staging hosts: staging.hiroi.ai (an omni-channel AI agent
// platform: a lead once hiroi.ai is read). A product on another company's host: verticla.protimeconsulting.com (a
// realtor agent on a consultancy's subdomain). Vendor blogs about AI in general:
// automatedrealtor.io, gradeorbit.co.uk, satur.app, arthas.ai, superada.ai, meetingsummary.io (a comparison page),
// talky.talenty.ai (a whitepaper on AI voice interviews in general: a lead for Talenty). Not AI tools: meetbot.dev (a
// meeting-bot API), agentledgerpro.com, canadyrealty.com. Shared platforms: lending-agent-docs.vercel.app,
// docs-contract-lucidity.pages.dev, antrophicnegotiations.pages.dev, openai-dotcom-dun.vercel.app,
// ai-school-handleiding.web.app (AI-School, as the c18 sections pass decided), gaudy-copper-e0c.notion.site
// (ChattyAI), wooden-stork-8e7.notion.site, novikapps-site.pages.dev, productpilot.framer.website,
// iecyu9zanz.us-east-2.awsapprunner.com, yap-2.gitbook.io, aicollab-nexus.pages.dev, operator-collective-site.vercel.app.
// Directories, policy trackers and guides: checkaiclaims.com, conductatlas.com, aivendorpacket.com,
// aipolicycompare.com, comparescribes.com, swanum.com, getclauseapp.com, getpageguard.com, theneuralbase.com.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26SubprocTools: Tool[] = defineTools(
  'agents',
  [
    // --- chatbots and knowledge assistants ---
    { id: 'vocui', name: 'VocUI', vendor: 'VocUI', domains: ['vocui.com'], source: 'https://vocui.com/sub-processors' }, // sub-processors: chat answers generated by an LLM (DeepSeek by default, Anthropic or OpenAI on request) from the customer's retrieved knowledge base, OpenAI for embeddings
    { id: 'nextks', name: 'NextKS', vendor: 'T-SolArch s.r.o.', category: 'productivity', domains: ['nextks.com'], source: 'https://www.nextks.com/en/legal/subprocessors', region: 'europe' }, // subprocessors: OpenAI and Anthropic run LLM inference for query answers, knowledge retrieval and Q&A tickets delivered in Slack
    { id: 'ai-broker-ie', name: 'AI Broker', vendor: 'AI Broker', domains: ['aibroker.ie'], source: 'https://o-sullivan-reddy.aibroker.ie/subprocessors', region: 'europe' }, // sub-processor list: every brokerage deployment runs Claude inference (Sonnet, Haiku) and OpenAI embeddings through an AI gateway, with WhatsApp, Gmail and Microsoft 365 channels
    // --- voice agents ---
    { id: 'voicescraft', name: 'VoiceCraft (voicescraft.app)', vendor: 'VoiceCraft', domains: ['voicescraft.app'], source: 'https://voicescraft.app/subprocessors' }, // sub-processors: phone agents whose call transcripts go to Gemini / Vertex AI and Anthropic, Deepgram speech-to-text and ElevenLabs voices for the agent's replies
    { id: 'ai-vox', name: 'AI VOX', vendor: 'AI VOX', domains: ['theaivox.com'], source: 'https://theaivox.com/pages/subprocessors' }, // subprocessors (HIPAA): an AI voice agent for calls, conversational responses generated by OpenAI or Anthropic through Retell, Deepgram transcription
    { id: 'revrag', name: 'RevRag', vendor: 'RevRag', domains: ['revrag.ai'], source: 'https://docs.revrag.ai/trust-security/data-sharing' }, // trust docs: a voice agent platform whose LLM vendors generate the AI responses from transcribed speech, with speech-to-text, text-to-speech and telephony vendors
    { id: 'fonema', name: 'Fonema', vendor: 'Fonema Inc.', domains: ['fonema.ai'], source: 'https://www.fonema.ai/en/legal/sub-procesadores' }, // data sub-processors: an AI voice platform for call centres, sales, collections and reception, language models for transcription, response generation and speech synthesis
    // --- health and therapy ---
    { id: 'omi-scribe', name: 'Omi Scribe', vendor: 'Omi Health B.V.', category: 'writing', domains: ['omi.health'], source: 'https://omi.health/legal/sub-processors', region: 'europe' }, // sub-processors: Omi Scribe Cloud, a clinical scribe whose speech-to-text, diarisation and language-model inference run on Azure AI Foundry in the EU
    { id: 'therascripts', name: 'TheraScript', vendor: 'TheraScripts', category: 'writing', domains: ['therascripts.com'], source: 'https://www.therascripts.com/legal/ai-disclaimer', region: 'europe' }, // AI disclaimer (England and Wales): practitioners' session scripts generated by a large language model from their configuration and a module library, optionally turned into audio by text-to-speech
    { id: 'ophie', name: 'Ophie', vendor: 'Ophie', category: 'chat', domains: ['ophie.app'], source: 'https://ophie.app/privacy/subprocessors' }, // subprocessors: voice sessions and memories, speech transcribed by Deepgram and response text voiced by Cartesia, ElevenLabs or Inworld (providers listed as AI / ML)
    // --- education ---
    { id: 'better-ed', name: 'better-ed', vendor: 'Better Oy', category: 'productivity', domains: ['better-ed.ai'], source: 'https://app.better-ed.ai/sub-processors', region: 'europe' }, // sub-processors: a voice-enabled AI assessment platform for schools, AI inference and speech-to-text on Vertex AI Gemini, Azure OpenAI and Groq
    { id: 'teachwithcolin', name: 'teachwithcolin', vendor: 'teachwithcolin', category: 'productivity', domains: ['teachwithcolin.com'], source: 'https://www.teachwithcolin.com/privacy' }, // privacy: an AI-powered essay grading platform, essays sent to Anthropic's Claude to be graded against the teacher's rubric
    { id: 'studysync-rfas', name: 'StudySync (rfas.software)', vendor: 'StudySync', category: 'productivity', domains: ['studysync.rfas.software'], source: 'https://studysync.rfas.software/subprocessors' }, // subprocessors: AssemblyAI transcribes recordings and OpenAI generates chat responses and educational content; flashcards and quizzes stored
    { id: 'nomino-pro', name: 'Nomino', vendor: 'Nomino', category: 'chat', domains: ['nomino.pro'], source: 'https://nomino.pro/subprocessors.html?lang=ro' }, // sub-processors: a language-learning service whose conversations and feedback run on OpenAI and Gemini, voices from Cartesia and ElevenLabs
    // --- meetings ---
    { id: 'reminutes', name: 'ReMinutes', vendor: 'AIx Technologies', category: 'meeting', domains: ['minutes.aix.om'], source: 'https://minutes.aix.om/dpa', region: 'middle-east' }, // DPA: meeting transcription by bot or upload with AI-generated summaries, action items, decisions and search embeddings, AssemblyAI among its sub-processors
    // --- content, video and model platforms ---
    { id: 'starpop', name: 'Starpop', vendor: 'Starpop', category: 'video', domains: ['starpop.ai'], source: 'https://starpop.ai/blog/articles/elevenlabs-dubbing' }, // vendor blog: Starpop calls itself an AI content creation platform with ElevenLabs dubbing and voice tools in its pipeline for marketing assets
    { id: 'smarteravatar', name: 'SmarterAvatar', vendor: 'SmarterAvatar', category: 'video', domains: ['smarteravatar.com'], source: 'https://docs.smarteravatar.com/providers/avatar/overview' }, // docs: video avatars rendered by HeyGen LiveAvatar speak the AI's responses in real time, with voice selection and cloning
    { id: 'runflow', name: 'Runflow', vendor: 'Runflow', category: 'developer-platform', domains: ['runflow.io'], source: 'https://docs.runflow.io/models/heygen/v3/video-agent' }, // docs: an API that runs hosted AI models (here HeyGen's video agent) per second of generated video
    { id: 'definable-ai', name: 'Definable', vendor: 'Definable', domains: ['definable.ai'], source: 'https://definable.ai/apps/heygen/' }, // app page: AI personas route each task to the best model provider and call HeyGen's tools from chat or scheduled flows
  ],
  { checked: CHECKED_C26, region: 'global' },
);
