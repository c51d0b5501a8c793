// Twenty-first session, slides and office-documents pass (2026-12-07, helper `slides`): AI document and office tools
// that the catalog still missed, beside the seventeenth session's docs pass (data/long-tail-c17-docs.ts), the
// eighteenth session's design pass (data/long-tail-c18-design.ts) and the nineteenth session's office pass
// (data/long-tail-c19-office.ts), whose rows are not repeated here. Here: AI slide makers and document-to-deck
// converters (one in Kenya, one in India), a video-to-slides tool and a presentation translator; AI diagram, flowchart,
// architecture and Mermaid generators and an AI mind-mapping research tool; AI infographic makers; AI quiz makers
// that turn PDFs into questions; ChatGPT apps that write Google Sheets and Google Docs, a Google Docs word-cloud
// add-on, a Korean Google Sheets function for teachers and an Excel formula extension; an AI PDF editor; an AI
// marketing-report tool and an AI co-founder workspace; and, met on the way, two AI speaking coaches and an AI
// architectural render app.
//
// Leads. 45 look-ups in the stored `pages` corpus, worded the way vendors word their own privacy policies, terms,
// refund and credit policies, AI policies and docs ("we send your prompts to OpenAI", "AI-generated", "processed by
// our AI infrastructure", credits per generation, Google API Limited Use), by kind (slides and pitch decks, PowerPoint
// and Word add-ins, Google Sheets and Docs add-ons, Excel formulas, PDF to slides, PDF to quiz, PDF to Excel, SOPs,
// proposals, reports and HR handbooks, infographics, charts from plain English, diagrams and flowcharts, mind maps,
// whiteboards, pitch-deck review, speaking coaches, lesson slides, AI PDF editors), and in German, French, Spanish,
// Portuguese, Japanese, Korean and Chinese. The non-English searches returned mostly articles, guides and listed
// tools; only the last Korean one gave a row (teacherize). Three look-ups asked for the own pages of vendors first
// seen on their blogs (Codelit, AtomStorm, Marvex Studio), and each of them is now cited from its privacy policy.
// Every row cites a page with a path on the product's own host (for AtomStorm its studio subdomain, for the I Hate PPT
// row its docs subdomain, for Testify the Edukali help subdomain) that says in the vendor's words that the product
// generates, converts, analyses or answers with AI, a language model or a named provider. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Already listed and left to their entries: GPT for Sheets/Docs/Slides (docgpt.ai), AI Slide Generator (aislide.dev),
// SlideBySlide.ai, DeckWizard, RaiseDeck, MuleRun, Sheet Formula AI, SuperSheets, Skywork, Slide2Video, Infograph.app,
// NanoFig, InviAI, Mapifast, PPT.AI, SlideMake, Tosea, x2slides, AI Insights for Google Sheets, AI4Sheets
// (getsheetsdone.app), AI Assist Works, Mindglass, Lessona, AI Teacher Assistant (ta.starlingtek.net), SparkCo,
// Zenslate, SynthGram, PBI AI Agent, HappyCapy, Diagram Studio, ChatWithPDFAI, pdf.chat, PdfWiseAI, TarotLens,
// AutoPPT, Presentations.AI, SlideWizard, Slidict, SlideFlair, AI Crafts, Wonderslide, EasySlide, Creator Carousel,
// SlideStudio, MindLM, Wott and MindMap AI.
//
// One subdomain is claimed alone because its parent is a developer's site: aiwordcloud.champakyle.com (AI Word Cloud
// for Docs). Two products are URL prefixes on sites that are not themselves the product: edulovesai.kr/teacherize
// (teacherize(), a Google Sheets function) and docs-labs.com/formula (Excel Formula Generator). Three rows claim a
// registrable domain whose subdomain holds the page cited: atomstorm.ai (the studio's privacy policy), ihateppt.com
// (its docs) and edukali.ai (its help centre, where the Testify question bank's AI extraction is described).
// SlideGenius AI claims aitext2wordconverter.com, the host its legal page is on (the page says it is built on that
// site's AI Text 2 Word Converter engine). Mermaid AI is the diagramming product on mermaid.ai, whose docs describe
// generation from plain language as its AI; the open-source Mermaid project's own site (mermaid.js.org) is not
// claimed and stays a trap. Two catalog names share the head "infograph": InfographAI here (videotoinfographic.com,
// which turns YouTube videos into infographics) and the docs pass's Infograph.app (infograph.app, text and documents
// into infographics, terms with a personal Gmail contact) are different services on different hosts; a third
// InfographAI, a phone app by Hamza Canbaz, was met only on github.io and is not listed.
//
// Measured with /work/helpers/classify-hosts.mts on the 279 hosts the searches returned (vendors, articles, news,
// stores and shared hosts alike, in /work/helpers/out/slides-hosts.txt): 50 classified before (17.9%), 77 (27.6%)
// after.
//
// Left out. Pages with placeholders or drafts (Slide Creator's "[City, Country]" on slidecreator.app, DeckSmith's
// "[insert service address]" on mydecksmith.com, SpokesCoach's "[INSERT DATE]", QuickNoteLM's pre-launch policy,
// the Financial Statement Reader draft on a duckdns host, researcher.center, KISY student coaching's "<Company>",
// keynotetopowerpoint.com, whose converter policy speaks of generating a spreadsheet); a development host of a listed
// product (dev.lessona.ai, covered by Lessona's row); a personal portfolio project (slidemaker.app), a project that
// calls itself independent and names no operator (therhetoricstudio.com) and a personal canvas (aicanvas.donbarger.com,
// as c17 decided); phone-only apps (Slides: AI Presentation Maker on fordnine.com, PDFChat AI, PDF AI on imrashid.net)
// and a desktop app known only from its subdomain's home page (imagetopptconverter.linkfunc.com); browser extensions
// that work locally with no service (Data Chat on torontoinnovationlab.com, Gemini Graph Viewer on app.lideguang.com,
// Flow2Chat); pages that do not say the product uses AI (pitches.ai's design terms and GoPresent's AUP, as c18 decided,
// pitchdeck.io, pitchvault.ai, pdftoslides.in, pptmaker.ai's refund policy, flowcharts.ai, pdf2spreadsheet.com,
// texttotableconverter.com, slidestovideoapp.com, docgenerator.viddex.ink, docspdfmailmerge.xyz, appsscript.co.kr,
// onlinewhiteboard.org, aigeneratedinfographic.com, the intranet.ai micro-learning rules, Pitch Deck Analyzer on
// yv.boola.ai, which reads as one customer's deployment, and PolicyBot on docs.inpolicy.ai, as c19 decided); general
// products where AI is one feature (Mindomo, ChartFactor, Holistics, inmydata, Slide Practice, whose AI only writes
// coaching recaps, the 2pptx converter's optional DeepSeek merge, Flowifie's Gemini feature, tabon.io, SpreadJS,
// ProcessOn, Miricanvas, Microsoft Copilot and Claude for Office, pageface.com, domaintechnik.at's site builder);
// add-ons documented on a developer's or company's general site (33aais.com, alicemrongovius.com, alexpaul.io,
// digitalonian.com, botcom.fi's AI Formula Generator, automaticleader.com's AI Assistant add-on, app.thoughtful-ai.com,
// formulapilot.com, formulaworkspace.com, chart-gpt.app, chartsai.com, slideroom.ai, karaf.ai's Slides AI, as c17 and
// c19 decided); an agent chat manual that does not say the PowerPoint tools use AI (manual.seahorse.dnotitia.ai);
// AI skill directories and courses (agentskills.market, skillhub.club, skills.sh, skill4agent.com, mr.technology,
// tendril.neural-forge.io, freeacademy.ai); vendors seen only on their blogs or guides, left as leads (PageOn.ai at
// blogs.pageon.ai, ReflectMind again, SOP Studio at sopstudio.io, Procedurio, intuitional.io, GraphMind at
// graphmind.app, EduGenius at edugenius.app, AIQ Labs at aiqlabs.ai, architecturediagram.ai as c17 decided, SpreadAPI
// at spreadapi.io, Mapen, whose policy was read only on mapen-web.pages.dev); and shared platforms (github.io,
// pages.dev, vercel.app, up.railway.app, duckdns.org copies).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const longTailC21SlidesTools: Tool[] = defineTools(
  'presentation',
  [
    // --- AI slide makers, document-to-deck converters, video to slides, slide translation ---
    { id: 'slidegenius-ai', name: 'SlideGenius AI', vendor: 'SlideGenius AI', domains: ['aitext2wordconverter.com'], region: 'africa', source: 'https://www.aitext2wordconverter.com/legal.html' }, // legal page (Nairobi): AI-powered slide design that turns Word files and PDFs into PowerPoint decks
    { id: 'ihateppt', name: 'I Hate PPT', vendor: 'I Hate PPT', domains: ['ihateppt.com'], source: 'https://docs.ihateppt.com/zh/docs/pricing/points-system' }, // credits guide: every use of its AI features to generate or import a deck costs credits
    { id: 'pptconversion', name: 'PPTConversion', vendor: 'PPTConversion', domains: ['pptconversion.com'], region: 'india', source: 'https://pptconversion.com/privacy.html' }, // privacy (Razorpay): uploaded files are sent to an AI service for analysis during conversion
    { id: 'videoslidesai', name: 'VideoSlides AI', vendor: 'VideoSlides AI', domains: ['videoslidesai.com'], source: 'https://videoslidesai.com/privacy-policy' }, // privacy: video links and uploads transcribed and turned into slides with third-party AI generation
    { id: 'transagent-slides-translator', name: 'AI Slides Translator', vendor: 'TransAgent', category: 'translation', domains: ['transagent.io'], source: 'https://transagent.io/slides-translator/privacy' }, // privacy: an AI-powered add-on that translates PowerPoint, Google Slides and Keynote decks through its AI API
    { id: 'atomstorm', name: 'AtomStorm', vendor: 'AtomStorm LLC', category: 'productivity', domains: ['atomstorm.ai'], source: 'https://studio.atomstorm.ai/en/privacy' }, // privacy (Wyoming LLC): AI-assisted content creation from prompts, AI outputs not guaranteed unique
    // --- AI diagrams, flowcharts, architecture, Mermaid and mind maps ---
    { id: 'mermaid-ai', name: 'Mermaid AI', vendor: 'Mermaid AI', category: 'productivity', domains: ['mermaid.ai'], source: 'https://mermaid.ai/docs/getting-started/generate-diagram-with-ai' }, // docs: Mermaid AI turns a plain-language description or an uploaded file into a diagram, on credits
    { id: 'flowchartai-org', name: 'FlowChart AI', vendor: 'Chaowen Tan', category: 'productivity', domains: ['flowchartai.org'], source: 'https://flowchartai.org/privacy' }, // privacy: AI-powered flowchart generation, prompts and chats with its AI assistant
    { id: 'aimermaid-org', name: 'AI Mermaid Chart Generator', vendor: 'AI Mermaid', category: 'productivity', domains: ['aimermaid.org'], source: 'https://aimermaid.org/privacy' }, // privacy: chart descriptions sent to OpenAI GPT or similar models to write Mermaid diagrams
    { id: 'flowmapr', name: 'Flowmapr', vendor: 'Flowmapr', category: 'productivity', domains: ['flowmapr.com'], source: 'https://www.flowmapr.com/privacy' }, // privacy: text prompts processed by its AI infrastructure to generate diagrams
    { id: 'codelit', name: 'Codelit', vendor: 'Codelit.io', category: 'productivity', domains: ['codelit.io'], source: 'https://codelit.io/privacy' }, // privacy: AI architecture tools; prompts routed to AI providers, or BYOK keys for OpenAI, Anthropic, OpenRouter
    { id: 'marvex-studio', name: 'Marvex Studio', vendor: 'Marvex Studio', category: 'productivity', domains: ['marvex.app'], source: 'https://www.marvex.app/privacy' }, // privacy: an AI mind-mapping app for PDFs and research, AI features on the user's own provider keys
    // --- AI infographic makers ---
    { id: 'infographicsmaker-com', name: 'InfographicsMaker.com', vendor: 'InfographicsMaker.com', category: 'image', domains: ['infographicsmaker.com'], source: 'https://infographicsmaker.com/privacy-policy' }, // privacy: infographics from submitted URLs and prompts, made by Vizzmo's AI image generation
    { id: 'videotoinfographic', name: 'InfographAI', vendor: 'InfographAI', category: 'image', domains: ['videotoinfographic.com'], source: 'https://www.videotoinfographic.com/privacy' }, // privacy: YouTube videos turned into infographics through its AI pipeline and AI model keys
    { id: 'infogiph', name: 'Infogiph', vendor: 'Infogiph', category: 'image', domains: ['infogiph.com'], source: 'https://www.infogiph.com/privacy' }, // privacy: an AI infographic and flowchart service; prompts and images sent to OpenRouter and Google Gemini
    // --- AI quizzes from PDFs and study material ---
    { id: 'diane-app', name: 'Diane', vendor: 'Diane', category: 'productivity', domains: ['diane.app'], source: 'https://www.diane.app/en/outils/pdf-en-quiz' }, // tool page: a PDF turned into a quiz, AI writing the options and distractors, with flashcards
    { id: 'quizpilot', name: 'QuizPilot', vendor: 'Pilot AI Systems', category: 'productivity', domains: ['pilotaisystems.com'], source: 'https://pilotaisystems.com/en/research/not-a-wrapper' }, // research page: QuizPilot sends exam documents to a language model in small batches to build quizzes
    { id: 'edukali-testify', name: 'Testify', vendor: 'Edukali', category: 'productivity', domains: ['edukali.ai'], source: 'https://help.edukali.ai/docs/features/pdf-extraction' }, // help: question papers in PDF or Word extracted into a question bank by a three-phase AI pipeline
    // --- Spreadsheet and document assistants, add-ons and ChatGPT apps ---
    { id: 'gpt-sheets-assistant', name: 'Google Sheets Tool for ChatGPT', vendor: 'GPT Sheets Assistant', category: 'productivity', domains: ['gpt-sheets-assistant.com'], source: 'https://www.gpt-sheets-assistant.com/privacy-policy' }, // privacy: lets ChatGPT create and edit Google Sheets during a conversation
    { id: 'gpt-docs-assistant', name: 'Google Docs Tool for ChatGPT', vendor: 'GPT Docs Assistant', category: 'productivity', domains: ['gpt-docs-assistant.com'], source: 'https://www.gpt-docs-assistant.com/privacy-policy' }, // privacy: lets ChatGPT create and edit Google Docs on the user's behalf
    { id: 'ai-word-cloud-docs', name: 'AI Word Cloud for Docs', vendor: 'AI Word Cloud for Docs', category: 'productivity', domains: ['aiwordcloud.champakyle.com'], source: 'https://aiwordcloud.champakyle.com/privacy.html' }, // privacy: a Google Docs add-on sending the selected text to OpenAI's GPT API for word clouds
    { id: 'teacherize-edulovesai', name: 'teacherize()', vendor: 'edulovesai', category: 'productivity', urlPrefixes: ['edulovesai.kr/teacherize', 'www.edulovesai.kr/teacherize'], region: 'korea', source: 'https://www.edulovesai.kr/teacherize/privacy-policy' }, // privacy (Korean): a Google Sheets custom function that asks consent before sharing data with AI models
    { id: 'docs-labs-excel-formula', name: 'Excel Formula Generator (Docs Labs)', vendor: 'Docs Labs', category: 'productivity', urlPrefixes: ['docs-labs.com/formula', 'www.docs-labs.com/formula'], source: 'https://docs-labs.com/formula/privacy-policy' }, // privacy: a browser extension and backend whose prompts go to third-party AI model providers
    // --- AI PDF editor, reports and business workspaces ---
    { id: 'editmypdf-ai', name: 'EditMyPDF', vendor: 'DATASQUEEZE', category: 'productivity', domains: ['editmypdf.ai'], region: 'europe', source: 'https://editmypdf.ai/privacy' }, // privacy (Paris SASU): PDF editing with AI-assisted document workflows and prompts sent to third-party providers
    { id: 'deepchatbi', name: 'DeepChatBI', vendor: 'DeepChatBI', category: 'productivity', domains: ['deepchatbi.com'], source: 'https://deepchatbi.com/en/safe' }, // AI transparency page: Google Ads and GA4 data analysed with Claude and Qwen into insights and reports
    { id: 'aicofounder-com', name: 'AI Cofounder', vendor: 'AI Cofounder', category: 'agents', domains: ['aicofounder.com'], source: 'https://aicofounder.com/docs/privacy-mode' }, // docs: chats, documents and canvas processed by third-party AI providers under API terms
    // --- Met on the way: speaking coaches and an architectural render app ---
    { id: 'aitalkcoach', name: 'AI Talk Coach', vendor: 'Jose Luis Sottomayor', category: 'other', domains: ['aitalkcoach.com'], region: 'europe', source: 'https://aitalkcoach.com/privacy' }, // privacy (Lisbon): speech recordings analysed for AI feedback on presentations and interviews
    { id: 'rehearseai-dev', name: 'RehearseAI', vendor: 'RehearseAI', category: 'other', domains: ['rehearseai.dev'], source: 'https://rehearseai.dev/privacy' }, // privacy: AI roleplay rehearsals and feedback, transcripts sent to providers such as Gemini
    { id: 'atmos-ai-render', name: 'Atmos AI', vendor: 'Atmos AI', category: 'image', domains: ['app-atmos.com'], source: 'https://app-atmos.com/en/privacidad' }, // privacy: sketches and floor plans rendered by Google Cloud Vertex AI in its app
  ],
  { checked: CHECKED_C21 },
);
