// Supplier facts for Microsoft's Copilots, Mistral, Perplexity and DeepSeek (continued from
// facts-assistants.ts, same rules: each fact names the vendor's page it was read on).
import { FACTS_CHECKED_2, cited, defineSuppliers, fact, read } from './define';

const M365_COPILOT = 'https://learn.microsoft.com/en-us/microsoft-365-copilot/microsoft-365-copilot-privacy';
const COPILOT_CHAT_EDP = 'https://learn.microsoft.com/en-us/copilot/privacy-and-protections';
const MISTRAL_DOCS = 'https://docs.mistral.ai/admin/security-access/privacy';
const MISTRAL_HELP =
  'https://help.mistral.ai/en/articles/323757-do-you-use-my-user-data-to-train-your-artificial-intelligence-models';
const PERPLEXITY_ENTERPRISE =
  'https://www.perplexity.ai/help-center/en/articles/11187708-data-retention-and-privacy-for-enterprise-organizations-and-users';
const DEEPSEEK_PRIVACY = 'https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html';

export const assistantSuppliers2 = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'microsoft-365-copilot',
    team: fact(
      'no',
      M365_COPILOT,
      'Prompts, responses and Microsoft Graph data are not used to train foundation LLMs.',
    ),
    enterprise: fact(
      'no',
      M365_COPILOT,
      'Prompts, responses and Microsoft Graph data are not used to train foundation LLMs.',
    ),
    dataRegions: fact(
      ['EU Data Boundary'],
      M365_COPILOT,
      'Covered by the EU Data Boundary commitments for Microsoft 365 commercial customers.',
    ),
  },
  {
    toolId: 'm365-copilot-chat',
    team: cited(
      'no',
      COPILOT_CHAT_EDP,
      'Enterprise data protection, signed in with a work account: prompts and responses are not used to train foundation models.',
    ),
    enterprise: cited(
      'no',
      COPILOT_CHAT_EDP,
      'Enterprise data protection, signed in with a work account: prompts and responses are not used to train foundation models.',
    ),
  },
  {
    toolId: 'le-chat',
    free: fact(
      'yes',
      MISTRAL_DOCS,
      'Le Chat Free conversations may improve the models; opt out in the admin panel.',
    ),
    team: fact('no', MISTRAL_HELP, 'Training does not apply to Team and Enterprise plans.'),
    enterprise: fact('no', MISTRAL_HELP, 'Training does not apply to Team and Enterprise plans.'),
  },
  {
    toolId: 'mistral-console',
    free: fact(
      'yes',
      MISTRAL_HELP,
      'Experiment (free) API plan: input and output may be used for training; opt-out available.',
    ),
    team: fact('no', MISTRAL_HELP, 'Scale (pay-per-use) API plan: not used for training.'),
    enterprise: fact('no', MISTRAL_HELP, 'Scale (pay-per-use) API plan: not used for training.'),
    dataRegions: read(
      ['EU', 'US'],
      'https://mistral.ai/cloud/inference/',
      'Requests processed in the EU or, for supported models, the US; each region a separate deployment.',
    ),
  },
  {
    toolId: 'perplexity',
    free: read(
      'yes',
      'https://www.perplexity.ai/hub/faq/what-data-does-perplexity-collect-about-me',
      'Search queries and feedback are used to improve the AI models unless the AI Data Usage toggle in Settings is turned off.',
    ),
    enterprise: fact(
      'no',
      PERPLEXITY_ENTERPRISE,
      'Enterprise data is never used to train or fine-tune the models.',
    ),
    retention: fact(
      'Enterprise: uploaded files deleted after 7 days; threads kept until deletion is requested',
      PERPLEXITY_ENTERPRISE,
    ),
    soc2: fact(
      true,
      'https://enterprise-prod.perplexity.ai/enterprise/security',
      'Perplexity’s enterprise security page: SOC 2 Type 2 certified by independent auditors.',
      FACTS_CHECKED_2,
    ),
  },
  {
    toolId: 'deepseek',
    free: cited(
      'yes',
      DEEPSEEK_PRIVACY,
      'Privacy policy: information collected, including prompts, is used to train and improve its technology.',
    ),
    dataRegions: cited(
      ['China'],
      DEEPSEEK_PRIVACY,
      'Privacy policy: information is stored on servers in the People’s Republic of China.',
    ),
  },
]);
