// Fifteenth session, second/renamed hosts pass (2026-12-06, issue 15): web hosts of products the catalog already knew
// only by another host or only by their browser extension, and second hosts of seven existing entries. What was read:
// the makers' own GitHub repositories at the commits cited (Amurex, ThinkReview, Summarize, LeetChatGPT, Jaydai, Pocket
// Prompt, Midscene.js, NativeMind, Hired Always, SwiftStyle AI, and for the aliases Skyvern, Chatness, Parcha, Tekst,
// Whispering and STORM), Sensay's API documentation, Trevor AI's user guide and Zoom's developer changelog, as stored in
// the `pages` and `docs` corpora. The READMEs of every repository mirrored this session were also scanned for the
// product hosts they link, and the unmatched ones that are AI products' own sites were taken from there. Measured with
// /work/helpers/classify-hosts.mts on 29 hosts and URLs (those the brief names, the entries' current hosts, and a
// guessed host for each regional name): 6 before (20.7%: qodo.ai and codium.ai are Qodo's entry already, skyvern.com,
// getmagical.com, tryellie.com and clickup.com/ai), 16 after (55.2%); the 13 still missed are the ones left out below.
// Hosts added to existing entries (each with its page in a comment on the row): skyvern.ai (agents.ts, skyvern),
// trevorai.com (long-tail-c6-lists.ts, trevor-ai), chatness.ai, parcha.com and tekst.ai (long-tail-c15-ulleads.ts,
// chatness, parcha, tekst), whispering.bradenwong.com (long-tail-c12-a-3.ts, whispering-epicenter) and
// storm-project.stanford.edu (search.ts, storm).
// Left out, for want of a vendor's page naming the host or path: jsonify.ai (Jsonify's docs are on jsonify.com, the
// entry's host), prophet.security (Prophet Security's pages are on prophetsecurity.ai), cuppa.sh (Cuppa's docs name
// cuppa.ai only), magical.so (named only in third-party directories; Magical's entry has getmagical.com and
// magical.com), ClickUp's clickup.com/brain (only third-party guides; the entry keeps clickup.com/ai), and the regional
// names Yandex's Neuro (ya.ru/neuro), Kakao's kanana.ai (mate.kanana.ai is the kanana-mate entry), Sahabat-AI,
// Kuaishou's CodeFlicker (codeflicker.ai), ALLaM (HUMAIN Chat; the humain entry has humain.ai), KazLLM and PLLuM's
// chat: news pages, papers and third-party notes only. Zoom's developer changelog says the "AI Companion" brand was
// retired in July 2026 with its features folded into Zoom Workplace; no new name or host was found on Zoom's pages,
// so the zoom-ai-companion entry is unchanged. Zoom's AI Services APIs (developers.zoom.us/docs/ai-services) stay out:
// an earlier pass judged them infrastructure and keeps the path a trap (lookalikes-c14-regional.test.ts).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C15, defineTools } from './define';

const gh = (repo: string, commit: string, file: string) => `https://github.com/${repo}/blob/${commit}/${file}`;

