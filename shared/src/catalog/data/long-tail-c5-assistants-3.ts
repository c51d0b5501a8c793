// Fifth pass over the pinned lists (CHECKED_3): assistants, AI search and agents that a pinned list names and no entry claimed yet.
// Kept only when the host is the AI product itself (or, as a URL prefix, its own page on a general site); directories,
// articles, courses, general SaaS, shared-platform hosts and entries the list marks dead were left out.
// Each row cites the list file that names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5AssistantsTools3: Tool[] = defineTools('chat', [
  { id: 'notfair', name: 'NotFair', vendor: 'NotFair', category: 'agents', domains: ['notfair.co'], source: listed('arunagirinathan') },
  { id: 'staffable-ai', name: 'StaffAble AI', vendor: 'StaffAble AI', category: 'agents', domains: ['staffableai.com'], source: listed('arunagirinathan') },
  { id: 'buywhere', name: 'BuyWhere', vendor: 'BuyWhere', category: 'agents', domains: ['buywhere.ai'], source: listed('arunagirinathan') },
  { id: 'outreachagent', name: 'OutreachAgent', vendor: 'OutreachAgent', category: 'agents', domains: ['outreachagent.dev'], source: listed('arunagirinathan') },
  { id: 'workforce-wave', name: 'Workforce Wave', vendor: 'Workforce Wave', category: 'agents', domains: ['workforcewave.com'], source: listed('arunagirinathan') },
  { id: 'avelina', name: 'Avelina', vendor: 'Avelina', category: 'agents', domains: ['avelina.ai'], source: listed('arunagirinathan') },
  { id: 'elomia', name: 'Elomia', vendor: 'Elomia', category: 'chat', domains: ['elomia.com'], source: listed('arunagirinathan') },
  { id: 'cass-tess', name: 'Tess (Cass)', vendor: 'X2AI', category: 'chat', domains: ['cass.ai'], source: listed('arunagirinathan') },
  { id: 'zo-computer', name: 'Zo Computer', vendor: 'Zo', category: 'agents', domains: ['zo.computer'], source: listed('zijianni') },
  { id: 'browseros', name: 'BrowserOS', vendor: 'BrowserOS', category: 'agents', domains: ['browseros.com'], source: listed('zijianni', 'README.ja.md') },
  { id: 'webbrain', name: 'WebBrain', vendor: 'WebBrain', category: 'agents', domains: ['webbrain.one'], source: listed('zijianni', 'README.ja.md') },
  { id: 'rabbit-r1', name: 'Rabbit R1', vendor: 'Rabbit', category: 'agents', domains: ['rabbit.tech'], source: listed('zijianni', 'README.ja.md') },
  { id: 'arahi-ai', name: 'Arahi AI', vendor: 'Arahi', category: 'agents', domains: ['arahi.ai'], source: listed('zijianni', 'README.ja.md') },
  { id: 'agentx-so', name: 'AgentX', vendor: 'AgentX', category: 'agents', domains: ['agentx.so'], source: listed('zijianni', 'README.ja.md') },
  { id: 'speechgpt', name: 'SpeechGPT', vendor: 'SpeechGPT', category: 'chat', domains: ['speechgpt.app'], source: listed('embraceagi', 'docs/ChatGPT_tools.md') },
  { id: 'bookai-chat', name: 'BookAI', vendor: 'BookAI', category: 'chat', domains: ['bookai.chat'], source: listed('embraceagi', 'docs/ChatGPT_tools.md') },
  { id: 'chatyoutube', name: 'ChatYoutube', vendor: 'ChatYoutube', category: 'chat', domains: ['chatyoutube.com'], source: listed('embraceagi', 'docs/ChatGPT_tools.md') },
  { id: 'open-gpt', name: 'OpenGPT', vendor: 'OpenGPT', category: 'chat', domains: ['open-gpt.app'], source: listed('embraceagi', 'docs/ChatGPT_tools.md') },
  { id: 'copilot-hub', name: 'Copilot Hub', vendor: 'Copilot Hub', category: 'agents', domains: ['app.copilothub.co'], source: listed('embraceagi', 'docs/ChatGPT_tools.md') },
  { id: 'chatgpt-sidebar', name: 'ChatGPT Sidebar', vendor: 'ChatGPT Sidebar', category: 'chat', domains: ['chatgpt-sidebar.com'], source: listed('embraceagi', 'docs/ChatGPT_tools.md') },
  { id: 'openprompt', name: 'OpenPrompt', vendor: 'OpenPrompt', category: 'chat', domains: ['openprompt.co'], source: listed('embraceagi', 'docs/ChatGPT_prompts.md') },
  { id: 'glama', name: 'Glama', vendor: 'Glama', category: 'chat', domains: ['glama.ai'], source: listed('embraceagi', 'docs/MCP.md') },
  { id: 'theb-ai', name: 'TheB.AI', vendor: 'TheB.AI', category: 'chat', domains: ['theb.ai'], source: listed('embraceagi', 'examples/free_chatgpt_website.md') },
], { checked: CHECKED_3 });
