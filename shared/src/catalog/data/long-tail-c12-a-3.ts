// Twelfth-session list pass, helper lists-a (2026-12-06, issue 15), continued: macOS apps built on a model or an
// assistant, from jaywcjlove/awesome-mac (README.md: the AI Tools section, and the apps elsewhere in the list whose entry
// says they use AI, an LLM or an agent). Its licence file is CC0 1.0 and its README's License section names CC BY 4.0;
// either way the list is credited here and in the catalog README. Only facts (name, host) were taken. Every host of
// those entries was classified first (AI Tools: 31 entries with a website other than GitHub, 9 classified; elsewhere: 48
// AI-mentioning entries, 13 classified). Left out: usage and cost monitors for coding agents (Claude God, CodexBar,
// TokenTracker, cctop, Loadout), gateway managers (ClawdHome), an MCP server (Orchard), pages on github.io and
// gumroad.com, and general apps that added an AI feature (PDF editors, mail clients, Markdown editors, screen recorders,
// launchers, time trackers, Git clients). One host of a product already here was left for its entry: tabbitbrowser.com
// (Tabbit). Also one AI app each from luong-komorebi/Awesome-Linux-Software and iCHAIT/awesome-macOS (both CC BY 4.0 by
// their READMEs; credit to their contributors), and one from the AI section of pluja/awesome-privacy (CC0).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

