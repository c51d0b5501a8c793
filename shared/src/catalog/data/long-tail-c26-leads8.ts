// Twenty-sixth session, long-tail pass `leads8` (2026-12-07, helper `leads8`): the leads the session's later passes
// left in their READMEs (uslaws, pricing, exts2, kids, govnp, gulf, imgvid5, mcp, eucredits, hospmedia, notrain; the
// names leads7 could not confirm were skipped), each re-checked with one search naming the product and what it does,
// plus AI products the same look-ups met on their own hosts. A row needs a page with a path on the product's own host
// where the vendor says the product is AI (generates, answers, drafts or analyses with AI, an LLM, a neural network or
// a named model provider). A vendor's own blog or news post about its own product counts.
//
// Rows from the leads: MediaScribe (Tightrope's AI captioning and audio description, from its own news release),
// Kadence (Voice AI answering insurance-agency calls, from its own blog), Addy AI (mortgage document AI, from its blogs
// on addy.com and addy.so), NOPE (crisis-screening API for chat and LLM apps with a fine-tuned classifier and
// AI-generated replies), Posternity (AI poster generator with a community gallery), Projectory (AI for government
// proposal management, from its own blog) and Outlier (a YouTube research tool whose docs describe AI video-idea
// generation and Gemini thumbnails). Picify (picify.io, APPWILL COMPANY LTD) was met while checking the picify.co lead:
// its privacy policy sends uploads to OpenAI and NanoBanana to generate product visuals.
// Met on their own hosts in the same look-ups: Spinal (a collections agent that drafts chasers for review),
// TalkToMyAgent (voice-agent API, AI debt-collection calls), AgentCollect (AI voice agents for collections), SmartDM.ai
// (Instagram DM replies by RAG on OpenAI embeddings), SquadOS (an agent platform whose Instagram trigger answers DMs
// from a prompt, tools and a knowledge base), bb9.ai (AI DM automation with a swarm of agents), Picky (AI photo
// scoring and editing app), ChartMentor (an AI trade-review extension for TradingView charts) and korekthor (a Czech
// proofreader built on neural networks the makers train themselves).
//
// Addy AI: the catalog already lists the same company's Chrome extension by store id only (`addy-ai-extension`, an
// email assistant, data/extensions-3.ts, no domains). The mortgage product on addy.com and addy.so is a different
// product, so it gets its own row with a qualified name; the extension entry is left as it is.
//
// Traps dropped so that the rows can classify (each older file asserts row counts only, which are unchanged):
// lookalikes-c22-audio2.test.ts (www.mediascribe.ai/academy/path-2-audio-descriptions/module-2-2-ai-accelerated-audio-
// description), lookalikes-c22-sales2.test.ts (www.startkadence.com/guides/call-quality-scorecard-speech-analytics-
// remote-producer-enablement) and lookalikes-c26-imgvid5.test.ts (outlier.so/docs/thumbnail-generator/generating-
// thumbnails); each file's header notes the drop.
//
// Look-ups: 34 of 35, all `search` in the stored `pages` corpus, counted as they were made. Queries named videoai.me,
// vinsi.ai, collectdebt.ai, socialoperator.ai, pocketanimus.com (these five by host name, which the corpus matches
// poorly), then MediaScribe, Kadence, Addy AI, Lexace, NOPE, JobSwift, Picify, Posternity, Talk Luna (twice), shot.is,
// YourVoic, Buddy.ai, Quiller, Projectory, Prosei, Cetient, saiaagent, Wasf, Manimate, Outlier, memstore.dev, MCP
// Harbor, AI korektor, RecapHub, SideGPT, tvext, Makebox and Ardiland, each with words for what the product does.
// Candidate hosts were run through /work/helpers/classify-hosts.mts and the names grepped in data/ and in the other
// helpers' c26 files first; fluxnote.io, ugcgen.ai, tutorlucid.com, hellorep.ai and gptsidebar.com (leads of uslaws,
// pricing and exts2) already classify after the session's merge and were not searched.
//
// Measured with /work/helpers/classify-hosts.mts on the 212 hosts the look-ups returned (vendors, news, blogs,
// directories, agencies and shared hosts alike, in /work/helpers/out/leads8-hosts.txt): 18 classified before (8.5%),
// 37 after (17.5%).
//
// Doubtful rows. Projectory's post is a benefits page in blog form (manual vs with-AI tables); it does not name a model
// but the product it sells is the with-AI column. Outlier is a YouTube competitor-research tool; it is listed because
// its docs describe idea generation and thumbnail generation (Gemini models priced per image) as its AI features, not
// as a side option. bb9.ai's docs explain AI DM automation partly in general terms; the agent swarm they describe is
// its own. SquadOS's page is a trigger guide; the product is an agent builder (prompt, tools, knowledge base). NOPE's
// core is a classifier (fine-tuned) for risk detection sold to chat and LLM apps, with AI-written replies and AI-ranked
// resources as options; it is listed as a developer platform. Spinal's post is about its collections agent drafting
// chasers; the page calls the company one of the AI companies selling into finance. Picky's policy describes AI
// analysis, ranking and editing of photos; it is a mobile app whose web host holds the policy.
//
// Left out, still leads. videoai.me, vinsi.ai, collectdebt.ai, socialoperator.ai, pocketanimus.com, lexace.ai,
// jobswift.ai, talkluna.com, buddy.ai (news and interviews only), Quiller (news only), Prosei and Cetient (named only in
// ailawyer.pro's guide), saiaagent.com, Wasf (holoolpro.com), manimate.ai (only agent-skill listings named manimate),
// mcpharbor.io, aikorektor.sk, recaphub.co, sidegpt.app (again only sidegpt.openlaunch.ai), tvext.app, makebox.ai and
// ardiland.net: no page on their own host was returned. memstore.dev: only its homepage again (a memory API for AI
// agents; a page with a path would make it a row). shot.is/blog/ai-ugc-ads-cost says the vendor runs an AI ad pipeline
// daily but reads as a studio's cost post (studio or product unclear). yourvoic.com/api/docs/api-reference documents
// TTS models without saying AI (as the pricing pass found). www.picify.co's BYOK help page sends AI features to OpenAI,
// but its basic editing tools are free and the product page was not read (left out, trapped). Not claimed here:
// www.tahaiportal.com's ProSe knowledge base (a portal hosting several products), asklex.law (Sri Lankan legal
// research; the page implies but does not say AI), www.zvee.io (a CV workspace with AI assistance), docs.infinite.tools
// and www.prismposter.com (credit pages that do not say AI), outboundcalls.ai, www.webio.com, www.soberan.co,
// www.cleat.ai and www.gapscout.ai (guides in general terms), legalcollects.ai (an attorney-supervised collection
// service), docs.eventhex.ai (an event platform's AI recap feature), docs.algo-trade-analytics.com and
// help.getbanyan.co (AI features inside general products), openchairpro.com, mail.misar.io, www.poster.ly,
// www.beyondcommerce.app and blog.panterranetworks.com (general products with an AI feature), support.cablecast.tv
// (Tightrope's general product, describing MediaScribe), www.aichatnav.com (a sidebar that saves AI chats, not AI
// itself), poshet.co (an app company's host), getpocketbot.com (policy without AI wording), and shared-platform,
// staging and mirror hosts (mintlify.app, vercel.app, pages.dev, netlify.app, web.app, framer.ai, docs-stg hosts).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26Leads8Tools: Tool[] = defineTools(
  'other',
  [
    // --- leads from earlier c26 passes ---
    { id: 'mediascribe', name: 'MediaScribe', vendor: 'Tightrope Media Systems', category: 'audio', domains: ['mediascribe.ai'], source: 'https://www.mediascribe.ai/news/bctv-streamlines-government-meeting-in-room-captions-with-mediascribe' }, // vendor news release: MediaScribe is an AI-powered captioning and transcription solution for government meetings
    { id: 'kadence-voice-ai', name: 'Kadence', vendor: 'Kadence', category: 'agents', domains: ['startkadence.com'], source: 'https://www.startkadence.com/blog/after-hours-call-answering-insurance-leads' }, // vendor blog: Kadence's Voice AI answers insurance-agency calls after hours, takes structured intake and logs the lead to the CRM
    { id: 'addy-ai-mortgage', name: 'Addy AI (mortgage)', vendor: 'Addy AI', category: 'productivity', domains: ['addy.com', 'addy.so'], source: 'https://addy.com/blog/ai-agents-for-mortgage-processing' }, // vendor blog: Addy automates mortgage processing inside the lender's LOS with AI document reviews and condition management
    { id: 'nope-net', name: 'NOPE', vendor: 'NOPE', category: 'developer-platform', domains: ['nope.net'], source: 'https://nope.net/screen' }, // product page: a screening API that flags crisis signals in chat messages, with an optional AI-generated supportive reply
    { id: 'posternity', name: 'Posternity', vendor: 'Posternity', category: 'image', domains: ['posternity.ai'], source: 'https://posternity.ai/documentation/contributing-to-gallery' }, // docs: users publish images made with its AI tools (poster generator, remix, background removal) to a community gallery
    { id: 'projectory', name: 'Projectory', vendor: 'Projectory', category: 'writing', domains: ['projectory.ai'], source: 'https://www.projectory.ai/blog/how-ai-transforms-government-proposal-management' }, // vendor blog: AI requirement extraction and compliance checking for government proposal teams, set against manual work
    { id: 'outlier-so', name: 'Outlier (YouTube AI)', vendor: 'Outlier', category: 'video', domains: ['outlier.so'], source: 'https://outlier.so/docs/ai-video-ideas/how-ai-ideas-work' }, // docs: its AI finds content gaps against tracked competitors and writes personalised video ideas; thumbnails are generated with Gemini models
    { id: 'picify-io', name: 'Picify (AI product visuals)', vendor: 'APPWILL COMPANY LTD', category: 'image', domains: ['picify.io'], source: 'https://picify.io/privacy' }, // privacy: uploaded product images are sent to its generation providers, OpenAI and NanoBanana, to generate visual content
    // --- met on their own hosts in the same look-ups ---
    { id: 'spinal-collections', name: 'Spinal', vendor: 'Spinal', category: 'agents', domains: ['withspinal.com'], source: 'https://www.withspinal.com/blog/collections-as-a-dialogue' }, // vendor blog: Spinal's collections agent gathers context and drafts the chase, waiting for a person to send unless full autonomy is switched on
    { id: 'talktomyagent', name: 'TalkToMyAgent', vendor: 'TalkToMyAgent', category: 'agents', domains: ['talktomyagent.io'], source: 'https://www.talktomyagent.io/docs/voice-api/debt-collection' }, // docs: one API call starts an AI voice agent that phones a debtor, explains the balance and handles the reply
    { id: 'agentcollect', name: 'AgentCollect', vendor: 'AgentCollect', category: 'agents', domains: ['agentcollect.com'], source: 'https://www.agentcollect.com/blog/ai-voice-agent-collections' }, // vendor blog: AgentCollect's AI voice agents hold collection calls, one agent per account, on conversational AI
    { id: 'smartdm-ai', name: 'SmartDM.ai', vendor: 'SmartDM.ai', category: 'agents', domains: ['smartdm.ai'], source: 'https://smartdm.ai/llms-full.txt' }, // product text: an Instagram DM bot that answers from the business's knowledge base by RAG on OpenAI embeddings
    { id: 'squados', name: 'SquadOS', vendor: 'SquadOS', category: 'agents', domains: ['squados.io'], source: 'https://docs.squados.io/en/triggers/instagram-direct/' }, // docs: connects an Instagram account to an agent that answers DMs from its prompt, tools and knowledge base
    { id: 'bb9-ai', name: 'bb9.ai', vendor: 'bb9.ai', category: 'agents', domains: ['bb9.ai'], source: 'https://docs.bb9.ai/docs/how-dm-automation-works' }, // docs: AI DM automation in which a swarm of agents picks who replies, qualifies the lead and books the call
    { id: 'usepicky', name: 'Picky (AI photo ranking)', vendor: 'Picky', category: 'image', domains: ['usepicky.com'], source: 'https://www.usepicky.com/privacy' }, // privacy: photos are uploaded for AI analysis, ranking and editing; scores and feedback are generated by its AI
    { id: 'chartmentor', name: 'ChartMentor', vendor: 'ChartMentor', category: 'productivity', domains: ['chartmentor.io'], source: 'https://chartmentor.io/docs' }, // docs: an extension that runs AI trade reviews of TradingView charts, routed through a curated set of AI models
    { id: 'korekthor', name: 'korekthor', vendor: 'korekthor', category: 'writing', domains: ['korekthor.cz'], source: 'https://korekthor.cz/o-projektu', region: 'europe' }, // about page (Czech): automatic Czech proofreading with neural networks the team models and trains itself
  ],
  { checked: CHECKED_C26, region: 'global' },
);
