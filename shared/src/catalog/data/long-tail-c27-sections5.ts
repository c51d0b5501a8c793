// Twenty-seventh session, fifth sections pass (2026-12-07, helper `sections5`): AI products that live under general
// platforms (an AI subdomain, or a URL path that is the AI product itself) on SaaS suites, banks, telcos, retailers,
// publishers, search engines, universities, governments and regional portals, beside the earlier sections passes
// (data/platform-ai-sections*.ts, data/cat-saas-ai-sections.ts, data/long-tail-c23-sections3.ts,
// data/long-tail-c25-sections4.ts), whose queries were not repeated. The pass found no AI section whose own page the
// stored corpora hold, so it adds no section row; the one row below is an AI layer beside a public database, met on
// the way (as the eighteenth session's sections pass kept the AI-native vendors it met).
//
// Leads. Before searching, 543 AI-section hosts and paths of general sites were written down from memory (AI
// subdomains and paths of Chinese, Korean, Japanese, Russian, Indian, European and US portals, clouds, telcos,
// publishers, stock-photo and SEO sites, hosting companies, governments, universities and research institutes; many
// guessed, kept only to measure, in /work/helpers/out/sections5-candidates.txt) and run through
// /work/helpers/classify-hosts.mts: 197 (36.3%) already classify, before and after this pass, so the gaps are the
// long tail. 37 look-ups, counted as they were made: 31 `pages` searches, 5 `docs` searches and 1 find_string (3 of
// the 40 left unused). Queries: named products (Singapore's AIBots and Pair, GSA's
// USAi, KAYAK.ai, LINE WORKS AiNote twice, Swisscom myAI, Telekom's Magenta AI, WPS AI, Baidu's Miaoda, DingTalk's AI
// assistant, Hostinger Horizons in three searches and a find_string, Course Hero's AI, France's Albert, TritonGPT, ConoHa
// AI Canvas, Semrush ContentShake, WHO's S.A.R.A.H., the European Parliament's Ask the EP Archives) and generic
// wordings of the terms, FAQ and help pages an AI section carries (Japanese newspaper and bank AI services, Korean
// telecom AI terms, Chinese AI-assistant user agreements, Spanish government assistants, telecom AI add-ons, newsroom
// answer engines in English and German, Brazilian university AI platforms, Chinese campus DeepSeek portals, Russian
// operators' and banks' AI assistants, stock-photo AI generators). They returned news, blogs, directories, copies of
// vendor pages on unrelated hosts (Hostinger's blog on pumacheckinsurance.com and saleonlinect.top), terms for AI
// features embedded in general apps, and AI-native startups, nearly all of them already listed.
//
// Measured with /work/helpers/classify-hosts.mts on the 216 hosts the searches returned (vendors, news, blogs,
// directories, governments, universities and shared hosts alike, in /work/helpers/out/sections5-hosts.txt): 25
// classified before (11.6%), 26 after (12.0%).
//
// Doubtful row. 国会アプリ (kokkai.app) is run by a "国会アプリ運営事務局" (operating secretariat) that names no
// company, and is in beta; its terms describe the AI search, summaries and analysis and the AI-generated answers in
// detail, and the National Diet Library's own record search (kokkai.ndl.go.jp), whose API it uses, stays unclassified.
//
// Not searched, by rule: the AI sections of developer documentation that the candidate list found unclassified
// (docs.docker.com/ai, learn.microsoft.com/en-us/semantic-kernel, docs.aws.amazon.com/bedrock,
// create.roblox.com/docs/assistant, shopify.dev's Sidekick docs and the like) are pages about an AI feature, the kind
// the twenty-fifth session's merge dropped, so no look-up went to them.
//
// Left out. Retired: WHO's S.A.R.A.H. (www.who.int/campaigns/Florence says the prototype is no longer in public
// deployment). Pages about an AI feature, not where it runs: LINE WORKS's AiNote and AiStudio admin and help guides
// (help.worksmobile.com; the features live inside LINE WORKS), Arc XP's Ask the News docs (docs.arcxp.com; it runs on
// publishers' sites), GoHighLevel's App Studio docs (marketplace.gohighlevel.com), the IPU's use-case page on the
// Italian Senate's natural-language search, Albert (France's state AI for public agents) met in government news
// only. AI features embedded in general apps with no host of their own: SmartNews's AI chat, NTT DOCOMO BUSINESS's
// support assistant (as the eighteenth session decided), Weibo's 天气通 AI assistant (tqt.weibo.cn, a query-string
// page), STORES's inquiry-management AI, OBC's AI service guideline, GoDaddy's Korean AI terms (Airo is listed),
// 福島鰹's だしAI chatbot terms on the shop's blog. Agent frameworks and SDK sites, which the catalog keeps out (see
// lookalikes-c12-lists-e.test.ts, where strandsagents.com is a trap): Pydantic AI (ai.pydantic.dev), JetBrains's Koog
// (docs.koog.ai) and AWS's Strands Agents. Left out before and not reopened: mimilog.im (a store-only app, as the
// seventeenth to twenty-sixth sessions decided). Drafts and unclear pages: www.usehorizon.ai (a bracketed date in its
// terms), aid.daxue.cloud (does not say what the AI does), taxpersoft.com (a developer's host for a blog-posting
// helper). Shared platforms: policy-lineai.web.app, newt-agent-chat-site.vercel.app (Reiwa Travel's NEWT Chat terms),
// openchat-landing.pages.dev, aiwellflow.pages.dev, dreamteller-pi.vercel.app, xpiksapp-website.pages.dev.
//
// Leads for a later pass (a page with a path on the claimed host or prefix is still to be read): Hostinger Horizons
// (www.hostinger.com/horizons, Hostinger's AI app builder: its own skills repository hostinger/hostinger-agent-skills
// says "Horizons is Hostinger's AI website builder"; the landing page and horizons subpages were not in the corpora),
// the European Parliament's Archibot on its historical-archives site, Semrush ContentShake (contentshake.semrush.com),
// the stock-photo AI generators (www.shutterstock.com/generate, www.gettyimages.com/ai/generation,
// www.istockphoto.com/ai/generation, www.vecteezy.com, www.123rf.com and depositphotos.com AI generator paths,
// elements.envato.com ImageGen), Fiverr Go, Ahrefs's AI content helper, Scribbr's paraphrasing tool, KAYAK.ai,
// Singapore's AIBots (aibots.gov.sg), GSA's USAi (usai.gov), Kakao's Kanana, LINE Yahoo's AI assistant, Samsung SDS's
// FabriX and Brity Copilot, Fujitsu's Kozuchi portal, Baidu's Miaoda (miaoda.baidu.com), Ant Group's AQ, DingTalk's AI
// pages, JD's JoyAI, Meituan's Xiaomei, Xiaohongshu's Diandian, 360's AI work hosts, Swisscom myAI, Telekom's Magenta
// AI. AI-native vendors met whose product is not yet judged: Search Atlas's Content Genius (help.searchatlas.com),
// AlmaSEO's Content Intelligence (docs.almaseo.com, an SEO platform where AI may be one feature) and Citatra
// (citatra.cloud, answer-engine optimisation with AI article generation).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27Sections5Tools: Tool[] = defineTools(
  'search',
  [
    // --- an AI layer beside a public record, met on the way ---
    { id: 'kokkai-app', name: '国会アプリ (Kokkai App)', vendor: '国会アプリ運営事務局', domains: ['kokkai.app'], source: 'https://kokkai.app/terms' }, // terms (2025-01-14, β): uses the National Diet Library's Diet-record API and AI to search, summarise and analyse Diet proceedings in natural language; the answers are generated by AI
  ],
  { checked: CHECKED_C27, region: 'japan' },
);
