// Twenty-third session, second slides and office-documents pass (2026-12-07, helper `slides2`): AI office tools no
// entry claimed yet, beside the seventeenth session's docs pass (data/long-tail-c17-docs.ts), the nineteenth session's
// office pass (data/long-tail-c19-office.ts), the twenty-first session's slides pass (data/long-tail-c21-slides.ts),
// the twenty-second session's second productivity pass (data/long-tail-c22-productivity2.ts) and the older productivity
// files, whose rows are not repeated here. Here: AI slide makers and PowerPoint add-ins (Slide Patch, Iterpol,
// SlideRun, SlideKick, Poesius, Ivern Slides); AI proposal, RFP, bid and grant writers (ProposalPilot, BidScript,
// PropAI, Proposem, GrantGPT); AI document, report, SOP and white-paper writers (xdocs, SOPdoc, ReportPilot, Report
// Alchemy, ReportRocket's school-report comments, ShipReport's client status reports, White Paper System); AI
// business-plan writers (Bizketch in Korea, BizPlanner in Israel); AI diagram and ERD generators (FlowCraft,
// FreeDiagram, DiagramForge, aiutility.tools); an AI form builder (Iterate AI); AI resume-to-website and portfolio
// builders (portfolios.chat, sparklink.bio, thedigitalresume.in, webiculum); and, met on the way, a Claude-based
// philosopher chat (Mindspar).
//
// Leads. 43 look-ups in the stored `pages` corpus. The first half, worded by kind the way vendors word their privacy
// pages and terms (RFP and proposal writers, grant writers, form and survey builders, meeting minutes, whiteboards,
// resume-to-site builders, text-to-diagram, slide makers, report writers, mind maps, pitch decks, document-to-deck,
// Excel formulas, UK bid writing, business plans, board minutes, HR documents, doc-to-site, chart makers, GovCon
// proposals, school report comments, Japanese 議事録, Upwork proposals, German KI-Präsentation, ERD generators,
// ReflectMind, SOP generators, security questionnaires, Korean AI PPT, nonprofit grants, AI whiteboards), mostly
// returned vendors the catalog already lists or earlier passes left out: the ground is well mined. The second half,
// worded as indie vendors word their sub-processor lists ("Anthropic (Claude)", "OpenAI", "Supabase", "Stripe",
// "Clerk") plus the kind of document generated (decks, proposals, diagrams, grant applications, forms, mind maps,
// minutes, resume websites, reports), found most rows below. One look-up for Ivern's own pages returned nothing of it.
// Every row cites a page with a path on the product's own host (for webiculum its app. host, which is all that is
// claimed; for White Paper System its own subdomain) that says in the vendor's words that the product generates,
// drafts, parses or answers with AI, a language model or a named provider. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first, and the other helpers' new c23 files were grepped
// for each host: none of them has one.
//
// Measured with /work/helpers/classify-hosts.mts on the 273 hosts the searches returned (vendors, articles, news,
// shared hosts and stores alike, in /work/helpers/out/slides2-hosts.txt): 65 classified before (23.8%), 95 after
// (34.8%).
//
// Already listed and left to their entries: ProposalFirewall, GrantorAI, Grantranslator, FormGPT, FormAI (dbm-ai.com),
// Chat Canvas, Whiteboard by Athena AI, CVTailorAI, SlideMaker (slidemaker.net), SlidesPilot, Prezent, KolaySlide,
// FinReports AI, DeepChatBI, Mimap, Gixo Lumen, EasySlide, SlideStudio, RaiseDeck, Life is a Pitch, PitchVault, Tosea,
// MindLM, Grant Assistant, AI Grants, BoardBreeze, Transcription Solutions, MeetGeek, CoGrader, Smart書記, Telelogger,
// Memory Cloud, SheetApps, Diagrams.so, Diagram Studio, FlowChart AI, AI Mermaid, FreelanceAI.tech, CoverGen, Proposal
// AI (upwork-helper.innovage.io), ProposAI (getproposai.com), Presentable, AI Slide Generator (aislide.dev),
// GrantPilot, MyMap (uatre.mymap.ai is its host too), DatumNotes, MinuteSmith, Excluria, Slidely AI, AI Teacher
// Assistant, docgpt.ai's GPT for Forms, UpCat, ProfileLift's SOPCard, AI Chart Generator (charts.symplyai.io),
// MindSnap, LLMindMap and Periagoge.
//
// Claimed alone: whitepaperwriter.thechatbotgenius.com (White Paper System), whose parent was not read;
// app.webiculum.com (webiculum), because webiculum publishes the CV websites it generates on subdomains, and a visit to
// someone's CV site is not use of the AI builder. GrantGPT's policy, read on mygrantgpt.com, names grantgpt.com as its
// address; at the merge grantgpt.com joined the row, on that policy's word.
//
// Same names: Iterate AI (iterate.works, an AI form builder on Gemini) is not Iterate.ai's Generate
// (generateapps.iterate.ai, long-tail-c16-chatsearch.ts), hence the qualifier. ReportPilot (goreportpilot.com) and
// ProposalPilot (proposalpilot.net) are unrelated products.
//
// Doubtful rows: Poesius and Ivern Slides are cited from the vendors' own blog guides that walk through their own
// products (the seventeenth session's docs pass left both out as blog-only; the rule allows a vendor's post about its
// own product, and no trap was set on either); Report Alchemy's policy says it improves "our AI algorithms and report
// generation capabilities" but does not say what reports it writes; ShipReport's policy sits on getpilora.com, perhaps
// a renamed brand, and the whole host is claimed; Iterpol's is an interim notice for a paid testing phase, with no
// placeholder; SlideKick calls Claude through the user's own Claude session (MCP sampling) rather than its own key, but
// the product is the agent pipeline that writes the deck; ProposalPilot's operator is "an independent product team".
//
// Left out. Pages with placeholders or drafts (ProposalAI on proposalai.ai, "Replace the bracketed sections"; SOPSai's
// "[LEGAL_ENTITY_NAME]"; penstip.com and its "pptsaas.example" address, as c19 decided; GrantAI and PowerGrant on
// shared hosts with "[COMPANY LEGAL NAME]" and "[ENTITY NAME, TBD]"; privacy.zws.ink's tender template;
// brightlayerstudio.xyz's template notice; ivora.life's "[Your Business Address]"); a ChatGPT app that is not a
// standalone service (gpt-forms-creator.com, as c19 decided, trap kept); Preznt (preznt.online), whose own service
// never calls a model (decks are written by the user's Claude Desktop over MCP), left out on the same ground; pages
// that do not say the product uses AI, or only in its name (cvtowebsite.com, grantassistant.ai's terms, aigrants.co's
// terms, formcreatorai.com, chat2mind.site, telelogger.com, flegrowth.co.jp's 書きあげクン trial terms,
// charitygrantwriter.com, grantfounders.com, tryformai.xyz, buildform.ai, portfol.site, usmanhaider.dev's portfolio
// builder, pitchera.ai's policy excerpt, aidrawio.com's ERD page); general products where AI is one feature
// (teachboard.app's optional AI, reslift.io and simple-cv-builder.com's optional AI, graph-maker.ai's optional AI
// analysis, glideflow.pro's flow editor, coolform.co's AI builder, surveythis.online's AI analysis of survey results,
// survey.yesucan.co.kr's BYOK chat, ideanote.io, corridraw.com's planned AI tab, reportburster.com, getdeckle.dev's PDF
// API, aicarpus.com's Forms IQ among its IQ apps); a personal or studio host (the AI Notetaker on zladson.com, as three
// earlier passes decided); knowme.cv, an AI resume-to-portfolio builder whose published portfolio pages may sit on its
// host (a lead for a pass that reads where it publishes); browser extensions and desktop or phone apps
// (sop-prompter.online's interview copilot, AIChartMotion on macOS, Flow2Chat, Capture SOP, securedgateway.link's
// exporter); vendors seen only on blogs, guides or marketing copy, left as leads (ReflectMind again, whose trap in two
// earlier tests stays; cleantender.co.uk; calcstack.co's diagram generator; aidiagrammaker.com; accountmade.com's DDQ
// drafting; supamakers.com's GovCon course; cabrilloclub.com, as two earlier passes decided; smallai.in's Text to
// Diagram, as c19 decided; zaxim.app's "Proposa", whose brand and host differ; grants.club's knowledge base;
// ChatMyResume.ai, read only on a vercel.app copy; PitchDuck, read only on pages.dev; Mapen again on pages.dev);
// consultancies, agencies and guides (executivecompass.co.uk, layer3labs.io, cueball.ai, iverel.com, truetech.dev,
// ergini.com, cyberax.com, lintgrc.com); a Japanese 議事録 terms page on a shared CloudFront host
// (dhwm8qm6dq90h.cloudfront.net, Smart書記's AI guideline: the product is listed from its own host); and shared platforms
// (up.railway.app, vercel.app, pages.dev, github.io, duckdns.org, notion.site and webflow.io copies).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const longTailC23Slides2Tools: Tool[] = defineTools(
  'presentation',
  [
    // --- AI slide makers and PowerPoint add-ins ---
    { id: 'slide-patch', name: 'Slide Patch', vendor: 'Slide Patch', domains: ['slidepatch.com'], source: 'https://www.slidepatch.com/terms' }, // terms: edits and generates slide visuals with AI, credits spent per AI edit or generation, AI output may be inaccurate
    { id: 'iterpol', name: 'Iterpol', vendor: 'Iterpol', domains: ['iterpol.com'], source: 'https://www.iterpol.com/privacy' }, // interim privacy notice: topics, prompts, PDFs and URLs sent to Anthropic (Claude) to generate slides, rendered through CloudConvert
    { id: 'sliderun', name: 'SlideRun', vendor: 'SlideRun', domains: ['sliderun.ai'], source: 'https://www.sliderun.ai/privacy' }, // privacy (GDPR): presentations generated from prompts; its PowerPoint add-in sends slide content to its servers for AI translation, editing and slide generation
    { id: 'slidekick', name: 'SlideKick', vendor: 'SlideKick', domains: ['slidekick.it'], source: 'https://www.slidekick.it/privacy' }, // privacy: uploaded files drive an agent pipeline (audience profile, outline, drafted slides) whose reasoning agents call Anthropic's API; returns a .pptx
    { id: 'poesius', name: 'Poesius', vendor: 'Poesius', domains: ['poesius.com'], source: 'https://poesius.com/blog/convert-word-document-to-powerpoint-ai' }, // vendor guide on its own product: Poesius turns Word documents into consulting-style PowerPoint slides with AI
    { id: 'ivern-slides', name: 'Ivern Slides', vendor: 'Ivern', domains: ['ivern.ai'], source: 'https://ivern.ai/blog/convert-document-to-slides-ai' }, // vendor guide on its own product: converting documents to slides with AI, with a walkthrough of Ivern Slides
    // --- AI proposal, RFP, bid and grant writers ---
    { id: 'proposalpilot-net', name: 'ProposalPilot', vendor: 'ProposalPilot', category: 'writing', domains: ['proposalpilot.net'], source: 'https://proposalpilot.net/privacy' }, // privacy: an AI-powered RFP-to-proposal platform (intake, compliance mapping, drafting, gap resolution, export)
    { id: 'bidscript', name: 'BidScript', vendor: 'BidScript', category: 'writing', domains: ['bidscript.co.uk'], source: 'https://www.bidscript.co.uk/blog/generating-good-first-drafts' }, // vendor post on its own product: an AI bid drafting system that writes evidence-backed first drafts of tender answers from the organisation's data
    { id: 'propai-proposals', name: 'PropAI', vendor: 'PropAI', category: 'writing', domains: ['propai-proposals.com'], source: 'https://www.propai-proposals.com/privacy' }, // privacy: uploaded documents, audio and video processed by its AI pipeline to generate branded proposals
    { id: 'proposem', name: 'Proposem', vendor: 'Proposem', category: 'writing', domains: ['proposem.com'], source: 'https://www.proposem.com/privacy' }, // privacy: an AI-powered proposal generator for trade contractors; job details and photos sent to Anthropic's Claude API
    { id: 'grantgpt-mygrantgpt', name: 'GrantGPT', vendor: 'GrantGPT', category: 'writing', domains: ['mygrantgpt.com', 'grantgpt.com'], source: 'https://mygrantgpt.com/privacy' }, // privacy: an AI-powered grant-writing assistant that answers from the nonprofit's profile and uploaded proposals
    // --- AI document, report, SOP and white-paper writers; business plans ---
    { id: 'xdocs-app', name: 'xdocs', vendor: 'xdocs', category: 'writing', domains: ['xdocs.app'], source: 'https://xdocs.app/legal/privacy' }, // privacy: generates and stores documents from prompts and Drive files; generation requests are sent to its model providers
    { id: 'sopdoc', name: 'SOPdoc', vendor: 'SOPdoc', category: 'writing', domains: ['sopdoc.ai'], source: 'https://sopdoc.ai/privacy' }, // privacy: SOPs and checklists generated and refined with AI; prompts and document content sent to OpenAI
    { id: 'white-paper-system', name: 'White Paper System', vendor: 'White Paper System', category: 'writing', domains: ['whitepaperwriter.thechatbotgenius.com'], source: 'https://whitepaperwriter.thechatbotgenius.com/privacy' }, // privacy: a white-paper production pipeline whose sections and style analysis are written by Claude (Anthropic)
    { id: 'reportpilot-sapienbotics', name: 'ReportPilot', vendor: 'SapienBotics', category: 'productivity', domains: ['goreportpilot.com'], source: 'https://goreportpilot.com/privacy' }, // privacy (Bareilly, India): AI-powered client reporting for marketing agencies, with AI-written narrative insights from GA4 and Meta Ads data
    { id: 'report-alchemy', name: 'Report Alchemy', vendor: 'Sagwa Limited', category: 'writing', domains: ['report-alchemy.com'], source: 'https://www.report-alchemy.com/privacy-policy' }, // privacy: reports generated from the user's input; the data improves "our AI algorithms and report generation capabilities"
    { id: 'reportrocket', name: 'ReportRocket', vendor: 'ReportRocket', category: 'writing', domains: ['reportrocket.com.au'], source: 'https://reportrocket.com.au/help/article/ai-and-student-data/' }, // help article: school report comments generated with Google Gemini through the Google AI API, data held in Sydney
    { id: 'shipreport-pilora', name: 'ShipReport', vendor: 'ShipReport', category: 'writing', domains: ['getpilora.com'], source: 'https://www.getpilora.com/privacy' }, // privacy: AI-generated client status reports written by Anthropic's Claude API from project notes
    { id: 'bizketch', name: 'Bizketch', vendor: 'Daile Company', category: 'writing', domains: ['bizketch.ai'], region: 'korea', source: 'https://www.bizketch.ai/en/terms' }, // terms (Naver and Kakao login): AI business-plan and PRD generation and government funding form mapping, paid in credits
    { id: 'bizplanner-israel', name: 'BizPlanner', vendor: 'BizPlanner', category: 'productivity', domains: ['biz-planner.com'], region: 'middle-east', source: 'https://biz-planner.com/en/terms' }, // terms (Ashkelon, Hebrew version binding): a business-planning system with a financial simulator and an AI-powered business assistant
    // --- AI diagram and ERD generators ---
    { id: 'flowcraft-app', name: 'FlowCraft', vendor: 'FlowCraft', category: 'productivity', domains: ['flowcraft.app'], source: 'https://flowcraft.app/tools/ai-er-diagram-maker' }, // tool page: ER diagrams generated from plain English with its AI, Mermaid output, free AI generations on sign-up
    { id: 'freediagram-app', name: 'FreeDiagram', vendor: 'FreeDiagram', category: 'productivity', domains: ['freediagram.app'], source: 'https://freediagram.app/privacy' }, // privacy: each prompt is sent to an AI model (Gemini through OpenRouter) to produce the diagram
    { id: 'diagramforge-dev', name: 'DiagramForge', vendor: 'DiagramForge', category: 'productivity', domains: ['diagramforge.dev'], source: 'https://diagramforge.dev/privacy' }, // privacy: diagrams generated from uploaded documents and prompts through OpenAI's API
    { id: 'aiutility-tools', name: 'aiutility.tools', vendor: 'aiutility.tools', category: 'productivity', domains: ['aiutility.tools'], source: 'https://aiutility.tools/en/graph/er-diagram' }, // tool page: its AI interprets the described schema and writes the Mermaid code for the ER diagram
    // --- AI form builder ---
    { id: 'iterate-ai-forms', name: 'Iterate AI (forms)', vendor: 'Iterate AI', category: 'productivity', domains: ['iterate.works'], source: 'https://www.iterate.works/privacy' }, // privacy: form generation and response analysis run on Gemini, with Supabase and Resend
    // --- AI resume-to-website and portfolio builders ---
    { id: 'portfolios-chat', name: 'portfolios.chat', vendor: 'portfolios.chat', category: 'productivity', domains: ['portfolios.chat'], source: 'https://www.portfolios.chat/privacy' }, // privacy: an AI-powered portfolio builder; resumes extracted with Azure AI / OpenAI, and an AI chat answers questions about the portfolio
    { id: 'sparklink-bio', name: 'sparklink.bio', vendor: 'sparklink.bio', category: 'productivity', domains: ['sparklink.bio'], source: 'https://sparklink.bio/legal/privacy' }, // privacy: profile data from an uploaded document powers the AI chat agent on each public portfolio page, run by AI inference providers
    { id: 'thedigitalresume-in', name: 'thedigitalresume.in', vendor: 'thedigitalresume.in', category: 'productivity', domains: ['thedigitalresume.in'], region: 'india', source: 'https://thedigitalresume.in/privacy' }, // privacy (UPI): an AI portfolio generator that extracts the resume with the Gemini API and deploys the site to the user's GitHub and Vercel
    { id: 'webiculum', name: 'webiculum', vendor: 'webiculum', category: 'productivity', domains: ['app.webiculum.com'], source: 'https://app.webiculum.com/privacidad' }, // privacy: uploaded CVs processed with AI into a website that is stored, published on a subdomain or downloaded
    // --- met on the way ---
    { id: 'mindspar', name: 'Mindspar', vendor: 'Mindspar', category: 'chat', domains: ['mindspar.app'], source: 'https://mindspar.app/privacy' }, // privacy: conversation messages sent to Anthropic's Claude API to generate philosopher responses, data in the EU
  ],
  { checked: CHECKED_C23 },
);
