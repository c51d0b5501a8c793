// Sixteenth-session pass mktsales (2026-12-06, issue 15): MARKETING and SALES AI tools, the category the issue names as
// weak (ad creative, SEO and GEO content, social media, email and LinkedIn outreach, AI SDRs and sales agents, sales
// roleplay and coaching, conversation intelligence, lead discovery with AI, AI visibility trackers).
//
// Leads. (1) The marketing, sales, SEO/GEO and e-commerce sections of the pinned licensed lists, read locally from the
// free mirrors at their pinned commits: lsb11/awesome-ai-ecommerce-tools (CC0), richawo/awesome-ai-startup-stack's
// marketing, growth-and-sales and content-creation files (CC0), the four awesome-geo lists (vibetags CC0, luka2chat MIT,
// yes155 MIT, trakkr-aisearch CC0), kostja94/awesome-ai-tools (MIT), GagnDeep's small-business list (MIT), mahseema (MIT)
// and autoventure-projects/ai-tools-dataset (CC BY 4.0; Marketing, SEO, Social Media, Email and Ecommerce rows): 821
// distinct hosts. Earlier passes had mined these lists; their misses are now mostly general software (CRMs, email
// platforms, schedulers, analytics, stock media), blogs, conferences and newsletters. tioraicom/ai-tools-dataset could
// not be fetched. (2) A hand-assembled list of 376 marketing and sales AI product hosts remembered from the category
// (AI SDRs, sales agents, copywriters, GEO trackers, ad-creative tools, and the AI sections of sales suites). (3) 187
// hosts of marketing and sales AI vendors met in the stored `pages` corpus: 60 look-ups by product type ("AI SDR help
// centre", "AI visibility tracker docs", "AI sales roleplay", "AI ad creative profiles", "AI SEO blog autopilot docs",
// "AI content calendar"...), each result read as a lead; ionut85/ai-marketing-tools-directory and the SaddexRnx
// directory (no licence; leads only) added nothing new (the first was mined in the fifteenth session, the second links
// only through redirects).
//
// Measured with /work/helpers/classify-hosts.mts: licensed-list sections 241 of 821 (29.4%) before, 243 (29.6%) after;
// assembled list 202 of 376 distinct hosts (53.7%) before, 203 (54.0%) after; pages-corpus leads 9 of 187 (4.8%) before,
// 69 (36.9%) after; all three together (1,271 distinct hosts) 377 (29.7%) before, 439 (34.5%) after.
//
// Rows: two from kostja94's MIT list (Onton's AI shopping search at onton.com, beside the catalog's `on-ton` for the
// list's separate "On Ton" row at onton.ai; Faircado), the rest each citing a page on the vendor's own host (docs, help
// centre, guide, glossary or a blog post that names the vendor's own AI product) as stored in the `pages` corpus. One
// domain per row where the whole site is the product; a subdomain where only that subdomain is (Bluerails' Discovery
// dashboard); a URL prefix for an app developer's one AI app (Novik Apps' product-description agent). Analyse
// (analyse.net) and PlayTurbo (playturbo.com), found here too, are kept once, in the supwrite and imgvid passes.
//
// Left out. General marketing and sales suites whose AI is one feature (HubSpot, Salesforce, Klaviyo, Mailchimp, Brevo,
// Omnisend, Apollo, ZoomInfo, Lusha, Cognism, 6sense, Demandbase, Outreach, Salesloft, Clari, Highspot, Seismic,
// Gorgias, Manychat, Sprout Social, Hootsuite, Later, Brandwatch, Meltwater, Sprinklr, Semrush, Ahrefs, Conductor,
// BrightEdge, lemlist, Reply.io): their AI pages are the saasai pass's ground, and no vendor page naming a path was
// read here. Data-enrichment and automation tools without an AI product (Kaspr, Dropcontact, Findymail, Prospeo, Edges,
// HeyReach, Expandi, Waalaxy). Hosts the lists name that no vendor page ties to the product: goodie.ai and profound.ai
// (two GEO lists give them for Goodie and Profound, whose catalogued hosts are higoodie.com and tryprofound.com),
// lavender.io (the catalog has Lavender on lavender.ai), withdaydream.com, rankshift.ai (help centre only on
// featurebase.app), valley.so (Valley is catalogued on joinvalley.co), alta-hq.com (Alta is on altahq.com, added here),
// Semrush's ContentShake AI, Actively, Reevo, xfunnel, Tofu. Leads whose only stored page does not show the product's
// AI (Adrow, Adwitch, CineRads, Cognizo, Rebean, Onaji, ranktracking.ai, SendKite, Flymail, ContentCrab, MyMentions,
// Salesmotion, OutX, Northr's battlecards, MaxIQ, Closin, Cargo, Mirra, LocalSEO.ai, Maps Agent, BrandGene, LeoAds,
// RestAI's AI Sales Service, whose vendor could not be placed), and Symar, whose one stored page is a `?p=` URL on its
// homepage. Search Atlas's OTTO agent is a section of a general SEO suite with no path read. Support and voice-agent
// products met on the way (Airmailer, Score, Frontline, Autocalls, CallSphere, Callable) are the supwrite pass's
// ground; image-only generators (Thumbnail AI Pro) the imgvid pass's.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools, listed } from './define';

