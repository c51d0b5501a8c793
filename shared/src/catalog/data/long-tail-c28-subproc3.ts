// Twenty-eighth session, third sub-processor pass (2026-12-08, helper `subproc3`): AI products found through their own
// sub-processor lists, DPAs, AI-provider disclosures, privacy policies and product docs that name the model providers
// behind them (OpenAI, Anthropic, Google Gemini / Imagen / Veo / Vertex AI, fal.ai, Claude and Cohere via Amazon
// Bedrock) as the processors that generate the product's plans, drafts, images or answers. The two earlier passes
// (data/long-tail-c26-subproc.ts, data/long-tail-c27-subproc2.ts) worked through meeting notes, scribes, voice agents,
// tutors, graders and provider-name queries; this one paired the processor wording with niches they did not use:
// fitness and nutrition coaching, plant diagnosis, teachers' lesson tools, product and fashion imagery, pet portraits,
// Google-review replies, leasing assistants, code review, customs classification, legal chronologies, document
// extraction. Only products that are AI tools at their core were kept. Here: AI lesson and assessment generation for
// teachers (iTeachWise); AI fitness, nutrition and wellness coaches (CoachAI, Fitra360, saviMon, Kraftsport Coach's
// plan generation); AI image generation for products, fashion and pets (OBJEKT, neofashion.ai, fancy.pet, Fauxto
// Labs, and the Gemini 3 Pro Image site); AI plant diagnosis (Sherleaf); an AI wellbeing journal and chat (Mindsle);
// AI replies to Google reviews (OptiReply, ReviewToReport); an AI leasing assistant for property managers (Sublex); an
// AI pull-request review pipeline (Veriva); AI chronologies of legal case documents (ChronoLaw); an AI HTS
// classification research tool (GingerControl); an AI document-extraction API (bem); and AI agents that index freight
// document packets (Eranova).
//
// Leads. 37 look-ups, all `search` in the stored `pages` corpus, counted as they were made; one of the budget's 38 was
// left unused. Queries: OpenAI / Anthropic / Gemini / Replicate / fal.ai / Together AI / Perplexity / Exa / xAI /
// DeepSeek / ElevenLabs / Deepgram / AssemblyAI / Suno / Stability named as processors beside one niche at a time
// (resume and cover letters, contract review, design images, lesson plans, real-estate listings, sermons, nonprofit
// fundraising, survey comments, audiobooks, construction estimates and inspections, meal and workout plans, dental
// and veterinary notes, travel itineraries, e-commerce product photos, music, tenant messages, podcast editing,
// bookkeeping and invoices, children's stories, code review, plant identification, journaling, alt text, review
// replies, freight documents, flashcards, performance reviews, cold outreach, legal intake, customs codes, grant and RFP
// writing), plus one look-up to confirm bem's own pages. The earlier passes had covered much of this ground: most
// vendor hits were already listed (see below), and the travel, music, audiobook, nonprofit, performance-review and
// grant-writing queries returned builders' blogs, news and guides only.
//
// Measured with /work/helpers/classify-hosts.mts on the 218 hosts the searches returned (vendors, provider pages,
// policy trackers, news, blogs, directories and shared hosts alike, in /work/helpers/out/subproc3-hosts.txt): 43
// classified before (19.7%), 64 after (29.4%).
//
// Already listed and left to their entries: JobCompanion, Senso AI, Ministerio AI, AI Teacher Assistant
// (ta.starlingtek.net), AI Property Writer, Thematic, SubcontractorAudit, Completa Estimate, GoodFitCoach AI,
// OpenDentist, ToothNotes, Apiway Studio, RentalRelay, MakeBestMusic, ChartOfAccounts.ai, Invoice Data Extraction, My
// Sleepy Tale, Belong, TheAccessible.org, WCAG Workflow AI Alt Text, ReviewReply (reviewreplies.io), Restaurant
// Reputation Tools, StudyNova, StudySync, RevisionDojo, Mr. A's Writing Tools, Opennote, the AI Course Assistant
// (app.hultedtech.club), Cold AI, Outpulse, GreenDoorAI, and the provider hosts (Together AI, Replicate, Perplexity,
// Google AI Studio, OpenClaw's ClawHub).
//
// Doubtful rows: Mindsle's privacy policy names no company (the App Store developer is the controller); it lists
// journaling, chat and emotion tools with "human-quality AI summaries" and AI inference vendors (OpenAI, Gemini, Qwen),
// read as an AI wellbeing app. Eranova's page is a case study of its own "governed agents" classifying and extracting
// freight document packets, read as an AI agent product. bem is read from its own engineering log, which describes
// schema-bound transform functions run by an "underlying inference engine" in place of a prompt to a generic LLM.
// GingerControl is read from its own blog on how it built its AI HTS classifier. The Gemini 3 Pro Image site is a
// third-party wrapper that names itself after Google's model (as the Nano Banana Pro sites are listed); its name carries
// its host. saviMon lives on savimon.tachyonhq.ai and only that subdomain is claimed; tachyonhq.ai was not read and,
// being an .ai host that may itself be an AI company, is neither claimed nor trapped. neofashion.ai's page also calls
// the platform "neo-fashion.ai"; only the host read is claimed. Kraftsport Coach's sub-processor page (German site,
// English text) names Anthropic as the default provider for plan generation and AI feedback drafts; its region is
// europe, as is ReviewToReport's (a Spanish sole trader).
//
// Left out. Staging, drafts and placeholders: app-staging.clmspace.com (as before), trysnapreport.com
// ("[[your hosting / server provider]]"), api.sum28.com (P2D, "Effective: [DATE]", draft), www.myrevly.com ("[EFFECTIVE
// DATE]"), aireviewresponder.dev (as before), rationalmind.app (a "${new Date()...}" template date: a lead). General
// SaaS where AI is one feature or optional: www.praediuminsights.com (a real-estate CRM with one assistant),
// www.struxcor.com (as before), www.invoicenavigator.eu (AI only in its PDF converter), mindality.io (optional AI
// chat), docs.nps.today, support.govocal.com, help.peopleinsight.co.uk, crm.emacronai.com (as before),
// www.automatedcommerce.ai (as before), cloudtrucks.com (a trucking company's engineering blog). Developer or shared
// hosts: apps.viksva.com (AI Garden Planner among a developer's apps), sites.google.com (plant apps),
// plantguard-ai-legal.pages.dev, gardenmind-345f1.web.app, beat-journal-2ig.pages.dev, autoreviewlab.pages.dev,
// consumer-dividends.pages.dev (ListingPro), tools-34m.pages.dev, delegation-risk-framework.vercel.app. Pages that
// do not say the product uses AI, or do not describe it: getcoldagent.com and estimateintel.com (as before),
// getperpetua.ai (a dental DPA for note-taking and CRM: a lead), trybloom.app (a sub-processor table naming OpenAI for
// chat and food images; Bloom on trybloom.ai is listed and this host was not tied to it: a lead), www.promptax.com
// (Anthropic and Gemini for document extraction, product not described: a lead), reviewagent.ruhr-botgarage.ai (a
// Google Review Agent on a bot agency's subdomain: a lead), status.outbound.ustack.ai (a status host),
// kacti.ai/legal-intelligence (an AI legal tool on a path of a host not read: a lead), www.mindawaregroup.com,
// scrupp.com, www.gaiadynamics.ai, quickcode.ai and dutysimulator.com (blogs on AI customs classification in general:
// leads). Blogs, news, guides and trackers: conductatlas.com, aivendorpacket.com, companyscope.io, getpageguard.com,
// theneuralbase.com, checkaiclaims.com, trustatlas.pages.dev, noboiler.com, kanopylabs.com, codeables.dev and the rest
// of the hosts file.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Subproc3Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- teachers ---
    { id: 'iteachwise', name: 'iTeachWise', vendor: 'iTeachWise', domains: ['iteachwise.com'], source: 'https://www.iteachwise.com/legal/sub-processors' }, // sub-processor list: teacher-generated lessons, assessments and rubrics, generation counts, Anthropic and OpenAI as the AI sub-processors
    // --- fitness, nutrition and wellbeing ---
    { id: 'coachai-tech', name: 'CoachAI (coachai.tech)', vendor: 'CoachAI Technologies FZE', category: 'other', domains: ['coachai.tech'], source: 'https://coachai.tech/subprocessors' }, // sub-processors: AI-Powered Services, an AI Assistant and meal-photo nutritional analysis by AI sub-processors, motion-tracking feedback
    { id: 'fitra360', name: 'Fitra360', vendor: 'Fitra360', category: 'other', domains: ['fitra360.com'], source: 'https://fitra360.com/subprocessors' }, // subprocessors: OpenAI generates the personalised wellness plan and reads uploaded lab reports
    { id: 'savimon', name: 'saviMon', vendor: 'TachyonHQ, LLC', category: 'other', domains: ['savimon.tachyonhq.ai'], source: 'https://savimon.tachyonhq.ai/data-processing' }, // sub-processors: OpenAI for AI-powered meal photo analysis, nutrition estimation and the AI assistant MAX
    { id: 'kraftsport-coach', name: 'Kraftsport Coach', vendor: 'Kraftsport Coach', domains: ['kraftsport-coach.de'], source: 'https://www.kraftsport-coach.de/legal/sub-processors', region: 'europe' }, // sub-processors: Anthropic the default LLM provider for plan generation and AI feedback drafts, OpenAI or Gemini optional
    { id: 'mindsle', name: 'Mindsle', vendor: 'Mindsle', category: 'chat', domains: ['mindsle.com'], source: 'https://www.mindsle.com/en/privacy' }, // privacy: journaling, chat and emotion tools with AI summaries; AI inference vendors (OpenAI, Google Gemini, Qwen) process text and voice
    { id: 'sherleaf', name: 'Sherleaf', vendor: 'Sherleaf', category: 'other', domains: ['sherleaf.app'], source: 'https://www.sherleaf.app/privacy.html' }, // privacy: an Android app that sends a plant photo to the Google Gemini API to diagnose what is wrong with it
    // --- images ---
    { id: 'objekt-ai', name: 'OBJEKT (objekt-ai.com)', vendor: 'OBJEKT', category: 'image', domains: ['objekt-ai.com'], source: 'https://www.objekt-ai.com/sub-processors' }, // sub-processors: generative image inference from product references on the Gemini API, GPT-Image as fallback
    { id: 'neofashion-ai', name: 'neofashion.ai', vendor: 'Fipera Trading F.Z.E', category: 'image', domains: ['neofashion.ai'], source: 'https://neofashion.ai/ja/legal/subprocessors' }, // sub-processor list: Gemini, Imagen and Veo for text, image and video generation, fal.ai for image, video and LoRA training
    { id: 'fancy-pet', name: 'fancy.pet', vendor: 'fancy.pet', category: 'image', domains: ['fancy.pet'], source: 'https://www.fancy.pet/sub-processors' }, // sub-processors: fal.ai for AI image generation of pet portraits from reference photos, printed through Printify
    { id: 'fauxto-labs', name: 'Fauxto Labs', vendor: 'Fauxto Labs', category: 'image', domains: ['fauxtolabs.com'], source: 'https://fauxtolabs.com/legal/subprocessors' }, // subprocessors: FAL.ai AI inference for image, video and audio from prompts and references ("Generate Images, Video, Audio & 3D")
    { id: 'gemini3proimage-pics', name: 'Gemini 3 Pro Image (gemini3proimage.pics)', vendor: 'gemini3proimage.pics', category: 'image', domains: ['gemini3proimage.pics'], source: 'https://gemini3proimage.pics/en/privacy-policy' }, // privacy: a cloud-hosted multi-turn generation stack to create or edit images from prompts and reference images
    // --- reviews, leasing and sales ---
    { id: 'optireply', name: 'OptiReply', vendor: 'Seven9IT Solutions', category: 'writing', domains: ['optireply.com'], source: 'https://www.optireply.com/dpa.html' }, // DPA: Google review management and AI response generation, AI providers as sub-processors
    { id: 'reviewtoreport', name: 'ReviewToReport', vendor: 'ReviewToReport', category: 'writing', domains: ['reviewtoreport.com'], source: 'https://reviewtoreport.com/privacy', region: 'europe' }, // privacy: reads Google reviews and keeps AI-generated draft replies and weekly digest summaries
    { id: 'sublex-ai', name: 'Sublex', vendor: 'Sublex', category: 'agents', domains: ['sublex.ai'], source: 'https://www.sublex.ai/privacy' }, // privacy: an AI-powered leasing assistant whose chat widget answers renters, responses generated by OpenAI
    // --- code, legal, trade and documents ---
    { id: 'veriva', name: 'Veriva', vendor: 'Veriva', category: 'coding', domains: ['veriva.dev'], source: 'https://veriva.dev/docs/pipeline' }, // docs: every pull request runs a ten-stage pipeline whose LLM stages (a Haiku call among them) review the diff
    { id: 'chronolaw', name: 'ChronoLaw', vendor: 'ChronoLaw', domains: ['chrono-law.com'], source: 'https://www.chrono-law.com/legal/sub-processors' }, // AI sub-processors: Claude on Bedrock generates case chronologies and Q&A, Nova Lite summaries, Cohere embeddings
    { id: 'gingercontrol', name: 'GingerControl', vendor: 'GingerControl', domains: ['gingercontrol.com'], source: 'https://gingercontrol.com/blog/how-we-built-our-classifier' }, // own blog: how GingerControl built its AI HTS classifier as a pre-classification research tool
    { id: 'bem-ai', name: 'bem', vendor: 'bem', category: 'developer-platform', domains: ['bem.ai'], source: 'https://bem.ai/log/how-to-parse-invoices-accurately-with-bem' }, // engineering log: schema-bound transform functions force the underlying inference engine to return invoice JSON
    { id: 'eranova', name: 'Eranova', vendor: 'Eranova', category: 'agents', domains: ['eranova.ai'], source: 'https://www.eranova.ai/resources/manifest-packet-automation-national-carrier' }, // case study: governed agents classify freight document packets, extract fields and reconcile them against the TMS
  ],
  { checked: CHECKED_C28, region: 'global' },
);
