// Twenty-eighth session, long-tail pass `faqmodel2` (2026-12-08): a second pass over the questions vendors' own help
// centres, FAQs, docs and "how it works" pages answer about the AI inside their product — "Which AI model do you use?",
// "Is my data used to train the AI?", "How accurate is the AI?", "How many AI credits does it cost?", "Why did the AI
// write that?" — in niches the c27 `faqmodel` pass (data/long-tail-c27-faqmodel.ts) did not query: real-estate
// listings, CRM follow-ups, photo-to-art, legal document assistants, Etsy listing copy, Google-review replies, podcast
// show notes, social-media captions, maths homework, journaling and children's reading. The rows: AI virtual staging,
// listing videos and descriptions sold in credits (ListingAI), AI sales follow-up e-mails on GPT-4o from Pipedrive data
// (OutSales), art made from photos by AI providers under zero retention (Éphé), a RAG legal co-pilot (Alingo), AI
// drafting of Etsy listings after a rule-based keyword allocator (ListerPilot), AI replies to Google reviews (Yerly),
// AI podcast show notes (GeraCast), AI text, image and video generation sold in credits (Authorevo), a neuro-symbolic
// maths solver (AI-Math), an AI daily planner and journal with an EU AI Act disclosure (Journail), an AI journal on
// Groq, Cerebras and OpenAI (Yewmark), a UK children's AI reading platform (Primary Story) and an AI learning platform
// for children on Anthropic's Claude (TaleTykes). Every row cites a page with a path on the product's own host or its
// own help subdomain (help.outsales.ai, help.ephe.art, help.alingo.ai, helpcenter.authorevo.com), where the vendor says
// what its AI does or names the model or model provider.
//
// Queries (38 look-ups, all `search`, 37 in the stored `pages` corpus and 1 in `docs`, counted as they were made),
// worded as help-centre questions and varied by niche: which model powers a note-taking app / does it train on my
// notes; which LLM a spreadsheet formula assistant uses; AI credits for a real-estate listing description; why the AI
// wrote a wrong product description; whether a CRM's AI assistant uses OpenAI; which model edits my photos / trains on
// them; which AI writes social captions; how accurate an AI homework tutor is; which model an e-mail assistant uses;
// what powers a presentation maker; which model screens résumés; what LLM powers a coding assistant; what counts as one
// AI credit; which engine translates subtitles; how reliable AI bank-statement analysis is; why the AI gave a wrong
// answer; "we use OpenAI GPT-4o and Anthropic Claude" (docs); whether an AI lawyer gives advice; how AI writes Etsy and
// Amazon titles; whether AI virtual staging is accurate; whether an AI trip planner is built on ChatGPT; which model
// writes review replies; how AI writes show notes and scripts; Google Sheets add-ons and privacy; AI quiz generation
// for teachers; AI workout and meal plans; AI performance reviews; two look-ups to read a product's name (a
// bank-statement tool on ledger.bittystudio.com, not given; AI-Math's solver, given) and one for a fitness coach
// (ProtoComp, not given); AI logo ownership; AI genealogy; Instagram caption credits; Bible-study AI; chat with PDF; AI
// journals; children's AI reading tutors; dating-app AI.
//
// Measured with /work/helpers/classify-hosts.mts on the 243 hosts the searches returned (vendors, news, blogs, patents,
// directories, agencies and shared hosts alike, in /work/helpers/out/faqmodel2-hosts.txt): 43 classified before
// (17.7%), 56 after (23.0%).
//
// Already listed and met: ListingRVA AI, Contentinator, Headlime, Chatling, Pickaxe, MailOver, Burg AI
// (agent.raegent.com), SquadOS, AI Slide Generator, SlideSpeak, Gixo Lumen, Lexi (getlexi.io), Elevatools, AI Tax
// Accountant, AI Virtual Staging (roomai.fastaitop.com), AI4Sheets, AI Insights for Google Sheets, SheetApps,
// AiAssistWorks, MathAISolver, My Bank Statement Analysis, Genealogy Genie AI, Lovart, instacaptions AI, ChatWithPDFAI,
// pdf.chat, PdfWiseAI, DockDocs, AIACI, PDFChat AI, Belong, Pensio, myjournalpal.app, Lumikids, FaithGPT, Ascn.ai,
// Podium, APIpie, Sim, Codegen, Grok wiki, Grokipedia and the Claude platform.
//
// Doubtful rows: Alingo is read from one help article on its AI Assistant ("your intelligent legal co-pilot" answering
// from the user's document library by RAG, the web or general legal knowledge); the product is an AI legal platform on
// a .ai host, but the article covers the assistant rather than the whole product. Yerly and Yewmark are read from their
// own blog posts, which name their own product's AI (Yerly drafts every review reply and auto-sends only 4–5-star ones;
// Yewmark names Groq, Cerebras and OpenAI as its providers), as later passes accept vendor blogs about their own
// product. AI-Math is read from its blog's guide to "the AI-Math solver" (a vision model, a language model and a
// symbolic verifier); its name is written "AI-Math (ai-math.ai)" beside AI Math on ai-math.top, another product.
// Journail's disclosure is by a Slovenian sole proprietor (s.p.) and Primary Story calls itself a UK primary reading
// platform, so both take the europe region. Authorevo's help centre lists credits for generated words, images with and
// without text and video minutes, and says no AI guarantees perfect text inside images.
//
// Left out. General products where AI is one feature: Arc Studio Pro (screenwriting, opt-in AI on GPT-4), Laureo and
// Vanta CRM (as c18 and c19 decided), Reuzio's CRM copilot, CRAIM's CRM (craim.ltd, "AI in CRAIM is part of the sales
// workflow": a lead), Baita's CRM (a backend host), eM Client's AI page on desktopclient.icewarp.com, MarginNote's
// forum, Duda's AI credits, Metricool (as c27), ContentStudio's caption credits, PostMyPlatter (as c26), Hexia and
// BizProfile (as c21 and c26, Hexia on a `?p=` page), Mapifyer's review-automation rules (a Google Business Profile
// tool: a lead), Mobititle's surtitle editor, Closed Caption Creator, Gym Companion (as c25), Certorix's AI credits
// (support.certorix.online: a lead), the intranet.ai micro-learning rules (as c21), Digidenone (as c27). Pages that do
// not give the product's name: ledger.bittystudio.com's methodology (a GPT-4o bank-statement report: a lead),
// protocomp.health's architecture page ("The AI is the coach": a lead). Vendor blogs, glossaries and guides that do not
// describe the vendor's own product: nemosapp.com (an on-device AI note app's blog: a lead), lumli.io, imgprism.com,
// viallo.app (a photo-sharing platform that runs no AI), inboxwright.com and emailai.me (as c20), zayrev.com,
// finntree.com, accora.ai, banktrustapp.com, legesgpt.com (as c17), lexpilot.us, getlexi.io's blog, nilebuildsai.com,
// podvector.ai, colossis.io, mabellenote.fr, noveltylab.io, memexlab.ai, rainku.com, daylogue.io (as c20),
// zunotales.com's parents' guide (a lead), fuelnutrition.app's glossary, joinsanctuary.com, ai-bible-commentary.com (as
// c25), articlecast.ai, docs.sourcegraph.com's Cody FAQ (Sourcegraph's code-search host). Pages that read as drafts or
// demos: cefrtales.com's child-safety policy ("Production builds should add…"), pmeindia.ai/demo (the Precision Mastery
// Engine, an AI tutor engine: a lead), getpando.ai/demo (a code-privacy layer for coding agents: a lead),
// l1fe.academy's safety page (an AI tutor for children whose product name was not read: a lead). A KB root without a
// path: kb.cosinechat.com. Mobile-only and store-bound apps: advath.com's Sobi AI Notes, NoteGPT AI Note Taker on
// blogspot, AI Notes on Firebase storage. Agencies and consultancies: jayporelabs.com, rocketfive.design,
// simpleraven.com, id8.ae, feazible-ai.co.uk (a lead), aiappsapi.com (as before). Shared platforms: nemos-landing,
// propaifyastroblog, catscribe-translate-app, pfcopy-site, symphonycore-docs, mtc-design-library-review and
// aicourses-blog on pages.dev, theluckystrike.github.io, a vercel.app forum copy. Patents, news, course pages and
// content farms (trea.com, patents.google.com, patents-review.com, winenfood.com, visualfoodie.com, eatsip365.com,
// technavio samples, explore.com, gigazine.net and the dating-news sites).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Faqmodel2Tools: Tool[] = defineTools(
  'other',
  [
    // --- real estate, e-commerce listings and sales ---
    { id: 'listingai-co', name: 'ListingAI', vendor: 'ListingAI', category: 'image', domains: ['listingai.co'], source: 'https://www.listingai.co/faq/image-credits' }, // FAQ: image credits pay for the AI Image Editor (virtual staging, twilight, object removal); listing credits cover AI descriptions and full-AI video scenes
    { id: 'listerpilot', name: 'ListerPilot', vendor: 'ListerPilot', category: 'writing', domains: ['listerpilot.com'], source: 'https://www.listerpilot.com/methodology' }, // methodology: an "AI Contextual Copywriter" drafts Etsy listing copy from validated keywords for seller review
    { id: 'outsales-ai', name: 'OutSales', vendor: 'OutSales', category: 'agents', domains: ['outsales.ai'], source: 'https://help.outsales.ai/docs/faq' }, // FAQ: an AI-powered sales follow-up platform that writes follow-up e-mails with GPT-4o or GPT-4o Mini from Pipedrive and Gmail data
    { id: 'yerly-ai', name: 'Yerly', vendor: 'Yerly', category: 'writing', domains: ['yerlyai.com'], source: 'https://www.yerlyai.com/blog/ai-google-review-replies-playbook-2025' }, // vendor blog: Yerly's AI drafts every Google review reply in the owner's tone and auto-sends only 4–5-star ones
    // --- images, writing and audio ---
    { id: 'ephe-art', name: 'Éphé', vendor: 'Ephe', category: 'image', domains: ['ephe.art'], source: 'https://help.ephe.art/privacy-rights/photos-and-ai-training' }, // help: art made from users' photos by AI providers under zero data retention; photos never train any model
    { id: 'authorevo', name: 'Authorevo', vendor: 'Authorevo', category: 'writing', domains: ['authorevo.com'], source: 'https://helpcenter.authorevo.com/articles/5550806-usage' }, // help: credits for generated words, images (no AI guarantees perfect text in images), video minutes and social posts
    { id: 'geracast', name: 'GeraCast', vendor: 'GeraCast', category: 'audio', domains: ['gerapodcast.com'], source: 'https://gerapodcast.com/help/ai-show-notes' }, // help: GeraCast's AI writes a summary, key points, timestamps, quotes and topics from each uploaded episode
    // --- legal, study and children ---
    { id: 'alingo-ai', name: 'Alingo', vendor: 'Alingo', category: 'productivity', domains: ['alingo.ai'], source: 'https://help.alingo.ai/hc/alingo/articles/1765132212-ai-assistant' }, // help: the AI Assistant, "your intelligent legal co-pilot", answers and drafts by RAG over the user's documents, the web or general legal knowledge
    { id: 'ai-math-ai', name: 'AI-Math (ai-math.ai)', vendor: 'AI-Math', category: 'chat', domains: ['ai-math.ai'], source: 'https://www.ai-math.ai/blog/how-ai-actually-solves-math-problems' }, // vendor blog: the AI-Math solver parses with vision and language models, plans by chain of thought and verifies steps symbolically
    { id: 'primary-story', name: 'Primary Story', vendor: 'Primary Story', domains: ['primary-story.com'], region: 'europe', source: 'https://primary-story.com/ai-reading-safety' }, // safety page: a UK primary reading platform whose AI stories pass automated moderation before a child reads them
    { id: 'taletykes', name: 'TaleTykes', vendor: 'Optiarms, Inc.', domains: ['taletykes.com'], source: 'https://www.taletykes.com/ai-policy' }, // AI policy: story generation, writing feedback, maths hints and summaries, with Anthropic's Claude as the primary provider
    // --- journaling ---
    { id: 'journail', name: 'Journail', vendor: 'Tomaž Pernovšek s.p.', category: 'productivity', domains: ['journail.app'], region: 'europe', source: 'https://journail.app/ai' }, // AI disclosure (EU AI Act art. 50): an AI runs the Morning Brief, Evening Debrief, journal generation, archive search and goals advisor
    { id: 'yewmark', name: 'Yewmark', vendor: 'Yewmark', category: 'productivity', domains: ['yewmark.com'], source: 'https://yewmark.com/blog/ai-journaling-and-privacy' }, // vendor blog: an AI journal that sends entries to Groq, Cerebras and OpenAI under no-training API terms
  ],
  { checked: CHECKED_C28 },
);