const KOSTJA94 = listed('kostja94', 'README.md');

export const longTailC16MktsalesTools: Tool[] = defineTools(
  'agents',
  [
    // Sales agents, AI SDRs, lead discovery.
    {
      id: 'octave-gtm',
      name: 'Octave',
      vendor: 'Octave',
      category: 'agents',
      domains: ['octavehq.com'],
      source: 'https://docs.octavehq.com/concepts/async-callbacks',
    }, // its API docs: saved agents generate email sequences, run enrichment and a Prospector over lists
    {
      id: 'alta-ai-sales',
      name: 'Alta',
      vendor: 'Alta',
      category: 'agents',
      domains: ['altahq.com'],
      apiEndpoints: ['api.altahq.com'],
      source:
        'https://support.altahq.com/en/articles/15173324-co-pilot-vs-auto-pilot-when-to-use-each-campaign-mode-in-alta',
    }, // help centre: Katie, its AI agent, sends campaign touchpoints on Auto-Pilot or for approval on Co-Pilot; article 12238987 gives api.altahq.com/v1/assistant/calls for its calling assistant
    {
      id: 'linkworld-ai',
      name: 'LinkWorld',
      vendor: 'LinkWorld',
      category: 'agents',
      domains: ['linkworld.ai'],
      source: 'https://docs.linkworld.ai/apps/sales-guy/',
    }, // docs: an AI workspace whose Sales Guy app researches leads and drafts outbound emails as an AI SDR
    {
      id: 'salespros-ai',
      name: 'SalesPros AI',
      vendor: 'SalesPros',
      category: 'agents',
      domains: ['salespros.ai'],
      source: 'https://salespros.ai/sales-intelligence/next-best-action-sales',
    }, // its own page on the AI scoring that ranks a seller's next best actions
    {
      id: 'rocket-agents',
      name: 'Rocket Agents',
      vendor: 'Rocket Agents',
      category: 'agents',
      domains: ['rocketagents.com'],
      source: 'https://rocketagents.com/docs/getting-started/core-workflow',
    }, // docs: the AI texts each new lead, qualifies them and books the meeting
    {
      id: 'autoreach-tech',
      name: 'AutoReach',
      vendor: 'AutoReach',
      category: 'agents',
      domains: ['autoreach.tech'],
      source: 'https://doc.autoreach.tech/core-concepts/leads',
    }, // docs: leads found on X and LinkedIn, AI lookalike audiences and a buyer score
    {
      id: 'redprowler',
      name: 'RedProwler',
      vendor: 'RedProwler',
      category: 'agents',
      domains: ['redprowler.com'],
      source: 'https://www.redprowler.com/help/two-phase-scoring-explained',
    }, // help centre: an AI reads Reddit posts and scores their buying intent for lead discovery
    {
      id: 'saleswhale',
      name: 'Saleswhale',
      vendor: 'Saleswhale',
      category: 'agents',
      domains: ['saleswhale.com'],
      source: 'https://support.saleswhale.com/en/articles/3915441-what-happens-with-inbound-emails',
    }, // help centre: the AI Assistant runs email conversations with leads and hands relevant ones to human review
    {
      id: 'flowmaticx',
      name: 'FlowmaticX',
      vendor: 'FlowmaticX',
      category: 'agents',
      domains: ['flowmaticx.com'],
      source: 'https://flowmaticx.com/docs/inbox-ai-replies',
    }, // docs: its AI writer drafts replies to prospects' answers in the outreach inbox
    {
      id: 'vertiqa',
      name: 'Vertiqa',
      vendor: 'Vertiqa',
      category: 'agents',
      domains: ['vertiqa.io'],
      source: 'https://vertiqa.io/agents/prospect-research',
    }, // its prospect-research agent reads the sales settings and drafts researched accounts
    {
      id: 'heycmo',
      name: 'HeyCMO',
      vendor: 'HeyCMO',
      category: 'agents',
      domains: ['heycmo.ai'],
      source: 'https://docs.heycmo.ai/docs/features/linkedin-outreach',
    }, // docs: its AI marketing agent drafts LinkedIn connection notes, messages and comments for approval
    // Sales roleplay, coaching and conversation intelligence.
    {
      id: 'aceinfluence',
      name: 'AceInfluence',
      vendor: 'AceInfluence',
      category: 'agents',
      domains: ['aceinfluence.ai'],
      source: 'https://aceinfluence.ai/docs/ai-features/ai-manager',
    }, // docs: its AI Manager negotiates prices with creators by email and manages offers within set rules
    {
      id: 'storika',
      name: 'Storika',
      vendor: 'Storika',
      category: 'agents',
      domains: ['storika.ai'],
      source: 'https://www.storika.ai/guides/ai-agent-creator-campaign-workflow',
    }, // its guide to AI agents that find creators, draft outreach and follow-ups under human control
    {
      id: 'evergrowth',
      name: 'Evergrowth',
      vendor: 'Evergrowth',
      category: 'agents',
      domains: ['evergrowth.com'],
      source: 'https://guide.evergrowth.com/how-to/roleplay-training/',
    }, // guide: its Agents include voice roleplay against an AI buyer persona, with a written evaluation
    {
      id: 'clositic',
      name: 'Clositic',
      vendor: 'Clositic',
      category: 'agents',
      domains: ['clositic.com'],
      source: 'https://www.clositic.com/en/help/reference/glossary',
    }, // help glossary: live voice practice calls with AI buyer personas, auto-scored
    {
      id: 'replay-sale',
      name: 'Replay (sales roleplay)',
      vendor: 'Replay',
      category: 'agents',
      domains: ['replay.sale'],
      source: 'https://docs.replay.sale/pages/features/roleplays',
    }, // docs: conversations with an AI-simulated customer, scored on a scorecard
    {
      id: 'pifini-ai',
      name: 'Pifini.ai',
      vendor: 'Pifini',
      category: 'agents',
      domains: ['pifini.ai'],
      source: 'https://pifini.ai/feeds/blog/ai-sales-coaching-scorecard-builder',
    }, // its blog: AI call scorecards that route reps into training on the gaps they show
    {
      id: 'salescaling',
      name: 'Salescaling',
      vendor: 'Salescaling',
      category: 'meeting',
      domains: ['salescaling.com'],
      source: 'https://docs.salescaling.com/en/practical-guides/agentes-de-voz-ia',
    }, // docs: AI voice agents place sales calls, then an AI analyses each conversation for follow-ups
    {
      id: 'triple-session',
      name: 'Triple Session',
      vendor: 'Triple Session',
      category: 'meeting',
      domains: ['triplesession.com'],
      source: 'https://docs.triplesession.com/crm/autofill-settings.md',
    }, // docs: processed sales calls become summaries and deal insights pushed to HubSpot or Salesforce
    // SEO and GEO content writers, social media content.
    {
      id: 'promptalpha',
      name: 'PromptAlpha',
      vendor: 'PromptAlpha',
      category: 'writing',
      domains: ['promptalpha.ai'],
      source: 'https://www.promptalpha.ai/docs/content-engine/ai-content-generation',
    }, // docs: its Content Engine writes articles meant to be cited by AI search engines
    {
      id: 'autoblogwriter',
      name: 'AutoBlogWriter',
      vendor: 'AutoBlogWriter',
      category: 'writing',
      domains: ['autoblogwriter.app'],
      source: 'https://docs.autoblogwriter.app/docs/core-concepts/blog-generation',
    }, // docs: language models generate SEO blog posts and their images
    {
      id: 'wp-automator',
      name: 'WP Automator',
      vendor: 'WP Automator',
      category: 'writing',
      domains: ['wpautomator.com'],
      source: 'https://www.wpautomator.com/docs/content-generation/ai-prompts',
    }, // docs: AI writes articles from topics and publishes them to WordPress sites
    {
      id: 'ai-seo-agents',
      name: 'AI SEO Agents',
      vendor: 'AI SEO Agents',
      category: 'writing',
      domains: ['aiagentssee.com'],
      source: 'https://aiagentssee.com/docs/understanding-agent-workflows',
    }, // docs: autonomous agents research, write, publish and audit SEO content
    {
      id: 'autopublish-org',
      name: 'AutoPublish',
      vendor: 'AutoPublish',
      category: 'writing',
      domains: ['autopublish.org'],
      source: 'https://www.autopublish.org/features/seo-content-briefs',
    }, // its feature page: briefs built from the live results page, which the model then writes against
    {
      id: 'orova',
      name: 'Orova',
      vendor: 'Orova',
      category: 'agents',
      domains: ['orova.vn'],
      source: 'https://orova.vn/news/how-ai-changes-keyword-research-writing-reporting',
      region: 'southeast-asia',
    }, // the Vietnamese "Marketing AI Agent"'s own playbook page on AI keyword research, writing and reporting
    {
      id: 'leadmetrics',
      name: 'Leadmetrics',
      vendor: 'Leadmetrics',
      category: 'agents',
      domains: ['leadmetrics.in'],
      source: 'https://kb.leadmetrics.in/agents/gbp-post-writer',
      region: 'india',
    }, // knowledge base: its marketing agents, such as the GBP Post Writer on Claude Sonnet, write Google Business Profile posts
    {
      id: 'emailflow-ai',
      name: 'EmailFlow AI',
      vendor: 'EmailFlow AI',
      category: 'writing',
      domains: ['emailflow.ai'],
      source: 'https://emailflow.ai/docs/core-concepts',
    }, // docs: an AI-native email marketing platform whose AI builder writes emails from a prompt and a scanned brand profile
    {
      id: 'ltv-ai',
      name: 'LTV.ai',
      vendor: 'LTV.ai',
      category: 'writing',
      domains: ['ltv.ai'],
      source: 'https://docs.ltv.ai/modules/reactivate/ai-features',
    }, // docs: research and analyst agents plan campaigns, then AI writes segment-specific email copy and images
    {
      id: 'callings-ai',
      name: 'Callings.ai',
      vendor: 'Callings.ai',
      category: 'writing',
      domains: ['callings.ai'],
      source: 'https://www.callings.ai/docs/my-calling-posts/posts-editor',
    }, // docs: the AI Ghostwriter drafts LinkedIn posts in the user's voice
    {
      id: 'audenci',
      name: 'Audenci',
      vendor: 'Audenci',
      category: 'writing',
      domains: ['audenci.com'],
      source: 'https://audenci.com/tutorial/ai-assistant/ai-powered-content-planning',
    }, // tutorial: AI content plans with proposed posts across platforms
    {
      id: 'unipulse',
      name: 'UniPulse',
      vendor: 'UniPulse',
      category: 'writing',
      domains: ['unipulse.tech'],
      source: 'https://docs.unipulse.tech/user/content-publishing/content-calendar',
    }, // docs: the AI plans a content calendar with caption drafts in the brand's voice
    {
      id: 'seenalyze-ai',
      name: 'Seenalyze AI',
      vendor: 'Seenalyze',
      category: 'writing',
      domains: ['seenalyzeai.com'],
      source: 'https://www.seenalyzeai.com/en/docs/scheduling-post-editor',
    }, // docs: generated posts and campaign items scheduled to connected social accounts
    {
      id: 'creator-ai-scriptai',
      name: 'Creator AI',
      vendor: 'Creator AI',
      category: 'writing',
      domains: ['tryscriptai.com'],
      source: 'https://tryscriptai.com/blog/best-ai-thumbnail-generator-youtube-2026',
    }, // its blog: YouTube scripts, thumbnails and subtitles generated in one workflow
    // AI search visibility (GEO) trackers and scorers.
    {
      id: 'outwrite-ai-geo',
      name: 'outwrite.ai',
      vendor: 'outwrite.ai',
      category: 'search',
      domains: ['outwrite.ai'],
      source: 'https://docs.outwrite.ai/tracking/ai-visibility-tracking-basics',
    }, // docs: prompts scanned on ChatGPT, Perplexity and Gemini for brand citations (not Outwrite, the writing tool on outwrite.com)
    {
      id: 'erlin-ai',
      name: 'Erlin',
      vendor: 'Erlin',
      category: 'search',
      domains: ['erlin.ai'],
      source: 'https://www.erlin.ai/blog/how-to-track-brand-visibility-in-ai-search',
    }, // its blog, citing its data from 500+ brands it tracks in AI search
    {
      id: 'citivus',
      name: 'Citivus',
      vendor: 'Citivus',
      category: 'search',
      domains: ['citivus.com'],
      source: 'https://docs.citivus.com/guides/understanding-your-performance',
    }, // docs: mention rate and sentiment in AI answers, with AI-generated insights
    {
      id: 'chatobserver',
      name: 'ChatObserver',
      vendor: 'ChatObserver',
      category: 'search',
      domains: ['chatobserver.com'],
      source: 'https://chatobserver.com/docs/analytics/brand-visibility',
    }, // docs: how often a brand's domains surface in AI-generated answers
    {
      id: 'sourcepull',
      name: 'Sourcepull',
      vendor: 'Sourcepull',
      category: 'search',
      domains: ['sourcepull.ca'],
      source: 'https://sourcepull.ca/blog/what-is-ai-search-visibility',
    }, // its blog: 40 queries run on four AI platforms for an AI visibility score
    {
      id: 'bluerails-discovery',
      name: 'Bluerails Discovery',
      vendor: 'Bluerails',
      category: 'search',
      domains: ['discovery.bluerails.com'],
      source: 'https://discovery.bluerails.com/methodology',
    }, // methodology page of its AI search visibility dashboard; only this subdomain is claimed
    {
      id: 'citefoundry',
      name: 'CiteFoundry',
      vendor: 'CiteFoundry',
      category: 'search',
      domains: ['citefoundry.com'],
      source: 'https://citefoundry.com/docs/guide/personas',
    }, // docs: AI-generated prompts, personas and monitors for a brand's visibility in AI answers
    {
      id: 'seora-ai',
      name: 'Seora',
      vendor: 'Seora',
      category: 'search',
      domains: ['seora-ai.com'],
      source: 'https://seora-ai.com/en/blog/geo-ai-overviews',
    }, // its blog: Seora scores each page for AI-overview readiness
    // Ad creative and ad management.
    {
      id: 'active-reach',
      name: 'Active Reach',
      vendor: 'Active Reach',
      category: 'image',
      domains: ['active-reach.ai'],
      source: 'https://docs.active-reach.ai/guides/ads/creative-profiles',
    }, // docs: the AI generates on-brand ad copy, images and variants from a creative profile
    {
      id: 'mani-ai',
      name: 'Mani',
      vendor: 'Mani',
      category: 'image',
      domains: ['maniai.com'],
      source: 'https://maniai.com/glossary/ad-creative',
    }, // glossary: Mani generates ad creative grounded in a brand's "Brand DNA"
    {
      id: 'kompozy',
      name: 'Kompozy',
      vendor: 'Kompozy',
      category: 'video',
      domains: ['kompozy.io'],
      source: 'https://kompozy.io/content-repurposing/from-blog-post',
    }, // its playbook: blog posts turned into AI-voiced videos, clips, threads and carousels, naming Kompozy for the AI video step
    {
      id: 'vidwave',
      name: 'Vidwave',
      vendor: 'Vidwave',
      category: 'video',
      domains: ['vidwave.ai'],
      source: 'https://vidwave.ai/generate-video-ads-for-facebook-with-ai',
    }, // its page on making Facebook video ads with its AI
    {
      id: 'koro-ai-ugc',
      name: 'Koro',
      vendor: 'Koro',
      category: 'video',
      domains: ['getkoro.app'],
      source: 'https://getkoro.app/blog/koro-difference-ugc-aigc-ai-ugc',
    }, // its blog: Koro automates avatar-based AI UGC video ads
    {
      id: 'hotugc',
      name: 'HotUGC',
      vendor: 'HotUGC',
      category: 'video',
      domains: ['hotugc.ai'],
      source: 'https://hotugc.ai/blog/ugc-video-basics-guide-ecommerce-marketers',
    }, // its blog on AI-made UGC video ads, and creating them with HotUGC
    {
      id: 'creative-system',
      name: 'Creative System',
      vendor: 'Creative System',
      category: 'video',
      domains: ['creativesystem.io'],
      source: 'https://docs.creativesystem.io/docs/features/batches/video',
    }, // docs: an AI assistant writes video ad messaging and storyboards
    {
      id: 'heromarketer',
      name: 'Hero Marketer',
      vendor: 'Hero Marketer',
      category: 'agents',
      domains: ['heromarketer.io'],
      source: 'https://support.heromarketer.io/concepts/how-ai-generates-ad-copy',
    }, // help centre: its Ad Copy Agent drafts responsive search ads from product context and keyword clusters
    {
      id: 'gadspilot',
      name: 'GadsPilot',
      vendor: 'GadsPilot',
      category: 'agents',
      domains: ['gadspilot.com'],
      source: 'https://gadspilot.com/docs/insights/ai-analysis',
    }, // docs: AI analysis of Google Ads, Search Console and Meta data through Claude, as a chat
    {
      id: 'infinisynapse',
      name: 'InfiniSynapse',
      vendor: 'InfiniSynapse',
      category: 'agents',
      domains: ['infinisynapse.com'],
      source: 'https://infinisynapse.com/en/blog/marketing-data-analysis',
    }, // its playbook, disclosing that it sells an AI data analyst used by marketing teams
    {
      id: 'mindra-co',
      name: 'Mindra',
      vendor: 'Mindra',
      category: 'agents',
      domains: ['mindra.co'],
      source: 'https://mindra.co/blog/ai-google-ads-management',
    }, // its blog: a team of AI agents watches Google Ads spend, drafts copy and proposes bid moves for approval
    {
      id: 'parallel-ai-workspace',
      name: 'Parallel AI',
      vendor: 'Parallel AI',
      category: 'agents',
      domains: ['withparallel.ai'],
      source: 'https://www.withparallel.ai/blog/ai-driven-google-ads-management-guide-2026',
    }, // its blog: Parallel AI drafts reports and account changes on connected ad accounts for approval
    {
      id: 'netseo-ads',
      name: 'netSEO Ads',
      vendor: 'netSEO',
      category: 'agents',
      domains: ['netseoads.com'],
      source: 'https://netseoads.com/en/blog/google-ads-ai-optimization',
    }, // its blog: its AI proposes negatives and budget alerts that a person approves
    // E-commerce.
    {
      id: 'novik-ai-product-description-agent',
      name: 'AI Product Description Agent',
      vendor: 'Novik Apps',
      category: 'writing',
      urlPrefixes: ['novikapps.com/ai-product-description-agent'],
      source: 'https://novikapps.com/ai-product-description-agent/docs.html',
    }, // the Shopify app's docs: product fields go to an AI model for draft descriptions; the rest of novikapps.com stays unclaimed
    {
      id: 'rel-ai-copy-opt',
      name: 'Rel.ai',
      vendor: 'Rel.ai',
      category: 'writing',
      domains: ['meetrel.ai'],
      source: 'https://meetrel.ai/blog/copy-opt-listing-optimization',
    }, // its blog: Copy Opt uses AI to rewrite Amazon listings
    {
      id: 'onton-shopping',
      name: 'Onton',
      vendor: 'Onton',
      category: 'search',
      domains: ['onton.com'],
      source: KOSTJA94,
    }, // README line 718, E-commerce Search Assistants: an AI shopping search engine (the list's separate "On Ton" row is onton.ai, `on-ton`)
    {
      id: 'faircado',
      name: 'Faircado',
      vendor: 'Faircado',
      category: 'search',
      domains: ['faircado.com'],
      source: KOSTJA94,
    }, // README line 717: AI second-hand shopping assistant (extension and app)
    // Market research.
    {
      id: 'synthetic-people-ai',
      name: 'Synthetic People',
      vendor: 'Synthetic People',
      category: 'other',
      domains: ['synthetic-people.ai'],
      source: 'https://synthetic-people.ai/blog/synthetic-personas/what-are-synthetic-personas',
    }, // its blog: LLM-built synthetic consumer personas for testing ideas
  ],
  { checked: CHECKED_C16 },
);
