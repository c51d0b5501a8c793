// Twenty-fifth session, third directory pass (2026-12-07, helper `dirs3`): AI tools of the kinds that traffic-ordered
// AI rankings and directory category leaderboards fill (a16z's Top 100 Gen AI Consumer Apps, "most visited AI
// websites", Toolify/There's An AI For That/Futurepedia-style category lists), which the catalog lacked. The sixteenth
// session's dirs pass (data/long-tail-c16-dirs.ts) read two directory repositories and the twenty-third session's dirs2
// pass (data/long-tail-c23-dirs2.ts) read directory categories in the `pages` corpus; none of their rows, nor those of
// the merged c25 files or the other helpers' concurrent c25 files, is repeated. Here: AI sports and horse-racing
// predictions (Rithmm, Mysports.AI, the99community.com, Matchups.ai, Racing Alpha, RacingOracle); AI trading
// (Tickeron's AI pattern engines and robots, ExodusTradeAI's ML signals); AI architecture rendering (Roomie IA in
// Brazil); AI document translation (DocTranslate.AI on Claude, OpenAI and DeepL, DocTrans); AI flashcards (LearnWhat.ai
// on OpenAI); AI face rating (FaceScore on OpenAI's vision model, AI Beauty Score, FaceGrade AI, Face Score Plus); AI
// fashion try-on (My Styles); AI image generation, editing and enhancement (Fluxa, EnhancePhoto.ai, DreamLens AI); and
// AI video (Veo4 on Google's Veo model, Feluo's photo-to-video app).
//
// Leads. 40 look-ups, counted as they were made: 39 `search` calls in the stored `pages` corpus and one `find_string`
// ("monthly_visits", which found only analytics code). Fifteen were worded as rankings and directories ("top 100 AI
// tools by monthly visits", a16z's Top 100 and its "Top 50 Gen AI Web Products", "most visited AI websites" by
// Similarweb, "fastest growing AI tools this month", a traffic table, There's An AI For That's and Futurepedia's
// popular lists, Toolify's tool-page metrics, the WriterBuddy study of the 50 most visited AI tools, a Chinese AI产品榜
// query). They returned ranking methodologies (aishare.itlibra.com, aiportalnavigator.com, rankmyai.com,
// bestthingsonline.com, aigotranked.com), press on a16z's lists (elobservador.com.uy's table of the top 50 web
// products, ttm.financial, baristalabs.io, jwblock.com, pixels.net.nz's 2023 top ten), Similarweb and Comscore notes
// and two Chinese roundups (dakule.com, cdmsw.cn), but never a directory's tool page with hosts. The tools those pages
// named were kept as the directory-listed hosts in /work/helpers/out/dirs3-listed.txt (54 hosts; all of them are also
// in dirs3-hosts.txt). Before searching vendors, several hundred hosts of the kind traffic rankings list (recalled, not
// read from a page) were run through /work/helpers/classify-hosts.mts to find where the catalog is thin: it is not thin
// at the top (chat, companions, image, video, music, writing, humanizers, PDF, meeting and coding sites all classified)
// nor among the model-named wrappers (Nano Banana, Veo, Flux sites). The other 25 look-ups were worded as a vendor's
// own terms, privacy, FAQ or how-it-works page in the categories such rankings are full of (AI writing, Flux image
// generators, AI detectors, document and manga translation, Nano Banana, Veo 3, Ghibli-style art, sports betting,
// architecture rendering, trading, flashcards, face rating, ESL teaching, stock analysis, baby faces, workout plans,
// crypto signals, outfit try-on, golf swings, Tenorshare, Dreamlux, GPTOnline, horse racing). Every row cites a page
// with a path on the product's own host where the vendor says the product predicts, generates, translates, rates or
// analyses with AI, machine learning or a named model provider; no directory or ranking page is a source.
//
// Measured with /work/helpers/classify-hosts.mts. Directory-listed hosts (the tools the ranking pages named, in
// /work/helpers/out/dirs3-listed.txt): 45 of 54 classified before (83.3%), 45 after (83.3%); the misses are general
// products whose AI sections the catalog claims by prefix (canva.com, capcut.com, freepik.com, notion.so, picsart.com,
// wondershare.com) and three leads below (quark.cn, wabi.ai, xinghui.baidu.com). Every host the searches returned
// (rankings, press, blogs, vendors and shared hosts alike, plus the listed hosts, in
// /work/helpers/out/dirs3-hosts.txt): 102 of 299 classified before (34.1%), 125 after (41.8%).
//
// Already listed and left to their entries: the a16z and Similarweb names (ChatGPT, Gemini, DeepSeek, Grok, Claude,
// Character.ai, Perplexity, Google AI Studio, Suno, remove.bg, Grammarly, Poe, QuillBot, Photoroom, Civitai,
// Midjourney, Hugging Face, Kimi, Qwen, Kling, Manus, Doubao, ChatOn, Wispr Flow, getimg.ai, OpenArt), the Nano Banana
// sites (nanobananafree.net, nano-banana.ai, trynanobanana.io, usenanobanana.com, nanobananas.ai, Aggiii's
// /nanobanana), the Veo sites (www-veo.com, veo3app.com, veo-4-ai.net, veo4-video.org, veol.ai), Flux sites
// (fluximageai.com, fluxkrea.pro, fluxkontextai.ai), WriteNow AI, Jul, Resumate, PromptAlpha, DL Translator,
// MangaTrans, MangaTranslate, ByGPT, aidetectortext.net, humanise.ai, PaperHumanizer, AIDesignHouse, ArchOne AI,
// RenderArchi, Rendore, Danelfin, Stock Expert AI, Investment Council, Workout AI Planner, Trainer Gym AI, PlanGains,
// AI Outfit, Lookvera, the AI Golf Coach sites, OnTeeIQ, CoachEx, AI Photo Enhancer (photoer.ai), image-to-video.app,
// sportsprediction.ai, aitocards.com, StudyNova and ClassNerd.
//
// Doubtful rows: the99community.com's page names no product beyond the host, so the host is the name; it describes a
// five-model ensemble (XGBoost, LightGBM, a neural network) that publishes sports picks. Racing Alpha's first model is
// a weighted sum and its second gradient-boosted trees; the vendor sells both as AI ratings. RacingOracle's about page
// was stored at http and https; https is cited. Mysports.AI also sells baccarat and poker analytics beside its match
// predictions; all are said to be AI model outputs. Tickeron is cited from a how-to article in its own education
// section, not its terms: a trading-research platform whose products are AI pattern and trend engines and "AI Robots".
// EnhancePhoto.ai's terms name ezenhancer.ai as the website; only enhancephoto.ai, where the terms sit, is claimed. The
// cited EnhancePhoto.ai and Roomie IA pages sit under locale paths (/id/, /en/) but are in English. Feluo says all its
// rendering runs on the device with its own AI; feluoz.com is taken to be the app's own host from its contract page.
// Roomie IA (.ia.br, Portuguese names) is counted as Brazilian. Veo4 is an independent wrapper of Google's model; its
// policy says AI model providers process the inputs.
//
// Left out. Pages that do not say the product uses AI, or say it only in the name: luxuryboxsports.com (a weighted
// blend; AI only as a premium chat assistant), aimangatranslator.io, freedoctranslate.com, doctranslator.com's terms,
// mangazine.app, quizplant.com, aifaceanalyzer.cc (on-device landmarks), veo3.kr, flux-art.ai's refund policy,
// textwisely.ai, bam-you-got-writings.com, mydream.video (AI only in a no-training promise), vidmageai.com,
// doyaspeak.com, signalmax.app, cryptoapi.ai. Not AI products or general tools: justpublish.ai (site hosting),
// file-studio.com (a file converter), tooltiny.com (a DocTranslate policy on a general tools host). Drafts and
// placeholders: new.jeto.ru ("[COMPANY LEGAL NAME]"), app.gorillaquipster.io ("Placeholder"). Traps already:
// spacem-ai.com (SpaceM AI's AI floor-plan app, kept unclassified by lookalikes-c23-property.test.ts) and
// aistockplatform.com (lookalikes-c21-leads2.test.ts keeps it unclassified; its user guide, met here, describes ML
// composite scores: a lead for whoever revisits that trap). Blogs and explainers rather than product pages:
// babygen.app, predictmybaby.com (as the c18 image pass decided), mrworldpool.com, teacherforge.io. Apps on a
// developer's general or personal host: astaspasta.com (Stylister), beatmaster.co.in (AI LookTrial), apps15.com (AI
// Outfit Try), interior-ai.timotheduc.com, latebytelabs.com (Good Shot), atlantic-studio.com (SwingTracker),
// umituz.com's baby predictor, pay-s.0xtgi.dev (Claws Signals). Shared platforms: flux2-6nl.pages.dev,
// styleforme.pages.dev, flashcard-forge--konarkmurarka1.replit.app, face-beauty-report.web.app, lumosapps.notion.site,
// delicate-selkie-161ba6.netlify.app, mangalens-backend-370940770599.europe-west1.run.app,
// aj-racing-tips-production.up.railway.app, caddie.ftp.sh, hashnode-hub.vercel.app. Already a trap: genievideo.app.
// Left to the concurrent humanize pass: the AI detectors and humanizers met (organiccopy.ai, ai-detector.co,
// gptzero.cn.com). Leads with no own page returned: JustDone, Decopy, DocTranslate.io, Tenorshare AI, Dreamlux,
// HeyReal, Nolang, GPTOnline.ai, ContentShake AI, Twee, Wabi (wabi.ai, on a16z's list), Quark (quark.cn, Alibaba's
// browser turned AI assistant), Baidu's 星绘 and the public ChatGPT copy on drgbec.edu.et (a university host, not
// claimed).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const longTailC25Dirs3Tools: Tool[] = defineTools(
  'other',
  [
    // --- sports and racing predictions ---
    { id: 'rithmm', name: 'Rithmm', vendor: 'Rithmm, Inc.', domains: ['rithmm.com'], source: 'https://www.rithmm.com/post/how-our-ai-model-generates-sports-betting-picks-units-probabilities-strategy' }, // vendor post: its AI prediction engine learns from historical game data with machine learning and gives each pick a win probability and unit size
    { id: 'mysports-ai', name: 'Mysports.AI', vendor: 'Mysports.AI', domains: ['mysports.ai'], source: 'https://mysports.ai/en/agreement' }, // user agreement: a sports data platform whose match-outcome predictions come from AI algorithms and model inference, plus poker and baccarat AI analytics
    { id: 'the99community', name: 'the99community.com', vendor: 'the99community.com', domains: ['the99community.com'], source: 'https://the99community.com/how-it-works' }, // methodology page: five machine-learning models (XGBoost, LightGBM, random forest, a neural network, logistic regression) pick every game with confidence tiers
    { id: 'matchups-ai', name: 'Matchups.ai', vendor: 'Matchups.ai', domains: ['matchups.ai'], source: 'https://matchups.ai/faq' }, // FAQ: choosing an NBA or MLB game and pressing Predict starts an AI analysis that takes a minute or two
    { id: 'racing-alpha', name: 'Racing Alpha', vendor: 'Racing Alpha', domains: ['racingalpha.co.uk'], source: 'https://racingalpha.co.uk/learn/how-ai-predicts-horse-races', region: 'europe' }, // its own explainer: Racing Alpha's AI rating models (a weighted sum and gradient-boosted trees) score every UK and Irish runner from 0 to 100
    { id: 'racingoracle', name: 'RacingOracle', vendor: 'RacingOracle', domains: ['racingoracle.com'], source: 'https://racingoracle.com/aboutus.php', region: 'europe' }, // about page: daily horse-racing tips produced by a trained backpropagation neural network, after its greyhound predictions
    // --- trading ---
    { id: 'tickeron', name: 'Tickeron', vendor: 'Tickeron', domains: ['tickeron.com'], source: 'https://tickeron.com/trading-investing-101/ai-pattern-search-engine-pse-how-to-use/' }, // its help article: the AI Pattern Search Engine and AI Robots give buy and sell signals from patterns its artificial intelligence tracks
    { id: 'exodustrade-ai', name: 'ExodusTradeAI', vendor: 'ExodusTradeAI', domains: ['exodustrade.ai'], source: 'https://exodustrade.ai/legal/risk-disclosure' }, // risk disclosure: crypto trading signals generated by machine-learning models (LSTM and Transformer ensembles, multi-agent LLMs)
    // --- architecture and interiors ---
    { id: 'roomie-ia', name: 'Roomie IA', vendor: 'Roomie IA', category: 'image', domains: ['roomie.ia.br'], source: 'https://roomie.ia.br/en/terms', region: 'latam' }, // terms: photorealistic architectural renders generated from sketches by AI models it names (GPT-4o, Gemini)
    // --- translation and study ---
    { id: 'doctranslate-ai', name: 'DocTranslate.AI', vendor: 'DocTranslate.AI', category: 'translation', domains: ['doctranslate.ai'], source: 'https://doctranslate.ai/es/privacy-policy/' }, // privacy: an AI-powered file translation service that sends files to Anthropic Claude, OpenAI, DeepL or Google Translate
    { id: 'doctrans-lab', name: 'DocTrans', vendor: 'DocTrans', category: 'translation', domains: ['doctranslab.com'], source: 'https://www.doctranslab.com/privacy' }, // privacy: an AI-powered document translation service whose translations come from third-party AI language models
    { id: 'learnwhat-ai', name: 'LearnWhat.ai', vendor: 'LearnWhat.ai', category: 'productivity', domains: ['learnwhat.ai'], source: 'https://www.learnwhat.ai/privacy-policy' }, // privacy: AI-powered flashcards generated from uploaded notes and images by OpenAI, after the user consents
    // --- face rating and fashion ---
    { id: 'facescore-ratingface', name: 'FaceScore', vendor: 'FaceScore', category: 'image', domains: ['ratingface.com'], source: 'https://ratingface.com/privacy/' }, // privacy: a selfie is sent to OpenAI's vision model, which scores symmetry, skin and jawline and writes tips
    { id: 'facerate-app', name: 'AI Beauty Score', vendor: 'facerate.app', category: 'image', domains: ['facerate.app'], source: 'https://facerate.app/how-it-works' }, // how it works: a vision model scores facial harmony, symmetry and skin from 1 to 10, for entertainment
    { id: 'facegrade-ai', name: 'FaceGrade AI', vendor: 'MoHorizons', category: 'image', domains: ['facegrade.app'], source: 'https://facegrade.app/privacy/' }, // privacy: a selfie is analysed by an AI model to produce an aesthetic score and a grooming routine
    { id: 'face-score-plus', name: 'Face Score Plus', vendor: 'Face Score Plus', category: 'image', domains: ['facescore.cloud'], source: 'https://www.facescore.cloud/privacy.html' }, // privacy: uploaded faces are analysed by its in-house AI for a score and a description
    { id: 'my-styles', name: 'My Styles', vendor: 'My Styles', category: 'image', domains: ['mystyles.co.uk'], source: 'https://mystyles.co.uk/privacy' }, // privacy: a digital wardrobe with AI-powered virtual try-on generated through partner AI APIs
    // --- image and video generation ---
    { id: 'fluxa-studios', name: 'Fluxa', vendor: 'Fluxa', category: 'image', domains: ['fluxastudios.com'], source: 'https://www.fluxastudios.com/terms' }, // terms: an AI-powered design generation platform driven by conversation, paid in points
    { id: 'enhancephoto-ai', name: 'EnhancePhoto.ai', vendor: 'EnhancePhoto.ai', category: 'image', domains: ['enhancephoto.ai'], source: 'https://enhancephoto.ai/id/agreement/terms-and-conditions/' }, // terms: AI-powered enhancement, upscaling, restoration and deblurring of photos, paid by plan or credits
    { id: 'dreamlens-ai', name: 'DreamLens AI', vendor: 'DreamLens AI', category: 'image', domains: ['ai-dreamlens.com'], source: 'https://www.ai-dreamlens.com/agreements/terms-of-service.html' }, // terms: an AI photo-editing platform that enhances, retouches and generates images with points or a subscription
    { id: 'veo4-so', name: 'Veo4 (veo4.so)', vendor: 'Veo4', category: 'video', domains: ['veo4.so'], source: 'https://veo4.so/privacy' }, // privacy: a video generation service whose prompts and reference images go to AI model providers to produce outputs
    { id: 'feluo', name: 'Feluo', vendor: 'Feluo', category: 'video', domains: ['feluoz.com'], source: 'https://feluoz.com/contract/UserAgreement.html' }, // user agreement: an AI-powered tool that turns still photos into animated videos with its own on-device AI rendering
  ],
  { checked: CHECKED_C25 },
);
