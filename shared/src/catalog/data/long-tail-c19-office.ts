// Nineteenth session, office pass (2026-12-06, helper `office`): AI tools for everyday office work that the catalog
// still missed, after the sixteenth session's productivity pass (data/long-tail-c16-prodmeet.ts) and the seventeenth
// session's docs pass (data/long-tail-c17-docs.ts) had mined the same ground. Here: AI slide and pitch-deck makers and a
// PowerPoint add-in, AI Google Sheets and Excel assistants and a bank-statement-to-spreadsheet converter, AI inbox
// organisers and reply writers, an email-driven scheduling assistant and two AI day planners, AI knowledge-base and
// workspace tools, AI invoice and receipt extraction, an AI PDF form filler, an AI handwriting transcriber, a Word
// template ingester on Azure OpenAI, AI resume and cover-letter services (one in China), and an AI interview service in
// Japan met on the way.
//
// Leads. 47 look-ups in the stored `pages` corpus by product kind, worded the way vendors word their own privacy
// policies, terms, refund and credit policies, DPAs and docs (slides, PowerPoint and Word add-ins, Sheets formulas and
// spreadsheet agents, inbox cleaners, reply writers, Outlook add-ins, scheduling assistants, planners, second brains,
// knowledge bases, PDF chat and summaries, invoice and receipt OCR, bank statements, PDF form filling, handwriting OCR,
// SOPs, proposals and RFPs, pitch decks, Gantt plans, resumes and cover letters), and in German, French, Spanish,
// Italian, Japanese and Chinese (those mostly returned articles and services already listed). Every row cites a page
// with a path on the product's own host (for PitchWeave and Weam their docs subdomains; for Inkstone a page under the
// prefix claimed) that says in the vendor's words that the product generates, extracts, classifies or answers with AI
// or a named model. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first. The
// ground is well covered: of the vendors' own pages the searches returned, these were already listed and are left to
// their entries: GPT for Sheets/Docs/Slides (docgpt.ai), AI Slide Generator (aislide.dev), Sheetsbase, My SheetAgent,
// Claude for Sheets (cld-ext), Cover Letter Copilot, NxtJob, InvoiceAI (restinvoice.com), Invoice Data Extraction,
// Mapifast, CalAssist, Actor, SlideWizard, pdf.chat, ChatWithPDFAI, AutoPPT, ApplyWise, Resume Optimizer (.ca), Resume
// Tailor+, ResumePass, Slidict, SlideFlair, Virtual Workforce, the four bank-statement converters, OutlookReVision,
// ScanReceipt, ReceiptSanity, Genie AI, Instafill, Second Brain Notes, BewerbungsFreund, RaiseDeck, Life is a Pitch,
// SlideMake, PPT.AI, resumes.vegas, SuperSheets, Spreadsheet Agent, Slashy, EmailResponder and ProjectGPT. Three hosts
// are subdomains claimed alone because their parents are a developer's or company's general site:
// assistant.ailancers.com (EA Assistant), planner.analogdigital.tech (AI Planner) and resuma.sarthum.com (ResumeAI),
// and newdoor.jxxqtech.com (牛道), found here too, is left to the China pass's row (merged first); Inkstone is a prefix on its studio's site (jafflelabs.ai/inkstone).
//
// Measured with /work/helpers/classify-hosts.mts on the 305 hosts the searches returned (vendors, articles, stores and
// shared hosts alike): 54 classified before (17.7%), 78 (25.6%) after.
//
// Left out. Pages that are drafts or carry placeholders (papertosheet.online's "TODO: final legal review", Slide
// Creator's "[City, Country]", geniusrfp.com's "Placeholder draft", penstip.com's draft with an example.com address,
// jobhirepro.in's refund policy naming another product's address); pages that do not say the product uses AI
// (airesumegrader.com, southpolemob.com's AI Cleaner, ganttchart.ai, pitchvault.ai, docs.inpolicy.ai's PolicyBot, and
// inboxcleaner.space, whose AI provider is optional and unnamed); tools that run only as a browser extension with no
// backend or as desktop or mobile apps (AI Planner on aiplanner.rightbonds.com, the macOS Email Assistant on
// ai-lab.com.au, 請求書らくらく読取 on rakuraku.info, ReceiptBrain, AI Receipts to Excel, Receipt Scanner on
// happypig.cloud, Slides: AI Presentation Maker on fordnine.com, TrueDay, jobscalr.works, which reads like an app);
// general products where AI is one feature (Mindomo, Spark Mail, GanttPilot, Online Gantt, Outrun, think-cell, Jobcan,
// codesphere.app's tool pages, reskillr's coaching site, Ankerkopf's recruiting GPT); add-ons documented on a
// developer's or agency's general site (pixel.se); personal demo projects (the meetings pass's left-outs
// ai-email.dhakalnirajan.com.np and gmail.rela.uy, sowards.ai's prototype, app.thoughtful-ai.com's research add-in);
// vendors seen only on their blogs or in third-party skill directories, left as leads (DocMods, Contrl, ProcessReel,
// DocuLens, FutureCoworker, Text to Diagram on smallai.in, InboxRobot, ReflectMind, AskQBot, Ganty, 课件帮 at
// kejian365.com, DeepRead, Agentic Calendars again); an AI support assistant of another kind (Unless); and shared
// platforms (vercel.app, pages.dev, web.app, run.app, github.io, notion.site, gitbook.io, sites.google.com).
// At the merge (2026-12-06) this file's row for 牛道 (newdoor.jxxqtech.com) was dropped for the China pass's, merged first.
//
// Listed since: PitchVault (pitchvault.ai), by the twenty-first session's second leads pass (long-tail-c21-leads2.ts),
// from a page on the vendor's own host; the trap this pass's test set on it was dropped.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C19, defineTools } from './define';

