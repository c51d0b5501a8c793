// Supplier facts of pass 6c (2026-12-05): top-300 tools with no fact yet, read in vendor documentation kept as
// source in a public repository: the vendor's own docs repository, or (Z.ai) a verbatim crawl of the vendor's
// page kept in another repository. Each page's whole text was read there, not just its opening, and the fact
// cites the address the vendor serves that page at (from the docs site's routing: front matter slugs, the
// docs generator's configuration, or the crawl's recorded address); each note names the repository.
import { defineSuppliers, read } from './define';

const KIMI_DATA_USAGE = 'https://www.kimi.com/help/others/data-usage';
const KIMI_ACCOUNT_DELETION = 'https://www.kimi.com/help/others/account-deletion';
const KIMI_SOURCE =
  'Read from its source in MoonshotAI/kimi-help-center (en-US/others; zh-CN says the same).';
const KIMI_BUSINESS_NO_TRAINING = `Kimi Help Center, “Data Usage and Sharing”: Kimi Business (the one organisation plan, from 5 seats; the page calls it the enterprise plan) keeps enterprise data out of model training. ${KIMI_SOURCE}`;

const LANGFLOW_MEMORY = 'https://docs.langflow.org/memory';

const ZAI_PRIVACY = 'https://docs.z.ai/legal-agreement/privacy-policy';
const ZAI_DPA = `${ZAI_PRIVACY}#data-processing-addendum-for-api-services`;
const ZAI_COPY = 'Read in a verbatim crawl (page of 29 Sep 2025, crawled 26 Oct 2025) in brunogama/dotfiles.';

export const pass6cSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'kimi',
    free: read(
      'yes',
      KIMI_DATA_USAGE,
      `Kimi Help Center, “Data Usage and Sharing”: de-identified inputs, instructions and replies may train models; opt out by emailing support (whole account). Personal accounts, paid or not. ${KIMI_SOURCE}`,
    ),
    team: read('no', KIMI_DATA_USAGE, KIMI_BUSINESS_NO_TRAINING),
    enterprise: read('no', KIMI_DATA_USAGE, KIMI_BUSINESS_NO_TRAINING),
    dataRegions: read(
      ['Mainland China'],
      KIMI_DATA_USAGE,
      `Kimi Help Center, “Data Usage and Sharing”: user data is stored on servers located in mainland China (stated in the English and Chinese pages alike). ${KIMI_SOURCE}`,
    ),
    retention: read(
      'No period stated; a conversation the user deletes, or a deleted account’s data, is kept only for the minimum period Chinese law requires, then deleted or anonymised',
      KIMI_ACCOUNT_DELETION,
      `Kimi Help Center, “Account deletion & data removal”: deleted chats cannot be recovered; a deleted account’s content is deleted except what the law requires keeping for a minimum period. ${KIMI_SOURCE}`,
    ),
  },
  {
    toolId: 'langflow',
    retention: read(
      'Kept in the Langflow database of the user’s own deployment (SQLite by default, or an external PostgreSQL): flows, chat messages and run history, with no expiry set by Langflow',
      LANGFLOW_MEMORY,
      'Langflow docs, “Memory management options”: chat messages and run history are stored in the Langflow database; a no-op database mode keeps nothing. Read from its source in langflow-ai/langflow (docs/docs/Develop/memory.mdx, slug /memory).',
    ),
  },
  {
    toolId: 'z-ai',
    dataRegions: read(
      ['Singapore'],
      ZAI_PRIVACY,
      `Z.ai privacy policy, §8, and its API DPA, §3: Z.ai generally provides its services from Singapore, where its group companies and providers typically sit, so data is generally processed there. ${ZAI_COPY}`,
    ),
    dpa: read(
      ZAI_DPA,
      ZAI_PRIVACY,
      `Z.ai privacy policy: a Data Processing Addendum for API Services is part of the page and of the API terms; Z.ai processes business API customers’ data as their processor. ${ZAI_COPY}`,
    ),
  },
]);
