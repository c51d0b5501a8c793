// Twenty-third session, fifth writing pass (2026-12-07, helper `writing5`): AI writing tools the catalog still missed,
// beside data/writing.ts, data/cat-writing.ts, data/long-tail-writing.ts, the fifth session's writing files
// (data/long-tail-c5-writing*.ts), the seventeenth session's detect pass (data/long-tail-c17-detect.ts), the eighteenth
// session's writing pass (data/long-tail-c18-writing.ts) and the twenty-first session's second writing pass
// (data/long-tail-c21-writing2.ts), whose rows are not repeated here. Here: an AI-text detection API (ContentVeritas);
// three AI humanizers (the AI Humanizer on ungpt.ai, PaperHumanizer, HumanizeBot.ai); two AI book and novel generators
// (Infinite Library, Novel AI Studio); an AI thesis-writing assistant (Thesis Generator); an AI exam-essay practice
// tutor (Essay Tutor); and an AI writing service (Writelli).
//
// Leads. 40 look-ups of the stored `pages` corpus. The topic is heavily mined, and this pass met far more listed
// products than new ones. Local-language queries came first, as the brief asked for niche and non-English vendors:
// German (KI-Textgenerator, Bewerbung), Chinese (降AIGC, 论文 AI写作), French (reformulateur IA, CGU), Russian (рерайт,
// пользовательское соглашение), Spanish (parafraseador), Korean (자기소개서 AI, GPT킬러), Brazilian Portuguese (redação ENEM),
// Japanese (小論文 AI添削, 文章校正, AI小説, 作詞, 商品説明文, エントリーシート), Czech, Vietnamese and Dutch. They returned
// news, SEO blogs and products already listed (TheHumanizer, BewerbungsFreund, Govorun, ГОСТ-AUTO, ことのはラボ, easy writer
// by AI, IELTS Diary, クチコピ, JobSecretary, Kontexta, PřekladačAI, GuideGlare, Obtains) and no new row. English queries
// worded the way vendors word their own terms, privacy, refund, acceptable-use and academic-integrity pages, by kind
// (humanizer privacy and refund pages, AI-detector terms and APIs, book and fan-fiction generators, essay and thesis
// writers, citation tools, poem and lyric generators, Etsy listing copy, dating-profile bios, admissions essays,
// grammar checkers, novel assistants, Gmail reply drafters, paraphrasers, cover letters), and name searches for the
// earlier passes' unfinished leads (cudekai.com, gpthuman.ai, youbooks.com), found every row below. Every row cites a
// page with a path on the product's own host, and each page says in the vendor's words that the product detects
// AI-generated text, or writes, rewrites, humanizes or gives feedback on text with AI, AI models or named AI providers
// (OpenRouter, "third-party AI API providers"). Hosts were run through /work/helpers/classify-hosts.mts and names
// grepped in data/ first, and the other helpers' c23 files were grepped for every host (none had them).
//
// Measured with /work/helpers/classify-hosts.mts on the 260 hosts the searches returned (vendors, blogs, news, guides,
// stores and shared hosts alike, in /work/helpers/out/writing5-hosts.txt): 79 classified before (30.4%), 88 after
// (33.8%).
//
// Already listed and left to their entries: TheHumanizer (thehumanizer.net), GoHumanize (gohumanizeai.com),
// humanise.ai, ToHuman, AIgoHuman, The Paraphrasing Tool, ParaPhrase Text, Rephrase.fr, iaiaz, Antidote, O.Translator,
// GPT0, IA Online, Lara Translate, JobSecretary, Redação Play, ことのはラボ, easy writer by AI, IELTS Diary, Talk to Nobunaga,
// クチコピ, FanFicGen, Fanficia, upuply, Love Poem AI, Poetry Explainer, Shayari AI, AI Detector Text, ai-detectors.io,
// AIDetego, HumanGPT, ByGPT, Humanize AI Service, AI Book Generator (aibookgenerator.org), TubeBook, Concepts of a Book,
// MarkCopy, Writes AI, QuickListing, ListsGenie, ShopSmith, SongPrompterAI, AskJoey, Yomu, AI Humanizer Tool,
// Natural Write AI, HumanizerPro.ai, Novelify, Novevia, Novelizer, EmailResponder, AI Email Chain, GPT for Gmail
// (docgpt.ai), Cover Letter Copilot, Sapling, Copyleaks, GPTZero, Deep AI Detector, TextCortex, LinkedDraft, RealType,
// Make My Book and Keoma.
//
// Left out. Pages that say AI only in the product's name, the way the twenty-first session's leads3 pass judged
// aiebookgen.com (which is why it is not listed here either): EssayService.ai's refund page (an essay "tool" that
// "generates" essays), HumanizerAI's refund page and HumanizeAI's billing docs; pages that never say the product uses
// AI (ReText.AI's Russian user agreement, a lead for a pass that reads its product pages; 要約さん's terms on
// youyaku3.com; textBulker's legal notice; Tolkie's reading-aid terms; EssayWise's "paper generation" refund page);
// Airygen's terms, whose "volume de génération IA" leaves the kind of product unknown; general products where AI is
// one feature (文賢's AI-assist terms on help.bun-ken.net, as two earlier passes decided; Muhayu's CopyKiller plagiarism
// checker with its GPT Killer detector, as the twelfth-session Korea pass decided for CopyKiller; myNilam's book app
// with AI summaries; UseToolSuite's general tool site; Quetext's plagiarism checker); mobile-app policy hosts
// (rewrite.cedoryn.com and paraphrase.cedoryn.com, Cedoryn's Paraphrase app; DateWise on datewise.easier.today); a
// browser extension on the user's own OpenAI key on a developer's site (Human Rephraser Pro on smartitools.com, as the
// c17 pass decided); an AI dating toolkit whose page on dxp.burstmedia.io never names the product; a homepage-only
// page (keshoraai.xyz); a policy with placeholders (rephrasio.com); a `?p=` page (indigoedocs.com); a test host
// (test.humanwritesai.com); guides and blog posts that do not describe the site's own AI product (genwriter.com,
// everwrite.app, pagewriterstudio.com, codaone.ai, essaycube.com, writingethics.org, researchprospect.ca, a writing
// school's anti-AI policy on thenovelry.com); and shared platforms (getaillm.vercel.app, deepaidetector.pages.dev,
// cosmic-empanada-81b9ea.netlify.app's 英作文添削AI, rhyme-snap.netlify.app, dateassist.vercel.app, a notion.site reply
// extension, a blogspot grammar app, a sites.google.com chat app, an S3-hosted haiku app and a raw.githubusercontent.com
// policy). Other kinds met and left to their passes: aisongcreator.pro (music), trimna.com's Japanese AI task service,
// hintsage.com's interview copilot and AI Netherlands' chatbots.
//
// Doubtful rows. Writelli's refund policy points its help centre at help.aiwritingassistant.com, another host, so the
// page may be a copied template; it still says in its own words that writelli.com sells AI writing services, and only
// that host is claimed. Three policies name no operator (the AI Humanizer on ungpt.ai, Novel AI Studio, Thesis
// Generator), so the vendor is the host or the product's own name, and ungpt.ai's row is named after the service its
// policy names. Novel AI Studio is not NovelAI (novelai.net, listed): nothing read ties them, and the look-alike test
// keeps novelai.net on its own entry.
//
// Leads not finished: retext.ai (Russian AI paraphraser and summarizer of IE Shkryaba O.S.), airygen.com (Seriauth
// Limited), the earlier passes' cudekai.com, gpthuman.ai, youbooks.com, manuscripts.ai, yourtinytale.com,
// obituarycraft.com, writewith.ai, usealdus.com, phrasera.com, clevertype.co, charmingo.app, integrito.ai, whose own
// pages these look-ups did not return; and the Muhayu GPT Killer (a Korean AI-text detector) if a page on its own
// host turns up.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const longTailC23Writing5Tools: Tool[] = defineTools(
  'writing',
  [
    // --- AI-text detection and humanizers ---
    { id: 'contentveritas', name: 'ContentVeritas', vendor: 'ContentVeritas Technologies', domains: ['contentveritas.com'], source: 'https://contentveritas.com/terms.html' }, // terms: an API service that detects AI-generated content and returns a confidence score
    { id: 'ungpt-ai-humanizer', name: 'AI Humanizer (ungpt.ai)', vendor: 'ungpt.ai', domains: ['ungpt.ai'], source: 'https://ungpt.ai/privacy-policy' }, // privacy: an AI Humanizer web service and extension; text sent to third-party AI API providers for AI detection and humanization
    { id: 'paperhumanizer', name: 'PaperHumanizer', vendor: 'PaperHumanizer', domains: ['paperhumanizer.com'], source: 'https://paperhumanizer.com/privacy-policy' }, // privacy: an academic AI text humanization service; text sent to AI model providers through OpenRouter
    { id: 'humanizebot-ai', name: 'HumanizeBot.ai', vendor: 'HumanizeBot.ai', domains: ['humanizebot.ai'], source: 'https://humanizebot.ai/refund' }, // refund policy: subscriptions and credit packs for its AI humanization technology
    // --- Books and novels ---
    { id: 'infinite-library-ai', name: 'Infinite Library', vendor: 'Infinite Library', domains: ['infinitelibrary.ai'], source: 'https://www.infinitelibrary.ai/terms' }, // terms: an AI-powered book creation service generating custom fiction and non-fiction
    { id: 'novel-ai-studio', name: 'Novel AI Studio (novelaistudio.com)', vendor: 'novelaistudio.com', domains: ['novelaistudio.com'], source: 'https://novelaistudio.com/terms' }, // terms: credits to generate novels and other texts; content is generated by artificial intelligence
    // --- Academic writing and essays ---
    { id: 'thesis-generator-tech', name: 'Thesis Generator', vendor: 'Thesis Generator', domains: ['thesisgenerator.tech'], source: 'https://thesisgenerator.tech/academic-integrity.html' }, // academic-integrity guidelines: its AI-powered writing assistant for theses, outlines and drafts
    { id: 'essay-tutor-app', name: 'Essay Tutor', vendor: 'Essay Tutor', domains: ['essaytutor.app'], source: 'https://essaytutor.app/en/refund' }, // refund policy: an AI-powered exam-essay practice service with AI-generated feedback and writing improvements
    // --- General AI writing ---
    { id: 'writelli', name: 'Writelli', vendor: 'Writelli', domains: ['writelli.com'], source: 'https://writelli.com/refund-policy' }, // refund policy: credits and subscriptions for its AI writing services
  ],
  { checked: CHECKED_C23 },
);
