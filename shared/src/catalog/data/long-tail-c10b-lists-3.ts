// Tenth long-tail pass, second helper (2026-12-05, issue 15), continued: applications that integrate the DeepSeek API,
// from deepseek-ai/awesome-deepseek-integration (README.md and the per-application pages under docs/, CC0 licence file at
// the pinned commit). Only facts (name, host) were taken. Every host the README and the docs pages name was classified
// first; rows are the AI-first products whose host nothing matched, and TigerGPT as a URL prefix on its maker's site.
// Left out: GitHub repositories and image hosts, general apps that added a DeepSeek option (translators such as Bob,
// Pot, STranslate, FluentRead, Eudic and hcfy; RSS readers; an Office add-in; a phrasebook keyboard; an Android
// browser; a Python runner; a database client; Raycast; Zotero; PingCAP; DingTalk), a framework's installer host
// (get.yomo.run), prompt sites, crypto-token agents and chain tooling (alice.fun, Solana Agent Kit, Mind Network, APRO,
// panda.fans), a userscript for sharing chats, an icon host (ziziyi.com), object storage (oss.nekro.ai), a page on a
// web3 cloud (chat.4everland.org), and one host of a product already here, left for an alias: readfrog.mengxi.work (the
// Read Frog extension). Also five agent products and libraries from the first 176,000 characters of
// jim-schwoebel/awesome_ai_agents (README.md, Apache-2.0 by its License section; the rest, its sections on
// frameworks, models, tools and workflows, was not read this pass).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C10, defineTools, listed } from './define';

const readme = listed('deepseekintegration');
const docs = (dir: string) => listed('deepseekintegration', `docs/${dir}/README.md`);

export const longTailC10bListsTools3: Tool[] = defineTools(
  'chat',
  [
    { id: 'ai-commit', name: 'AI Git Commit', vendor: 'AI Git Commit', category: 'coding', domains: ['ai-commit.com'], source: readme },
    { id: 'alphabot-x-pai', name: 'AlphaBot', vendor: 'X-PAI', category: 'other', domains: ['alphabot.x-pai.com'], source: readme },
    { id: 'athena-athenalab', name: 'Athena', vendor: 'Athena Lab', category: 'agents', domains: ['athenalab.ai'], source: readme },
    { id: 'tigergpt', name: 'TigerGPT', vendor: 'Tiger Brokers', category: 'other', urlPrefixes: ['ttm.financial/gpt'], source: readme },
    { id: 'lawagent-tensorbounce', name: 'LawAgent', vendor: 'Tensorbounce', category: 'other', domains: ['tensorbounce.com'], source: readme },
    { id: 'typral', name: 'Typral', vendor: 'Typral', category: 'writing', domains: ['typral.com'], source: readme },
    { id: 'agenticflow', name: 'AgenticFlow', vendor: 'AgenticFlow', category: 'agents', domains: ['agenticflow.ai'], source: readme },
    { id: 'chatlabs-1ai', name: '1AI (ChatLabs)', vendor: 'ChatLabs', domains: ['chatlabsai.com'], source: readme },
    { id: 'docky-ai', name: 'Docky AI', vendor: 'Docky AI', category: 'productivity', domains: ['docky.ai'], source: readme },
    { id: 'aingdesk', name: 'AingDesk', vendor: 'AingDesk', domains: ['aingdesk.com'], source: docs('aingdesk') },
    { id: 'chatpdflocal', name: 'ChatPDFLocal', vendor: 'ChatPDFLocal', category: 'productivity', domains: ['chatpdflocal.com'], source: readme },
    { id: 'gpt-ai-flow', name: 'GPT AI Flow', vendor: 'GPT AI Flow', category: 'productivity', domains: ['gptaiflow.tech'], source: readme },
    { id: 'papersgpt', name: 'PapersGPT', vendor: 'PapersGPT', category: 'productivity', domains: ['papersgpt.com'], source: readme },
    { id: 'petercat', name: 'PeterCat', vendor: 'PeterCat', category: 'agents', domains: ['petercat.ai'], source: readme },
    { id: 'casibase', name: 'Casibase', vendor: 'Casbin', category: 'developer-platform', domains: ['casibase.org', 'ai.casibase.com', 'demo.casibase.com'], source: readme }, // ai. and demo.casibase.com: the chat-bot demos named under "Online Demo" in Casibase's own README, https://github.com/casibase/casibase/blob/7757288ceade8a1f00afa7edba6db210f15d4106/README.md lines 49 and 54 (Apache-2.0), CHECKED_C13
    { id: 'devinci-onicai', name: 'DeVinci', vendor: 'onicai', domains: ['devinci.onicai.com'], source: readme },
    {
      id: 'codecompanion-nvim',
      name: 'CodeCompanion.nvim',
      vendor: 'Oli Morris',
      category: 'coding',
      domains: ['codecompanion.olimorris.dev'],
      source: docs('codecompanion.nvim'),
    },
    { id: 'rig-rs', name: 'Rig', vendor: 'Playgrounds', category: 'developer-platform', domains: ['rig.rs'], source: readme },
    { id: 'superagentx', name: 'SuperAgentX', vendor: 'SuperAgentX', category: 'agents', domains: ['superagentx.ai'], source: docs('superagentx') },
    { id: 'bespoke-labs', name: 'Bespoke Labs', vendor: 'Bespoke Labs', category: 'developer-platform', domains: ['bespokelabs.ai'], source: docs('curator') },
    { id: 'coco-ai', name: 'Coco AI', vendor: 'INFINI Labs', category: 'productivity', domains: ['coco.rs'], source: readme },
    { id: 'geneplore-ai', name: 'Geneplore AI', vendor: 'Geneplore', domains: ['geneplore.com'], source: readme },
    { id: 'codegate', name: 'CodeGate', vendor: 'Stacklok', category: 'coding', domains: ['codegate.ai'], source: docs('codegate') },
    { id: 'ruzhi-ai-notes', name: 'RuZhi AI Notes', vendor: 'RuZhi AI', category: 'productivity', domains: ['ruzhiai.perfcloud.cn'], region: 'china', source: docs('ruzhiai_note') },
    { id: 'refine-reader', name: 'Refine Reader', vendor: 'Refine Reader', category: 'productivity', domains: ['refinereader.cuihuaer.com'], source: docs('refinereader') },
    {
      id: 'agentive-hub',
      name: 'Agentive',
      vendor: 'Agentive',
      category: 'agents',
      domains: ['agentivehub.com'],
      source: listed('jimschwoebel'),
    },
    {
      id: 'instructor-llm',
      name: 'Instructor',
      vendor: 'Instructor',
      category: 'developer-platform',
      domains: ['useinstructor.com'],
      source: listed('jimschwoebel'),
    },
    {
      id: 'lumen-omlabs',
      name: 'Lumen',
      vendor: 'OM Labs',
      category: 'agents',
      domains: ['lumen.omlabs.xyz'],
      source: listed('jimschwoebel'),
    },
    { id: 'milo-getmilo', name: 'Milo', vendor: 'Milo', category: 'agents', domains: ['getmilo.dev'], source: listed('jimschwoebel') },
    {
      id: 'openagents-network',
      name: 'OpenAgents',
      vendor: 'OpenAgents',
      category: 'agents',
      domains: ['openagents.org'],
      source: listed('jimschwoebel'),
    },
    { id: 'ncurator', name: 'Ncurator', vendor: 'Ncurator', category: 'productivity', domains: ['ncurator.com'], source: docs('Ncurator') },
  ],
  { checked: CHECKED_C10 },
);
