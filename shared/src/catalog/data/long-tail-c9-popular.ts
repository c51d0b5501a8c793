// Ninth pass (2026-12-05, issue 15): well-known AI products the catalog still missed. About 930 products from public
// popularity rankings (a16z's Top 100 Gen AI Consumer Apps, AI traffic rankings, Product Hunt's most upvoted AI
// products, AI coding, testing, meeting, writing, presentation, research, companion and agent products) were classified
// against the catalog by script; almost all were already here, and most misses were general software with an AI
// feature (left out). The rows below are the AI-first products that missed and whose host could be read on the vendor's
// own page, docs or repository, in the app's Homebrew cask (BSD-2-Clause, at the commit read), or in a pinned
// permissively licensed list.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed, type ToolRow } from './define';

/** A Homebrew cask file at the commit read: its `homepage` gives the host. */
const cask = (path: string, commit: string) => `https://github.com/Homebrew/homebrew-cask/blob/${commit}/Casks/${path}`;

const rows: ToolRow[] = [
  {
    // Macaly's privacy policy (LANGTAIL.COM s.r.o.): "the website available at macaly.com", an AI-powered coding and
    // website/application development platform with AI agents.
    id: 'macaly',
    name: 'Macaly',
    vendor: 'LANGTAIL.COM s.r.o.',
    category: 'coding',
    domains: ['macaly.com'],
    source: 'https://marketing.macaly.com/privacy-policy',
  },
  {
    // Momentic's own docs in its website repository: the Momentic cloud app and CLI for AI-driven end-to-end tests
    // written in natural language; links under momentic.ai.
    id: 'momentic',
    name: 'Momentic',
    vendor: 'Momentic',
    category: 'coding',
    domains: ['momentic.ai'],
    source: 'https://github.com/momentic-ai/website/blob/main/pages/docs/cli.mdx',
  },
  {
    // Tusk's docs (docs.usetusk.ai, "Developer Experience"): an AI agent that generates, runs and iterates on unit tests
    // for each pull request; results are reviewed in the Tusk web app.
    id: 'tusk-ai',
    name: 'Tusk',
    vendor: 'Tusk',
    category: 'coding',
    domains: ['usetusk.ai'],
    source: 'https://docs.usetusk.ai/automated-tests/developer-experience',
  },
  {
    // Shortcut's enterprise guide ("Private LLM Gateway", shortcut.ai/docs): the AI spreadsheet agent, used in the browser
    // and as an Excel add-in. Not shortcut.com, the project-management tool.
    id: 'shortcut-ai',
    name: 'Shortcut',
    vendor: 'Shortcut AI',
    category: 'productivity',
    domains: ['shortcut.ai'],
    source: 'https://shortcut.ai/docs/private-llm-gateway',
  },
  {
    // Quadratic's docs index (docs.quadratichq.com/llms.txt): "the infinite spreadsheet with Python, SQL, JavaScript,
    // and AI", with a Quadratic AI section (generate code and data, import PDFs, AI models, AI security).
    id: 'quadratic',
    name: 'Quadratic',
    vendor: 'Quadratic',
    category: 'productivity',
    domains: ['quadratichq.com'],
    source: 'https://docs.quadratichq.com/llms.txt',
  },
  {
    // The CC0 list's repository metadata names presenton/presenton ("Open-Source AI Presentation Generator and API"),
    // homepage https://presenton.ai.
    id: 'presenton',
    name: 'Presenton',
    vendor: 'Presenton',
    category: 'presentation',
    domains: ['presenton.ai'],
    source: listed('lilialla', 'registry/github-metadata.json'),
  },
  {
    // Xoul's official guide (its GitBook): Xoul.AI's character cards ("Xouls") that an AI model plays in roleplay chats.
    id: 'xoul-ai',
    name: 'Xoul AI',
    vendor: 'Xoul.AI',
    category: 'chat',
    domains: ['xoul.ai'],
    source:
      'https://xoul-ai-official-documentation.gitbook.io/xoul.ai-official-guide/navigation-and-information/navigation-and-interfaces/content-creation/xouls',
  },
  {
    // Ash's own research page (talktoash.com): Slingshot AI's purpose-built conversational AI for mental health.
    id: 'ash-slingshot',
    name: 'Ash',
    vendor: 'Slingshot AI',
    category: 'chat',
    domains: ['talktoash.com'],
    source: 'https://www.talktoash.com/clinical-research/real-world-outcomes',
  },
  {
    // A CC0 AI tools list: Seamless.ai, "AI-powered B2B lead generation and prospecting", at seamless.ai.
    id: 'seamless-ai',
    name: 'Seamless.AI',
    vendor: 'Seamless.AI',
    category: 'productivity',
    domains: ['seamless.ai'],
    source: listed('aliammari1'),
  },
  {
    // Aqua Voice's cask gives its homepage (withaqua.com); the app is AI voice dictation (its own Avalon speech model).
    id: 'aqua-voice',
    name: 'Aqua Voice',
    vendor: 'Aqua',
    category: 'audio',
    // aquavoice.com: the same YC company (slug aqua-voice) in listed('c13ayc', 'responses/Winter 2024.json'), which
    // responses/W24.json gives withaqua.com, CHECKED_C13.
    domains: ['withaqua.com', 'aquavoice.com'],
    source: cask('a/aqua-voice.rb', '04be1868c10e72dd35a27f300e7bfec1f1f69ef3'),
  },
  {
    // A CC0 hosts list of AI image and companion sites (one host a line) lists digi.ai: Digi, the AI companion app.
    id: 'digi-ai',
    name: 'Digi',
    vendor: 'Digi',
    category: 'chat',
    domains: ['digi.ai'],
    source: listed('laylavish', 'list_uBlacklist.txt'),
  },
  {
    // A CC0 AI tools list: Oasis (theoasis.com), a photorealistic AI avatar to use on video calls.
    id: 'oasis-avatar',
    name: 'Oasis',
    vendor: 'Oasis',
    category: 'video',
    domains: ['theoasis.com'],
    source: listed('yousefebrahimi0'),
  },
  {
    // Zencoder's docs (For Good AI Inc.'s docs site, which names its index https://docs.zencoder.ai/llms.txt): Zenflow
    // orchestrates Zencoder's coding agents. Not zencoder.com, Brightcove's video-encoding service.
    id: 'zencoder-ai',
    name: 'Zencoder',
    vendor: 'For Good AI Inc.',
    category: 'coding',
    domains: ['zencoder.ai'],
    source: 'https://forgoodaiinc.mintlify.app/zenflow/orchestrating-agents',
  },
  {
    // Earkick's own blog (blog.earkick.com): the self-care companion app whose check-ins are scored by machine-learning
    // models and whose chat panda answers with AI.
    id: 'earkick',
    name: 'Earkick',
    vendor: 'Earkick',
    category: 'chat',
    domains: ['earkick.com'],
    source: 'https://blog.earkick.com/continued-use-of-earkick-for-mental-health/',
  },
];

export const longTailC9PopularTools: Tool[] = defineTools('chat', rows, { checked: CHECKED_3 });
