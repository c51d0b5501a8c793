// Supplier facts for Microsoft's Copilots, Mistral, Perplexity and DeepSeek (continued from
// facts-assistants.ts, same rules: each fact names the page it was read on).
import { FACTS_CHECKED_2, defineSuppliers, fact } from './define';

const MISTRAL_PROFILE = 'https://europealternatives.com/de/company/mistral-ai/';
const M365_COPILOT = 'https://learn.microsoft.com/en-us/microsoft-365-copilot/microsoft-365-copilot-privacy';
const MISTRAL_DOCS = 'https://docs.mistral.ai/admin/security-access/privacy';
const MISTRAL_HELP =
  'https://help.mistral.ai/en/articles/323757-do-you-use-my-user-data-to-train-your-artificial-intelligence-models';
const PERPLEXITY_ENTERPRISE =
  'https://www.perplexity.ai/help-center/en/articles/11187708-data-retention-and-privacy-for-enterprise-organizations-and-users';

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
    team: fact(
      'no',
      'https://learn.microsoft.com/en-us/answers/a/12789825',
      'Microsoft Q&A answer citing the Copilot privacy documentation.',
    ),
    enterprise: fact(
      'no',
      'https://learn.microsoft.com/en-us/answers/a/12789825',
      'Microsoft Q&A answer citing the Copilot privacy documentation.',
    ),
  },
  {
    toolId: 'microsoft-copilot',
    free: fact(
      'yes',
      'https://www.magicmirror.team/faq-pages/microsoft-copilot-browser-assistants-faqs',
      'Summary of Microsoft consumer terms: personal accounts may train models after notice, with an opt-out; M365 Personal/Family and work accounts excluded.',
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
    dataRegions: fact(
      ['EU'],
      MISTRAL_PROFILE,
      "Directory profile citing Mistral's help center: EU by default.",
    ),
    soc2: fact(true, MISTRAL_PROFILE, 'Directory profile: SOC 2 Type II.'),
    iso27001: fact(true, MISTRAL_PROFILE, 'Directory profile: ISO 27001 and ISO 27701.'),
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
  },
  {
    toolId: 'perplexity',
    free: fact(
      'yes',
      'https://www.productionai.institute/ai-data-use/perplexity',
      "Summary of Perplexity's help article: AI data retention (training) is on by default for Free, Pro and Max.",
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
    free: fact(
      'yes',
      'https://tnsafety.com/deepseeks-chinese-data-storage-policy-raises-global-privacy-concerns',
      "Report on DeepSeek's privacy policy: collected data may be used for model training.",
    ),
    dataRegions: fact(
      ['China'],
      'https://tnsafety.com/deepseeks-chinese-data-storage-policy-raises-global-privacy-concerns',
      'Quotes the privacy policy: information is stored on servers in the People’s Republic of China.',
    ),
  },
]);
