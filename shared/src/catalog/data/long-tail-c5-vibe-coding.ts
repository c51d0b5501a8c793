// Fifth pass (CHECKED_3): vibe-coding builders and coding-agent front ends named by filipecalegario/awesome-vibe-coding
// (CC0) and no-fluff/awesome-vibe-coding (MIT) that no entry claimed yet. Each row cites the list file that names its
// host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5VibeCodingTools: Tool[] = defineTools('coding', [
  { id: 'command-new', name: 'Command.new', vendor: 'Langbase', category: 'coding', domains: ['command.new'], source: listed('filipevibe', 'README-CN.md') },
  { id: 'lazy-ai', name: 'Lazy AI', vendor: 'Lazy AI', category: 'coding', domains: ['getlazy.ai'], source: listed('filipevibe', 'README-CN.md') },
  { id: 'heyboss', name: 'HeyBoss', vendor: 'HeyBoss', category: 'coding', domains: ['heyboss.ai', 'heyboss.xyz'], source: listed('filipevibe', 'README-CN.md') }, // heyboss.xyz: listed('c15newlistswelt', 'contents/harnesses/web-based-ides/heyboss.md'), the HeyBoss AI app builder
  { id: 'creatr', name: 'Creatr', vendor: 'Creatr', category: 'coding', domains: ['getcreatr.com'], source: listed('filipevibe', 'README-CN.md') },
  { id: 'napkins-dev', name: 'Napkins.dev', vendor: 'Napkins.dev', category: 'coding', domains: ['napkins.dev'], source: listed('filipevibe', 'README-CN.md') },
  { id: 'heroui-chat', name: 'HeroUI Chat', vendor: 'HeroUI', category: 'coding', domains: ['heroui.chat'], source: listed('filipevibe', 'README-CN.md') },
  { id: 'orchids', name: 'Orchids', vendor: 'Orchids', category: 'coding', domains: ['orchids.app'], source: listed('filipevibe', 'README-CN.md') },
  { id: 'vibecode-app', name: 'VibeCode', vendor: 'VibeCode', category: 'coding', domains: ['vibecodeapp.com'], source: listed('filipevibe', 'README-CN.md') },
  { id: 'superdesign', name: 'Superdesign', vendor: 'Superdesign', category: 'coding', domains: ['superdesign.dev'], source: listed('filipevibe', 'README-CN.md') },
  { id: 'codeguide', name: 'CodeGuide', vendor: 'CodeGuide', category: 'coding', domains: ['codeguide.dev'], source: listed('filipevibe', 'README-CN.md') },
  { id: 'shelbula', name: 'Shelbula', vendor: 'Shelbula', category: 'coding', domains: ['shelbula.dev'], source: listed('filipevibe', 'to-test.md') },
  { id: 'jdoodle-ai', name: 'JDoodle.ai', vendor: 'JDoodle', category: 'coding', domains: ['jdoodle.ai'], source: listed('filipevibe', 'to-test.md') },
  { id: 'conductor-build', name: 'Conductor', vendor: 'Conductor', category: 'coding', domains: ['conductor.build'], source: listed('nofluff') },
  { id: 'vibe-kanban', name: 'Vibe Kanban', vendor: 'Bloop AI', category: 'coding', domains: ['vibekanban.com'], source: listed('nofluff') },
  { id: 'task-master', name: 'Task Master', vendor: 'Task Master', category: 'coding', domains: ['task-master.dev'], source: listed('nofluff') },
  { id: 'agentrooms', name: 'Agentrooms', vendor: 'Agentrooms', category: 'coding', domains: ['claudecode.run'], source: listed('nofluff') },
  { id: 'opcode', name: 'opcode', vendor: 'Asterisk', category: 'coding', domains: ['opcode.sh'], source: listed('nofluff') },
  { id: 'happy-coder', name: 'Happy', vendor: 'Happy', category: 'coding', domains: ['happy.engineering'], source: listed('nofluff') },
  { id: 'claude-code-ui', name: 'Claude Code UI', vendor: 'Siteboon', category: 'coding', domains: ['claudecodeui.siteboon.ai'], source: listed('nofluff') },
], { checked: CHECKED_3 });
