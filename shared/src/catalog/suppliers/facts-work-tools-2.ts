// Supplier facts for more work tools: coding assistants, writing and meeting tools (continued from
// facts-work-tools.ts, same rules: the vendor's own page, `read` from a stored copy or `cited` unfetched).
import { cited, defineSuppliers, read } from './define';

const JETBRAINS_AI =
  'https://www.jetbrains.com/help/ai-assistant/2026.2/how-we-handle-your-code-and-data.html';
const JETBRAINS_ORG = 'https://www.jetbrains.com/help/jetbrains-console/code-related-data-collection.html';

export const workToolSuppliers2 = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'jetbrains-ai',
    free: read(
      'no',
      JETBRAINS_AI,
      'Detailed data collection (full prompts and code, which may train models) is opt-in and off by default.',
    ),
    team: read(
      'no',
      JETBRAINS_ORG,
      'Organisation licences share no code-related data by default; users can opt in only if the admin allows it.',
    ),
    enterprise: read(
      'no',
      JETBRAINS_ORG,
      'Organisation licences share no code-related data by default; users can opt in only if the admin allows it.',
    ),
  },
  {
    toolId: 'fathom',
    dpa: read(
      'https://fathom.video/dpa',
      'https://fathom.video/dpa',
      'Fathom’s published DPA (Common Paper standard terms).',
    ),
  },
  {
    toolId: 'writesonic',
    dpa: read(
      'https://writesonic.com/legal/dpa',
      'https://writesonic.com/legal/dpa',
      'Writesonic’s published DPA.',
    ),
  },
  {
    toolId: 'read-ai',
    retention: cited(
      'Audio and video at most 2 years; paid accounts until payment stops or deletion is requested',
      'https://www.read.ai/privacy-policy',
      'Read AI’s own quotation of its privacy policy (in its Slack Marketplace listing).',
    ),
  },
]);