export const longTailC12ATools3: Tool[] = defineTools(
  'chat',
  [
    // The AI Tools section
    { id: 'agent-teams-ai', name: 'Agent Teams AI', vendor: 'Agent Teams AI', category: 'coding', domains: ['agentteams.live'] },
    { id: 'appleai-menubar', name: 'AppleAi', vendor: 'AppleAi', domains: ['theappleai.tech'] },
    { id: 'aqbot', name: 'AQBot', vendor: 'AQBot', domains: ['aqbot.top'] },
    { id: 'atomic-agent', name: 'Atomic Agent', vendor: 'Atomic Agent', category: 'coding', domains: ['atomicagent.io'] },
    { id: 'bitfun', name: 'BitFun', vendor: 'BitFun', category: 'agents', domains: ['openbitfun.com'] },
    { id: 'cursor-voice', name: 'Cursor Voice', vendor: 'Cursor Voice', category: 'agents', domains: ['cursorvoice.app'] },
    { id: 'fluent-mac', name: 'Fluent', vendor: 'Fluent', category: 'productivity', domains: ['fluentmac.app'] },
    { id: 'groask', name: 'GroAsk', vendor: 'GroAsk', category: 'productivity', domains: ['groask.com'] },
    { id: 'tura-ai', name: 'Tura', vendor: 'Tura', category: 'coding', domains: ['turaai.net'] },
    { id: 'lokalbot', name: 'LokalBot', vendor: 'LokalBot', category: 'meeting', domains: ['lokalbot.com'] },
    { id: 'miniclaw', name: 'MiniClaw', vendor: 'MiniClaw', category: 'agents', domains: ['miniclaw.bot'] },
    { id: 'off-grid-ai', name: 'Off Grid AI', vendor: 'Off Grid AI', domains: ['getoffgridai.co'] },
    { id: 'prevail-sh', name: 'Prevail', vendor: 'Prevail', category: 'productivity', domains: ['prevail.sh'] },

    // AI apps in the list's other sections
    { id: 'notegen', name: 'NoteGen', vendor: 'NoteGen', category: 'productivity', domains: ['notegen.top'] },
    { id: 'noteplus', name: 'NotePlus', vendor: 'NotePlus', category: 'productivity', domains: ['noteplus.com'] },
    { id: 'collate-pdf', name: 'Collate', vendor: 'Collate', category: 'productivity', domains: ['collate.one'] },
    { id: 'cate-ide', name: 'Cate', vendor: 'Cero AI', category: 'coding', domains: ['cate.cero-ai.com'] },
    { id: 'fletch', name: 'Fletch', vendor: 'Fletch', category: 'coding', domains: ['fletch.sh'] },
    { id: 'nimbalyst', name: 'Nimbalyst', vendor: 'Nimbalyst', category: 'coding', domains: ['nimbalyst.com'] },
    { id: 'orca-ide', name: 'Orca', vendor: 'Orca', category: 'coding', domains: ['onorca.dev'] },
    { id: 'graphcode', name: 'GraphCode', vendor: 'GraphCode', category: 'coding', domains: ['graphcode.app'] },
    { id: 'namequick', name: 'NameQuick', vendor: 'NameQuick', category: 'productivity', domains: ['namequick.app'] },
    { id: 'amazing-ai-sindresorhus', name: 'Amazing AI', vendor: 'Sindre Sorhus', category: 'image', urlPrefixes: ['sindresorhus.com/amazing-ai'] },
    { id: 'ai-actions-sindresorhus', name: 'AI Actions', vendor: 'Sindre Sorhus', category: 'productivity', urlPrefixes: ['sindresorhus.com/ai-actions'] },
    { id: 'enviouswispr', name: 'EnviousWispr', vendor: 'EnviousWispr', category: 'audio', domains: ['enviouswispr.com'] },
    { id: 'ottex', name: 'Ottex', vendor: 'Ottex', category: 'audio', domains: ['ottex.ai'] },
    { id: 'tambourine-voice', name: 'Tambourine', vendor: 'Tambourine', category: 'audio', domains: ['tambourinevoice.com'] },
    { id: 'whispering-epicenter', name: 'Whispering', vendor: 'Epicenter', category: 'audio', domains: ['whispering.bradenwong.com'], urlPrefixes: ['epicenter.md/whispering'], extensionIds: ['oilbfihknpdbpfkcncojikmooipnlglo'] }, // whispering.bradenwong.com (2026-12-06, aliases pass): the app's own site, linked from the logo at the top of the maker's README (braden-w/whispering at 0434dd7c5a1e464ef5ac92be41f91eac7e9806c9, README.md line 2; MIT); only that subdomain of the maker's personal domain is claimed. // its Chrome extension's id: the project README's store link and badge (braden-w/whispering at 0de64b195a0dfe0c57b53599d682eb141f44de4c, README.md line 20, MIT; the README then said the extension was paused while the desktop app changed), CHECKED_C15
    { id: 'rewritebar', name: 'RewriteBar', vendor: 'RewriteBar', category: 'writing', domains: ['rewritebar.com'] },
    { id: 'macaify', name: 'Macaify', vendor: 'Macaify', domains: ['macaify.com'] },

    // luong-komorebi/Awesome-Linux-Software (CC BY 4.0 by its README; credit to its contributors): of its six entries that
    // mention AI with a website other than GitHub, three were classified; the others are a design app and a backup tool
    { id: 'wave-terminal', name: 'Wave Terminal', vendor: 'Command Line Inc.', category: 'coding', domains: ['waveterm.dev'], source: listed('awesomelinux') },

    // iCHAIT/awesome-macOS (CC BY 4.0 by its README; credit to its contributors): three entries mention AI with a website
    // other than GitHub; one classified, one a screen locker
    { id: 'murmur-tts', name: 'Murmur', vendor: 'Murmur', category: 'audio', domains: ['murmurtts.com'], source: listed('ichaitmacos') },

    // pluja/awesome-privacy (CC0), its Artificial Intelligence section: eight hosts besides GitHub, six classified; the
    // other is a bookmark manager with AI tagging
    { id: 'parakeet-tdt-web', name: 'ParakeetTDT', vendor: 'ParakeetTDT', category: 'audio', domains: ['parakeettdt.com'], source: listed('plujaprivacy') },
  ],
  { checked: CHECKED_C12, source: listed('awesomemac') },
);
