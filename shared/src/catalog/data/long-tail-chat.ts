// Long-tail tools: Chat assistants and character chat.
// Names and hosts taken on CHECKED_2 from the permissively licensed lists in define.ts (LISTS); each
// row cites the exact list file it came from. Rows are ours; no list text was copied.
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed } from './define';

export const longTailChatTools: Tool[] = defineTools('chat', [
  { id: 'ai-dungeon', name: 'AI Dungeon', vendor: 'AI Dungeon', domains: ['aidungeon.io', 'aidungeon.com'], source: listed('steven2358') },
  { id: 'aicamp', name: 'AICamp', vendor: 'AICamp', domains: ['aicamp.so'], source: listed('filipecalegario') },
  { id: 'ano-chat', name: 'Ano.chat', vendor: 'Ano.chat', domains: ['ano.chat'], source: listed('eudk') },
  { id: 'broken-bear', name: 'Broken Bear', vendor: 'Broken Bear', domains: ['brokenbear.com'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'character-ai-bots', name: 'Character AI Bots', vendor: 'Character AI Bots', domains: ['characteraibots.com'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'charisma', name: 'Charisma', vendor: 'Charisma', domains: ['charisma.ai'], source: listed('filipecalegario') },
  { id: 'chatteron', name: 'ChatterOn', vendor: 'ChatterOn', domains: ['chatteron.io'], source: listed('eudk') },
  { id: 'dear-ai', name: 'Dear AI', vendor: 'Dear AI', domains: ['dearai.online'], source: listed('mahseema') },
  { id: 'dmwithme', name: 'dmwithme', vendor: 'dmwithme', domains: ['dmwithme.com'], source: listed('mahseema') },
  { id: 'flowgpt', name: 'FlowGPT', vendor: 'FlowGPT', domains: ['flowgpt.com'], source: listed('steven2358') },
  { id: 'forefront', name: 'Forefront', vendor: 'Forefront', domains: ['forefront.ai'], source: listed('steven2358') },
  { id: 'mindmac', name: 'MindMac', vendor: 'MindMac', domains: ['mindmac.app'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'netwrck-com', name: 'Netwrck', vendor: 'Netwrck', domains: ['netwrck.com'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'nexus-ai', name: 'Nexus AI', vendor: 'Nexus AI', domains: ['mynexusai.com'], source: listed('mahseema') },
  { id: 'openassistant', name: 'OpenAssistant', vendor: 'OpenAssistant', domains: ['open-assistant.io'], source: listed('eudk') },
  { id: 'oracle-ai', name: 'Oracle AI', vendor: 'Oracle AI', domains: ['the-oracleai.com'], source: listed('eudk') },
  { id: 'pygpt', name: 'PyGPT', vendor: 'PyGPT', domains: ['pygpt.net'], source: listed('steven2358') },
  { id: 'rizz-ai', name: 'RIZZ AI', vendor: 'RIZZ AI', domains: ['rizzai.ai'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'sagecollab', name: 'SageCollab', vendor: 'SageCollab', domains: ['sagecollab.com'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'sharegpt', name: 'ShareGPT', vendor: 'ShareGPT', domains: ['sharegpt.com'], source: listed('steven2358') },
  { id: 'tune-ai', name: 'Tune AI', vendor: 'Tune AI', domains: ['chat.tune.app', 'studio.tune.app'], source: listed('filipecalegario') }, // studio.tune.app: listed('hannibal046')
  { id: 'twig', name: 'Twig', vendor: 'Twig', domains: ['twig.so'], source: listed('eudk') },
], { checked: CHECKED_2 });
