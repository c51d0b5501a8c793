// Supplier facts for coding, writing, translation and meeting tools. Same rules as facts-assistants.ts:
// each fact names the vendor's page it was read on (or, with `cited`, the vendor page recorded unfetched).
import { cited, defineSuppliers, fact, read } from './define';

const COPILOT_TRUST = 'https://resources.github.com/copilot-trust-center/';
const CURSOR_PRIVACY = 'https://cursor.com/help/security-and-privacy/privacy.md';
const DEEPL_PRIVACY = 'https://www.deepl.com/en/privacy';
const GRAMMARLY_SECURITY = 'https://www.grammarly.com/security';
const FIREFLIES_SAFE =
  'https://guide.fireflies.ai/hc/en-us/articles/360020097537-Policy-on-Keeping-Information-Safe';

export const workToolSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'github-copilot',
    team: cited('no', COPILOT_TRUST, 'Copilot Business data is not used to train GitHub’s model.'),
    enterprise: cited('no', COPILOT_TRUST, 'Copilot Enterprise data is not used to train GitHub’s model.'),
    retention: fact(
      'Business: code snippets discarded once a suggestion is returned; usage data kept',
      'https://docs.github.com/en/site-policy/privacy-policies/github-copilot-for-business-privacy-statement',
    ),
  },
  {
    toolId: 'cursor',
    team: read(
      'no',
      CURSOR_PRIVACY,
      'Privacy Mode (no storage at model providers, no training) is on by default for team members; admins can enforce it.',
    ),
    enterprise: read(
      'no',
      CURSOR_PRIVACY,
      'Privacy Mode (no storage at model providers, no training) is on by default for team members; admins can enforce it.',
    ),
    retention: read(
      'With Privacy Mode: zero data retention agreements with every model provider',
      CURSOR_PRIVACY,
    ),
    dpa: read(
      'https://www.cursor.com/terms/dpa',
      'https://www.cursor.com/terms/dpa',
      'Anysphere’s Data Processing Addendum to its Master Services Agreement (last updated 12 February 2025).',
    ),
  },
  {
    toolId: 'deepl',
    free: cited(
      'yes',
      DEEPL_PRIVACY,
      'Texts sent to the free translator may be used to improve DeepL’s models.',
    ),
    team: cited(
      'no',
      DEEPL_PRIVACY,
      'DeepL Pro and paid API: texts are not stored and not used for training.',
    ),
    enterprise: cited(
      'no',
      DEEPL_PRIVACY,
      'DeepL Pro and paid API: texts are not stored and not used for training.',
    ),
    retention: cited('Pro and paid API: texts deleted right after translation', DEEPL_PRIVACY),
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
    soc2: cited(true, GRAMMARLY_SECURITY, 'Grammarly’s security page lists a SOC 2 (Type 2) report.'),
    iso27001: cited(true, GRAMMARLY_SECURITY, 'Grammarly’s security page lists ISO/IEC 27001 certification.'),
  },
  {
    toolId: 'notion-ai',
    dpa: fact(
      'https://www.notion.so/Data-Processing-Addendum-361b540101274b1fa7e16b90402b0d99',
      'https://www.notion.so/Data-Processing-Addendum-361b540101274b1fa7e16b90402b0d99',
      'Notion’s published DPA (version effective 22 February 2023).',
    ),
  },
  {
    toolId: 'otter',
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
    soc2: fact(true, FIREFLIES_SAFE, 'SOC 2 Type II, audited annually.'),
  },
  {
    toolId: 'perplexity-api',
    team: read(
      'no',
      'https://docs.perplexity.ai/docs/resources/privacy-security.md',
      'Sonar API: customer data is never used to train the models.',
    ),
    enterprise: read(
      'no',
      'https://docs.perplexity.ai/docs/resources/privacy-security.md',
      'Sonar API: customer data is never used to train the models.',
    ),
    retention: read(
      'Sonar API: zero data retention; only billing metadata (tokens, model, time, key) is kept',
      'https://docs.perplexity.ai/docs/resources/privacy-security.md',
    ),
    soc2: read(
      true,
      'https://docs.perplexity.ai/docs/resources/privacy-security.md',
      'Lists a SOC 2 Type II report among current certifications.',
    ),
  },
  {
    toolId: 'hugging-face',
    soc2: read(
      true,
      'https://huggingface.co/platform',
      'Team & Enterprise Hub page: SOC 2 Type 2, GDPR compliant.',
    ),
    retention: read(
      'Inference Providers: request and response bodies not stored; logs without user data kept up to 30 days',
      'https://huggingface.co/docs/inference-providers/security.md',
    ),
  },
]);
