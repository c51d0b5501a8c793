// Supplier facts for coding, writing, translation and meeting tools. Same rules as facts-assistants.ts:
// each fact names the page it was read on and what that page says; unknown facts are left out.
import { defineSuppliers, fact } from './define';

const COPILOT_PLANS = 'https://movarnell.github.io/Copilot-Links/enterprise-privacy.html';
const CURSOR_REVIEW = 'https://equalexperts.github.io/ai-tool-guidance/tool-guidance/cursor-summary.html';
const FIREFLIES_SAFE =
  'https://guide.fireflies.ai/hc/en-us/articles/360020097537-Policy-on-Keeping-Information-Safe';
const NOTION_INDEX = 'https://www.productionai.institute/ai-data-use/notion-ai';
const DEEPL_PRO =
  'https://conductatlas.com/platform/deepl/deepl-terms-and-conditions/no-ai-training-on-pro-user-content/';

export const workToolSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'github-copilot',
    free: fact(
      'yes',
      COPILOT_PLANS,
      "Summary of GitHub's terms: individual subscribers' interaction data may train models unless they opt out.",
    ),
    team: fact('no', COPILOT_PLANS, 'Copilot Business data is not used to train GitHub’s models.'),
    enterprise: fact('no', COPILOT_PLANS, 'Copilot Enterprise data is not used to train GitHub’s models.'),
    retention: fact(
      'Business: code snippets discarded once a suggestion is returned; usage data kept',
      'https://docs.github.com/en/site-policy/privacy-policies/github-copilot-for-business-privacy-statement',
    ),
  },
  {
    toolId: 'cursor',
    free: fact(
      'yes',
      CURSOR_REVIEW,
      'Free and Pro: Privacy Mode must be switched on; with it off, prompts may be kept for model improvement.',
    ),
    team: fact(
      'no',
      CURSOR_REVIEW,
      'Privacy Mode (no storage, no training) is enforced for Business accounts.',
    ),
    enterprise: fact(
      'no',
      CURSOR_REVIEW,
      'Privacy Mode (no storage, no training) is enforced for Enterprise accounts.',
    ),
    dataRegions: fact(['US'], CURSOR_REVIEW, 'The privacy policy says data is processed on US servers.'),
    soc2: fact(
      true,
      'https://conductatlas.com/platform/cursor/cursor-security-practices/',
      "Summary of Cursor's security page: a SOC 2 Type II report is available on request.",
    ),
  },
  {
    toolId: 'grammarly',
    free: fact(
      'yes',
      'https://support.grammarly.com/hc/en-us/articles/25555503115277-Product-Improvement-and-Training-Control',
      'Product Improvement and Training is on by default for Free, Premium and single-user Pro accounts.',
    ),
    team: fact(
      'yes',
      'https://support.grammarly.com/hc/en-us/articles/21530921234829-Product-Improvement-Training-Control-FAQ-for-Grammarly-Business-Accounts-Purchased-Through-the-Grammarly-Website',
      'Business accounts bought on the website: on by default, an administrator can turn it off.',
    ),
  },
  {
    toolId: 'notion-ai',
    free: fact(
      'no',
      NOTION_INDEX,
      'Summary of Notion’s AI terms: Customer Data is not used to train the models behind Notion AI.',
    ),
    team: fact(
      'no',
      NOTION_INDEX,
      'Summary of Notion’s AI terms: Customer Data is not used to train the models behind Notion AI.',
    ),
    enterprise: fact(
      'no',
      NOTION_INDEX,
      'Summary of Notion’s AI terms: Customer Data is not used to train the models behind Notion AI.',
    ),
    retention: fact(
      'At the AI subprocessors: none for Enterprise, 30 days for other plans',
      'https://privacydrift.com/tools/notion',
      'Review citing Notion’s AI security practices page.',
    ),
    dpa: fact(
      'https://www.notion.so/Data-Processing-Addendum-361b540101274b1fa7e16b90402b0d99',
      'https://www.notion.so/Data-Processing-Addendum-361b540101274b1fa7e16b90402b0d99',
      'Notion’s published DPA (version effective 22 February 2023).',
    ),
  },
  {
    toolId: 'otter',
    free: fact(
      'yes',
      'https://blog.buildbetter.ai/do-they-own-your-data-otter-ai-privacy-policy-reviewed',
      'Quotes Otter’s privacy policy: its AI is trained on de-identified audio recordings and on transcripts.',
    ),
    soc2: fact(true, 'https://otter.ai/privacy-security', 'SOC 2 Type 2 report from an independent auditor.'),
  },
  {
    toolId: 'fireflies',
    free: fact(
      'no',
      FIREFLIES_SAFE,
      'Meeting content is never used to train AI models, by Fireflies or its vendors.',
    ),
    team: fact(
      'no',
      FIREFLIES_SAFE,
      'Meeting content is never used to train AI models, by Fireflies or its vendors.',
    ),
    enterprise: fact(
      'no',
      FIREFLIES_SAFE,
      'Meeting content is never used to train AI models, by Fireflies or its vendors.',
    ),
    retention: fact(
      'Deleted meetings purged at once; a deleted account’s meetings within 30 days',
      'https://slack.com/marketplace/A0HPQ0RDG-firefliesai',
      'Fireflies’ own answers in its Slack Marketplace listing.',
    ),
    soc2: fact(true, FIREFLIES_SAFE, 'SOC 2 Type II, audited annually.'),
  },
  {
    toolId: 'deepl',
    team: fact(
      'no',
      DEEPL_PRO,
      'Summary of DeepL’s terms: DeepL Pro texts are not used to train its models.',
    ),
    enterprise: fact(
      'no',
      DEEPL_PRO,
      'Summary of DeepL’s terms: DeepL Pro texts are not used to train its models.',
    ),
    retention: fact(
      'Pro and API: texts deleted right after translation',
      'https://conductatlas.com/platform/deepl/deepl-privacy-policy/paid-pro-and-api-no-storage-guarantee/',
      'Summary of DeepL’s privacy policy.',
    ),
  },
]);
