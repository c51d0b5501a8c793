// Eighteenth session, writing pass (2026-12-06): AI writing tools the catalog still missed. AI fiction and book writers
// (novel drafting workspaces, manuscript continuity checkers, fan-fiction and children's story generators), AI email
// writers (a Gmail reply drafter, an Outlook add-in), AI copywriters and blog or proposal generators, speech writers,
// grammar and reformulation checkers, and AI translators (document, PDF, manga and app-string translators, a WordPress
// translation plugin and a developer localisation service).
//
// Leads. The stored `pages` corpus searched by product kind (55 look-ups), worded the way vendors word their own terms,
// privacy policies, AI-use and content policies, help centres and docs, in English, German, French, Spanish,
// Portuguese, Italian, Dutch, Polish, Turkish, Indonesian, Arabic, Japanese, Chinese and Korean. Every row cites a
// page, with a path, on the product's own host (or its vendor's); each page says in the vendor's words that the product
// writes, rewrites, corrects or translates with AI or a named model (OpenAI, Claude, Gemini, Azure OpenAI, OpenRouter,
// Druide's own LLM). Candidate hosts were run through /work/helpers/classify-hosts.mts and the catalog
// grepped by name first; hosts already listed were left to their entries (theparaphrasingtool.com, paraphrasetext.com,
// research.neuralwriter.com, replai.us, docgpt.ai, iaiaz.com, iaonline.ai, gpt0.app, aigrammar.me, aitranslator.com
// and stage.machinetranslation.com under MachineTranslation.com, dltranslator.com, otranslator.com, laratranslate.com,
// translate.preferredai.jp under PLaMo, immersivetranslate.com, wpaaai.com, blogimg.org, jium.ai, postdrafter.com,
// inviai.com, app.paolagen.ai, mycontentgpt.com, aipost.pl, rozmawiajai.pl, translaite.it.com, grantorai.com,
// grantmind.pro, support.heromarketer.io, myagentplatform.com, sudowrite.com, docuglot.com, api-docs.adcreative.ai).
// Six more hosts read here are left to this session's passes that committed them first: the cold-email writers
// mailoil.com, coldmailai.xyz and coldmailai.uk, Zenslate (zenslate.ai) and AISnapEdit (aisnapedit.com) to the
// marketing pass, and SongPrompterAI (songprompter.ai) to the music pass.
// Five subdomains are claimed alone because their parents are not the AI product or nothing read ties them to it:
// novevia.choosefire.com, aitools.ctw-contents.com (CTW's AI writing suite), speechcraft.forage.bot,
// aitransulation.wpcodecraft.online (a WordPress plugin studio) and revision.funcoding.nz (an Outlook add-in whose
// task pane loads from that host).
//
// Measured with /work/helpers/classify-hosts.mts on the 368 hosts the searches returned (vendors, blogs, news sites and
// shared hosts alike): 46 classified before (12.5%), 91 (24.7%) after.
//
// Left out. Blogs, guides and news rather than the product's own terms or help, even where the vendor is an AI tool
// (tryaiwriter.com, writewith.ai, contentcrab.co, usealdus.com, keoma.app, kitextumschreiben.de, phrasera.com,
// clevertype.co, charmingo.app, booktranslator.ai, eliteaiadvantage.com, freeaigeneration.com, media.seowriter360.com's
// ?p= posts); homepage-only or ?p= sources (keshoraai.xyz, educationalengine.com, wpaaai.com/zh/?p=69, appsrecord.com);
// http-only pages (yourqueryletter.com, storytimespinner.com, redacaoplay.com.br); pages that never say the tool uses
// AI or what the product is (rephrasio.com's template policy, effortagent.com's copy of OpenAI's sharing policy,
// bam-you-got-writings.com, grammarapp.online, multilang.online, transleti.com's LibreTranslate plugin, touchizen.com's
// Google Cloud Translation app, k-intl.co.jp's MT API, grantassistant.ai, aigrants.co, inkover.ink, mangazine.app,
// bedtime-stories.fun, freedoctranslate.com); taxpersoft.com, whose AI blog program may be one of several (as two
// session-17 passes also judged); mobile-only apps and keyboards on studio hosts (appgeneration.com, coderealities.com,
// kousarglobal.com, caitty.com, keyboardcopilotapp.com, mimilog.im, speech-ease.com); general products with an AI
// feature (Tilda, Squarespace, Lokalise, textbroker.de's AI DirectOrder, manuscrit.co's ghostwriting with an AI
// interview check, Scribendi, wholewhale.com's agency service, moinord.de's app suite, forgedbyatlas.com's extension
// studio); aimangatranslator.io, a namesake of the listed aimangatranslator.com that nothing read ties to it; personal
// or demo projects (ai-email.dhakalnirajan.com.np, gmail.rela.uy, jaycedl.dev, induwara.lk, jacksu.tw,
// translator.whattypeof.com, sowards.ai's prototype); and shared platforms (localize-today.pages.dev for
// localize.today, ai-email-writer-dzv.pages.dev, idyllic-malasada-8f9c67.netlify.app, home-page-6jb.pages.dev,
// dreamteller-pi.vercel.app, getaillm.vercel.app, sleepytales-legal.vercel.app, rewriting-text-plugin.vercel.app,
// writeraiit.pages.dev, agentkits.pages.dev, foxyprivacypolicy.carrd.co, several github.io extension policies, a
// notion.site and a run.app host).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const longTailC18WritingTools: Tool[] = defineTools(
  'writing',
  [
    // --- AI fiction, book and manuscript tools ---
    { id: 'storywith-ai', name: 'StoryWith AI', vendor: 'StoryWith AI', domains: ['storywith.ai'], source: 'https://storywith.ai/terms' }, // terms: manuscripts with AI-generated content the author keeps; "AI makes mistakes"
    { id: 'novelizer-app', name: 'Novelizer', vendor: 'David McNerney', domains: ['novelizerapp.com'], source: 'https://novelizerapp.com/terms.html' }, // terms: the app writes fiction through an AI text generation API
    { id: 'novevia', name: 'Novevia', vendor: 'Novevia', domains: ['novevia.choosefire.com'], source: 'https://novevia.choosefire.com/en/terms' }, // terms: AI-assisted fiction workspace from idea to story bible, outline and drafts (subdomain only)
    { id: 'novelify-online', name: 'Novelify', vendor: 'Novelify', domains: ['novelify.online'], source: 'https://novelify.online/ai-usage-policy' }, // AI usage policy: drafting, outlining and editing with OpenAI models
    { id: 'novelcontinuity', name: 'NovelContinuity', vendor: 'NovelContinuity', domains: ['novelcontinuity.com'], source: 'https://novelcontinuity.com/privacy' }, // privacy: chapter scans, character profiles and summaries through Claude
    { id: 'chaptrly', name: 'Chaptrly', vendor: 'Chaptrly', domains: ['chaptrly.com'], source: 'https://chaptrly.com/privacy' }, // privacy: brainstorming, outlines and chapter drafting through Claude
    { id: 'bindercraft', name: 'BinderCraft', vendor: 'BinderCraft', domains: ['bindercraft.net'], source: 'https://www.bindercraft.net/privacy' }, // privacy: a manuscript analysed with Claude and rebuilt as a Scrivener project
    { id: 'ghost-writer-cc', name: 'GhostWriter (ghost-writer.cc)', vendor: 'GhostWriter', domains: ['ghost-writer.cc'], source: 'https://www.ghost-writer.cc/terms' }, // terms: fiction writing whose AI generation runs on Anthropic's API
    { id: 'museauthor', name: 'MuseAuthor', vendor: 'MuseAuthor', domains: ['museauthor.com'], region: 'europe', source: 'https://www.museauthor.com/terms' }, // terms (Italian): books for Amazon KDP created and structured with AI
    { id: 'writeaibook', name: 'WriteAIBook', vendor: 'WriteAIBook', domains: ['writeaibook.com'], source: 'https://www.writeaibook.com/content-policy.html' }, // content policy: an AI fiction drafting tool; generated drafts and checked outputs
    { id: 'fanficgen', name: 'FanFicGen', vendor: 'FanFicGen', domains: ['fanficgen.com'], source: 'https://www.fanficgen.com/terms' }, // terms: fan fiction generated with artificial intelligence
    { id: 'fanficia', name: 'Fanficia', vendor: 'Fanficia', domains: ['fanficia.com'], source: 'https://fanficia.com/en/user-agreement' }, // user agreement: stories and fan fiction produced by AI algorithms from prompts
    { id: 'ficmachine', name: 'FicMachine', vendor: 'FicMachine', domains: ['ficmachine.com'], source: 'https://ficmachine.com/manual/content-guidelines' }, // content guidelines: co-writing fictional stories with the AI
    { id: 'novelflame-ai', name: 'NovelFlame', vendor: 'NovelFlame', domains: ['novelflame.ai'], source: 'https://novelflame.ai/content-policy' }, // content policy: AI-generated interactive fiction, images and video
    { id: 'little-story-bear', name: 'Little Story Bear', vendor: 'Little Story Bear', domains: ['littlestorybear.com'], source: 'https://littlestorybear.com/terms' }, // terms: children's stories and illustrations generated by AI models
    { id: 'artful-audit', name: 'Artful Audit', vendor: 'Artful Audit', domains: ['artfulaudit.com'], source: 'https://artfulaudit.com/faq' }, // FAQ: automated pre-submission review of a manuscript by its AI provider
    // --- AI email writers ---
    { id: 'emailresponder-online', name: 'EmailResponder', vendor: 'EmailResponder', domains: ['emailresponder.online'], source: 'https://www.emailresponder.online/privacy' }, // privacy: Chrome extension drafting Gmail replies with Claude, OpenAI or Gemini
    { id: 'outlook-revision', name: 'OutlookReVision', vendor: 'funcoding.nz', domains: ['revision.funcoding.nz'], source: 'https://revision.funcoding.nz/assets/privacy.html' }, // privacy: Outlook add-in that revises, translates and composes email with Azure OpenAI (subdomain only)
    // --- AI copywriters, blog, proposal and speech writers ---
    { id: 'clickblog', name: 'ClickBlog', vendor: 'To Be Free', domains: ['clickblog.net'], source: 'https://clickblog.net/terms' }, // terms: AI-powered content generation and WordPress automation on credits
    { id: 'sellygenie', name: 'SellyGenie', vendor: 'SellyGenie', domains: ['sellygenie.com'], source: 'https://sellygenie.com/it/terms' }, // terms (Italian): AI product descriptions from images, voice and text, with a Chrome extension
    { id: 'contents-pilot', name: 'Contents Pilot', vendor: 'Contents Pilot', domains: ['contentspilot.com'], source: 'https://www.contentspilot.com/terms-and-conditions' }, // terms: AI-generated texts, images, posts and carousels
    { id: 'proplab', name: 'PropLab', vendor: 'PropLab', domains: ['proplab.club'], region: 'latam', source: 'https://app.proplab.club/termos' }, // terms (Portuguese): an AI agent pipeline turns sales-call transcripts into proposals
    { id: 'docgenius-app', name: 'DocGenius', vendor: 'DocGenius', domains: ['docgenius.app'], source: 'https://docgenius.app/fr-FR/terms-of-service' }, // terms (French): AI-assisted drafting of business documents from targeted questions
    { id: 'aitools-ctw', name: 'AItools (CTW)', vendor: 'CTW', domains: ['aitools.ctw-contents.com'], region: 'japan', source: 'https://aitools.ctw-contents.com/member/aitools-contents-policy' }, // content policy (Japanese): rules for content generated with AItools (subdomain only)
    { id: 'kotonoha-lab', name: 'Kotonoha Lab', vendor: 'Kotonoha Lab', domains: ['kotonohalab.jp'], region: 'japan', source: 'https://kotonohalab.jp/free/riyoukiyaku' }, // terms (Japanese): ChatGPT corrects and reviews tanka and haiku
    { id: 'wish-generator', name: 'Wish Generator', vendor: 'Wish Generator', domains: ['wishgenerator.com'], source: 'https://wishgenerator.com/ai-disclosure/' }, // AI disclosure: a language model drafts the wish from the occasion
    { id: 'speechdrafter', name: 'SpeechDrafter', vendor: 'SpeechDrafter', domains: ['speechdrafter.com'], source: 'https://www.speechdrafter.com/privacy' }, // privacy: speech drafts generated with Claude
    { id: 'speechcraft-forage', name: 'speechcraft', vendor: 'forage.bot', domains: ['speechcraft.forage.bot'], source: 'https://speechcraft.forage.bot/privacy' }, // privacy: personalised speeches from anecdotes via OpenRouter models (subdomain only)
    { id: 'speechwriter-ai-writemymoments', name: 'SpeechWriter AI', vendor: 'Native Media Srl', domains: ['writemymoments.com'], region: 'europe', source: 'https://writemymoments.com/privacy' }, // privacy: SpeechWriter AI generates paid speeches from the form (Rome)
    // --- Grammar and reformulation ---
    { id: 'antidote-druide', name: 'Antidote', vendor: 'Druide informatique', domains: ['antidote.info'], source: 'https://www.antidote.info/en/documentation/user-guide/the-corrector/reformulation-mode/data-privacy-and-limits' }, // user guide: Reformulation runs on Druide's generative LLM hosted in Quebec
    // --- AI translators and localisation ---
    { id: 'legal-translation-net', name: 'Legal Translation (legal-translation.net)', vendor: 'Legal Translation', category: 'translation', domains: ['legal-translation.net'], source: 'https://www.legal-translation.net/terms-of-service' }, // terms: Fast and Professional AI translation modes for legal documents
    { id: 'localizee', name: 'Localizee', vendor: 'Localizee', category: 'translation', domains: ['localizee.app'], source: 'https://localizee.app/legal.html' }, // legal: macOS app translating .xcstrings through an AI provider (own key or included AI)
    { id: 'ai-polyglot', name: 'AI Polyglot', vendor: 'AI Polyglot', category: 'translation', domains: ['ai-polyglot.com'], source: 'https://ai-polyglot.com/privacy' }, // privacy: WhatsApp message translation, with AI models downloaded for local mode
    { id: 'translateanypdf', name: 'TranslateAnyPDF', vendor: 'TranslateAnyPDF', category: 'translation', domains: ['translateanypdf.com'], source: 'https://translateanypdf.com/terms' }, // terms: AI-powered PDF translation keeping the layout
    { id: 'translatethatdoc', name: 'TranslateThatDoc', vendor: 'TranslateThatDoc', category: 'translation', domains: ['translatethatdoc.com'], source: 'https://translatethatdoc.com/refund-policy' }, // support policy: paid PDF translation jobs run on third-party AI model providers
    { id: 'goodtrans', name: 'GoodTrans', vendor: 'GoodTrans', category: 'translation', domains: ['goodtrans.app'], source: 'https://goodtrans.app/de/terms-of-service' }, // terms: AI document translation with terminology and quality reports
    { id: 'snapintel', name: 'SnapIntel', vendor: 'SnapIntel', category: 'translation', domains: ['snapintel.io'], source: 'https://snapintel.io/docs' }, // docs: DOCX and XLSX translation with the latest ChatGPT model, glossary and QA
    { id: 'doclator', name: 'Doclator', vendor: 'Doclator', category: 'translation', domains: ['doclator.com'], source: 'https://doclator.com/vi/help-center' }, // help centre: text and document translator with custom AI models (OpenAI, Anthropic keys)
    { id: 'general-translation', name: 'General Translation', vendor: 'General Translation', category: 'translation', domains: ['generaltranslation.com'], source: 'https://generaltranslation.com/docs/faqs' }, // docs FAQ: app localisation where an AI model translates, billed per tiktoken token
    { id: 'translatio-ai-wpcodecraft', name: 'Translatio AI', vendor: 'WPCodeCraft', category: 'translation', domains: ['aitransulation.wpcodecraft.online'], source: 'https://www.aitransulation.wpcodecraft.online/how-it-works.html' }, // docs: WordPress plugin translating sites with Claude or GPT-4o (subdomain only)
    { id: 'mangatrans-org', name: 'MangaTrans', vendor: 'MangaTrans', category: 'translation', domains: ['mangatrans.org'], source: 'https://www.mangatrans.org/privacy-policy' }, // privacy: AI OCR and translation of user-uploaded manga images
    { id: 'comic-translate', name: 'Comic Translate', vendor: 'Comic Translate', category: 'translation', domains: ['comic-translate.com'], source: 'https://comic-translate.com/terms' }, // terms: comic text recognition and translation by third-party AI providers
    { id: 'comics-translate', name: 'Comics Translate', vendor: 'Comics Translate', category: 'translation', domains: ['comicstranslate.com'], source: 'https://comicstranslate.com/privacy' }, // privacy: Mac app sending OCR text to Google Gemini for manga translation
    { id: 'mangatranslate-app', name: 'MangaTranslate', vendor: 'MangaTranslate', category: 'translation', domains: ['mangatranslate.app'], source: 'https://mangatranslate.app/privacy.html' }, // privacy: AI-powered manga and manhwa translation extension and web service
  ],
  { checked: CHECKED_C18 },
);
