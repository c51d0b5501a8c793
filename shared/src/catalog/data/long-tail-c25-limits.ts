// Twenty-fifth session, usage-limits pass (2026-12-07, helper `limits`): AI products that no entry claimed yet, found
// through the fair-use, usage-limit, credits and plan FAQ pages vendors keep ("fair usage policy", "what counts as a
// credit", "credits reset monthly and do not roll over", "what happens when I run out of credits", per-model credit
// tables). Here: AI chat front-ends and companions billed per message or per model (Widelai, Moyna, Tipsy Chat,
// Stellaveda, SpotOn AI), an LLM API gateway (LangMart), AI chatbot and agent builders (Cludan, TinyTalk, Reply.cx),
// AI writing tools for books, blogs, WordPress and content teams (Bookwiz, Slima, Shopia, Contentinator, WriterzRoom),
// study and parenting tools (EduSolver, PicoBuddy, AI Parent, Cultural Coder), résumé and job-application tools
// (ResumEdit, WhatIsACoverLetter.com, preparAItor, Educators360), AI document review (AccurateDigits), AI image and
// design generators (Visioneria, Tantalum, Dripper, AIHDStudio, HeadshotsAI) and an AI presentation maker (Preso).
//
// Leads. 35 look-ups, counted as they were made: 33 in the stored `pages` corpus and 2 in `docs`. Query styles: the
// brief's wording ("fair use policy … messages per day", "credits reset monthly and do not roll over", "what happens
// when I run out of credits", "premium models cost more credits", "daily limit of AI requests on the free plan",
// "tokens vs words"), then the same credit wording by product kind (image, video, music, voice, PDF chat, homework,
// companions, SEO articles, headshots, coding agents, résumés, interior renders, dubbing, presentations, chatbot
// builders, legal, tattoo and logo, browser agents, photo editors, deep research, flashcards) and in German, Spanish,
// French and Portuguese. The fair-use, run-out and chatbot-credit queries gave the most new vendors; the image, video,
// music, voice, SEO, headshot, coding and browser-agent queries returned tools the catalog already lists almost only;
// the "tokens vs words" query and the docs corpus returned explainers, blogs, GitHub and PyPI pages. Two look-ups
// were spent re-reading a lead (WriterzRoom's own docs, which settled it; a FastProHeadshots query, which did not).
// Every row cites a page with a path on the product's own host (or its docs, help or app subdomain) where the vendor
// says the product generates, answers or analyses with AI, names an AI model or provider, or prices AI responses.
// Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/, and the concurrent c25 files
// (refundsc, refundsd and the rest) checked first.
//
// Measured with /work/helpers/classify-hosts.mts on the 209 hosts the searches returned (vendors, blogs, news sites,
// forums, GitHub and shared hosts alike, in /work/helpers/out/limits-hosts.txt): 82 classified before (39.2%),
// 112 after (53.6%).
//
// Already listed and left to their entries: Writingmate, Langdock, BestPhoto, Qolaba, Apiframe, ImagineArt,
// Writesonic, Zebracat, ElevenLabs, Runcell, GPT.space, MusicAPI, AI Music API, SunoAPI, Ladinda, ViralVideo, Visla,
// InVideo, DocuChat, ISCodeSearch, hej.chat, Cantari, NaturalReaders, Altered, Murf, TTSReader, RakuWP, NeuralText,
// Headlime, Copysmith, Frase, SEOVault AI, ContentBot, HeadshotPro, TryItOnAI, HeadshotPhoto.io, Shelfgen,
// Firebender, MiniMax, resumes.vegas, MyAwesomeResume, Cadbull's AI renderer, Rendair, Spacely, SonicScript Elite,
// Rask, BriefVox, SlidesPilot, Deliverables AI, SlideSpeak, AI Video Maker, Tunee, StoryboardHero, Mirage, Tactiq,
// ChatLab, Chatling, Stammer, Simplified, GPT Engineer, Tattoo AI Design, Magggic, Gobii, ohwow, Lindo, Do Browser,
// Notte, Loophole, Browse AI, Carat, Vulk, Paperguide, Kimi, Infrence, Monica and Palvoro.
//
// Doubtful rows: Cultural Coder (Zimbabwe) is a coding-lessons platform whose tutor, code helper and recommendations
// run on Gemini; its own blog explains the daily AI credits — counted because the AI tutor is the product's core, a
// judgement. Educators360's credit policy prices "AI-assisted" résumé, job-fit and interview tools without saying
// more about the platform; counted as India's from its .in host. HeadshotsAI is read from its own blog post naming
// the FLUX Kontext headshot model it runs; the c18 image and aliases passes left theheadshotsai.com out as blog-only,
// and this pass counts the post because it describes the vendor's own pipeline. Bookwiz and preparAItor are also read
// from vendor blog posts about their own credits. SpotOn AI is given the 'europe' region from its French doc slugs
// ("systeme-de-credits"), Visioneria from CHF and TWINT payments, preparAItor from its .ch host. AccurateDigits' page
// was read at ?hsLang=en and is cited without the query. Tipsy Chat's FAQ was read at the host "tipsy.chat." (with
// the trailing dot) and is cited without it. PicoBuddy's and Moyna's pages sit on app subdomains; the entries claim
// the parent hosts, whose products they are.
//
// Left out. Pages that never say the product uses AI, or only in its name: textwisely.ai's fair-use policy (a word
// cap on "prompts and responses"), reeyee.ai's French FAQ (as the c24 refunds passes decided), fastproheadshots.com's
// credit guide (a lead: the re-reading query did not return its own page), memorics.app (flashcard generation),
// getquiztime.com (quiz generation), freeimage2.online, voxabot.com (TTS characters), videostew.com's rendering
// credits, intellect.co.nz ("unused words"), docs.withgiga.ai, help.gaitor.com and help.frxme.ai (credits for
// "content" of unstated kind), www.neurawrite.ai (a thin docs stub: a lead). General products where AI is one feature:
// writerflow.com (a content-brief and review workflow with AI credits), persontrail.com (a job tracker's AI chat),
// zenovay.com (web analytics), metricool.com, ignite.video (video hosting), tana.inc, planfix.com, juro.com (contract
// management), lawzana.com's Flow (law-practice software), thebigclass.com (a course platform), roomsketcher.com
// (floor plans), autoscout24.ch, booth.events, artlist.io's AI toolkit, vollna.com (freelance job alerts),
// smartsell.africa (as refundsc decided), videotovoice.com (audio-description authoring with neural voices). Vendor
// blogs that do not describe the vendor's product:
// legaldeskai.in (a post on "unlimited" legal-AI pricing: a lead), narkis.ai and soloa.ai (general explainers: leads),
// creativegenius.ai, priscasolutionsai.com, futurefictionacademy.com, pocketanimus.com (guides). A `?p=` URL:
// lizlis.ai/blog/?p=398 (an AI companion's blog: a lead). Development hosts: dev.lawcite.app (LawCite's AI scenario
// analysis: a lead once its own host is seen). Shared platforms: jottings-me-landing.pages.dev, help-zenovay.pages.dev,
// tools-34m.pages.dev, poison-docs.zeabur.app, roomvisualizerai.featurebase.app (Room Visualizer AI: a lead),
// bob-e-ai-docs.gitbook.io (Bob-e, listed), writerzroom.mintlify.app, zerotwo.mintlify.app, mod.mintlify.app,
// intercom.help's Speakable (AI grading: a lead), docs.channel.io's Dropshot, vexels.crisp.help, and a Studley AI page
// on mintlify.com. News, reviews, explainers and directories: roborhythms.com, gbit.com.pl, bestaigirlfriend.co.uk,
// agenticaipricing.com, frozenlight.ai, aivideocreators.org, ai-cost-estimator.com, promptmeter.app, skuto.app,
// datbot.ai, teknofilo.com, newswatchtv.com, eatsip365.com, true-america.us, unfragile.ai, usesonicai.com, some.im,
// news.warptechlab.com.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const longTailC25LimitsTools: Tool[] = defineTools(
  'chat',
  [
    // --- chat front-ends, companions and an LLM gateway ---
    { id: 'widelai', name: 'Widelai', vendor: 'Widelai', domains: ['widelai.com'], source: 'https://widelai.com/pricing/transparency' }, // credits page: chat with OpenAI, Google and Anthropic models, each priced in credits per thousand input and output tokens
    { id: 'moyna-ai', name: 'Moyna', vendor: 'Moyna', domains: ['moyna.ai'], source: 'https://app.moyna.ai/en/credits' }, // credits guide: image generation priced per AI model in credits that refresh every 30 days; chat messages run on daily limits
    { id: 'tipsy-chat', name: 'Tipsy Chat', vendor: 'Tipsy Chat', domains: ['tipsy.chat'], source: 'https://tipsy.chat/subscription/faq' }, // subscription FAQ: chat with AI characters; plans differ in memory size and model tier (Classic, Beta, Wise) and in message allowance
    { id: 'stellaveda', name: 'Stellaveda', vendor: 'Stellaveda', domains: ['stellaveda.ai'], source: 'https://stellaveda.ai/en/pricing' }, // pricing FAQ: readings given by asking the AI questions, paid in message credits; conversation summaries kept as AI memory
    { id: 'spoton-ai', name: 'SpotOn AI', vendor: 'SpotOn AI', region: 'europe', domains: ['spoton-ai.com'], source: 'https://spoton-ai.com/en/docs/billing/billing-systeme-de-credits-en' }, // billing docs: every AI action (chat message, image, video or audio generation in its studios) consumes credits
    { id: 'langmart', name: 'LangMart', vendor: 'LangMart', category: 'developer-platform', domains: ['langmart.ai'], source: 'https://langmart.ai/docs/billing/credits.html' }, // billing docs: API requests to many models (GPT-4, Claude, Gemini, Llama, Mistral) charged in credits by input and output tokens
    // --- chatbot and agent builders ---
    { id: 'cludan', name: 'Cludan', vendor: 'Cludan', category: 'agents', domains: ['cludan.com'], source: 'https://cludan.com/page/fair-usage-policy' }, // fair-usage policy: AI chatbot services trained on uploaded data, with a monthly cap on AI-powered messages (input plus AI reply)
    { id: 'tinytalk-ai', name: 'TinyTalk', vendor: 'TinyTalk', category: 'agents', domains: ['tinytalk.ai'], source: 'https://tinytalk.ai/docs/plans' }, // plans docs: AI agents answering from a knowledge base; each response costs AI credits, premium models 2-10 credits
    { id: 'reply-cx', name: 'Reply.cx', vendor: 'Reply.cx', category: 'agents', domains: ['reply.cx'], source: 'https://help.reply.cx/en/ai-credits' }, // help: chatbot blocks (Answer AI, Set AI, AI Agent) spend AI credits per thousand tokens by OpenAI, Anthropic or Google model
    // --- writing ---
    { id: 'bookwiz', name: 'Bookwiz', vendor: 'Bookwiz', category: 'writing', domains: ['bookwiz.io'], source: 'https://bookwiz.io/blog/ai-usage-limits-billing-management-guide' }, // vendor guide: a book-writing workspace whose AI chat requests are metered by tokens and by Pro or Base AI model
    { id: 'slima-ai', name: 'Slima', vendor: 'Slima', category: 'writing', domains: ['slima.ai'], source: 'https://www.slima.ai/en/docs/help/ai-quota-exhausted' }, // help: AI Beta Reader and Editor reports and AI chat draw on monthly credits; deeper-thinking models cost more
    { id: 'shopia-ai', name: 'Shopia', vendor: 'Shopia', category: 'writing', domains: ['shopia.ai'], source: 'https://www.shopia.ai/fair-usage-policy/' }, // reasonable-use policy: an AI writing service whose unlimited-word plans cap short-form and blog generations per hour
    { id: 'contentinator', name: 'Contentinator', vendor: 'Contentinator', category: 'writing', domains: ['contentinator.com'], source: 'https://docs.contentinator.com/license-keys/credits' }, // docs: a plugin whose AI text and image generation draws on monthly credits set by licence tier
    { id: 'writerzroom', name: 'WriterzRoom', vendor: 'WriterzRoom', category: 'writing', domains: ['writerzroom.com'], source: 'https://docs.writerzroom.com/architecture/multi-agent-pipeline' }, // docs: a multi-agent pipeline (planner on Claude Haiku, researcher, writer, editor, SEO, publisher) generates content by credit-priced tier
    { id: 'picobuddy', name: 'PicoBuddy', vendor: 'PicoBuddy', category: 'writing', domains: ['picobuddy.com'], source: 'https://app.picobuddy.com/help/how-credits-work-and-reset' }, // help: each AI-generated reading passage (with an AI illustration, questions and a quiz) uses one creation credit
    // --- study and parenting ---
    { id: 'edusolver', name: 'EduSolver', vendor: 'EduSolver', domains: ['edusolver.io'], source: 'https://edusolver.io/fair-usage' }, // fair-usage policy: an AI study assistant (subject chat, summaries, flashcards, quizzes); 5 AI requests a day on the free plan
    { id: 'ai-parent', name: 'AI Parent', vendor: 'AI Parent', category: 'productivity', domains: ['realaiparent.com'], source: 'https://realaiparent.com/guides/credits.html' }, // credits guide: AI generates personalised study plans and routines for a child, one credit per generated plan
    { id: 'cultural-coder', name: 'Cultural Coder', vendor: 'Cultural Coder', category: 'productivity', region: 'africa', domains: ['culturalcoder.co.zw'], source: 'https://culturalcoder.co.zw/blog/understanding-ai-credits' }, // vendor blog: an AI coding tutor, code helper and recommender on Google's Gemini, 20 AI credits a day free, paid via EcoCash
    // --- résumés and job applications ---
    { id: 'resumedit', name: 'ResumEdit', vendor: 'ResumEdit', category: 'writing', domains: ['resumedit.com'], source: 'https://www.resumedit.com/ai-credits' }, // AI-credits page: AI résumé analysis, enhancement, generation, parsing and cover-letter generation, one credit per action
    { id: 'whatisacoverletter', name: 'WhatIsACoverLetter.com', vendor: 'WhatIsACoverLetter.com', category: 'writing', domains: ['whatisacoverletter.com'], source: 'https://whatisacoverletter.com/docs/faq' }, // FAQ: an ATS-optimised cover-letter generator whose AI generation takes under a minute and spends credits
    { id: 'preparaitor', name: 'preparAItor', vendor: 'preparAItor', category: 'productivity', region: 'europe', domains: ['preparaitor.ch'], source: 'https://preparaitor.ch/en/blog/credits-system-explained/' }, // vendor guide: credits for job and CV analysis, application-document generation and an AI interview simulation
    { id: 'educators360', name: 'Educators360', vendor: 'Educators360', category: 'productivity', region: 'india', domains: ['educators360.in'], source: 'https://educators360.in/policies/credit-policy' }, // credit policy: credits pay for AI-assisted résumé updates, job-fit analysis, interview tools and profile optimisation
    // --- documents ---
    { id: 'accuratedigits', name: 'AccurateDigits', vendor: 'AccurateDigits', category: 'productivity', domains: ['accuratedigits.com'], source: 'https://accuratedigits.com/docs/managing-pages' }, // docs: the app reviews uploaded PDFs and images with AI under a monthly page quota
    // --- images, design and presentations ---
    { id: 'visioneria', name: 'Visioneria', vendor: 'Visioneria', category: 'image', region: 'europe', domains: ['visioneria.art'], source: 'https://visioneria.art/de/fragen' }, // FAQ (German, CHF and TWINT): image generation and upscaling with AI, paid in credits
    { id: 'tantalum-one', name: 'Tantalum', vendor: 'Tantalum', category: 'image', domains: ['tantalum.one'], source: 'https://tantalum.one/pricing' }, // pricing: one credit per successful AI response, on-demand images at $0.20 each
    { id: 'dripper-ai', name: 'Dripper', vendor: 'Dripper', category: 'image', domains: ['dripper.ai'], source: 'https://dripper.ai/help/account-billing/understanding-credits' }, // help: AI design generation and image editing spend daily credits, premium models 2-3 credits per image
    { id: 'aihdstudio', name: 'AIHDStudio', vendor: 'AIHDStudio', category: 'image', domains: ['aihdstudio.com'], source: 'https://docs.aihdstudio.com/billing/credits' }, // docs: each AI generation (room designer, wall-art visualiser, layout ideas, wall-colour changer) costs credits
    { id: 'headshotsai-theheadshotsai', name: 'HeadshotsAI (theheadshotsai.com)', vendor: 'HeadshotsAI', category: 'image', domains: ['theheadshotsai.com'], source: 'https://theheadshotsai.com/blog/how-ai-headshot-generators-work' }, // vendor blog: its headshots come from a FLUX Kontext professional-headshot model working from one selfie
    { id: 'preso-ink', name: 'Preso', vendor: 'Preso', category: 'presentation', domains: ['preso.ink'], source: 'https://www.preso.ink/help/understanding-credits' }, // help: AI generation of decks, slides and chat replies, priced in credits by model and tokens
  ],
  { checked: CHECKED_C25, region: 'global' },
);
