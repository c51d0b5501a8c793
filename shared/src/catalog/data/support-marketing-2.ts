// More AI-native video, image, writing and presentation tools found missing in the fourth pass (CHECKED_3), each citing
// the vendor's own pricing or product page.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools } from './define';

export const supportMarketingTools2: Tool[] = defineTools('video', [
  { id: 'domoai', name: 'DomoAI', vendor: 'DomoAI', domains: ['domoai.app'], source: 'https://domoai.app/pricing', region: 'southeast-asia' },
  { id: 'hotshot', name: 'Hotshot', vendor: 'Hotshot', domains: ['hotshot.co'], source: 'https://hotshot.co/about' },
  { id: 'dora-ai', name: 'Dora AI', vendor: 'Dora', category: 'coding', domains: ['dora.run'], source: 'https://www.dora.run/ai' },
], { checked: CHECKED_3 });