export const longTailC15AliasesTools: Tool[] = defineTools(
  'agents',
  [
    // The web hosts of products whose extensions are entries already (extensions-c15-exts.ts), from the same repositories.
    // Amurex, the AI meeting copilot: its extension manifest asks for api.amurex.ai and app.amurex.ai (lines 35-36; AGPL-3.0)
    { id: 'amurex', name: 'Amurex', vendor: 'The Personal AI Company (Amurex)', category: 'meeting', domains: ['amurex.ai'], source: gh('thepersonalaicompany/amurex', '2740ec5fdf87c51ae49a3edd5f03565f60667e13', 'extension/manifest.json') },
    // ThinkReview, AI code review of pull requests: README.md line 17 links its site thinkreview.dev, lines 78-83 its setup docs there (AGPL-3.0)
    { id: 'thinkreview', name: 'ThinkReview', vendor: 'ThinkReview', category: 'coding', domains: ['thinkreview.dev'], source: gh('Thinkode/thinkreview-browser-extension', '419475e37d42033ea626096ec854599c64c03cb5', 'README.md') },
    // Summarize, AI summaries of links, videos and files: the extension's README line 10 sends users to summarize.sh for docs and setup (MIT)
    { id: 'summarize-sh', name: 'Summarize (summarize.sh)', vendor: 'Peter Steinberger (Summarize)', category: 'writing', domains: ['summarize.sh'], source: gh('steipete/summarize', 'c78ac23b2fc8bf73fc98ea8acdfcba25337b7e22', 'apps/chrome-extension/README.md') },
    // LeetChatGPT, ChatGPT feedback on LeetCode solutions: README.md line 6 links its site leetchatgpt.com (GPL-3.0)
    { id: 'leetchatgpt', name: 'LeetChatGPT', vendor: 'LeetChatGPT (open source)', category: 'coding', domains: ['leetchatgpt.com'], source: gh('Liopun/leet-chatgpt-extension', 'a6dec2cc4bb6153d3ccba2437cd3e072b604f28c', 'README.md') },
    // Jaydai, an AI prompt and productivity layer over the chatbots: its production build calls api.prod.jayd.ai
    // (.env.production line 1) and its share links point to jayd.ai (src/components/common/ShareButtonSection/index.tsx line 44)
    { id: 'jaydai', name: 'Jaydai', vendor: 'Jaydai', category: 'productivity', domains: ['jayd.ai'], source: gh('quentinbragard/jaydai-chrome-extension-frontend', '83c6f4beda3ed04035e32d35d916c48b76831105', '.env.production') },
    // Pocket Prompt, a Korean prompt library and launcher for AI chatbots: its upgrade dialog links its pricing page on
    // pocket-prompt.com (src/components/common/modal/content/LimitContent.tsx line 32)
    { id: 'pocket-prompt', region: 'korea', name: 'Pocket Prompt', vendor: 'Pocket Prompt', category: 'productivity', domains: ['pocket-prompt.com'], source: gh('ai-surfers/promptmate-chrome-extension', 'a3f911b9d6610f3df4a46d930eccefc31337741f', 'src/components/common/modal/content/LimitContent.tsx') },
    // Midscene.js, ByteDance's AI GUI agent for browser, Android and iOS automation: README.md line 16 names midscenejs.com its official website (MIT)
    { id: 'midscene', name: 'Midscene.js', vendor: 'ByteDance (Midscene.js, open source)', category: 'agents', domains: ['midscenejs.com'], source: gh('web-infra-dev/midscene', 'dfc5a5f6ce41abb4f01d4be8c4d998ffa2b5a8c1', 'README.md') },
    // NativeMind, a private assistant running local models in the browser: README.md lines 4 and 14 link its website nativemind.app (AGPL-3.0)
    { id: 'nativemind', name: 'NativeMind', vendor: 'NativeMind', category: 'chat', domains: ['nativemind.app'], source: gh('NativeMindBrowser/NativeMindExtension', '70a2acc1425749913748c92309254a8f4e69aa8a', 'README.md') },
    // Hired Always, AI job-application filling and cover letters: README.md line 5 points to hiredalways.com (no licence file)
    { id: 'hired-always', name: 'Hired Always', vendor: 'Hired Always', category: 'productivity', domains: ['hiredalways.com'], source: gh('laynef/AI-Job-Autofill', '23b93fa4b5899642285c8ddfe23b58213fdbfbfc', 'README.md') },

    // The maker's own repository of a product with no entry yet.
    // SwiftStyle AI, rewrites content in a person's or brand's own style: README.md lines 15-16 link swiftstyleai.com and its changelog (Apache-2.0)
    { id: 'swiftstyle-ai', name: 'SwiftStyle AI', vendor: 'SwiftStyle AI', category: 'writing', domains: ['swiftstyleai.com'], source: gh('swiftstyleai/swiftstyleai', '65682e3be4db5383851864fd1570dd47f7a01a0f', 'README.md') },

    // Vendors' own documentation, as stored in the corpora on the day.
    // Sensay, AI replicas (digital twins) trained on a person's or brand's knowledge: the API guide calls api.sensay.io
    { id: 'sensay', name: 'Sensay', vendor: 'Sensay', category: 'chat', domains: ['sensay.io'], source: 'https://docs.sensay.io/topic/topic-getting-started' },
  ],
  { checked: CHECKED_C15 },
);