export const longTailC19OfficeTools: Tool[] = defineTools(
  'productivity',
  [
    // --- AI slide and pitch-deck makers ---
    { id: 'intellislides', name: 'IntelliSlides', vendor: 'IntelliSlides', category: 'presentation', domains: ['intellislides.com'], source: 'https://intellislides.com/privacy' }, // privacy: the OpenAI API (GPT-3) writes the details put on each slide of a presentation
    { id: 'presentable-so', name: 'Presentable', vendor: 'Presentable', category: 'presentation', domains: ['presentable.so'], source: 'https://presentable.so/privacy' }, // privacy: a PowerPoint add-in that sends slide content to the Anthropic API for AI responses
    { id: 'pitchweave', name: 'PitchWeave', vendor: 'PitchWeave', category: 'presentation', domains: ['pitchweave.app'], source: 'https://docs.pitchweave.app/legal/privacy-policy' }, // privacy: briefs and source material go to Anthropic for AI deck generation
    // --- AI spreadsheet assistants ---
    { id: 'buildmysheets', name: 'BuildMySheets', vendor: 'BuildMySheets', domains: ['buildmysheets.com'], source: 'https://www.buildmysheets.com/terms' }, // terms: an AI-powered tool that generates Google Sheets with formulas and Apps Script from prompts
    { id: 'sheetxai', name: 'SheetXAi', vendor: 'SheetXAi', domains: ['sheetxai.com'], source: 'https://sheetxai.com/privacy-policy' }, // privacy: a Sheets add-on and Excel add-in whose chat connects to AI services (OpenAI)
    { id: 'bank2xl', name: 'Bank2XL', vendor: 'Bank2XL', domains: ['bank2xl.app'], source: 'https://www.bank2xl.app/privacy.html' }, // privacy: statement pages go to Google Gemini via OpenRouter to convert PDFs to Excel and CSV
    // --- AI inbox organisers, reply writers and scheduling ---
    { id: 'mailbox-unjunker', name: 'MailBox Unjunker', vendor: 'MailBox Unjunker', domains: ['mailboxunjunker.com'], source: 'https://www.mailboxunjunker.com/privacy.html' }, // privacy: an AI-powered Gmail organiser; the OpenAI API classifies messages
    { id: 'ai-email-chain', name: 'AI Email Chain', vendor: 'AI Email Chain', domains: ['emailchain.app'], source: 'https://emailchain.app/privacy' }, // privacy: drafts AI-powered Gmail replies through the OpenAI API
    { id: 'ea-assistant-ailancers', name: 'EA Assistant (ailancers)', vendor: 'AI Lancers', domains: ['assistant.ailancers.com'], source: 'https://assistant.ailancers.com/privacy' }, // privacy: an email-CC scheduling assistant; Claude parses the emails and writes the replies
    { id: 'planai-live', name: 'PlanAI', vendor: 'PlanAI', domains: ['planai.live'], source: 'https://www.planai.live/privacy-policy.html' }, // privacy: OpenAI GPT-4o builds schedules from connected calendars and chats about them
    { id: 'ai-planner-analogdigital', name: 'AI Planner (analogdigital.tech)', vendor: 'analogdigital.tech', domains: ['planner.analogdigital.tech'], source: 'https://planner.analogdigital.tech/privacy.html' }, // privacy: photos of handwritten planner pages are read by Google Gemini and synced to Notion and Google
    // --- AI knowledge bases and workspaces ---
    { id: 'knownbase', name: 'KnownBase', vendor: 'KnownBase', domains: ['knownbase.ai'], source: 'https://knownbase.ai/privacy.html' }, // privacy: workspace messages are turned into a knowledge graph through Gemini and Claude
    { id: 'weam-ai', name: 'Weam', vendor: 'Weam', domains: ['weam.ai'], source: 'https://docs.weam.ai/learn-more/use-cases/web-proposal-agent' }, // docs: its proposal agent writes business proposals with AI-powered content generation (GPT-4)
    // --- AI documents, PDFs, OCR and invoices ---
    { id: 'extractinvoice', name: 'ExtractInvoice', vendor: 'ExtractInvoice', domains: ['extractinvoice.app'], source: 'https://extractinvoice.app/privacy' }, // privacy: receipts and invoices for small businesses are extracted by AI processing partners
    { id: 'invoicebi', name: 'InvoiceBI', vendor: 'InvoiceBI', domains: ['invoicebi.com'], source: 'https://www.invoicebi.com/privacy' }, // privacy: an AI-powered invoice processing platform
    { id: 'pdffillr', name: 'PDFFillr', vendor: 'PDFFillr', domains: ['pdffillr.ai'], source: 'https://pdffillr.ai/user-agreement' }, // user agreement: fills uploaded PDF forms; users must review all AI-generated outputs; has an API
    { id: 'cursive-to-text', name: 'Cursive to Text', vendor: 'CursiveToText', domains: ['cursivetotext.com'], source: 'https://www.cursivetotext.com/privacy' }, // privacy: an AI-powered transcription service for cursive handwriting images
    { id: 'inkstone-jafflelabs', name: 'Inkstone (Jaffle Labs)', vendor: 'Jaffle Labs', urlPrefixes: ['jafflelabs.ai/inkstone'], source: 'https://jafflelabs.ai/inkstone/guide/security' }, // its security guide: uploaded documents go in prompts to Azure OpenAI to make Word templates
    // --- AI resume and cover-letter services ---
    { id: 'cvtailor-ai', name: 'CVTailorAI', vendor: 'CVTailorAI', category: 'writing', domains: ['cvtailor.co.in'], region: 'india', source: 'https://cvtailor.co.in/privacy' }, // privacy: an AI-powered resume building and optimisation service
    { id: 'coverletter4u', name: 'CoverLetter4U', vendor: 'CoverLetter4U', category: 'writing', domains: ['coverletter4u.com'], source: 'https://www.coverletter4u.com/refund-policy' }, // refund policy: AI-powered services paid with tokens; AI-generated output
    { id: 'resumewalk', name: 'ResumeWalk', vendor: 'ResumeWalk', category: 'writing', domains: ['resumewalk.com'], source: 'https://resumewalk.com/refund-policy/' }, // refund policy: credits pay for AI resume generation, polish and cover letters by Google Gemini
    { id: 'resumestore-ai', name: 'ResumeStore', vendor: 'ResumeStore', category: 'writing', domains: ['resumestore.ai'], source: 'https://www.resumestore.ai/refund-policy' }, // refund policy: AI-powered resume optimisation and AI-generated content
    { id: 'resumeai-sarthum', name: 'ResumeAI (resuma.sarthum.com)', vendor: 'Sarthum', category: 'writing', domains: ['resuma.sarthum.com'], source: 'https://resuma.sarthum.com/refund' }, // refund policy: credits for AI generation of cover letters, resume optimisation and ATS analysis
    // --- Met on the way ---
    { id: 'heyjob-ai-interview', name: 'HeyJob (AI interview)', vendor: 'HeyJob AI, Inc.', category: 'other', domains: ['hey-job.biz'], region: 'japan', source: 'https://hey-job.biz/jp/dpa' }, // DPA (Japanese): an AI interview service that records answers and produces AI analysis and scores
  ],
  { checked: CHECKED_C19 },
);
