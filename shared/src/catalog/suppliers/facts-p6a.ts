// Supplier facts of pass 6a (2026-12-05): the odd-numbered half of the top-300 tools that still had no fact.
// Each `read` fact was read in the opening of a stored copy of the vendor's own page (the search of stored
// pages returns a page from its beginning); the one `cited` fact names the vendor's page without its text
// having been fetched. A plan the page does not speak of stays "not known".
import { cited, defineSuppliers, read } from './define';

const KIRO_DATA_PROTECTION = 'https://kiro.dev/docs/cli/privacy-and-security/data-protection';

const CODEX_AUTH = 'https://developers.openai.com/codex/auth';

const DEEPSEEK_PLATFORM_PRIVACY = 'https://platform.deepseek.com/downloads/DeepSeek%20Privacy%20Policy.html';

export const pass6aSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'kiro',
    dataRegions: read(
      [
        'US East (N. Virginia): Free Tier and individual plans',
        'Enterprise: the AWS Region of the Kiro profile',
      ],
      KIRO_DATA_PROTECTION,
      'Kiro docs, data protection (CLI section): Free Tier and individual subscribers’ prompts and responses are stored in US East (N. Virginia), an enterprise user’s in the Region of the Kiro profile; inference may run in another Region of the same geography.',
    ),
  },
  {
    toolId: 'openai-codex',
    retention: read(
      'No period of its own: signed in with ChatGPT, Codex follows the ChatGPT workspace’s retention and residency settings (ChatGPT Enterprise); signed in with an API key, the API organisation’s retention and data-sharing settings',
      CODEX_AUTH,
      'Codex docs, authentication: the sign-in method decides which admin controls and data-handling policies apply; Codex cloud requires signing in with ChatGPT. No retention period is stated on the page. Read in the page’s Markdown copy (auth.md).',
    ),
  },
  {
    toolId: 'deepseek-platform',
    dataRegions: cited(
      ['China'],
      DEEPSEEK_PLATFORM_PRIVACY,
      'DeepSeek privacy policy, as published on the API platform’s host: information collected is stored on servers in the People’s Republic of China. Not fetched: the same statement is cited for the DeepSeek chat app; re-check the live page.',
    ),
  },
]);
