// Long-tail tools: Agents, automation and customer-facing bots.
// Names and hosts taken on CHECKED_2 from the permissively licensed lists in define.ts (LISTS); each
// row cites the exact list file it came from. Rows are ours; no list text was copied.
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed } from './define';

export const longTailAgentsTools: Tool[] = defineTools('agents', [
  { id: 'agentdock', name: 'AgentDock', vendor: 'AgentDock', domains: ['agentdock.ai'], source: listed('mahseema') },
  { id: 'agentmail', name: 'AgentMail', vendor: 'AgentMail', domains: ['agentmail.to'], source: listed('steven2358') },
  { id: 'ai-flow', name: 'AI-Flow', vendor: 'AI-Flow', domains: ['ai-flow.net'], source: listed('filipecalegario') },
  { id: 'aicaller-io', name: 'AICaller.io', vendor: 'AICaller.io', domains: ['aicaller.io'], source: listed('mahseema') },
  { id: 'albert-ai', name: 'Albert AI', vendor: 'Albert Technologies', domains: ['albert.ai'], source: listed('mahseema', 'marketing.md') },
  { id: 'cald-ai', name: 'Cald.ai', vendor: 'Cald.ai', domains: ['cald.ai'], source: listed('mahseema') },
  { id: 'docket-ai', name: 'Docket AI', vendor: 'Docket AI', domains: ['docket.io', 'docketai.com'], source: listed('steven2358', 'DISCOVERIES.md') }, // docketai.com: the vendor's help centre (help.docketai.com) documents its AI sales and marketing agent, https://help.docketai.com/en/articles/13111415-setting-up-dynamic-context-ingestion-and-form-based-triggers, read CHECKED_C14
  { id: 'fazm', name: 'Fazm', vendor: 'Fazm', domains: ['fazm.ai'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'getbool-ai', name: 'GetBool AI', vendor: 'GetBool AI', domains: ['getbool.ai'], source: listed('mahseema', 'marketing.md') },
  { id: 'ghostclaw', name: 'GhostClaw', vendor: 'GhostClaw', domains: ['ghostclaw.io'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'hermes-agent', name: 'Hermes Agent', vendor: 'Nous Research', domains: ['hermes-agent.nousresearch.com'], source: listed('steven2358') },
  { id: 'hexabot', name: 'Hexabot', vendor: 'Hexabot', domains: ['hexabot.ai'], source: listed('mahseema') },
  { id: 'hyperbrowser', name: 'Hyperbrowser', vendor: 'Hyperbrowser', domains: ['hyperbrowser.ai'], source: listed('mahseema') },
  { id: 'kadoa', name: 'Kadoa', vendor: 'Kadoa', domains: ['kadoa.com'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'levity', name: 'Levity', vendor: 'Levity', domains: ['levity.ai'], source: listed('eudk') },
  { id: 'maestro', name: 'Maestro', vendor: 'Maestro', domains: ['runmaestro.ai'], source: listed('steven2358', 'DISCOVERIES.md') },
  // mindpal.io: the website punkpeye/awesome-mcp-clients gives for MindPal (listed('punkpeyemcpclients')).
  { id: 'mindpal', name: 'MindPal', vendor: 'MindPal', domains: ['mindpal.ai', 'mindpal.space', 'mindpal.io'], source: listed('eudk') },
  { id: 'mindstudio', name: 'MindStudio', vendor: 'MindStudio', domains: ['mindstudio.ai', 'youai.ai'], source: listed('mahseema') }, // youai.ai (YouAi, MindStudio's maker): listed('whoisdsmith', 'README.md') links youai.ai/mindstudio
  { id: 'moltbook', name: 'moltbook', vendor: 'moltbook', domains: ['moltbook.com'], source: listed('steven2358') },
  { id: 'openwork', name: 'Openwork', vendor: 'Openwork', domains: ['openwork.bot'], source: listed('steven2358') },
  { id: 'portia-ai', name: 'Portia AI', vendor: 'Portia AI', domains: ['portialabs.ai'], source: listed('mahseema') },
  { id: 'rupert-ai', name: 'Rupert AI', vendor: 'Rupert AI', domains: ['getrupert.com'], source: listed('mahseema') },
  { id: 'rysa-ai', name: 'Rysa AI', vendor: 'Rysa AI', domains: ['rysa.ai'], source: listed('mahseema') },
  { id: 'salesagent-chat', name: 'SalesAgent Chat', vendor: 'SalesAgent Chat', domains: ['salesagent.chat'], source: listed('mahseema') },
  { id: 'sistava', name: 'Sistava', vendor: 'Sistava', domains: ['sistava.com'], source: listed('eudk') },
  { id: 'tailortask', name: 'TailorTask', vendor: 'TailorTask', domains: ['tailortask.ai'], source: listed('filipecalegario') },
  { id: 'tiledesk', name: 'Tiledesk', vendor: 'Tiledesk', domains: ['tiledesk.com'], source: listed('mahseema') },
  { id: 'tutuoai', name: 'TutuoAI', vendor: 'TutuoAI', domains: ['tutuoai.com'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'wordware', name: 'Wordware', vendor: 'Wordware', domains: ['wordware.ai'], source: listed('mahseema') },
], { checked: CHECKED_2 });
