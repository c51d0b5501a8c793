// Seventeenth session, detect pass (2026-12-06, issue 15): tools that check or rework text written with AI, which
// the catalog still missed: AI-text detectors (for students, teachers, publishers and API buyers), AI "humanizers"
// that rewrite machine prose to read as human, AI paraphrasers, AI grammar, proofreading and essay-feedback checkers,
// and an AI summarization API.
//
// Leads. 50 look-ups of the stored `pages` corpus (47) and `docs` corpus (3), by product kind and in the words such
// vendors use on their own legal and help pages: terms of service, privacy policies, refund policies, acceptable-use
// and transparency or methodology pages, in English, Spanish, Portuguese, French, German, Indonesian, Chinese,
// Japanese and Russian (the non-English look-ups returned almost only blogs and news; three rows came from them).
// Every row cites a page with a path on the product's own host (or, for humanizethisai.com and neuralwriter.com, on
// a subdomain of it), and each page says in the vendor's words that the service detects AI-written text, rewrites
// text with language models, or scores and corrects writing with AI. The data files on main were grepped first, and
// every host was run through classify-hosts.mts before it was added. NeuralWriter had only an extension entry
// (neuralwriter-extension, extensions-3.ts); its web host gets its own row here, the way gptzero and
// gptzero-extension are two entries.
//
// Measured with /work/helpers/classify-hosts.mts on the 284 hosts the searches returned (vendors, blogs, stores and
// shared hosts alike): 32 (11.3%) classified before (GPTZero, Copyleaks, Originality.ai, Pangram, Winston AI,
// Sapling, TextSight, GPTinf, HumanGPT, GoHumanize, Humwrite, Word Spinner, Phrasly, Hastewire and the like), 81
// (28.5%) after; most of the rest are blogs, news sites, listicles and shared hosts that should stay unclassified.
// Same names on purpose: AI Text Detector (aitextdetector.online, long-tail-c7-vertical.ts) and Humanizer PRO
// (texthumanizer.pro, long-tail-c12-a.ts) sit on other hosts and nothing ties them to the vendors here, so they stay
// separate entries; Rephrase.fr is not Rephrase.ai, the video product.
//
// Left out. Shared or staging hosts and copies (deepaidetector.pages.dev beside the vendor's own deepaidetector.com,
// a humanizer on web.app, plagiarism and AI-chat apps on github.io and blogspot, rewriters and summarizers on
// vercel.app and pages.dev, gptzero.cn.com on the shared cn.com zone); mobile-only apps (Summrize, SumsItUp,
// GrammarMe, Scan2Summary); browser extensions that send text straight to the user's own OpenAI or Anthropic key
// from a developer's personal site (ProofPilot, Human Rephraser Pro, ReWrite: ME, Rewritely, AI Rewrite by
// Startvest, AI Text Summarizer on jacksu.tw, Reword This, PoC AI Content Detector); pages whose legal text is
// still a template with placeholders (HideMyPaper, Rephrasio, Orwell Writing Coach, GradeWise's draft AI policy);
// a GramarText terms page served from the unrelated host slkhq.com; tools that say they use no model (the AI
// Writing Highlighter's pattern list, cyberlifecoach.pro's heuristic summarizer, luft.co.jp's statistical checker
// on a general company site); general tool or converter sites with a paraphraser page (anytimeconvert.com,
// smartflexa.com, yourtoolshub.com, privatool.com, toolsvio.online, aipoweredweb.com); plagiarism checkers whose
// main product is not AI (plagium.com, plagiarismchecker.us); detector-review and benchmark sites (detectarena.ai,
// poignantguide.net, zeroplagai.com); pages that are blogs rather than terms or help (cudekai.com, gpthuman.ai,
// aihumanizerapi.com, metric37.com, ai-humanizer.online, nuvion.ai, paraphrasingtool.cc, airewrite.site,
// supwriter.com); Integrito (integrito.ai), whose terms are served only at the site's root with a page-id query,
// which the catalog counts as a homepage; hosts seen only through a third party's page (aicheckerhumanizer.com on
// mcpservers.org, aidetectorapi.com in a GitHub README, tohuman.io in an API-catalogue repository); humanlike.pro,
// whose docs page does not say the rewriting is done with AI; GPTZero look-alike sites (gptzeroai.com), left for
// a check of their own; AI video detectors and document chat (aivideodetector.*, ask-pdf.net), which belong to
// other kinds; and teachers' grading assistants (CheckAI, DoneGrading), left to the education pass.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C17, defineTools } from './define';

