// Twenty-sixth session, long-tail pass `notrain` (2026-12-07): AI products found through the data-use promises AI
// vendors write on their own security, privacy, DPA, trust and FAQ pages ("we never train on your data", "not used to
// train AI models", zero data retention with the model provider, "inputs and outputs", "prompts are not stored",
// providers contractually barred from training, SOC 2 beside an AI assistant). The rows vary in kind: legal (Lexvio),
// support email and voice agents (CXassist, 365 Agents), a business agent service (Millie), sales-call coaching
// (SalesSavant), meeting and advisor notes (Note Genie, AI Secretary), research and document Q&A (ResearchPad, Paper
// Insights, DocInsightHub AI, insightful.cx), a website chatbot builder (ReplBot) and an AI search/agent platform
// (ai12z), education (ClassPlanner, FlashPrep), careers (cv·ai on cvgennie.com, CVGenerate Studio), design (DesignerAI
// Studio), translation (Versq) and a private AI chat (Secret Chat). Every row cites a page with a path on the product's
// own host where the vendor says what its AI does or names the model provider it sends content to.
//
// Queries (all in the stored `pages` corpus): the no-training promise worded for meeting notes, legal assistants,
// writing assistants with OpenAI zero retention, LLM providers contractually prohibited from training, sales email
// assistants, bookkeeping (SOC 2 Type II), medical scribes (HIPAA), recruiting interviews, student tutors (FERPA,
// COPPA), translation, code review, support agents' trust centres, contract review ("inputs and outputs"), research
// papers, journaling and therapy companions, slide generators, sales-call coaching, HR handbook assistants, brand image
// generators, investor document analysis (Azure OpenAI), notetakers with zero retention, lesson planners, therapy
// progress notes, document translation, phone voice agents, tax assistants, RFP software, grant writing, healthcare
// drafting, website chatbot builders, UX research synthesis, résumé builders, logo generators, coding agents, legal
// research, patient health assistants, translator apps, financial-advisor notes and flashcard apps. 39 look-ups in all
// (39 `search` calls; no read_file, find_string or fetch), counted as they were made.
//
// Measured with /work/helpers/classify-hosts.mts on the 244 hosts the searches returned (vendors, news, blogs,
// directories, agencies and shared hosts alike, in /work/helpers/out/notrain-hosts.txt): 65 classified before (26.6%),
// 85 after (34.8%).
//
// Doubtful rows: 365 Agents is read from one help-centre article on support.365agents.com about what its AI voice agent
// collects during a call; the apex is claimed as the vendor's own. ai12z is read from its docs on docs.ai12z.net, which
// say the product runs on Azure OpenAI; ai12z.net is claimed as the brand's own domain. Secret Chat is read from a blog
// post for lawyers that presents the site as a privacy-focused AI chat ("including this one"), not from a policy. AI
// Secretary is read from a blog post describing its zero-retention flow for advisers' meetings (the assistant listens,
// extracts notes and pushes them to the CRM). ResearchPad's and DocInsightHub AI's pages are blog posts, kept because
// each describes the vendor's own product and how it sends content to an AI provider. cv·ai's policy sits on
// cvgennie.com; the row is named for both.
//
// Already listed and left to their entries (met again here): Grain, Kagi (FastGPT is listed under its path; the
// Assistant's help page on help.kagi.com is left unclaimed), Twig (twig.so; its blog also on gettwig.ai, not added),
// Scribing.io, hygiene.adaptiveai.ai, Chatty Hiring, AIHirer, OneTier, Talent Systems, MeetAssist, CodeAnt AI, Belong
// Journal, Pensio, SlideGMM, Research AI (reseach-ai.org), baba (itsbaba.com), Datum Notes, Meetily, Lessona, AI
// Teacher Assistant (ta.starlingtek.net), Kuulo, TherapyDraft, Confidant Notes, Bluente, SmartTranslate, One Click
// Coaching, Sales Coach AI (coach.legacyconnect.ai), SalesCoach AI (recall.kalyxi.ai), Call Coach IQ, Mimicking,
// NanoFig, Finance & Reporting Intelligence, CustomGPT.ai, Koji, Yourra, Intervuws, Tailor My CV, RozgarWise,
// WebsiteGPT (widgetora.com), MySiteGPT Assistant, ChatRaj, SiteSpeakAI, AiNote, LearnWhat.ai, ClassNerd, AItoCards,
// StudyNova, AI Doc Translator, Inkstone (listed under its path on jafflelabs.ai), BookTranslator AI (chunker.ai),
// Grantable, LogoGenGenius, 2Slides, docgpt.ai, Privian and Abundly.
//
// Left out. Blogs, guides and articles that do not describe the vendor's own product, or only at the end in passing:
// amynote.app, confidantly.ai (Confidantly Meet named only as "how we approach it"), meetingstack.io, basilai.app (as
// before), theverdictlab.com, tensorops.ai, jurislabs.io, buildlegal.ai's learn pages, growthy.com, whisperflow.io,
// kitahq.com, tuel.ai (a FERPA guide), contractken.com's moderation-layer page, verirfp.com, trytresor.com,
// scribeai.health and dictum-app.pro (as c17 decided), tutorlucid.com (as before), reframepractice.com, therapydesk.io,
// cervanaai.com, quickvoice.co, aivorys.com, gettruss.io, one82.com, thesmia.ai, mambahr.com, docu.expert, legience.com
// (a practice platform's blog on privilege: a lead), lumavista.eu (a lead), llm.co, eitl.ai, osfoundry.io,
// bizhonyaku.com, syntaxory.com, studycardsai.com, amynote.app's finance post, verinoteai.com (as c21 decided),
// edugenius.app (as before), everworker.ai (a CHRO guide). Pages that do not say the product uses AI: salessense.app
// (as c22 decided), aiaccountant.com's security FAQ, teachersplan.com, ailessonplanner.co.uk (as c23 decided),
// plotpane.com's help article, shelfready.mayaguru.com (a photo tool that says only that photos never train AI: a
// lead), hoverbot.ai's trust centre and review.ai's FAQ (as earlier passes decided). Services and firms rather than AI
// tools: ledgersummit.com (CPA-run bookkeeping with AI in the workflow), atls-global.com (a translation agency),
// openaccountants.com (skill files for the customer's own agent). General products where AI is one feature:
// dialphone.ai (UCaaS), help.finary.com (wealth tracker), clausebase.com (contract automation), savefetch.com (a design
// marketplace), intercom.help's StoryChief FAQ (a content platform, and a shared help host), patentclaimmaster.com
// (patent drafting software with GPT tools). Placeholders and drafts: slidecreator.app (its privacy policy says "[City,
// Country]" and names another domain). Development, staging and "next" hosts: dev.lessona.ai, dev.resumementor.net,
// staging.pro-photoz.com, next.explorescience.ai (Paper Wizard's data-handling page: a lead once its main host is
// seen). Products on another company's or a person's host: translator.whattypeof.com (as before),
// ainotetaker.zladson.com (as before), dr.eamer.dev's lesson planner, opencv.aljimsondev.site,
// careersolutionsfortoday.com's résumé builder, logico.thematrixapp.com (a mobile app), fordnine.com's slides app,
// paperflow.myleadingcampus.com (says its data improve "the AI models" but not what the AI does), xlxventures.com (an
// AI interview tool on a ventures studio's host: a lead). Self-hosted or on-device tools with no hosted service:
// docs.meetevie.dev (Attache, an agent on the customer's Mac mini: a lead), privatedocsai.com (an offline desktop app);
// ResearchPad also offers local models but calls hosted providers, so it is a row. Shared platforms:
// solunarai.pages.dev, agentic-cpa.pages.dev, stealthcloud.pages.dev, ai-lab-library.pages.dev,
// editsnappy-site.pages.dev, website-6we.pages.dev, slide-gen-pro.web.app, aiart0011.github.io,
// flashcard-forge--konarkmurarka1.replit.app, techpulsedailyblog.replit.app,
// promenade-otu5q-commit-c832e29.kinsta.page. Directories, news, consultancies and agencies: lawyerai.directory,
// legalaiinsights.com, medaidirectory.com, jurisdica.pro, conductatlas.com, blog.innovate247.ai, softedgetech.com,
// usmarttec.com, handbook.axioned.com, betterstory.co, readysolutions.ai, capstonec.com, autogpt.net, businessage.com,
// welivesecurity.com, healthcare-brew.com.
//
// Leads: Paper Wizard (explorescience.ai), Attache (meetevie.dev), ShelfReady (mayaguru.com), Legience's LegiSearch and
// LegiDraft, LumaVista, XLX Ventures' interview tool.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26NotrainTools: Tool[] = defineTools(
  'productivity',
  [
    // --- legal ---
    { id: 'lexvio', name: 'Lexvio', vendor: 'Lexvio', region: 'india', domains: ['lexvio.ai'], source: 'https://lexvio.ai/features/no-training-on-your-data' }, // feature page: customer documents never train or tune a model unless the organisation opts in; its sub-processor is Anthropic's API; opting in helps tune its Indian-law model
    // --- support, sales and agents ---
    { id: 'cxassist', name: 'CXassist', vendor: 'CXassist', category: 'writing', domains: ['cxassist.io'], source: 'https://cxassist.io/blog/ai-email-security-privacy' }, // vendor blog on its own product: an AI that reads inbound support email in real time to draft replies in the brand's voice, without keeping raw mail
    { id: '365-agents', name: '365 Agents', vendor: '365 Agents', category: 'agents', domains: ['365agents.com'], source: 'https://support.365agents.com/articles/1593984-what-data-does-the-ai-collect-during-a-call' }, // help centre: what its AI voice agent collects on a call (audio, transcript, caller ID, stated details, detected intent) and what it redacts
    { id: 'hellomillie', name: 'Millie (hellomillie.ai)', vendor: 'Millie', category: 'agents', domains: ['hellomillie.ai'], source: 'https://hellomillie.ai/security' }, // security page: an isolated AI agent per client connected to its tools; Anthropic, OpenAI and Google enterprise APIs that do not train on the data
    { id: 'salessavant', name: 'SalesSavant', vendor: 'Revenant Systems LLC', category: 'meeting', domains: ['salessavant.ai'], source: 'https://app.salessavant.ai/legal/privacy-policy' }, // privacy: an AI-powered sales coaching platform that analyses Zoom call recordings and transcripts automatically
    { id: 'replbot', name: 'ReplBot', vendor: 'ReplBot', category: 'agents', domains: ['replbot.com'], source: 'https://replbot.com/privacy' }, // privacy: chatbots that answer from uploaded documents; inference by Google Gemini, OpenAI and Anthropic; uploads not used to train AI models
    { id: 'ai12z', name: 'ai12z', vendor: 'ai12z', category: 'agents', domains: ['ai12z.net'], source: 'https://docs.ai12z.net/docs/privacy-security' }, // docs: the platform calls Azure OpenAI through APIs; prompts and generations are not used to train the base models
    // --- meeting and advisor notes ---
    { id: 'note-genie', name: 'Note Genie', vendor: 'Note Genie', category: 'meeting', domains: ['notegenie.org'], source: 'https://www.notegenie.org/security' }, // security page: meetings captured on the device or through native Zoom, Teams and Meet integrations, then transcribed and summarised through private API calls that neither retain nor train on the content
    { id: 'ai-secretary-tech', name: 'AI Secretary (aisecretary.tech)', vendor: 'AI Secretary', category: 'meeting', domains: ['aisecretary.tech'], source: 'https://aisecretary.tech/blog/zero-retention-architecture-financial-advisors' }, // vendor blog: an AI assistant for financial advisers that listens to client meetings, extracts notes and action items into the CRM, then destroys recording and transcript
    // --- research and documents ---
    { id: 'researchpad', name: 'ResearchPad', vendor: 'ResearchPad', category: 'search', domains: ['researchpad.cc'], source: 'https://www.researchpad.cc/blog/why-data-privacy-matters' }, // vendor blog on its own product: a local-first AI research assistant for papers that parses PDFs on the device and sends relevant text straight to the user's chosen AI provider, or to local models
    { id: 'paper-insights', name: 'Paper Insights', vendor: 'Paper Insights', category: 'search', domains: ['paperinsights.io'], source: 'https://www.paperinsights.io/privacy' }, // privacy: uploaded research papers analysed by Claude, Gemini, GPT or Grok and deleted after the session; no training on them
    { id: 'docinsighthub-ai', name: 'DocInsightHub AI', vendor: 'DocInsightHub AI', category: 'search', domains: ['docinsighthub.ai'], source: 'https://www.docinsighthub.ai/blog/secure-ai-how-we-keep-documents-private' }, // vendor blog on its own product: AI agents and search over an organisation's own documents, tenant-isolated and role-gated
    { id: 'insightful-cx', name: 'insightful.cx', vendor: 'insightful.cx', domains: ['insightful.cx'], source: 'https://www.insightful.cx/privacy' }, // privacy: a qualitative UX-research analysis tool that sends interview transcripts to Anthropic's Claude (Haiku, Sonnet, Opus) for coding, themes and synthesis
    // --- education ---
    { id: 'classplanner', name: 'ClassPlanner', vendor: 'ClassPlanner', domains: ['classplanner.net'], source: 'https://www.classplanner.net/privacy.html' }, // privacy: lesson planning and homework generation whose AI requests go through its server to Anthropic
    { id: 'flashprep', name: 'FlashPrep', vendor: 'FlashPrep', domains: ['flashprep.me'], source: 'https://flashprep.me/privacy' }, // privacy: an AI-powered flashcard generator that sends submitted text and PDFs to OpenAI's API, with no training on them
    // --- careers ---
    { id: 'cvgennie', name: 'cv·ai (cvgennie.com)', vendor: 'cv·ai', category: 'writing', domains: ['cvgennie.com'], source: 'https://cvgennie.com/privacy-policy' }, // privacy: CV text and job descriptions processed by its AI system through OpenAI's API to produce tailored outputs; CVs not used to train AI
    { id: 'cvgenerate-studio', name: 'CVGenerate Studio', vendor: 'CVGenerate Studio', category: 'writing', domains: ['cvgenerate.com'], source: 'https://cvgenerate.com/privacy' }, // privacy: an AI-powered résumé and cover-letter generation service
    // --- design, translation and chat ---
    { id: 'designerai-studio', name: 'DesignerAI Studio', vendor: 'DesignerAI Studio', category: 'image', domains: ['designerai.studio'], source: 'https://www.designerai.studio/legal/privacy' }, // privacy: image generations made with Google Gemini on Vertex AI from uploads; no AI training on uploads or outputs
    { id: 'versq', name: 'Versq', vendor: 'Versq', category: 'translation', domains: ['versq.com'], source: 'https://www.versq.com/privacy-policy' }, // privacy: uploaded documents' text is sent to AI models through the OpenRouter API for translation, then stored for review and download
    { id: 'secret-chat-ai', name: 'Secret Chat', vendor: 'Secret Chat', category: 'chat', domains: ['secret-chat.ai'], source: 'https://secret-chat.ai/blog/private-ai-for-lawyers/' }, // vendor blog for lawyers: presents its own privacy-focused AI chat as a safer option than consumer chatbots, while keeping confidentiality with the lawyer
  ],
  { checked: CHECKED_C26 },
);
