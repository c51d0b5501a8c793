// Eighteenth session, aliases pass (2026-12-06, issue 15): the leads the other eighteenth-session passes left. Two
// kinds. (a) Second hosts of products already in the catalog: two are appended to their own entries rather than
// added here — flora.ai to `flora-ai` (long-tail-c5-media-2.ts; FLORA's API docs on developer.flora.ai are the docs the
// vendor builds as florafauna-docs, which call app.flora.ai) and aisummary.app to
// `youtube-transcript-ai-summary-extension` (extensions-c12-2.ts; the site's privacy policy names the extension). The
// other (a) leads turned out to be different products of similar names and get rows of their own, named with their
// host: upscale-media.ai (a trial upscaler and API that never names upscale.media or PixelBin), chatwithdb.steplus.co
// (STEPlus's ChatWithDB, whose terms never name chatwithdb.com) and autobrowser.dev (a 2026 multi-provider extension,
// not the Claude-computer-use "Autobrowser" listed by store id). (b) Vendors the support, video, data, meetings and
// image passes met only through their blogs, now with their own terms or privacy pages: Oxaide, Mailon, Skopx,
// AudioMap and ViralNote. The rest of the rows are products the same look-ups returned on their own hosts.
//
// Leads. /work/helpers/TEAM-aliases.md's list; 39 look-ups in the stored `pages` corpus, one per lead ("<host>
// privacy policy", "<name> terms", in English, German, French, Polish and Russian). Every row cites a page with a path
// on the product's own host (or its vendor's) that says in the vendor's words that the product drafts, answers,
// generates, transcribes or acts with AI or a named model. Candidate hosts were run through
// /work/helpers/classify-hosts.mts and the catalog grepped by name first. Subdomains claimed alone, because their
// parents are not the AI product: chatwithdb.steplus.co (STEPlus) and brw-youtube-summary.softcreator.com (SoftCreator
// LLC); app.clawhost.com, app.sellychat.com, app.helixai.media, int.botcore.app and legal.write-up.dev are app or
// legal hosts of products whose whole domain is claimed.
//
// Measured with /work/helpers/classify-hosts.mts on the 310 hosts the leads and searches returned (vendors, blogs,
// news sites and shared hosts alike): 60 classified before (19.4%), 129 (41.6%) after.
//
// Left out. Leads with no vendor page beyond a blog (helmsly.io, heeya.fr, intusell.com, sitebot24.com, crmai.kz,
// clipmachine.io, shortgenius.com, writewith.ai, booktranslator.ai, pubmed.ai — only a UBC wiki page —, myink.ai — only
// a pages.dev blog —, xportrait.ai, theheadshotsai.com, profileperfectai.com, basilai.app, trymoira.com); localize.today,
// whose only policy is on localize-today.pages.dev; easyclaw.co (nothing found; EasyClaw's EULA at easyclaw.cn and
// terms.easyclaw.work is DocuAgile's and never says AI, and the iOS client's terms sit on vercel.app); callscribe.ae,
// whose privacy policy and DPA describe transcription and sentiment analysis without ever saying AI; decorai.io
// (nothing found; decoraiapp.com, decorai.live and decorai.digital are already `decorai-rocket-digital`, and
// decorai.co.uk's policy never says AI); photoai.app (nothing found); klingo1.co and klingo1.xyz (nothing ties the two
// entries together); informatyk.ai and czat.ai (only czat.ai's terms, naming Wondel.ai, were found again). Products a
// pass already left out for the same page: clipmaker.art (optional AI moment selection, social pass), shortsmonkey.com
// (video pass), zeus.cognitivesquad.com (meetings pass). Pages that never say the product uses AI or that are drafts
// (medpapersearch.com, upscale.ai, getfloa.com, mathsolver.cloud, aimathcraft.com, evidencemode.xyz, helyos.ai,
// helpr.so's optional assistant, oxvo.com, webchatagent.com, ihrchatbot.de, unternehmenschatbot.de, crm.bayge.kz,
// viralwell.ai, audiomaster.ai, frigidpine.com, ainotes.site, mails.ai's pre-launch policy, andxore.ai's template,
// privatadocs.sky-path.ai's placeholder terms, dzreward.online's demo, airekas.com's prototype, mailpilot.tedbotai.com's
// unfinished policy); general products with an AI feature (lesdevisdelhermine.fr, skode.ai's AI connector, skari.ai,
// moxora.moxtechdevelopers.com, geniuscreator.online, oxygen-agent.com, callgear.ae, lessmanual.ai's agency services);
// mobile-only apps (headshotai.constantout.com, aistudioheadshot.com, loronote.com); an http:// page (mojaai.com);
// AGPL software (gethelia.dev); staging, preview and test hosts (staging.localesy.com, preview.naturalquery.ai,
// automail.jacktest.net); and shared platforms (pages.dev, vercel.app, web.app, github.io, blogspot.com, notion.site,
// gitbook.io, onrender.com, sites.google.com, a linkie.tech subdomain).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const longTailC18AliasesTools: Tool[] = defineTools(
  'other',
  [
    // --- (a) hosts first read as second hosts of listed products, which turned out to be products of their own ---
    { id: 'upscale-media-ai', name: 'Upscale Media (upscale-media.ai)', vendor: 'upscale-media.ai', category: 'image', domains: ['upscale-media.ai'], source: 'https://www.upscale-media.ai/terms' }, // terms: AI-powered image upscaling through a trial upscaler, a dashboard and an API
    { id: 'chatwithdb-steplus', name: 'ChatWithDB (STEPlus)', vendor: 'STEPlus', domains: ['chatwithdb.steplus.co'], source: 'https://chatwithdb.steplus.co/terms' }, // terms: an AI-powered database analytics platform, natural-language queries and SQL generated by AI agents
    { id: 'auto-browser-dev', name: 'Auto Browser (autobrowser.dev)', vendor: 'Auto Browser', category: 'agents', domains: ['autobrowser.dev'], source: 'https://autobrowser.dev/privacy' }, // privacy: a Chrome extension whose agent sends prompts to the cloud AI provider the user picks, Gemini Nano or a local LLM

    // --- (b) vendors the other passes met only through their blogs ---
    { id: 'oxaide', name: 'Oxaide', vendor: 'Rocketship Pte. Ltd.', category: 'agents', domains: ['oxaide.com'], region: 'southeast-asia', source: 'https://oxaide.com/terms' }, // terms: an enterprise AI platform for knowledge retrieval, intake automation and AI agents (Singapore)
    { id: 'mailon', name: 'Mailon', vendor: 'Mailon', category: 'writing', domains: ['mailon.ai'], source: 'https://mailon.ai/en/privacy' }, // privacy: an AI email autoresponder that drafts and sends replies from connected mailboxes
    { id: 'skopx', name: 'Skopx', vendor: 'Skopx', category: 'coding', domains: ['skopx.com'], source: 'https://skopx.com/privacy' }, // privacy: questions to its AI about connected GitHub repositories, answered through Claude
    { id: 'audiomap-ai', name: 'AudioMap', vendor: 'Codelabs Studio, S.L.', category: 'audio', domains: ['audiomap.ai'], region: 'europe', source: 'https://audiomap.ai/en/privacy' }, // privacy: audio transcription (AssemblyAI) and AI Notes and chat generated by Anthropic (Madrid)
    { id: 'viralnote-app', name: 'ViralNote', vendor: 'ViralNote', category: 'video', domains: ['viralnote.app'], source: 'https://www.viralnote.app/privacy' }, // privacy: uses AI to analyse uploaded videos and suggest the best clips

    // --- video and image generators met beside the leads ---
    { id: 'shortsvid-pro', name: 'ShortsVid.pro', vendor: 'ShortsVid.pro', category: 'video', domains: ['shortsvid.pro'], source: 'https://shortsvid.pro/privacy' }, // privacy: an AI-powered video generation platform
    { id: 'aishortgen', name: 'AIShortGen', vendor: 'AIShortGen', category: 'video', domains: ['aishortgen.com'], source: 'https://aishortgen.com/privacy' }, // privacy: short videos generated from a topic, with the user's own OpenAI key on Pro
    { id: 'originshorts', name: 'OriginShorts', vendor: 'OriginShorts', category: 'video', domains: ['originshorts.com'], source: 'https://originshorts.com/privacy' }, // privacy: an AI-powered short-form video generation platform whose AI providers process the scripts
    { id: 'viralme-space', name: 'ViralME AI', vendor: 'ViralME', category: 'video', domains: ['viralme.space'], region: 'india', source: 'https://viralme.space/privacy-policy' }, // privacy: a credit-based AI creation workspace for reels, scene visuals and narration (Razorpay billing)
    { id: 'cloneviral-video', name: 'ViralAI (cloneviral.video)', vendor: 'ViralAI', category: 'video', domains: ['cloneviral.video'], source: 'https://cloneviral.video/privacy' }, // privacy: an AI-powered video generation platform
    { id: 'viraloid-ai', name: 'Viraloid AI', vendor: 'Viraloid AI', category: 'video', domains: ['viraloidai.com'], source: 'https://viraloidai.com/privacy-policy' }, // privacy: an AI-powered video generation platform turning ideas into videos
    { id: 'upres-ai', name: 'UpRes', vendor: 'UpRes', category: 'image', domains: ['upres.ai'], source: 'https://upres.ai/privacy' }, // privacy: image and video upscaling jobs sent to WaveSpeed.ai for AI processing
    { id: 'upscaleai-app', name: 'UpscaleAI (upscaleai.app)', vendor: 'UpscaleAI Inc.', category: 'image', domains: ['upscaleai.app'], source: 'https://www.upscaleai.app/terms' }, // terms: higher-resolution versions of uploaded images generated by AI models
    { id: 'simply-upscale', name: 'Simply Upscale', vendor: 'Simply Upscale', category: 'image', domains: ['simply-upscale.com'], source: 'https://www.simply-upscale.com/privacy' }, // privacy: upscaling through partner AI inference APIs
    { id: 'photoai-ca', name: 'PhotoAI (photoai.ca)', vendor: 'photoai.ca', category: 'image', domains: ['photoai.ca'], source: 'https://www.photoai.ca/privacy-policy' }, // privacy: AI-powered image generation from a personalised model trained on the user's photos
    { id: 'photoaigenerator-app', name: 'Photo AI Generator (photoaigenerator.app)', vendor: 'photoaigenerator.app', category: 'image', domains: ['photoaigenerator.app'], source: 'https://www.photoaigenerator.app/privacy' }, // privacy: an AI photo generation service
    { id: 'ai-headshots-studio-pod', name: 'AI Headshots (Studio Pod)', vendor: 'Studio Pod', category: 'image', domains: ['thestudiogo.io', 'aiheadshots.ai'], source: 'https://www.thestudiogo.io/privacy' }, // privacy: selfies train a private AI model for a headshot pack; accounts are managed through app.aiheadshots.ai
    { id: 'profilelift-pro', name: 'ProHeadshots AI (profilelift.pro)', vendor: 'ProHeadshots AI', category: 'image', domains: ['profilelift.pro'], source: 'https://www.profilelift.pro/privacy-policy' }, // privacy: AI headshot generation from uploaded photos
    { id: 'ai-pro-portrait', name: 'AI Pro Portrait', vendor: 'AI Pro Portrait', category: 'image', domains: ['aiproportrait.com'], source: 'https://aiproportrait.com/privacy-policy' }, // privacy: headshots generated from uploads, on its site and in Canva

    // --- agents, assistants and hosted AI platforms ---
    { id: 'clawhost-com', name: 'Clawhost (clawhost.com)', vendor: 'Helixir Labs OÜ', category: 'agents', domains: ['clawhost.com'], region: 'europe', source: 'https://app.clawhost.com/terms' }, // terms: a managed AI assistant hosting platform; third-party models answer third parties for the user (Tallinn)
    { id: 'clawbase', name: 'ClawBase', vendor: 'Flame Lab LLC', category: 'agents', domains: ['clawbase.ai'], source: 'https://clawbase.ai/terms' }, // terms: managed hosting of the OpenClaw AI assistant, powered by Anthropic, OpenAI or OpenRouter
    { id: 'oxagen', name: 'Oxagen', vendor: 'Oxagen Inc.', category: 'agents', domains: ['oxagen.ai'], source: 'https://www.oxagen.ai/privacy' }, // privacy: an AI-powered life operating system and ontology agent over mail, calendar and finance data
    { id: 'skilly-ai', name: 'Skilly', vendor: 'Skilly', category: 'agents', domains: ['skillyai.com'], source: 'https://www.skillyai.com/terms' }, // terms: a platform for organisations to create and deploy AI guides
    { id: 'mooon-ai', name: 'MoonAI (mooonai.com)', vendor: 'MoonAI tech', category: 'agents', domains: ['mooonai.com'], source: 'https://mooonai.com/privacy-policy' }, // privacy (Russian): software for building and running AI agents (ИИ-агенты), Kazakhstan
    { id: 'hicira', name: 'Cira', vendor: 'Crafted Labs Holdings Inc.', category: 'agents', domains: ['hicira.com'], source: 'https://www.hicira.com/terms-of-service' }, // terms: an AI-powered phone receptionist whose responses are generated by AI
    { id: 'lumaa-ai', name: 'Lumaa', vendor: 'Lumaa', category: 'agents', domains: ['lumaa.ai'], region: 'middle-east', source: 'https://lumaa.ai/recording-consent.html' }, // call recording and AI disclosure: an AI calling platform whose assistant discloses itself on every outbound call (UAE)
    { id: 'callpilot-pro', name: 'CallPilot', vendor: 'Swiftwave FZ-LLC', category: 'agents', domains: ['callpilot.pro'], region: 'middle-east', source: 'https://callpilot.pro/policy-compliance' }, // data protection policy: an AI-powered voice communication platform (Ras Al Khaimah)
    { id: 'helm-consulting', name: 'Helm (helm.consulting)', vendor: 'Helm Consulting', category: 'agents', domains: ['helm.consulting'], source: 'https://www.helm.consulting/legal-pages/terms-conditions' }, // terms: voice AI agents for support calls, appointments and outbound sales, sold in monthly plans

    // --- support and sales bots ---
    { id: 'sellychat', name: 'SellyChat', vendor: 'SellyChat', category: 'embedded-saas', domains: ['sellychat.com'], source: 'https://app.sellychat.com/legal/privacy' }, // privacy: an AI-powered chat and voice assistant platform that generates AI responses for businesses
    { id: 'sellari-ai', name: 'Sellari', vendor: 'Natsly', category: 'embedded-saas', domains: ['sellari.ai'], source: 'https://sellari.ai/privacy' }, // privacy: AI employees answering WhatsApp and order widgets for sellers
    { id: 'sellbychat-ai', name: 'SellByChat.ai', vendor: 'SellByChat.ai', category: 'embedded-saas', domains: ['sellbychat.ai'], source: 'https://sellbychat.ai/privacy' }, // privacy: AI-assisted responses to Instagram and Messenger messages for businesses
    { id: 'usesellmate', name: 'SellMate (usesellmate.xyz)', vendor: 'SellMate', category: 'embedded-saas', domains: ['usesellmate.xyz'], source: 'https://www.usesellmate.xyz/privacy' }, // privacy: an AI assistant answering comments and DMs, configured by custom AI instructions
    { id: 'botcore-app', name: 'BotCore', vendor: 'SDD Studios', category: 'embedded-saas', domains: ['botcore.app'], region: 'europe', source: 'https://int.botcore.app/datenschutz' }, // privacy (German): a chat widget whose answers are generated by AI ("Antwortgenerierung durch KI"), the botcore.app platform
    { id: 'sitebotgpt', name: 'SiteBotGPT', vendor: 'SiteBotGPT', category: 'embedded-saas', domains: ['sitebotgpt.com'], source: 'https://www.sitebotgpt.com/privacy' }, // privacy: an AI chatbot platform trained on the customer's content
    { id: 'hea-world', name: 'HEA World', vendor: 'NPE Holding B.V.', category: 'embedded-saas', domains: ['hea-world.com'], region: 'europe', source: 'https://hea-world.com/legal/privacy_fr.html' }, // privacy (French): assistants whose answers are generated by artificial intelligence ("sorties IA")

    // --- writing, mail and productivity ---
    { id: 'flostra', name: 'Flostra', vendor: 'Flostra', category: 'writing', domains: ['flostra.app'], source: 'https://www.flostra.app/terms' }, // terms: an AI-generated content disclaimer for suggested replies to brand-deal inquiries
    { id: 'writingtwin-ai', name: 'Writing Twin AI', vendor: 'Writing Twin AI', category: 'writing', domains: ['writingtwinai.com'], source: 'https://writingtwinai.com/privacy' }, // privacy: rewrites in the user's style generated by Google and Anthropic LLMs
    { id: 'towrite-ai', name: 'towrite.ai', vendor: 'towrite.ai', category: 'writing', domains: ['towrite.ai'], source: 'https://towrite.ai/privacy' }, // privacy: an AI-powered academic writing assistance service
    { id: 'xaiwrite', name: 'AI Writer (xaiwrite.com)', vendor: 'xaiwrite.com', category: 'writing', domains: ['xaiwrite.com'], source: 'https://www.xaiwrite.com/privacy' }, // privacy: AI writing, paraphrasing and summarisation tools paid in credits
    { id: 'write-up-dev', name: 'Write-up.dev', vendor: 'Write-up.dev', category: 'writing', domains: ['write-up.dev'], source: 'https://legal.write-up.dev/privacy' }, // privacy: a website and browser extension sending selected text to AI/LLM providers
    { id: 'noteviral', name: 'NoteViral', vendor: 'NoteViral', category: 'writing', domains: ['noteviral.com'], source: 'https://noteviral.com/privacy' }, // privacy: notes turned into content through LLM templates (extension, app and site)
    { id: 'ai-novel-translation', name: 'AI Novel Translation', vendor: 'AI Novel Translation', category: 'translation', domains: ['ainoveltranslation.com'], source: 'https://www.ainoveltranslation.com/docs/key-concepts' }, // docs: projects and chapters translated with glossary and context, auto-generated summaries
    { id: 'ai-email-agent', name: 'AI Mail Agent', vendor: 'AI Mail Agent', category: 'writing', domains: ['ai-email-agent.com'], source: 'https://ai-email-agent.com/privacy.html' }, // privacy: AI-powered email replies for Gmail and Outlook
    { id: 'mailai-cc', name: 'MailAI (mailai.cc)', vendor: 'MailAI', category: 'productivity', domains: ['mailai.cc'], source: 'https://www.mailai.cc/privacy' }, // privacy: AI summaries and classifications of incoming mail through OpenRouter
    { id: 'mailai-pro', name: 'MailAI (mailai.pro)', vendor: 'MailAI', category: 'productivity', domains: ['mailai.pro'], source: 'https://mailai.pro/privacy' }, // privacy: an AI-powered Outlook tool; summaries and reply drafts from Anthropic's Claude
    { id: 'oxpi', name: 'OXPI', vendor: 'OXPI', category: 'productivity', domains: ['oxpi.ai'], region: 'middle-east', source: 'https://oxpi.ai/privacy' }, // privacy: an AI-assisted business operations workspace for leads, quotes, WhatsApp and scheduling (Israel)
    { id: 'helm-learning', name: 'Helm (helmlearning.com)', vendor: 'Helm', category: 'productivity', domains: ['helmlearning.com'], source: 'https://www.helmlearning.com/terms-of-service' }, // terms: an AI-native instructional design platform with AI-powered content generation
    { id: 'helixai-media', name: 'HelixAI (helixai.media)', vendor: 'HelixAI, Inc.', category: 'writing', domains: ['helixai.media'], source: 'https://app.helixai.media/terms-of-service' }, // terms: a B2B platform powered by AI for marketing content generation and an NLP chatbot

    // --- meetings, calls and data ---
    { id: 'helm-ai-io', name: 'HelmAI', vendor: 'HelmAI, Inc.', category: 'meeting', domains: ['helm-ai.io'], source: 'https://helm-ai.io/terms' }, // terms: an AI-powered platform extracting signals from customer-success call recordings and transcripts
    { id: 'callscribeai', name: 'Call Scribe (callscribeai.com)', vendor: 'Call Scribe', category: 'meeting', domains: ['callscribeai.com'], source: 'https://callscribeai.com/legal/privacy' }, // privacy: call transcription and LLM analysis through transcription vendors and LLM providers
    { id: 'dbtalker', name: 'DBTalker', vendor: 'DBTalker', domains: ['dbtalker.com'], region: 'india', source: 'https://www.dbtalker.com/privacy' }, // privacy: an AI-powered query service generating SQL from questions, optionally with the user's Gemini key
    { id: 'dbtoagent', name: 'DBToAgent', vendor: 'Powerful Thinking Inc.', domains: ['dbtoagent.com'], source: 'https://dbtoagent.com/privacy.html' }, // privacy: AI agents querying connected databases and AI insights
    { id: 'whoprompt', name: 'WhoPrompt', vendor: 'WhoPrompt', domains: ['whoprompt.com'], source: 'https://www.whoprompt.com/privacy' }, // privacy: AI-generated SQL over connected databases, with Google AI services as a provider
    { id: 'onhelix-ai', name: 'Helix (onhelix.ai)', vendor: 'Helix Software, LLC', category: 'developer-platform', domains: ['onhelix.ai'], source: 'https://www.onhelix.ai/terms' }, // terms: an AI-powered data platform; news and event feeds plus AI fact-checking with OpenAI's models
    { id: 'oxyy-ai', name: 'oxyy', vendor: 'oxyy', category: 'developer-platform', domains: ['oxyy.ai'], source: 'https://www.oxyy.ai/privacy' }, // privacy: an API platform passing prompts to AI model providers, billed in credits

    // --- extensions and apps ---
    { id: 'transcriptyoutube-app', name: 'Youtube Video Transcript: AI Summary & Tags', vendor: 'transcriptyoutube.app', category: 'productivity', domains: ['transcriptyoutube.app'], source: 'https://transcriptyoutube.app/privacy-policy/' }, // privacy: a Chrome extension whose backend at api.transcriptyoutube.app returns AI summaries and tags
    { id: 'softcreator-youtube-summary', name: 'YouTube Summary (SoftCreator)', vendor: 'SoftCreator LLC', category: 'productivity', domains: ['brw-youtube-summary.softcreator.com'], source: 'https://brw-youtube-summary.softcreator.com/privacy-policy.html' }, // privacy: a Chrome extension generating AI-powered summaries of YouTube transcripts
    { id: 'mymoira', name: 'Moira (mymoira.com)', vendor: 'Moira', category: 'chat', domains: ['mymoira.com'], source: 'https://mymoira.com/privacy.html' }, // privacy: astrology readings generated by Anthropic's Claude from chart data
    { id: 'prodavai-kz', name: 'AikaSalesGym', vendor: 'Akademiya prodazh Aigerim Akhmetzhanovoi', domains: ['prodavai.kz'], source: 'https://prodavai.kz/politika-01' }, // privacy (Russian): a sales-skills trainer app and Telegram bot using artificial intelligence
  ],
  { checked: CHECKED_C18 },
);
