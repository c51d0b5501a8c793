// Customer support agents, sales and marketing AI, meeting notetakers and a few vertical assistants (health, legal,
// finance, hiring) that the catalog missed, written on CHECKED_3. Each row cites the vendor's own product, pricing or
// docs page; AI features inside general SaaS are URL prefixes on the vendor's host, never the whole host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed, CHECKED_C12, CHECKED_C13, CHECKED_C14, CHECKED_C15 } from './define';

export const supportMarketingTools: Tool[] = defineTools('agents', [
  // Customer support
  { id: 'maven-agi', name: 'Maven AGI', vendor: 'Maven AGI', domains: ['mavenagi.com'], source: 'https://docs.mavenagi.com/help-center/training-maven/actions' },
  { id: 'capacity-support', name: 'Capacity', vendor: 'Capacity', domains: ['capacity.com'], source: 'https://support.capacity.com/article/966115/ai-agents' },
  { id: 'lorikeet', name: 'Lorikeet', vendor: 'Lorikeet', domains: ['lorikeetcx.ai'], source: 'https://lorikeetcx.ai/blog/lorikeet-ai-a-technical-deep-dive' },
  { id: 'fini', name: 'Fini', vendor: 'Fini', domains: ['usefini.com'], source: 'https://docs.usefini.com/en/api-reference/overview' },
  { id: 'yourgpt', name: 'YourGPT', vendor: 'YourGPT', domains: ['yourgpt.ai'], source: 'https://github.com/YourGPT/copilot-sdk/blob/3f95faa6a8b391e314559c22a9e49d8c2946cbc0/README.md' },
  { id: 'botsonic', name: 'Botsonic', vendor: 'Writesonic', domains: ['botsonic.com'], source: 'https://docs.botsonic.com/docs/ai-agent' },
  { id: 'askai-support', name: 'AskAI', vendor: 'AskAI', domains: ['my-askai.com'], source: 'https://www.my-askai.com/pricing' },
  { id: 'ravenna', name: 'Ravenna', vendor: 'Ravenna', domains: ['ravenna.ai'], source: 'https://docs.ravenna.ai/platform/web/ai/agents' },
  { id: 'fixify', name: 'Fixify', vendor: 'Fixify', domains: ['fixify.com'], source: 'https://www.fixify.com/blog/fixify-triage' }, // Fixify's own blog, stored copy read: Fixify Triage, the AI-powered engine routing its IT help-desk tickets
  // Sales and marketing
  { id: 'jacquard', name: 'Jacquard (formerly Phrasee)', vendor: 'Jacquard', category: 'writing', domains: ['jacquard.com'], source: 'https://support.jacquard.com/docs/language-briefing-best-practices', region: 'europe' },
  { id: 'seowriting-ai', name: 'SEOWriting.ai', vendor: 'SEOWriting.ai', category: 'writing', domains: ['seowriting.ai'], source: 'https://github.com/seowriting/wordpress-plugin/blob/1cc77300cd8a81f1cd32a2a9b9c32e89af2fce6b/seowriting/readme.txt' }, // SEOWriting's own WordPress plugin readme: its AI writing assistant for SEO content, through the REST API of seowriting.ai
  { id: 'adsgency', name: 'AdsGency AI', vendor: 'AdsGency', category: 'writing', domains: ['adsgency.ai'], source: listed('tiorai', 'data/ai-tools.csv') },
  { id: 'brandwell', name: 'BrandWell', vendor: 'BrandWell', category: 'writing', domains: ['brandwell.ai'], source: 'https://brandwell.ai/pricing/' },
  { id: 'icon-admaker', name: 'Icon', vendor: 'Icon', category: 'video', domains: ['icon.com'], source: listed('kostja94') },
  { id: 'alli-ai', name: 'Alli AI', vendor: 'Alli AI', category: 'writing', domains: ['alliai.com'], source: listed('tiorai', 'data/ai-tools.csv') },
  { id: 'seowind', name: 'Seowind', vendor: 'Seowind', category: 'writing', domains: ['seowind.io'], source: 'https://seowind.io/pricing/' },
  { id: 'persana', name: 'Persana AI', vendor: 'Persana', domains: ['persana.ai'], source: listed('c13ayc', 'responses/W23.json'), checked: CHECKED_C13 }, // YC directory entry: Persana AI, www.persana.ai, an AI sales agent; the earlier unopened source was its pricing page
  { id: 'autobound', name: 'Autobound', vendor: 'Autobound', category: 'writing', domains: ['autobound.ai'], source: 'https://help.autobound.ai/en/articles/11550193-understanding-data-types-in-autobound' },
  { id: 'twain', name: 'Twain', vendor: 'Twain', category: 'writing', domains: ['twain.ai'], source: 'https://www.twain.ai/pricing' },
  { id: 'lyne', name: 'Lyne.ai', vendor: 'Lyne', category: 'writing', domains: ['lyne.ai'], source: 'https://lyne.ai/pricing' },
  { id: 'salesforge', name: 'Salesforge', vendor: 'Salesforge', domains: ['salesforge.ai'], source: 'https://help.salesforge.ai/en/articles/9833669-how-do-follow-ups-work-in-salesforge', region: 'europe' },
  { id: 'adstellar', name: 'AdStellar', vendor: 'AdStellar', category: 'writing', domains: ['adstellar.ai'], source: 'https://www.adstellar.ai/pricing' },
  { id: 'bestever', name: 'Bestever', vendor: 'Bestever', category: 'image', domains: ['bestever.ai'], source: 'https://www.bestever.ai/pricing' },
  { id: 'aitopia', name: 'AITOPIA', vendor: 'AITOPIA', category: 'chat', domains: ['aitopia.ai'], source: 'https://github.com/AITOPIAai/cli/blob/794f7dca3a35e0c187834aace789ee32f93fced7/README.md' }, // AITOPIA's own CLI README: AI image, video and audio generation with an AITOPIA account at aitopia.ai
  { id: 'ai-pro', name: 'AI-PRO', vendor: 'AI-PRO', category: 'chat', domains: ['ai-pro.org'], source: 'https://ai-pro.org/pricing' },
  // Video and audio production
  { id: 'visla', name: 'Visla', vendor: 'Visla', category: 'video', domains: ['visla.us'], source: listed('aliammari1') },
  { id: 'reduct', name: 'Reduct', vendor: 'Reduct', category: 'video', domains: ['reduct.video'], source: 'https://help.reduct.video/en/articles/recording-in-reduct' }, // Reduct's own help centre, stored copy read: every uploaded recording is transcribed automatically, with translation and summaries, on help.reduct.video (2026-12-05)
  { id: 'eddie-ai', name: 'Eddie AI', vendor: 'Eddie AI', category: 'video', domains: ['heyeddie.ai'], source: 'https://www.heyeddie.ai/blog/how-to-create-paper-edits-from-interviews' }, // Eddie AI's own blog, stored copy read: its AI assistant editor building paper edits and rough cuts from interview footage, on www.heyeddie.ai (2026-12-05)
  { id: 'cutback-selects', name: 'Selects', vendor: 'Cutback', category: 'video', domains: ['cutback.video'], source: 'https://cutback.video/guide/auto-rough-cut' }, // Cutback's own guide, stored copy read: its Premiere Pro plugin uses AI to transcribe speech and build an automatic rough cut
  { id: 'pokecut', name: 'Pokecut', vendor: 'Pokecut', category: 'image', domains: ['pokecut.com'], source: listed('kapibala') }, // README at the pinned commit: Pokecut, AI studio-quality product photos, at pokecut.com
  { id: 'temi', name: 'Temi', vendor: 'Rev', category: 'audio', domains: ['temi.com'], source: listed('whoisdsmith', 'AI-Bookmarks/AI-Tools-Cheatsheet/Speech-To-Text.md'), checked: CHECKED_C12 }, // Temi at temi.com
  // Meeting notetakers and wearables
  { id: 'chorus', name: 'Chorus', vendor: 'ZoomInfo', category: 'meeting', domains: ['chorus.ai'], source: listed('radiusmethod', 'saas.csv') }, // the AI-domains list for security teams names *.chorus.ai as Chorus by ZoomInfo
  { id: 'rafiki', name: 'Rafiki', vendor: 'Rafiki', category: 'meeting', domains: ['getrafiki.ai'], source: 'https://docs.getrafiki.ai/en/articles/5329196-call-scope-internal-vs-external' }, // Rafiki AI's own help docs, stored copy read: it records and classifies sales meetings for analytics and CRM deals; docs.getrafiki.ai is under the row's host
  { id: 'spinach', name: 'Spinach AI', vendor: 'Spinach', category: 'meeting', domains: ['spinach.ai', 'spinach.io'], source: listed('natnew') }, // names Spinach, an AI meeting tool, at spinach.io; spinach.ai is not named there (unproven)
  // anarlog.so (2026-12-05): the same app renamed: its Homebrew cask "anarlog" ("AI notepad for meetings", fastrepl's
  // releases, zapping com.hyprnote.stable) gives it as the homepage (Homebrew/homebrew-cask@27146ffdeb4d2c1f830135a182d749abaaae6dca Casks/a/anarlog.rb).
  // char.com (2026-12-06, yc25 pass): Char is Hyprnote renamed; apps/web/netlify.toml at the same pinned commit
  // (fastrepl/hyprnote@8731462e56f419737c55e7094f5f9c94a6507a98) redirects hyprnote.com to char.com.
  { id: 'hyprnote', name: 'Hyprnote', vendor: 'Hyprnote', category: 'meeting', domains: ['hyprnote.com', 'anarlog.so', 'char.com'], source: 'https://github.com/fastrepl/hyprnote/blob/8731462e56f419737c55e7094f5f9c94a6507a98/README.md' },
  { id: 'bee-computer', name: 'Bee', vendor: 'Bee', category: 'meeting', domains: ['bee.computer'], source: 'https://github.com/bee-computer/bee-cli/blob/b218f64aff7ceb728dc3150ebabf642831094b0e/README.md' }, // Bee's own CLI README: Bee, the wearable AI that captures conversations, at www.bee.computer
  { id: 'nyota', name: 'Nyota', vendor: 'Nyota', category: 'meeting', domains: ['nyota.ai'], source: 'https://help.nyota.ai/getting-started/org-wide-settings-one-bot-per-organization-in-meetings' }, // Nyota's own help centre, stored copy read: its AI note-taking bot that joins meetings, on help.nyota.ai (2026-12-05)
  // Agents and automation
  { id: 'browse-ai', name: 'Browse AI', vendor: 'Browse AI', domains: ['browse.ai'], source: listed('kostja94') },
  { id: 'zapier-ai', name: 'Zapier Agents', vendor: 'Zapier', urlPrefixes: ['zapier.com/agents', 'zapier.com/ai'], source: listed('tioraiagents') }, // the list links Zapier Agents at zapier.com/agents; zapier.com/ai is not named there (unproven)
  { id: 'superagent', name: 'Superagent', vendor: 'Superagent', domains: ['superagent.sh'], source: 'https://github.com/superagent-ai/superagent/blob/aa6c184972fb6fe29d3bf41f12c8f46d7c4262d8/README.md' },
  { id: 'o-mega', name: 'O-mega', vendor: 'O-mega', domains: ['o-mega.ai'], source: 'https://o-mega.ai/docs/what-makes-up-an-agent' }, // O-mega's own docs, stored copy read: a workspace of AI agents with names, roles, rules and learnings
  { id: 'google-opal', name: 'Opal', vendor: 'Google', domains: ['opal.withgoogle.com', 'opal.google', 'opal.google.com'], urlPrefixes: ['developers.google.com/opal'], source: 'https://developers.google.com/opal/Agent_Mode.md.txt', checked: CHECKED_C15 }, // developers.google.com/opal (Opal's documentation, the official site in the report): listed('c14regionalaeg', '_reports/google-opal.md'), CHECKED_C14; opal.google and opal.google.com (moved from the removed duplicate `opal` row): v2fly's google-deepmind file lists both under an "Opal" heading among Google's AI hosts, v2flyAt('google-deepmind'), CHECKED_C15
  { id: 'abacus-chatllm', name: 'ChatLLM', vendor: 'Abacus.AI', category: 'chat', domains: ['abacus.ai'], source: 'https://abacus.ai/help/chatllm' }, // stored copy of Abacus.AI's ChatLLM documentation on abacus.ai
  { id: 'boltai', name: 'BoltAI', vendor: 'BoltAI', category: 'chat', domains: ['boltai.com', 'boltai.app'], source: 'https://github.com/Homebrew/homebrew-cask/blob/00ee75a687be3eca55a6cf09f2818566543ecf69/Casks/b/boltai.rb' }, // boltai.app, BoltAI's download link: listed('billmei'), CHECKED_C12
  { id: 'void-editor', name: 'Void', vendor: 'Void', category: 'coding', domains: ['voideditor.com'], source: listed('mvalentsev', 'blocklist.yaml') },
  { id: 'leap-new', name: 'Leap', vendor: 'Encore', category: 'coding', domains: ['leap.new'], source: 'https://docs.leap.new/getting-started/introduction.md', checked: CHECKED_C12 },
  // Health, legal, finance, hiring, education
  { id: 'evenup', name: 'EvenUp', vendor: 'EvenUp', category: 'writing', domains: ['evenuplaw.com'], source: listed('kostja94') },
  { id: 'fintool', name: 'Fintool', vendor: 'Fintool', category: 'search', domains: ['fintool.com'], source: 'https://fintool.com/docs' }, // Fintool's own API docs, stored copy read: natural-language financial questions answered from SEC filings and transcripts with citations (api.fintool.com)
  { id: 'auquan', name: 'Auquan', vendor: 'Auquan', category: 'search', domains: ['auquan.com'], source: listed('c13dstechstars', 'api/companies/auquan.json'), checked: CHECKED_C14, region: 'europe' }, // Techstars' record: Auquan, auquan.com, London, industry AI/ML (its one-liner still describes the earlier data-science trading platform); the earlier unopened source was its platform page
  { id: 'daloopa', name: 'Daloopa', vendor: 'Daloopa', category: 'productivity', domains: ['daloopa.com'], source: 'https://github.com/daloopa/plugin/blob/3c95874a72d0d41bf21ee8a8c987fbcf8697812a/README.md' }, // Daloopa's own Claude plugin README: AI financial-analysis skills on Daloopa's data, sign up at daloopa.com
  { id: 'mercor', name: 'Mercor', vendor: 'Mercor', category: 'productivity', domains: ['mercor.com'], source: listed('kostja94') },
  { id: 'micro1', name: 'micro1 (Zara)', vendor: 'micro1', category: 'productivity', domains: ['micro1.ai', 'micro1.io'], source: 'https://www.micro1.ai/research/zara-an-llm-based-candidate-interview-feedback-system' }, // micro1's own research page, stored copy read: Zara, its GPT-4o-based AI recruiter, runs interviews inside micro1's hiring platform; micro1.io: Micro1, an AI voice-driven hiring platform, at https://micro1.io/ in listed('kostja94', 'README-CN.md') line 719 (the product's API answers at api.micro1.io), CHECKED_C14
  { id: 'coursebox', name: 'Coursebox', vendor: 'Coursebox', category: 'productivity', domains: ['coursebox.ai'], source: listed('laylavish', 'noai_hosts.txt') }, // host only: the AI-site hosts list names coursebox.ai
], { checked: CHECKED_3 });