export const longTailC17DetectTools: Tool[] = defineTools(
  'other',
  [
    // --- AI-text detectors ---
    { id: 'ai-detectors-io', name: 'ai-detectors.io', vendor: 'ai-detectors.io', category: 'writing', domains: ['ai-detectors.io'], source: 'https://ai-detectors.io/terms' }, // terms: the vendor's own detection models give probabilistic verdicts on text
    { id: 'aidetectortext-com', name: 'AI Detector Text', vendor: 'AI Detector Text', category: 'writing', domains: ['aidetectortext.com'], source: 'https://aidetectortext.com/terms' }, // terms: an independent AI service for AI-text detection and humanizer rewriting, paid in credits
    { id: 'aigeneratedit', name: 'AIGeneratedIt', vendor: 'AIGeneratedIt', category: 'writing', domains: ['aigeneratedit.com'], source: 'https://www.aigeneratedit.com/terms' }, // terms: detection models (its TruthScan engine) with accuracy stated per modality
    { id: 'aidetego', name: 'AIDetego', vendor: 'Tom Silas Helmke', category: 'writing', region: 'europe', domains: ['aidetego.com'], source: 'https://aidetego.com/agb' }, // terms: analyses texts for signs of AI authorship, with Pro and API tiers
    { id: 'notai-isnotai', name: 'NotAI', vendor: 'NotAI', category: 'writing', domains: ['isnotai.com'], source: 'https://www.isnotai.com/terms' }, // terms: human-verification and AI-detection services (pixel, text monitor, dashboard)
    { id: 'aidetectorfree-app', name: 'AI Content Detector (aidetectorfree.app)', vendor: 'aidetectorfree.app', category: 'writing', domains: ['aidetectorfree.app'], source: 'https://aidetectorfree.app/privacy' }, // privacy: AI detection and plagiarism checks run through ZeroGPT's business API
    { id: 'originalaichecker', name: 'Original AI Checker', vendor: 'Original AI Checker', category: 'writing', domains: ['originalaichecker.net'], source: 'https://originalaichecker.net/privacy-policy/' }, // privacy: pasted text goes to its analysis server for AI detection
    { id: 'aichecker-tech', name: 'AIChecker.tech', vendor: 'AIChecker.tech', category: 'writing', domains: ['aichecker.tech'], source: 'https://aichecker.tech/privacy' }, // privacy: its engine scores submitted text for AI authorship and plagiarism
    { id: 'aiplagscan', name: 'AIPlagScan', vendor: 'AIPlagScan', category: 'writing', domains: ['aiplagscan.com'], source: 'https://aiplagscan.com/privacy' }, // privacy: analyses uploaded documents for AI-generated content and similarity
    { id: 'detector-checker-ai', name: 'AI Detector Checker', vendor: 'Detector-Checker AI', category: 'writing', domains: ['detector-checker.ai'], source: 'https://detector-checker.ai/privacy-policy/' }, // privacy: no-login AI detector for pasted text and uploaded documents
    { id: 'detector-de-ia-net', name: 'Detector de IA', vendor: 'Detector de IA', category: 'writing', domains: ['detector-de-ia.net'], source: 'https://detector-de-ia.net/en/privacy' }, // privacy: generates AI-detection reports on pasted text and documents
    { id: 'aidetectortext-net', name: 'AIDetectorText.net', vendor: 'AIDetectorText.net', category: 'writing', domains: ['aidetectortext.net'], source: 'https://www.aidetectortext.net/privacy' }, // privacy: its AI content detector scores text on perplexity and burstiness in memory
    { id: 'ai-prodetector', name: 'AI Prodetector', vendor: 'AI Prodetector', category: 'writing', domains: ['ai-prodetector.com'], source: 'https://ai-prodetector.com/refund-policy' }, // refund policy: credits buy AI-detection scans
    { id: 'checked4ai', name: 'Checked4AI', vendor: 'Checked4AI', category: 'writing', domains: ['checked4.ai'], source: 'https://checked4.ai/privacy' }, // privacy: replays a Google Doc's history and sends its text to Anthropic's API for an AI-authorship estimate
    { id: 'cleartext-detector', name: 'ClearText', vendor: 'ClearText', category: 'writing', domains: ['cleartextdetector.com'], source: 'https://cleartextdetector.com/ai-writing-policy-for-schools/' }, // product page: AI-writing detector whose reports feed a teacher's review
    { id: 'aitextdetector-ai', name: 'AI Text Detector', vendor: 'AI Text Detector', category: 'writing', domains: ['aitextdetector.ai'], source: 'https://aitextdetector.ai/use-cases/educators/' }, // use-case page: scores text for machine-generation patterns
    { id: 'aiessaydetector', name: 'aiessaydetector.ai', vendor: 'aiessaydetector.ai', category: 'writing', domains: ['aiessaydetector.ai'], source: 'https://aiessaydetector.ai/transparency' }, // transparency page: a learned classifier over embeddings and model-family fingerprints
    { id: 'deepaidetector', name: 'Deep AI Detector', vendor: 'deepaidetector', category: 'writing', domains: ['deepaidetector.com'], source: 'https://www.deepaidetector.com/legal/disclaimer' }, // disclaimer: AI-likelihood scores from a statistical model and rules
    { id: 'contexora', name: 'Contexora', vendor: 'Contexora', category: 'writing', domains: ['contexora.com'], source: 'https://www.contexora.com/false-positives-and-false-negatives' }, // methodology page: its detector explains the signals behind each AI-likelihood result
    { id: 'i-wrote-this', name: 'I Wrote This', vendor: 'I Wrote This', category: 'writing', domains: ['iwrotethis.ai'], source: 'https://iwrotethis.ai/terms' }, // terms: AI-powered authorship checks through AI-conducted student interviews

    // --- AI humanizers (rewriting machine prose to read as human) ---
    { id: 'humanise-ai', name: 'humanise.ai', vendor: 'humanise.ai', category: 'writing', domains: ['humaniseai.ai'], source: 'https://humaniseai.ai/ai-policy' }, // AI policy: rewrites pasted AI prose through a large language model's API
    { id: 'humanize-ai-service', name: 'Humanize AI Service', vendor: 'Humanize AI Service', category: 'writing', domains: ['humanizeaiservice.io'], source: 'https://humanizeaiservice.io/privacy' }, // privacy: text is rewritten by third-party AI providers such as OpenAI and Anthropic
    { id: 'thehumanizeai-pro', name: 'The Humanize AI', vendor: 'thehumanizeai.pro', category: 'writing', domains: ['thehumanizeai.pro'], source: 'https://thehumanizeai.pro/privacy-policy' }, // privacy: website and Chrome extension send text to its servers for AI-to-human rewriting
    { id: 'humanizewriting', name: 'HumanizeWriting', vendor: 'HumanizeWriting', category: 'writing', domains: ['humanizewriting.ai'], source: 'https://humanizewriting.ai/de/privacy' }, // privacy: an AI-powered text humanization service paid in credits
    { id: 'humanizethisai', name: 'HumanizeThisAI', vendor: 'HumanizeThisAI', category: 'writing', domains: ['humanizethisai.com'], source: 'https://beta.humanizethisai.com/privacy' }, // privacy: text submitted for humanization is processed in real time
    { id: 'bygpt', name: 'byGPT', vendor: 'byGPT', category: 'writing', domains: ['bygpt.org'], source: 'https://bygpt.org/privacy' }, // privacy: humanization requests are logged only as hashes with the model used
    { id: 'rewright', name: 'Rewright', vendor: 'Rewright', category: 'writing', domains: ['rewright.app'], source: 'https://rewright.app/terms/' }, // terms: an AI-powered tool whose deep mode rewrites AI text through OpenAI's GPT-4o
    { id: 'writelyy-ai', name: 'Writelyy AI', vendor: 'Writelyy AI', category: 'writing', domains: ['writelyy.app'], source: 'https://www.writelyy.app/en/legal/terms' }, // terms: an AI platform turning AI-generated text into human-like writing, with an extension
    { id: 'walter-write-ai', name: 'Walter Write AI', vendor: 'Walter Write AI Inc', category: 'writing', domains: ['walterwrite.com'], source: 'https://www.walterwrite.com/privacy-policy' }, // privacy: the site offers AI detection and an AI humanizer (walterwrites.ai is a separate entry)
    { id: 'naturalwrite-ai', name: 'NaturalWrite', vendor: 'NaturalWrite', category: 'writing', domains: ['naturalwriteai.com'], source: 'https://www.naturalwriteai.com/refund-policy' }, // refund policy: humanizer words generated on partner AI platforms' compute
    { id: 'aihumanizertool', name: 'AI Humanizer Tool', vendor: 'AI Humanizer Tool', category: 'writing', domains: ['aihumanizertool.com'], source: 'https://aihumanizertool.com/refund' }, // refund policy: credits and subscriptions for its AI humanizer
    { id: 'humanizerpro-ai', name: 'HumanizerPro.ai', vendor: 'HumanizerPro.ai', category: 'writing', domains: ['humanizerpro.ai'], source: 'https://humanizerpro.ai/refund' }, // refund policy: word credits for its AI tools
    { id: 'turnitinpass', name: 'TurnitinPass', vendor: 'TurnitinPass', category: 'writing', domains: ['turnitinpay.tech'], source: 'https://www.turnitinpay.tech/en/legal/terms' }, // terms: pre-submission AI checks, AI humanization and AI highlighting (not Turnitin's own site)
    { id: 'writes-ai', name: 'Writes AI Humanizer', vendor: 'Writes AI', category: 'writing', domains: ['writesai.org'], source: 'https://writesai.org/refund-policy' }, // refund policy: words generated by its humanizer on partner platforms
    { id: 'rephrase-fr', name: 'Rephrase.fr', vendor: 'Beva Agency', category: 'writing', region: 'europe', domains: ['rephrase.fr'], source: 'https://rephrase.fr/en/cgu' }, // terms: an AI text humanization service generating through OpenAI
    { id: 'humanize-my-writing', name: 'Humanize My Writing', vendor: 'Humanize My Writing', category: 'writing', domains: ['humanizemywriting.com'], source: 'https://www.humanizemywriting.com/privacy' }, // privacy: humanizer and detectors; models named in its logs, Anthropic's among them
    { id: 'huminizer', name: 'Huminizer', vendor: 'Huminizer', category: 'writing', domains: ['huminizer.anonbusiness.com'], source: 'https://huminizer.anonbusiness.com/legal/privacy' }, // privacy: a humanization pipeline logging the rewriting models and detector scores (subdomain only)
    { id: 'thehumanizer-net', name: 'TheHumanizer', vendor: 'SVS - Webdesign Germany GmbH & Co. KG', category: 'writing', region: 'europe', domains: ['thehumanizer.net'], source: 'https://thehumanizer.net/terms' }, // terms (German): generates reworded text, with no promise of passing AI detectors

    // --- AI paraphrasers ---
    { id: 'paraphrase-text', name: 'ParaPhrase Text', vendor: 'ParaPhrase Text', category: 'writing', domains: ['paraphrasetext.com'], source: 'https://www.paraphrasetext.com/privacy' }, // privacy: its server forwards selected text to OpenAI's API for paraphrasing
    { id: 'theparaphrasingtool', name: 'Online Paraphrase Tool', vendor: 'theparaphrasingtool.com', category: 'writing', domains: ['theparaphrasingtool.com'], source: 'https://theparaphrasingtool.com/privacy-policy' }, // privacy: an AI paraphrasing service with modes, tones and file uploads
    { id: 'neuralwriter', name: 'NeuralWriter', vendor: 'NeuralWriter', category: 'writing', domains: ['neuralwriter.com'], source: 'https://research.neuralwriter.com/privacy-policy' }, // privacy: AI-powered paraphrasing through NeuralWriter's rewrite API on neuralwriter.com

    // --- AI grammar, proofreading and essay checkers ---
    { id: 'aigrammar-me', name: 'AIGrammar', vendor: 'AIGrammar', category: 'writing', domains: ['aigrammar.me'], source: 'https://www.aigrammar.me/privacy' }, // privacy: its backend sends typed text to Google Vertex AI for corrections and autocomplete
    { id: 'gptgrammar', name: 'GPTGrammar', vendor: 'GPTGrammar', category: 'writing', domains: ['gptgrammar.org'], source: 'https://www.gptgrammar.org/privacy-policy' }, // privacy: grammar checks by language models through OpenRouter
    { id: 'proofier', name: 'Proofier', vendor: 'Proofier', category: 'writing', domains: ['proofier.com'], source: 'https://proofier.com/terms-and-conditions/' }, // terms: AI-driven proofreading billed in tokens and credits
    { id: 'essayhero', name: 'EssayHero', vendor: 'EssayHero', category: 'writing', domains: ['essayhero.app'], source: 'https://essayhero.app/terms' }, // terms: AI-powered essay feedback and estimated scores for IELTS and HKDSE writing
    { id: 'stetbot', name: 'stetbot', vendor: 'stetbot', category: 'writing', domains: ['stetbot.com'], source: 'https://www.stetbot.com/terms' }, // terms: AI models give sentence-level feedback and an estimated score against a rubric

    // --- AI summarization ---
    { id: 'summarizeapi', name: 'SummarizeAPI', vendor: 'SummarizeAPI', category: 'developer-platform', domains: ['summarizeapi.com'], source: 'https://summarizeapi.com/terms' }, // terms: an AI-powered text summarization REST API

    // --- Suites of the above ---
    { id: 'gpt0-app', name: 'GPT0', vendor: 'GPT0', category: 'writing', domains: ['gpt0.app'], source: 'https://gpt0.app/es/terms' }, // terms (Spanish): AI detector, paraphraser, humanizer, summarizer and grammar checker
  ],
  { checked: CHECKED_C17 },
);
