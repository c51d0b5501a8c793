// Twenty-seventh session, rows added at the merge (2026-12-07). A look-up the merge made to settle a pass's lead (was
// help.jarvis.ai Jasper's old help centre? no page in reach says so, as the c20 rebrands pass found) met an AI content
// generator no entry claimed, on its own host: Jarside, whose terms say it is a content-generation service powered by
// OpenAI's models, run by a sole trader registered in Lille. The e-commerce pass (data/long-tail-c27-ecom2.ts) read ShelfPic's
// privacy and acceptable-use policies (an AI product-photo platform naming the AI providers it depends on) and left it
// to the merge, because the marketing5 pass had trapped its refund policy as a page that does not say AI; the row is
// here and that trap is dropped with a note.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27MergefixTools: Tool[] = defineTools(
  'writing',
  [
    { id: 'jarside', name: 'Jarside', vendor: 'SOUILLARD GUILLAUME EI', domains: ['jarside.ai'], region: 'europe', source: 'https://jarside.ai/terms-and-conditions' }, // terms: a content-generation service powered by OpenAI technologies, sold in credits
    { id: 'shelfpic', name: 'ShelfPic', vendor: 'ShelfPic', category: 'image', domains: ['shelfpic.com'], source: 'https://shelfpic.com/privacy-policy' }, // privacy: "our AI e-commerce visual content platform"; its acceptable-use policy names the AI providers it depends on
  ],
  { checked: CHECKED_C27 },
);
