// Seventeenth session, docs pass (2026-12-06, issue 15): document and office AI tools the catalog still missed:
// AI presentation and slide generators (web apps and PowerPoint or Google Slides add-ons), chat-with-PDF and
// document assistants, AI mind-map, diagram, flowchart and infographic generators, AI form and survey builders, AI
// spreadsheet and formula assistants, AI note and knowledge assistants with web apps, and AI website builders.
//
// Leads. The stored `pages` corpus searched by product kind (50 look-ups), in the words vendors use on their own
// terms, privacy, refund, fair-use, help and docs pages, in English and also French, Spanish and Japanese. Every row
// cites such a page, with a path, on the product's host or its vendor's; each page says the product generates,
// answers or analyses with AI or names the models it calls. The data files on main were grepped for each name and
// host first. One row claims a second host that the cited page names: aipaper.cc (SwiftScholar's terms). AdCreator's
// site builder claims only its sitebuilder subdomain: at the merge, adcreator-ai.com went to AdCreator AI itself (ecom).
//
// Measured with /work/helpers/classify-hosts.mts on the 313 hosts the searches returned (vendors, blogs, glossaries
// and shared hosts alike): 37 classified before (11.8%), 103 (32.9%) after.
//
// Left out. Blogs, guides and glossaries rather than a product's terms or help (architecturediagram.ai,
// aidiagrammaker.com, poesius.com, docsbolt.com, ivern.ai, clipmind.tech, chartgen.ai, go-diagram.com, codepup.ai,
// generor.com, copycharm.ai, pdf7.org, docento.app); mobile-only apps whose pages are store-app terms (PDFChat AI on
// pdfchatai.app, PDF AI on imrashid.net, NoteGPT on ourapps.website, Smarty Voice Notes, Audio Notes, Voice Notes AI,
// VoiceNote on paperpai.com, MindLoad, Flica); shared or personal hosts (copies on pages.dev, vercel.app, web.app,
// workers.dev, github.io, blogspot.com and hf.space; second-brain pages on danyangzhao.com and henrydaum.site;
// Nootely, AI Notetaker on zladson.com, AI Canvas on donbarger.com); Prompt Page (promptpage.site), an AI site
// builder that publishes its users' sites on subdomains of that same host; add-ons documented only on a developer's
// or agency's general site (33aais.com, redhoodsyndicate.com, alicemrongovius.com, alexpaul.io, digitalonian.com,
// lincolnapps.co, usovdigital.com, apercallc.com, goldenowl.asia, lr.run for the p0 slide tool); general products
// with an AI feature (forms.app, Jotform, Landingi, Tilda, think-cell, slideroom, note.space, TeachBoard, Ideanote,
// Arc Studio Pro, tabon.io); pages that do not tie the tool to AI or are drafts and placeholders (chat2mind.site,
// MindMap Generator on viddex.ink, DiagramFlow, FlowDraw on testfwd.com, Formula Workspace, Formula Pilot, xllify,
// WebsiteInc, PPTMaker.AI, Slides AI on karaf.ai, chartGPT, ChartsAI, Slide Creator's placeholder policy,
// researcher.center, NoteAssist); a pitch-deck maker whose only page read was a pages.dev copy (PitchDuck); and tools
// of other kinds left to their passes (legal contract assistants, flashcard and study apps, AI app builders,
// website chatbots).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C17, defineTools } from './define';

