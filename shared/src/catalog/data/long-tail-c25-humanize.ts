// Twenty-fifth session, humanizer and student-writing pass (2026-12-07, helper `humanize`): unlisted AI text tools of
// the kinds students and marketers use daily, beside the writing passes (data/long-tail-c18-writing.ts,
// data/long-tail-c21-writing2.ts, data/long-tail-c23-writing5.ts), the seventeenth session's detect pass
// (data/long-tail-c17-detect.ts), the sixteenth session's supwrite pass (data/long-tail-c16-supwrite.ts), the education
// passes (data/long-tail-c22-eduhr.ts, data/long-tail-c23-edu3.ts) and the refund passes
// (data/long-tail-c24-refundsa.ts, data/long-tail-c24-refundsb.ts and this session's refundsc and refundsd), whose rows
// and left-out hosts are not taken up again here. Here: AI humanizers that rewrite AI text to read as human
// (EssayHumanizer.ai on OpenAI, PenHuman, PenSmith, HumanWrite, PureHumanize.ai, Refrazr through OpenRouter, Lexis on
// Google's Gemini); AI-text detectors and content checkers (SynthQuery, AI Sniffer, Is This Text AI, DetectordeIA.es
// from Alicante and the AI detector of the German ChatGPT Deutsch site); AI essay writers, study assistants and essay
// graders (EssayPass, Essay Writer AI on my-essay.net, Essium through OpenRouter, EssaiQ on Anthropic's Claude, College
// Essay Grader on Gemini); an AI book generator (Coffeescribe through OpenRouter); AI summarisers (Summdy, Brainfeed);
// an AI document-study service on Gemini (Synergic.guru); and an AI tutor on Claude (Summit).
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded the way such vendors
// word their own refund, FAQ, privacy and terms pages: "we do not guarantee the humanized text will pass every AI
// detector", words per month and word credits that do not roll over, refunds when output is flagged as AI, detector
// accuracy and false positives, academic integrity and responsibility for paraphrased text, essay writers' "for
// reference only" clauses, plagiarism removers, summarisers and grammar or tone fixers naming OpenAI, Anthropic,
// Gemini, Groq or OpenRouter, detector and humanizer API docs, citation finders, and merchant-of-record wording
// (Paddle, Lemon Squeezy, Creem, Razorpay); plus Spanish, Portuguese, German, French and Japanese queries. The topic is
// the most heavily mined in the catalog: the refund- and FAQ-worded queries returned almost only listed humanizers (AI
// Humanizer Tool, HumanizeBot.ai, Natural Write AI, HumanizerPro.ai, Writes AI, PaperHumanizer, ungpt.ai, ByGPT,
// HumanGPT, ToHuman, GoHumanize, AIgoHuman, Humanize AI Service, The Humanize AI, Rephrase.fr, AI Detector Text,
// ai-detectors.io, Deep AI Detector, Hastewire, Sapling, Winston AI, LobbyBot, TheHumanizer, GPT0, IA Online), and the
// non-English queries returned news, agencies' blogs and listed products only. Privacy-policy queries naming a model
// provider, a merchant of record or a sub-processor list (Supabase, Upstash, OpenRouter), and one look-up that named
// vendors met only on their blogs, found every row below. Each row cites a page with a path on the product's own host
// where the vendor says the product rewrites, humanizes, generates, grades, summarises or detects text with AI, an AI
// model or a named provider. Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/, and the
// other helpers' c25 files in /work/wt/*/shared/src/catalog/data/ grepped for every host (none had them).
//
// Measured with /work/helpers/classify-hosts.mts on the 224 hosts the searches returned (vendors, blogs, news, guides,
// payment pages and shared hosts alike, in /work/helpers/out/humanize-hosts.txt): 66 classified before (29.5%), 88
// after (39.3%).
//
// Already listed and left to their entries, beside those named above: MarkCopy, Essay Tutor, BlueHumanizer,
// GPTHumanizer, HumanizeWriting, humanise.ai (humaniseai.ai), Rewright, Contexora, I Wrote This, AI Detector Free,
// Original AI Checker, AIDetectorText.net, Rankion, Antidote's rephrasing, O.Translator, osmu, Audio Transcripteur,
// AnySpeech, ReelGenerator, Image-to-Image AI, EssayGrader Pro, Essay-Trainer, essay-marker.com, I'mAdmitted, Text
// Summarizer (textsummarizer.net), ReadMyPay, SummarAIzeIT, AI Teacher Assistant (ta.starlingtek.net), RewriteBar,
// Write.info, Email Triage AI, AnchorIt, Free AI Essay Writer, NeuralWriter's research host and ParaPhrase Text.
//
// Doubtful rows. Brainfeed is read from one of its own summary pages, whose banner offers AI summaries of any video or
// article; the page is such a summary (of a YouTube video on a citation checker, sitely.ai), not a policy. Is This Text
// AI is read from its own guide to its detector's accuracy, which describes the system's confidence scores and signals;
// no terms were seen. ChatGPT Deutsch (chatgptdeutsch.info) is an unofficial German site under ChatGPT's name; its page
// describes its own AI detector's fields and what it estimates, and the host is claimed for that tool, not for OpenAI.
// DetectordeIA.es's terms describe AI-generated-content detection beside plagiarism checks; the row takes the 'europe'
// region from the Spanish operator it names. Synergic.guru's policy calls the product only "the Service" and an "AI
// learning experience", so the name is its host's. Summit's policy is a sole proprietor's, in a validation phase; the
// tutoring it sells runs on Anthropic's models. Essay Writer AI is a common name, so the row carries its host. Lexis
// (lexis.pub, by Nalara) is not LexisNexis's Lexis+: the look-alike test keeps lexisnexis.com off this entry.
//
// Left out. Pages that say AI only in the product's name or not at all: TextGuardAI's terms (textguardai.com, Bitor
// Software SL, Barcelona: "analysis results or humanised text", a lead for a pass that reads its product pages),
// ai-detector.co's privacy policy ("the detector"), HumanizerAI's refund page (as c23 decided), HumanizeAI's billing
// docs on docs.humanizeai.com (as c23 decided), humanizeaitool.com ("Loading...", as c24 decided), tooeasyapps.com's
// billing help (a humanizer sold on credits; "server-side rewriting" only: a lead), textbuddy.site (spell checking),
// textsight.ai's retention page, EssayService.ai's and EssayWise's refund pages (as c23 decided), humanizedtext.xyz's
// terms, codevox.lat's word-quota refund page, evalhub.tech ("Stars" and "[Your Contact Email]"), sourceverify.ai and
// scholar-sidekick.com (as c22 decided), gohumanize.ai's ethics statement (as c21 decided), factchecktool.com's blog.
// Placeholders and drafts: hidemypaper.app ("[Operator]"), rewright.app (a placeholder policy),
// kisy-student-coaching.com ("< Name, Address to be inserted >"), ghostwriterv3.com (an effective date in brackets, and
// a policy that never says the rewriting is AI), staging.essay-marker.com. A policy that names another product than its
// host: giftsmartai.com (AcademiWrite's policy on Groq). General products where AI is one feature: GradeEarn's AI study
// buddy on GPT-4o-mini (gradeearn.com, whose main product was not read), Project College's optional AI essay feedback
// (projectcollege.ai), agentutility.ai (a marketplace of paid API calls with an AI-content detector among many),
// Quetext's plagiarism checker (as c23 decided), Essay Cafe's human-led essay coaching. Apps on developers' or coaches'
// hosts: AnchorIt's policy on jeaninetripodi.com, iAWE on waleedmandour.org, AI Keyboard on coderealities.com, AI Text
// Summarizer on jacksu.tw, Summrize on summrize.odbs.tech (as c17 decided), Mail Reply AI on a bare IP address. Vendors
// seen only in blog posts or guides that do not describe their own product: besthumanize.com, hemmi.app,
// synthguard.net, artifio.ai, paraai.pro, aitohumanrewriter.com, humanizewrite.co, essaymatrix.com, forsocials.com,
// skuto.app, chatbots.me, sipoch.com, gpt-watermark-remover.com, checkmarkplagiarism.com, checkai.pro (a blog post on
// paraphrasing); sitely.ai (a citation checker seen only through Brainfeed's summary: a lead). A copycat name on a
// shared zone: gptzero.cn.com (as c17 decided). Shared platforms: bambooeater-aiwriter.pages.dev,
// summaryfai-10xdevs.pages.dev, ai-email-writer-dzv.pages.dev, summarize-me-web.vercel.app, lumi-tutor.vercel.app,
// prompt-rewriter-main.vercel.app, techfordev.netlify.app, a workers.dev English writing helper, a hosted.app
// essay-correction tool, phrasly-api.readme.io, neuroflash.helpscoutdocs.com and two sites.google.com pages. News,
// university guides, agencies' and content farms' articles, and payment providers' terms copied onto shops' sites make
// up the rest.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const longTailC25HumanizeTools: Tool[] = defineTools(
  'writing',
  [
    // --- AI humanizers ---
    { id: 'essayhumanizer-ai', name: 'EssayHumanizer.ai', vendor: 'EssayHumanizer.ai Ltd', domains: ['essayhumanizer.ai'], source: 'https://essayhumanizer.ai/privacy' }, // privacy: a humanization tool and API whose submitted text is processed in real time by the OpenAI language-model API
    { id: 'penhuman', name: 'PenHuman', vendor: 'PenHuman', domains: ['penhuman.com'], source: 'https://www.penhuman.com/privacy' }, // privacy: text, documents and prompts submitted for generation, rewriting, humanization or AI detection, on the web, an extension and an API
    { id: 'pensmith', name: 'PenSmith', vendor: 'PenSmith', domains: ['pensmith.ai'], source: 'https://pensmith.ai/privacy' }, // privacy: text to detect or humanise is sent to a third-party AI processing provider; no promise that output passes any detector
    { id: 'humanwrite-co', name: 'HumanWrite', vendor: 'HumanWrite', domains: ['humanwrite.co'], source: 'https://www.humanwrite.co/privacy' }, // privacy: an AI text humanization service with word-count plans paid through Lemon Squeezy
    { id: 'purehumanize', name: 'PureHumanize.ai', vendor: 'PureHumanize.ai', domains: ['purehumanize.ai'], source: 'https://purehumanize.ai/return-policy' }, // return policy: AI-powered humanization and automated rewriting that start at once, so runs are not refundable
    { id: 'refrazr', name: 'Refrazr', vendor: 'Refrazr', domains: ['refrazr.com'], source: 'https://refrazr.com/privacy' }, // privacy: pasted text is forwarded to an LLM provider through OpenRouter to humanize it, then post-processed; per-request billing metadata
    { id: 'lexis-nalara', name: 'Lexis (lexis.pub)', vendor: 'Nalara', domains: ['lexis.pub'], source: 'https://lexis.pub/privacy' }, // privacy: text rewritten by an AI model through Google's Gemini API, with word balances and tone packs sold through Paddle
    // --- AI-text detectors and content checkers ---
    { id: 'synthquery', name: 'SynthQuery', vendor: 'SynthQuery', domains: ['synthquery.com'], source: 'https://synthquery.com/privacy' }, // privacy: text, files or URLs submitted for AI detection, humanization, readability, plagiarism and grammar checks; not sold to train foundation models
    { id: 'ai-sniffer', name: 'AI Sniffer', vendor: 'AI Sniffer', domains: ['aisniffer.ai'], source: 'https://aisniffer.ai/privacy' }, // privacy: an AI content detection service; submitted text analysed and discarded, not used to improve its models
    { id: 'is-this-text-ai', name: 'Is This Text AI', vendor: 'isthistextai.com', domains: ['isthistextai.com'], source: 'https://isthistextai.com/guides/ai-detection-accuracy' }, // own guide: its AI detection system returns confidence scores from lexical, syntactic and stylistic signals
    { id: 'detectordeia-es', name: 'DetectordeIA.es', vendor: 'System Technology Online Spain SL', domains: ['detectordeia.es'], region: 'europe', source: 'https://detectordeia.es/en/terminos-y-condiciones/' }, // terms (Alicante, Spain): plagiarism detection and AI-generated-content detection services
    { id: 'chatgpt-deutsch-info', name: 'ChatGPT Deutsch (chatgptdeutsch.info)', vendor: 'chatgptdeutsch.info', domains: ['chatgptdeutsch.info'], region: 'europe', source: 'https://chatgptdeutsch.info/ki-detector' }, // own page on its AI detector: text, language and analysis depth in, an estimate of whether a language model wrote the text out
    // --- AI essay writers, study assistants and essay graders ---
    { id: 'essaypass', name: 'EssayPass', vendor: 'EssayPass', domains: ['essaypass.ai'], source: 'https://essaypass.ai/academic-integrity' }, // academic-integrity policy: AI models for outlines, topics, grammar, citations and summaries; its rewriting tools must not be used only to dodge detectors
    { id: 'essay-writer-ai-my-essay', name: 'Essay Writer AI (my-essay.net)', vendor: 'Essay Writer AI', domains: ['my-essay.net'], source: 'https://my-essay.net/privacy-policy' }, // privacy: an AI-powered essay writing platform; generated essays are not stored
    { id: 'essium', name: 'Essium', vendor: 'Testra (SRIRAGHAV LLC)', domains: ['essium.ai'], source: 'https://essium.ai/privacy' }, // privacy: college-essay analysis and feedback, with AI requests routed through OpenRouter to xAI and Cerebras models
    { id: 'essaiq', name: 'EssaiQ', vendor: 'EssaiQ', domains: ['essaiq.com'], source: 'https://www.essaiq.com/privacy' }, // privacy: AI-powered grading of AP History essays against College Board rubrics, essays sent to Anthropic's Claude API
    { id: 'college-essay-grader', name: 'College Essay Grader', vendor: 'College Essay Grader', domains: ['collegeessaygrader.com'], source: 'https://collegeessaygrader.com/privacy-policy/' }, // privacy: personal-statement feedback from its AI engine, Gemini 2.5 Flash
    { id: 'coffeescribe', name: 'Coffeescribe', vendor: '7sumcreations LLC', domains: ['coffeescribe.ai'], source: 'https://coffeescribe.ai/legal/ai-content' }, // AI-content policy: an AI-powered book-creation platform whose prompts go through OpenRouter to Anthropic, Google, Meta and other models
    // --- AI summarisers, study and tutoring ---
    { id: 'summdy', name: 'Summdy', vendor: 'Summdy', domains: ['summdy.ai'], source: 'https://www.summdy.ai/privacy' }, // privacy: AI-powered summaries of web pages on its site and browser extension, with chat about the summaries
    { id: 'brainfeed-ai', name: 'Brainfeed', vendor: 'Brainfeed', domains: ['brainfeed.ai'], source: 'https://brainfeed.ai/pages/find-sources-verify-citations-with-this-ai-tool---YFG.html' }, // own summary page: the site offers AI summaries of any video or article, and the page is one of them
    { id: 'synergic-guru', name: 'Synergic.guru', vendor: 'Synergic.guru', category: 'productivity', domains: ['synergic.guru'], source: 'https://www.synergic.guru/privacy' }, // privacy: an AI learning experience on uploaded documents, which Google's Gemini processes during sessions
    { id: 'summit-proficiency', name: 'Summit (summitproficiency.com)', vendor: 'Taylor Christensen', category: 'chat', domains: ['summitproficiency.com'], source: 'https://summitproficiency.com/legal/privacy.html' }, // privacy: an AI tutoring service sold in credits, with Anthropic's Claude as the inference provider
  ],
  { checked: CHECKED_C25, region: 'global' },
);
