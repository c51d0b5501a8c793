// Twenty-eighth session, seventh writing pass (2026-12-08, helper `writing7`): AI writing tools the catalog still
// missed, beside the earlier writing passes (data/long-tail-c18-writing.ts, data/long-tail-c21-writing2.ts,
// data/long-tail-c23-writing5.ts, data/long-tail-c27-writing6.ts), the humanizer pass (data/long-tail-c25-humanize.ts)
// and the careers, detect, marketing, personal, industry and education passes, whose rows and left-out hosts are not
// taken up again here. Here: AI letter writers for complaints, apologies and insurance or government appeals
// (ClearComplaint on OpenAI, EasyComplaint, Apology Generator on OpenAI, DocuGov.ai); AI speech and ceremony writers
// (bestmen.ai on Anthropic's Claude, Ceremony Script AI on Google's Gemini); AI-written handwritten thank-you notes
// (Grateful); AI fiction and life-story tools (ProseWeave and Continuum Writer, novel workspaces whose AI writes within
// the story bible; Biography.AI's AI interviewer and biography writer; Unsloppy's AI memoir writer); an AI
// business-plan writer (Optimus Business Plans); a Danish AI grammar and text checker on Azure OpenAI
// (Skrivsikkert.dk); a Dutch AI CV and cover-letter builder on Claude (CVeetje); a memorial-slideshow maker whose text
// and captions Claude writes (FuneralSlides); and a prompt generator through OpenRouter (GeneratePrompt.Art).
//
// Leads. 36 look-ups (35 `pages`, 1 `docs`), counted as they were made, each worded the way small vendors word their
// own privacy, terms, refund, AI-disclosure and help pages, by kind, several of them new to the writing passes: grant
// and proposal writers, press releases, complaint and apology letters, literature reviews, best-man speeches, eulogies
// and obituaries, fan fiction, newsletters, greeting-card wishes, wedding vows and ceremonies, citation generators,
// worldbuilding, YouTube scripts, SEO article generators, paraphrasers, insurance and parking appeal letters, memoirs,
// report-card comments, roasts and love letters, statements of purpose, business plans, thank-you notes, letters to
// Santa and query letters; and in French, Norwegian and Danish, Swedish, Finnish, Dutch (two, one on Sinterklaas
// poems), Romanian, Italian and German (wedding speeches). The non-English look-ups returned news, university rules,
// law firms' notes and OpenAI's translated policies, two rows (Skrivsikkert.dk, CVeetje) and the already-listed
// Skribler and Nakijken.ai. The topic remains the most heavily mined in the catalog: most kinds returned listed
// products first. Every row cites a page with a path on a host it claims, where the vendor says the product writes,
// rewrites, checks or generates text with AI, an AI model or a named provider (OpenAI, Anthropic's Claude, Google's
// Gemini, Azure OpenAI, OpenRouter). Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/,
// and the other helpers' c28 files in /work/wt/*/shared/src/catalog/data/ grepped for every host (none had them).
//
// Measured with /work/helpers/classify-hosts.mts on the 244 hosts the searches returned (vendors, blogs, news, guides,
// directories and shared hosts alike, in /work/helpers/out/writing7-hosts.txt): 42 classified before (17.2%), 58 after
// (23.8%).
//
// Already listed and left to their entries: InYourWords.ai, WeddingWords, SpeechDrafter, speechcraft
// (speechcraft.forage.bot), SpeechWriter AI (writemymoments.com), VowCraftAI, Wish Generator, birthdaycards.ai, Love
// Poem AI, FanFicGen, Fanficia, NewsletterOS, The Paraphrasing Tool, ParaPhrase Text, NeuralWriter's research host, WP
// Automator, Analyse (analyse.net), OpenAI AutoBlogger, AutoPress AI, PromptGraphy, AdCreative.ai, AdsAI
// (adsai.nxgntools.com), Pomni, Skribler, Nakijken.ai, TextCortex, ReportRocket, GradeHarbor, CoGrader, Veritas Data
// Grader, AI Teacher Assistant (ta.starlingtek.net), PolitePost, Gnius, Bizketch, BizPlanner, Maidan13 and Topview.
//
// Doubtful rows. DocuGov.ai: the twenty-second session's industry pass trapped one of its case pages as saying AI only
// in the name; the insurance-appeal page read here says the letter is "created with AI" and that "our AI analyzes your
// denial reason and generates a formal letter", so the row is added and that trap line dropped with a note. Optimus
// Business Plans is read from its refund page on app.optimusbusinessplans.com ("our AI-generated business plans", sold
// in three tiers); the row claims optimusbusinessplans.com, the brand's own domain, not only the app host. Biography.AI
// is read from its own blog post on how its AI interviewer and writer turn interviews into a biography; no terms were
// seen. Unsloppy is read from one of its own tool pages (an AI memoir writer that produces chapter paths); what else
// the site sells was not read. FuneralSlides takes 'presentation': the page says Claude writes the slideshow's text,
// captions and structure; its name is its host's. GeneratePrompt.Art takes 'image': its policy says submitted prompts
// go to OpenRouter to generate results, and its name says it writes prompts for art; nothing else was read. Apology
// Generator sells through a web app and an iOS app; the policy covers both, and only its web host is claimed.
// bestmen.ai and Ceremony Script AI are UK businesses and take 'europe', as do Skrivsikkert.dk and CVeetje.
//
// Left out. Pages under a `?p=` address: SayAllAI's privacy policy (sayallai.com/?p=3330, an AI letter writer on
// OpenAI: a lead for its own policy path), ResearchPal's blog, autoarticle.net, brixon.ai, practicaladvicedaily.com.
// General products where AI is one feature or opt-in: Passings (passings.io, an end-of-life planner whose AI obituary
// and eulogy writers are opt-in), United Vows (a wedding marketplace), notebook.ai (worldbuilding with optional AI),
// One Two Three Send's AI Agents pro feature (onetwothreesend.com, as c17 decided), GEO Rank Optimizer (as c21
// decided), GreetGenius (a card maker, as c21 decided). Pages that do not say the product uses AI, or only in its name:
// appealarmor.com (a ghostwriting service), charitygrantwriter.com and grantfounders.com (as earlier passes decided),
// startnew.app's credit FAQ, santaswhisper.com, thesanta.ai's policy, ObituaryAI's policy on obituarysuite.com (as c22
// decided), lineage.thegoodsite.co, Pressmaster's terms (as c25 decided), uglyqr.com. A generator whose own methodology
// page shows it assembles notes from templates (partygeniusai.com's birthday thank-you tool; the rest of the site was
// not read, so it is not trapped). Drafts and placeholders: gradeharbor.com's AI policy ("1.0-draft", listed on another
// page), joinvow.app ("[DATE]"), helpai.plus, grant-ai-indol.vercel.app. Apps on developers' hosts or mobile-only: Talk
// With Santa on edgewaysoft.com and Santa AI Greetings on santaai.site (as c22 decided), TaleSeeds AI on
// lovewildrivers.com, LeesSimpel (leessimpel.nl, read only on a /404 route, as c27 decided), BRIO's Chat with Santa AI
// (santaai.us, an app whose web presence was not read: a lead). Services and agencies: release.media (press-release
// distribution), whytho.notion.site (human ad copywriters), contentholic.com and soppro.in (human SOP writers),
// thewritersforhire.com, wewritespeeches.com, manuscrit.co (as c18 decided), yourqueryletter.com (http only, as c18
// decided). Shared platforms: obituarycraft.pages.dev, ai-email-writer-dzv.pages.dev, home-page-6jb.pages.dev,
// hero-marketer-support-docs.pages.dev, ai-for-regulars.pages.dev, adsense-resource-hub.vercel.app,
// fineprinted.vercel.app, mirak004-refactorbiz.hf.space, lira-r.github.io. News, guides, courses, research-paper
// mirrors, university pages and content farms make up the rest.
//
// Leads for later: sayallai.com (its policy on a path), santaai.us (BRIO's Santa letter writer), santamagic.com (Santa
// Magic | Smart Way AI, "AI-assisted content" in its policy), passings.io (if its writing assistants are sold alone),
// partygeniusai.com (its other tools), timmer.ai's Timmerklaas Sinterklaas-poem tool (seen only in the news), and
// twip.ai and shortsfire.com (script writers seen only on their blogs).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Writing7Tools: Tool[] = defineTools(
  'writing',
  [
    // --- letters: complaints, apologies, appeals, thank-you notes ---
    { id: 'clearcomplaint', name: 'ClearComplaint', vendor: 'ClearComplaint', domains: ['clearcomplaint.co.uk'], region: 'europe', source: 'https://clearcomplaint.co.uk/privacy.php' }, // privacy (UK GDPR): "ClearComplaint uses OpenAI API services to generate complaint-letter content" from what users enter
    { id: 'easycomplaint', name: 'EasyComplaint', vendor: 'EasyComplaint', domains: ['easycomplaint.ai'], source: 'https://easycomplaint.ai/legal/privacy-policy' }, // privacy, "Use of AI": EasyComplaint uses artificial intelligence to assist in generating complaint letters
    { id: 'apology-generator', name: 'Apology Generator', vendor: 'Apology Generator', domains: ['apologygenerator.app'], source: 'https://apologygenerator.app/privacy' }, // privacy: AI-powered apology generation, coaching and analysis; the text entered is sent to OpenAI's API
    { id: 'docugov-ai', name: 'DocuGov.ai', vendor: 'DocuGov.ai', domains: ['docugov.ai'], source: 'https://docugov.ai/en/insurance-appeal-letter' }, // own page: insurance appeal letters "created with AI"; "our AI analyzes your denial reason and generates a formal letter"
    { id: 'sendgrateful', name: 'Grateful (sendgrateful.com)', vendor: 'SquiFi LLC', domains: ['sendgrateful.com'], source: 'https://sendgrateful.com/privacy-policy' }, // privacy (Florida LLC): personalized, AI-generated, physically handwritten thank-you notes after weddings, showers and graduations
    // --- speeches and ceremonies ---
    { id: 'bestmen-ai', name: 'bestmen.ai', vendor: 'bestmen.ai', domains: ['bestmen.ai'], region: 'europe', source: 'https://www.bestmen.ai/privacy' }, // privacy (UK GDPR): a best-man speech service; quiz answers are passed to an AI language model (Anthropic Claude) to generate the speech
    { id: 'ceremony-script-ai', name: 'Ceremony Script AI', vendor: 'Samuel Stevens', domains: ['ceremonyscript.co.uk'], region: 'europe', source: 'https://www.ceremonyscript.co.uk/privacy' }, // privacy (UK GDPR): ceremony details are sent to the AI (Google's Gemini API) to generate the ceremony script
    // --- fiction, memoir and biography ---
    { id: 'proseweave', name: 'ProseWeave', vendor: 'ProseWeave', domains: ['proseweave.ai'], source: 'https://docs.proseweave.ai/story-bible/worldbuilding' }, // docs: story-bible entries are included in AI context "when generating prose"; "Generate with AI" drafts worldbuilding entries
    { id: 'continuum-writer', name: 'Continuum Writer', vendor: 'Continuum Writer', domains: ['continuumwriter.com'], source: 'https://www.continuumwriter.com/docs/world-building' }, // docs: world-building entries are indexed and available to the AI, "so it can write consistently within your world's rules"
    { id: 'biography-ai', name: 'Biography.AI', vendor: 'Biography.AI', domains: ['biography.ai'], source: 'https://biography.ai/blog/from-interview-to-hardcover' }, // own blog: an AI interviewer replaces the human biographer, and the AI writes the biography that is printed as a hardcover
    { id: 'unsloppy', name: 'Unsloppy', vendor: 'Unsloppy', domains: ['unsloppy.ai'], source: 'https://unsloppy.ai/tools/story-generators/ai-book-writer/memoir' }, // own tool page: "the AI memoir writer" produces chapter paths organised around a memoir's through-line
    // --- business plans, CVs and checking ---
    { id: 'optimus-business-plans', name: 'Optimus Business Plans', vendor: 'Optimus Business Plans', domains: ['optimusbusinessplans.com'], source: 'https://app.optimusbusinessplans.com/refund-policy' }, // refund policy: "our AI-generated business plans", sold as Quick, Full and Premium plans
    { id: 'cveetje', name: 'CVeetje', vendor: 'CVeetje', domains: ['maakcveetje.nl'], region: 'europe', source: 'https://maakcveetje.nl/en/ai-transparency' }, // AI transparency (EU AI Act): AI writes CV content, cover letters and LinkedIn texts from the profile and a job posting (Claude by Anthropic)
    { id: 'skrivsikkert-dk', name: 'Skrivsikkert.dk', vendor: 'Skrivsikkert.dk', domains: ['skrivsikkert.dk'], region: 'europe', source: 'https://skrivsikkert.dk/privatlivspolitik/' }, // privacy (Danish, GDPR): grammar correction, translation and text improvement with AI models; its language model is Microsoft's Azure OpenAI
    // --- other kinds ---
    { id: 'funeralslides', name: 'FuneralSlides', vendor: 'FuneralSlides', category: 'presentation', domains: ['funeralslides.com'], source: 'https://funeralslides.com/privacy' }, // privacy: memorial slideshows whose text, captions and structure are generated by AI (Anthropic's Claude)
    { id: 'generateprompt-art', name: 'GeneratePrompt.Art', vendor: 'GeneratePrompt.Art', category: 'image', domains: ['generateprompt.art'], source: 'https://generateprompt.art/privacy-policy' }, // privacy: submitted prompts are transmitted to OpenRouter and its underlying model providers to generate results
  ],
  { checked: CHECKED_C28 },
);
