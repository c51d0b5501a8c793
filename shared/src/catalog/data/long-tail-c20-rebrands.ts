// Twentieth session, rebrands pass (2026-12-07, helper `rebrands`): renamed AI products and their other hosts (moved
// domains, "formerly known as" and "X is now Y" renames, acquired-and-renamed tools, a product's second official hosts).
//
// Finding. First the catalog itself: about 350 old and new hosts of renamed or regional AI products (Bard/Gemini,
// Codeium/Windsurf, Codota/Tabnine, CodiumAI/Qodo, OpenDevin/OpenHands, GPT Engineer/Lovable, Create/Anything,
// Riffusion/Producer, Leya/Legora, DeepBrain/AI Studios, Movio/HeyGen, Captions/Mirage, Play.ht/PlayAI, Typeset/SciSpace,
// Logojoy/Looka, Let's Enhance/Claid, Rewind/Limitless, OctoML/OctoAI, Fixie/Ultravox, Metaphor/Exa, Yodayo/Moescape,
// Sync Labs, vidyo.ai/quso.ai, Clawdbot/Moltbot/OpenClaw, Zhipu/Z.ai, Kimi, Qwen, MarsCode/Trae, Cici/Dola and the
// Chinese assistants' second hosts, among others) were run through /work/helpers/classify-hosts.mts: nearly all were
// already listed, so no rename row could be added from them. Then 38 look-ups: 34 in the stored `pages`, `docs` and
// `issues` corpora worded the way vendors announce renames ("formerly known as", "is now", "our new name", "we have
// moved to a new domain", "why did you change your name", privacy policies naming a former name) in English, Japanese,
// Chinese, German, French and Spanish, and for named rebrands (Jasper/Jarvis, Wingman/Clari Copilot, UseChatGPT.AI/
// MaxAI, AG2/AutoGen, TestMu AI/LambdaTest, OpenBell/TezNewz), plus 4 exact-string look-ups ("AI (formerly",
// ".ai (formerly", "AI, formerly known as", "AI (previously") in public repositories for leads. The corpora hold
// mostly news and articles about the famous renames (Bard, Copilot, Grammarly/Superhuman, Twitter/X) and almost no
// vendor rename notices, so the renamed hosts met went to the report as aliases of existing rows (TestMu AI's
// testmuai.com for the KaneAI entry, spchatgpt.com for Superpower ChatGPT), not here. At the merge spchatgpt.com was added to
// Superpower ChatGPT's row from its own terms page; testmuai.com/kane-ai was not, since no page with that path was read.
//
// The rows below are AI products the same look-ups returned on their own hosts that the catalog still missed; each
// cites a page with a path on the product's own host saying in the vendor's words that it answers, writes, generates
// or analyses with AI or named model providers. One URL prefix, because its host is a general company site: MC
// Digital's Tachyon generative-AI service (mcdigital.jp/tachyon_genai). BrowserAI is an extension whose store id was
// not read, so it is filed by its site under the file's category.
//
// Measured with /work/helpers/classify-hosts.mts on the 220 hosts the look-ups returned (vendors, articles, mirrors,
// repositories and shared hosts alike, in /work/helpers/out/rebrands-hosts.txt): 12 classified before (5.5%), 22
// (10.0%) after (mcdigital.jp, whose AI section is claimed by prefix only, stays unclassified as a bare host).
//
// Left out. News, wiki and blog pages about renames (the large majority of hosts met); renamed hosts with no vendor
// page in reach saying the old name or host is theirs: jarvis.ai and conversion.ai (Jasper's old names, seen only in
// articles quoting its blog), trywingman.com (Clari Copilot, only connector docs), usechatgpt.ai (MaxAI), sayhello.so
// (Phind's old name), gradeproof.com (Outwrite), klaus.app (Zendesk QA), ag2.ai (AG2, formerly AutoGen: only wiki and
// podcast pages), first-tree.ai/opentag.build (a rename in the maker's issue tracker, product unclear), Datalead AI/
// TheWebCo (awesome-list PRs only) and openbell.ai (OpenBell AI's policy sits on app.infer.studio and its excerpt does
// not say how AI is used); testmuai.com itself (TestMu AI, formerly LambdaTest, is a general browser-testing cloud
// whose AI agent KaneAI is already listed by URL prefix); pages that do not say AI (api.chatai.com's policy,
// winclicks.io, advortexia.com, writetext.ai's domain-change help, profilemagic.ai's glossary, syscodein.com,
// openingbell.app); general products whose AI is one feature (dmeet's AI Summary, Revenue.io's Meeting Assistant,
// Graphy's avatars, a law firm's app, Options AI, Solverox's and Hilal Software's chatbot docs); unclear or adult
// products (generator.enchantstartup.com, dominatrixjung.com, fryingjelly.com, dev.openalgo.ai's "AI Agent Trading",
// realignsinc.com, neumar.app, which an earlier pass also left out); an app with no own site
// (files.hkhappymobile.com's Chat AI 5); and shared platforms (sites.google.com, notion.site, pages.dev, mintlify.dev).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

