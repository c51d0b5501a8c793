// Twenty-seventh session, rows added at the merge (2026-12-07). A look-up the merge made to settle a pass's lead (was
// help.jarvis.ai Jasper's old help centre? no page in reach says so, as the c20 rebrands pass found) met an AI content
// generator no entry claimed, on its own host: Jarside, whose terms say it is a content-generation service powered by
// OpenAI's models, run by a sole trader registered in Lille.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27MergefixTools: Tool[] = defineTools(
  'writing',
  [
    { id: 'jarside', name: 'Jarside', vendor: 'SOUILLARD GUILLAUME EI', domains: ['jarside.ai'], region: 'europe', source: 'https://jarside.ai/terms-and-conditions' }, // terms: a content-generation service powered by OpenAI technologies, sold in credits
  ],
  { checked: CHECKED_C27 },
);
