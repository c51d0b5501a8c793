// Tenth long-tail pass, second helper (2026-12-05, issue 15), continued: AI chat clients, agents and frameworks from
// punkpeye/awesome-mcp-clients (README.md, MIT licence file at the pinned commit), a list of the applications that act as
// Model Context Protocol clients, each with its website. Only facts (name, host) were taken. Every website the list names
// was classified first; rows are the AI-first products whose host nothing matched, and two products that live on a page
// of their maker's site, as URL prefixes. Left out: GitHub repositories, general platforms with an AI feature (Glue's team
// chat, Apify, VS Code), a knowledge tool whose AI agent is one command among many (Enola), a company site that hosts
// more than the listed agent (muvon.io), an MCP server host with no model of its own (mcphost.link), and the hosts of
// products already here, left for aliases: mindpal.io (MindPal, here as `mindpal.ai`) and mcpsuperassistant.ai (the MCP
// SuperAssistant extension).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C10, defineTools, listed } from './define';

export const longTailC10bListsTools2: Tool[] = defineTools(
  'chat',
  [
    { id: 'aiaw', name: 'AIaW', vendor: 'AIaW', domains: ['aiaw.app'] },
    { id: 'astrbot', name: 'AstrBot', vendor: 'AstrBot', domains: ['astrbot.app'] },
    { id: 'browsewiz', name: 'BrowseWiz', vendor: 'BrowseWiz', category: 'productivity', domains: ['browsewiz.com'] },
    { id: 'canvas-mcp-client', name: 'Canvas MCP Client', vendor: 'Canvas MCP', category: 'productivity', domains: ['canvas-mcp.com'] },
    { id: 'chainlit', name: 'Chainlit', vendor: 'Chainlit', category: 'developer-platform', domains: ['chainlit.io'] },
    { id: 'claudemind', name: 'ClaudeMind', vendor: 'ClaudeMind', category: 'coding', domains: ['claudemind.com'] },
    { id: 'dexto', name: 'Dexto', vendor: 'Truffle AI', category: 'agents', domains: ['dexto.ai'] },
    { id: 'carrotai-jintongshu', name: 'CarrotAI', vendor: 'Jintongshu', category: 'agents', urlPrefixes: ['jintongshu.com/solutions/agent'] },
    { id: 'flujo', name: 'FLUJO', vendor: 'Orchestraight', category: 'agents', domains: ['flujo.orchestraight.co'] },
    { id: 'kibitz', name: 'kibitz', vendor: 'kibitz', category: 'coding', domains: ['kibi.tz'] },
    { id: 'mcps-playground', name: 'MCP Playground', vendor: 'MCP Playground', domains: ['mcpsplayground.com'] },
    { id: 'qordinate', name: 'Qordinate', vendor: 'Qordinate', category: 'productivity', domains: ['qordinate.ai'] },
    { id: 'runbear', name: 'Runbear', vendor: 'Runbear', category: 'agents', domains: ['runbear.io'] },
    { id: 'tome-runebook', name: 'Tome', vendor: 'Runebook', domains: ['runebook.ai'] },
    { id: 'seekchat', name: 'SeekChat', vendor: 'SeekRays', urlPrefixes: ['seekrays.com/chat'] },
    { id: 'simple-ai-io', name: 'Simple AI', vendor: 'Simple AI', domains: ['simple-ai.io'] },
    { id: 'superinterface', name: 'Superinterface', vendor: 'Superinterface', category: 'developer-platform', domains: ['superinterface.ai'] },
    { id: 'adal-sylph', name: 'AdaL', vendor: 'SylphAI', category: 'coding', domains: ['sylph.ai'] },
    { id: 'tambo', name: 'Tambo', vendor: 'Tambo', category: 'developer-platform', domains: ['tambo.co'] },
    { id: 'wassist', name: 'Wassist (WhatsMCP)', vendor: 'Wassist', domains: ['wassist.app'] },
    { id: 'agentone', name: 'AgentOne', vendor: 'AgentOne', domains: ['agent-one.dev'] },
    { id: 'autohand', name: 'Autohand', vendor: 'Autohand AI', category: 'coding', domains: ['autohand.ai'] },
    { id: 'docsgpt', name: 'DocsGPT', vendor: 'Arc53', category: 'agents', domains: ['docsgpt.cloud', 'docsgpt.arc53.com'] }, // docsgpt.arc53.com (Arc53's live DocsGPT): listed('whoisdsmith', 'README.md')
    { id: 'eechat', name: 'eechat', vendor: 'eechat', domains: ['ee.chat'] },
    { id: 'tiles-notebook', name: 'Tiles Notebook', vendor: 'Tiles', category: 'agents', domains: ['tiles.run'] },
    { id: 'argo-localai', name: 'Argo-LocalAI', vendor: 'xark-argo', domains: ['xark-argo.com'] },
    { id: 'praisonai', name: 'PraisonAI', vendor: 'PraisonAI', category: 'agents', domains: ['praison.ai'] },
    { id: 'langbot', name: 'LangBot', vendor: 'LangBot', domains: ['langbot.app', 'demo.langbot.dev'], apiEndpoints: ['api.langbot.cloud'] }, // api.langbot.cloud: the default base URL of LangBot's own "Space" model requester, listed('langbotrequesters', 'src/langbot/pkg/provider/modelmgr/requesters/spacechatcmpl.yaml') line 18, CHECKED_C13; demo.langbot.dev: "Try it now" demo in LangBot's own README, listed('langbotrequesters', 'README.md') line 98, CHECKED_C14
  ],
  { checked: CHECKED_C10, source: listed('punkpeyemcpclients') },
);