export const longTailC20RebrandsTools: Tool[] = defineTools(
  'chat',
  [
    // --- AI chat assistants and advisers ---
    { id: 'investment-council', name: 'Investment Council', vendor: 'Investment Council', domains: ['investmentcouncil.io'], source: 'https://www.investmentcouncil.io/privacy' }, // privacy: chat queries sent to Anthropic Claude, OpenAI, Google Gemini or xAI Grok for market answers
    { id: 'mindvisors', name: 'Mindvisors', vendor: 'Mindvisors', domains: ['mindvisors.com'], source: 'https://www.mindvisors.com/privacy' }, // privacy: an AI Avatar Advisor app whose avatars are powered by OpenAI's language models
    { id: 'gnius-ai', name: 'Gnius', vendor: 'Gnius', domains: ['gnius.ai'], source: 'https://gnius.ai/privacy' }, // privacy: a WhatsApp assistant whose messages are sent to Chat GPT-3
    { id: 'go-ai-chat', name: 'GO AI Chat', vendor: 'GO AI Chat', domains: ['goaichats.com'], source: 'https://goaichats.com/privacy' }, // privacy: prompts, images and files sent to third-party AI model providers to generate responses
    { id: 'aix2', name: 'AIx2', vendor: 'AIx2', category: 'productivity', domains: ['aix2.ai'], source: 'https://aix2.ai/privacy' }, // privacy: AI services on prompts and files submitted to its AI models, with Gmail integration
    { id: 'tachyon-genai', name: 'Tachyon 生成AI', vendor: 'MC Digital', region: 'japan', urlPrefixes: ['mcdigital.jp/tachyon_genai'], source: 'https://mcdigital.jp/tachyon_genai/terms' }, // terms (Japanese): the Tachyon generative AI service of エムシーデジタル株式会社
    // --- AI chatbot builders and extensions ---
    { id: 'chatabot-ai', name: 'Chatabot', vendor: 'Chatabot', category: 'agents', domains: ['chatabot.ai'], source: 'https://chatabot.ai/faq' }, // FAQ: website bots billed by the AI conversations they make, text processed as tokens
    { id: 'browserai-chat-gpt-ia', name: 'BrowserAI', vendor: 'BrowserAI', domains: ['chat-gpt-ia.com'], source: 'https://chat-gpt-ia.com/legal/terminos' }, // terms: an AI assistant extension (chat, summarise, translate, agent mode); prompts processed through AI providers
    // --- AI search, writing and images ---
    { id: 'alphai-io', name: 'alphai', vendor: 'ARDOR 0608 OOD', category: 'search', domains: ['alphai.io'], source: 'https://alphai.io/terms' }, // terms: an AI-curated financial news platform, articles enriched with OpenAI, REST API and MCP server
    { id: 'seo-vault-ai', name: 'SEO Vault AI', vendor: 'SEO Vault AI', category: 'writing', domains: ['seovaultai.com'], source: 'https://seovaultai.com/docs/rewrite-existing-articles-with-ai/' }, // docs: rewriting existing WordPress articles with AI
    { id: 'headshotcreate', name: 'HeadShotCreate', vendor: 'HeadShotCreate', category: 'image', domains: ['headshotcreate.com'], source: 'https://headshotcreate.com/glossary' }, // glossary: an AI headshot generator that does not train its AI on customer photos
  ],
  { checked: CHECKED_C20 },
);