export const longTailC17DocsTools: Tool[] = defineTools(
  'other',
  [
    // --- AI presentation and slide generators ---
    { id: 'lifeisapitch-ai', name: 'Life is a Pitch', vendor: 'DeepMyst', category: 'presentation', domains: ['lifeisapitch.ai'], source: 'https://lifeisapitch.ai/legal/privacy' }, // privacy: presentations and visual documents made with the help of AI
    { id: 'raisedeck-app', name: 'RaiseDeck', vendor: 'RaiseDeck', category: 'presentation', domains: ['raisedeck.app'], source: 'https://raisedeck.app/privacy' }, // privacy: pitch decks written by GPT-4o from the company data a founder enters
    { id: 'slidebyslide-ai', name: 'SlideBySlide.ai', vendor: 'SlideBySlide.ai', category: 'presentation', domains: ['slidebyslide.ai'], source: 'https://slidebyslide.ai/policy' }, // privacy: prompts processed by AI to generate and update slides, also as a ChatGPT app
    { id: 'brightdeck-ai', name: 'Brightdeck', vendor: 'Brightsuite Inc.', category: 'presentation', domains: ['brightdeck.ai'], source: 'https://brightdeck.ai/privacy/' }, // privacy: presentations generated from prompts and files, via AI model providers
    { id: 'slidemake-com', name: 'SlideMake', vendor: 'SlideMake', category: 'presentation', domains: ['slidemake.com'], source: 'https://www.slidemake.com/payments-and-refunds' }, // credits page: credits pay for extra generated presentations and AI images for slides
    { id: 'x2slides-online', name: 'x2slides', vendor: 'x2slides', category: 'presentation', domains: ['x2slides.online'], source: 'https://x2slides.online/refund-policy' }, // refund policy: an AI presentation generation service sold in credits
    { id: 'aislide-dev', name: 'aislide.dev', vendor: 'aislide.dev', category: 'presentation', domains: ['aislide.dev'], source: 'https://aislide.dev/privacy' }, // privacy: "AI Slide Generator", a Chrome extension and site writing Google Slides decks with GPT-5 mini; named by its host, as aislidegenerator.ai is a different product
    { id: 'slidict-io', name: 'slidict.io', vendor: 'slidict.io', category: 'presentation', domains: ['slidict.io'], region: 'japan', source: 'https://slidict.io/pages/terms' }, // terms (Japanese): slides from Markdown, with automatic slide generation through Azure OpenAI
    { id: 'slideflair-com', name: 'SlideFlair', vendor: 'SlideFlair', category: 'presentation', domains: ['slideflair.com'], region: 'japan', source: 'https://slideflair.com/terms' }, // terms (Japanese and English): an AI SaaS that turns typed text into slide decks
    { id: 'decky-ai-com', name: 'Decky AI', vendor: 'Maven Labs UG', category: 'presentation', domains: ['decky-ai.com'], region: 'europe', source: 'https://www.decky-ai.com/add-in-terms' }, // add-in terms: a PowerPoint add-in that builds and formats slides with generative AI
    { id: 'inscripta-norgai', name: 'NorgAI', vendor: 'Inscripta AI', category: 'presentation', domains: ['inscripta.ai'], source: 'https://inscripta.ai/products/norgai/user-guide' }, // user guide: a PowerPoint add-in that drafts decks grounded in the documents a team uploads
    { id: 'docgpt-ai', name: 'GPT for Sheets, Docs, Forms and Slides', vendor: 'docgpt.ai', category: 'productivity', domains: ['docgpt.ai'], source: 'https://docgpt.ai/privacy' }, // privacy: Workspace add-ons that send document content to OpenAI; a sister page covers AI slide decks

    // --- Chat with PDFs and document assistants ---
    { id: 'chatwithpdfai-com', name: 'ChatWithPDFAI', vendor: 'CHATWITHPDFAI, Inc.', category: 'productivity', domains: ['chatwithpdfai.com'], source: 'https://chatwithpdfai.com/legal/privacy' }, // privacy: upload PDFs and chat with them using AI, answers cite the source
    { id: 'ask-pdf-net', name: 'Ask PDF', vendor: 'ask-pdf.net', category: 'productivity', domains: ['ask-pdf.net'], source: 'https://www.ask-pdf.net/en/terms' }, // terms: analyses uploaded PDFs and answers questions about them in an AI chat
    { id: 'interchat-app', name: 'Interchat', vendor: 'Interchat', category: 'productivity', domains: ['interchat.app'], source: 'https://interchat.app/privacy-policy' }, // privacy: embeds Google Drive PDFs and answers from them with OpenAI or Anthropic models
    { id: 'projectgpt-online', name: 'ProjectGPT', vendor: 'ProjectGPT', category: 'productivity', domains: ['projectgpt.online'], source: 'https://www.projectgpt.online/privacy-policy' }, // privacy: organisation documents indexed for retrieval-augmented AI chat
    { id: 'askthedocument-com', name: 'Ask The Document', vendor: 'askthedocument.com', category: 'productivity', domains: ['askthedocument.com'], source: 'https://askthedocument.com/privacy' }, // privacy: technical manuals embedded and answered with Gemini 2.0 Flash
    { id: 'researchwith-ai', name: 'ResearchWith.ai', vendor: 'ResearchWith.ai', category: 'productivity', domains: ['researchwith.ai'], source: 'https://www.researchwith.ai/docs/chat-with-paper' }, // docs: a paper reader whose chat panel answers from retrieved chunks with GPT, Claude or Gemini
    { id: 'swiftscholar-net', name: 'SwiftScholar (aipaper.cc)', vendor: 'SwiftScholar', category: 'productivity', domains: ['swiftscholar.net', 'aipaper.cc'], source: 'https://www.swiftscholar.net/terms' }, // terms: AI parsing, summaries and chat over academic papers; the terms name the site aipaper.cc
    { id: 'synthgram-ai', name: 'Synthgram', vendor: 'Synthgram', category: 'productivity', domains: ['synthgram.ai'], source: 'https://www.synthgram.ai/terms' }, // terms: uploaded documents and workflows processed by OpenAI, Anthropic and Google models
    { id: 'wott-ai', name: 'Wott', vendor: 'wott.ai', category: 'productivity', domains: ['wott.ai'], source: 'https://wott.ai/privacy' }, // privacy: an AI workspace for research projects; documents and notes analysed by AI

    // --- AI mind maps, diagrams, flowcharts and infographics ---
    { id: 'mindlm-io', name: 'MindLM', vendor: 'MindLM', category: 'productivity', domains: ['mindlm.io'], source: 'https://mindlm.io/landing/privacy' }, // privacy: text, documents, audio, video or links turned into mind maps by AI models
    { id: 'mindsnap-dev', name: 'MindSnap', vendor: 'MindSnap', category: 'productivity', domains: ['mindsnap.dev'], source: 'https://www.mindsnap.dev/en/privacy' }, // privacy: extension making mind maps from web pages through the user's AI provider (OpenAI, Anthropic, Gemini)
    { id: 'diagramstudio-ai', name: 'Diagram Studio', vendor: 'Diagram Studio', category: 'productivity', domains: ['diagramstudio.ai'], source: 'https://diagramstudio.ai/terms' }, // terms: LLMs turn prompts into diagrams and animations
    { id: 'diagrams-so', name: 'Diagrams.so', vendor: 'Diagrams.so', category: 'productivity', domains: ['diagrams.so'], source: 'https://diagrams.so/privacy' }, // privacy: prompts sent to Anthropic and OpenAI to draw Draw.io diagrams
    { id: 'aidac-app', name: 'AIDAC', vendor: 'AIDAC', category: 'productivity', domains: ['aidac.app'], source: 'https://aidac.app/privacy' }, // privacy: architecture descriptions sent to Together.ai models to generate diagrams
    { id: 'flowova-ai', name: 'Flowova', vendor: 'Flowova', category: 'productivity', domains: ['flowova.ai'], source: 'https://flowova.ai/tools/sequence-diagram-maker' }, // tool page: AI draws UML sequence diagrams and flowcharts from plain-English descriptions
    { id: 'infograph-app', name: 'Infograph.app', vendor: 'Infograph.app', category: 'image', domains: ['infograph.app'], source: 'https://www.infograph.app/terms-of-service' }, // terms: AI turns text, documents and data into infographics, charts and diagrams
    { id: 'infomygraphic-com', name: 'InfoMyGraphic', vendor: 'InfoMyGraphic', category: 'image', domains: ['infomygraphic.com'], source: 'https://www.infomygraphic.com/terms' }, // terms: AI infographic generation from text prompts, one credit each
    { id: 'buildmygraphic-com', name: 'BuildMyGraphic', vendor: 'BuildMyGraphic', category: 'image', domains: ['buildmygraphic.com'], source: 'https://buildmygraphic.com/terms-of-service' }, // terms: infographics generated with the Gemini API
    { id: 'conceptviz-app', name: 'ConceptViz', vendor: 'ConceptViz', category: 'image', domains: ['conceptviz.app'], source: 'https://conceptviz.app/ja/terms' }, // terms: an AI diagram assistant that draws STEM lesson diagrams from descriptions
    { id: 'figviz-com', name: 'Figviz', vendor: 'Figviz', category: 'image', domains: ['figviz.com'], source: 'https://www.figviz.com/fr/terms' }, // terms: an AI diagram generator for teachers, sold in credits
    { id: 'viz-monster', name: 'VizMonster', vendor: 'VizMonster', category: 'productivity', domains: ['viz.monster'], source: 'https://viz.monster/terms' }, // terms: AI turns text, arXiv papers and YouTube videos into interactive visualisations
    { id: 'athenachat-whiteboard', name: 'Whiteboard by Athena AI', vendor: 'Athena AI', category: 'productivity', domains: ['athenachat.bot'], source: 'https://athenachat.bot/chatgpt/privacy' }, // privacy: a ChatGPT app whose Mermaid diagrams, equations and images come from Gemini models
    { id: 'mindglass-net', name: 'Infinite Canvas AI', vendor: 'mindglass.net', category: 'productivity', domains: ['mindglass.net'], source: 'https://www.mindglass.net/privacy' }, // privacy: branching conversation graphs on a canvas, answered by OpenAI or Claude models

    // --- AI form and survey builders ---
    { id: 'dodoform-com', name: 'DodoForm', vendor: 'DodoForm', category: 'productivity', domains: ['dodoform.com'], source: 'https://www.dodoform.com/terms' }, // terms: an AI form builder (AI form generation, extraction from voice or images)
    { id: 'metaforms-ai', name: 'Metaforms', vendor: 'Metaforms', category: 'productivity', domains: ['metaforms.ai'], source: 'https://metaforms.ai/engineering/architecting-ai-native-form-builder' }, // its engineering notes: how its AI-native form builder uses LLM completions at each step
    { id: 'surveyi-app', name: 'surveyi', vendor: 'surveyi', category: 'productivity', domains: ['surveyi.app'], source: 'https://surveyi.app/terms' }, // terms: an AI-driven feedback platform that generates adaptive surveys and summarises answers
    { id: 'onlinesurvey-ai', name: 'onlinesurvey.ai', vendor: 'onlinesurvey.ai', category: 'productivity', domains: ['onlinesurvey.ai'], source: 'https://onlinesurvey.ai/fair-use' }, // fair-use policy: AI credits generate survey questions and analyse responses
    { id: 'formgpt-co', name: 'FormGPT', vendor: 'FormGPT', category: 'productivity', domains: ['formgpt.co'], source: 'https://formgpt.co/privacy' }, // privacy: AI-assisted form drafts from prompts or uploaded files, exported to Google Forms
    { id: 'dbm-ai-formai', name: 'FormAI', vendor: 'DBM-AI', category: 'embedded-saas', domains: ['dbm-ai.com'], source: 'https://dbm-ai.com/ai-form/terms/' }, // terms: a JavaScript plugin adding AI field help, voice input and auto-fill to website forms

    // --- AI spreadsheet and Excel formula assistants ---
    { id: 'excelsos-app', name: 'Excel SOS', vendor: 'Excel SOS', category: 'productivity', domains: ['excelsos.app'], source: 'https://excelsos.app/en/terms' }, // terms: an AI assistant that writes and explains Excel formulas and reads spreadsheet screenshots
    { id: 'cellify-app', name: 'Cellify.app', vendor: 'Cellify.app', category: 'productivity', domains: ['cellify.app'], region: 'europe', source: 'https://cellify.app/terms.html' }, // terms: an Excel add-in driven by natural-language commands through Gemini on Vertex AI
    { id: 'sheetsbase-com', name: 'Sheetsbase', vendor: 'Sheetsbase', category: 'productivity', domains: ['sheetsbase.com'], source: 'https://www.sheetsbase.com/terms' }, // terms: Google Sheets formula generation and explanation with OpenAI models
    { id: 'spreadsheetagent-com', name: 'Spreadsheet Agent', vendor: 'Spreadsheet Agent', category: 'productivity', domains: ['spreadsheetagent.com'], source: 'https://www.spreadsheetagent.com/privacy-policy' }, // privacy: LLMs turn text, PDFs and URLs into Google Sheets rows
    { id: 'sheetapps-dev', name: 'SheetApps', vendor: 'SheetApps', category: 'productivity', domains: ['sheetapps.dev'], source: 'https://sheetapps.dev/help/data-privacy' }, // help: AI builds dashboards from a Google Sheet's column names and types
    { id: 'supersheets-ai', name: 'Supersheets', vendor: 'Supersheets', category: 'productivity', domains: ['supersheets.ai'], source: 'https://app.supersheets.ai/privacy' }, // privacy: an Office add-in where a language model analyses the open Excel workbook
    { id: 'insightsforsheets-online', name: 'AI Insights for Google Sheets', vendor: 'insightsforsheets.online', category: 'productivity', domains: ['insightsforsheets.online'], source: 'https://insightsforsheets.online/privacy-policy' }, // privacy: a Sheets add-on sending a sales summary to Gemini for business insights
    { id: 'getsheetsdone-app', name: 'AI4Sheets', vendor: 'AI4Sheets', category: 'productivity', domains: ['getsheetsdone.app'], source: 'https://getsheetsdone.app/policy.html' }, // privacy: a Sheets add-on passing cell content to AI providers per request

    // --- AI note and knowledge assistants ---
    { id: 'notewarp-com', name: 'Notewarp', vendor: 'Notewarp', category: 'productivity', domains: ['notewarp.com'], source: 'https://notewarp.com/terms-and-privacy' }, // terms: AI note capture, transcription and rewriting, on the web and iOS
    { id: 'supermem-io', name: 'Supermem', vendor: 'supermem.io', category: 'productivity', domains: ['supermem.io'], source: 'https://supermem.io/terms' }, // terms: AI memory and knowledge management over synced Notion, Slack, mail and calendar data

    // --- AI website and landing-page builders ---
    { id: 'isites-biz', name: 'iSites.biz', vendor: 'iSites.biz', domains: ['isites.biz'], source: 'https://isites.biz/terms' }, // terms: websites generated by AI from text prompts, with an AI chat helper
    { id: 'genyourweb-com', name: 'Generous', vendor: 'Generous', domains: ['genyourweb.com'], source: 'https://genyourweb.com/terms' }, // terms: an AI website builder that writes copy, layout and structure
    { id: 'adcreator-ai-site-builder', name: 'AI Site Builder (AdCreator AI)', vendor: '0xpi LLC', domains: ['sitebuilder.adcreator-ai.com'], source: 'https://sitebuilder.adcreator-ai.com/privacy.html' }, // privacy: covers both hosts; business details are turned into sites by the service. The parent adcreator-ai.com is AdCreator AI itself (adcreator-ai-com, the ecom pass), so this row claims only its subdomain
    { id: 'sitemachine-ai', name: 'Site Machine', vendor: 'Site Machine', domains: ['sitemachine.ai'], source: 'https://www.sitemachine.ai/tos' }, // terms: AI code generation of Next.js sites from prompts, URLs and sketches
    { id: 'website-automation-com', name: 'website-automation', vendor: 'website-automation', domains: ['website-automation.com'], source: 'https://www.website-automation.com/legal/privacy' }, // privacy: an AI website builder generating sites with Anthropic Claude
    { id: 'getautositeai-com', name: 'AutoSiteAI', vendor: 'AutoSiteAI', domains: ['getautositeai.com'], source: 'https://www.getautositeai.com/legal/privacy' }, // privacy: small-business sites generated by Claude from a description
    { id: 'ai4website-com', name: 'AI4Website', vendor: 'AI4Web Private Limited', domains: ['ai4website.com'], region: 'india', source: 'https://ai4website.com/privacy-policy.html' }, // privacy: static sites for local businesses written with Azure OpenAI
    { id: 'websitegen-com', name: 'WebsiteGen', vendor: 'WebsiteGen', domains: ['websitegen.com'], source: 'https://websitegen.com/privacy' }, // privacy: site content, translation and images made with GPT-4 and DALL-E
    { id: 'lindo-ai', name: 'Lindo AI', vendor: 'Lindo AI', domains: ['lindo.ai'], source: 'https://docs.lindo.ai/getting-started/ai-credits' }, // docs: AI agents build sites, pages, blocks and blog posts for credits
    { id: 'rebelsites-ai', name: 'RebelSites', vendor: 'RebelSites', domains: ['rebelsites.ai'], source: 'https://docs.rebelsites.ai/en/articles/71-' }, // help: each AI action (site build, page edit, plan) costs one credit
    { id: 'sitegenos-com', name: 'SitegenOS', vendor: 'SitegenOS', domains: ['sitegenos.com'], source: 'https://sitegenos.com/legal/acceptable-use' }, // acceptable-use policy: rules for sites it generates, and no extracting its AI prompts
    { id: 'chattosite-com', name: 'ChatToSite', vendor: 'ChatToSite', domains: ['chattosite.com'], region: 'europe', source: 'https://www.chattosite.com/aup' }, // acceptable-use policy: sites created and hosted through the chat builder, whose AI models it guards
    { id: 'legasite-io', name: 'Legasite', vendor: 'Legasite', domains: ['legasite.io'], source: 'https://legasite.io/terms' }, // terms: AI rebuilds an existing site's content as new website code, one credit per generation
  ],
  { checked: CHECKED_C17 },
);
