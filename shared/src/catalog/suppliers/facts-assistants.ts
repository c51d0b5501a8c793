// Supplier facts for the general assistants and their developer consoles. Each fact names the page it
// was read on; a vendor's own page where one was found, otherwise the page that quotes or summarises the
// vendor's terms (the note says which). Nothing here is inferred from what a vendor "usually" does.
import { defineSuppliers, fact } from './define';

const OPENAI_BUSINESS = 'https://openai.com/business-data/';
const OPENAI_ENTERPRISE = 'https://openai.com/enterprise-privacy';
const OPENAI_EU = 'https://openai.com/index/introducing-data-residency-in-europe/';
const ANTHROPIC_COMMERCIAL =
  'https://support.anthropic.com/en/articles/9267385-does-anthropic-act-as-a-data-processor-or-controller';
const ANTHROPIC_CONSUMER =
  'https://particle.news/story/anthropic-asks-consumer-users-to-decide-on-training-claude-with-their-chats-adds-five-year-data';
const ANTHROPIC_42001 =
  'https://www.oxebridge.com/emma/despite-being-sued-for-copyright-infringement-anthropic-obtains-iso-42001-certification/';
const MISTRAL_PROFILE = 'https://europealternatives.com/de/company/mistral-ai/';
const GEMINI_APPS = 'https://www.medianama.com/2024/02/223-google-data-collection-gemini-apps/';
const WORKSPACE_GEMINI = 'https://support.google.com/a/answer/15706919';
const M365_COPILOT = 'https://learn.microsoft.com/en-us/microsoft-365-copilot/microsoft-365-copilot-privacy';
const MISTRAL_DOCS = 'https://docs.mistral.ai/admin/security-access/privacy';
const MISTRAL_HELP =
  'https://help.mistral.ai/en/articles/323757-do-you-use-my-user-data-to-train-your-artificial-intelligence-models';
const PERPLEXITY_ENTERPRISE =
  'https://www.perplexity.ai/help-center/en/articles/11187708-data-retention-and-privacy-for-enterprise-organizations-and-users';

export const assistantSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'chatgpt',
    free: fact(
      'yes',
      'https://conductatlas.com/platform/openai/privacy-policy-row/ai-model-training-on-user-content',
      "Quotes OpenAI's privacy policy: content of consumer services such as ChatGPT may train models; opt out in Data Controls.",
    ),
    team: fact(
      'no',
      OPENAI_BUSINESS,
      'Business data from ChatGPT Team (Business) is not used for training by default.',
    ),
    enterprise: fact('no', OPENAI_ENTERPRISE, 'No training on data from ChatGPT Enterprise.'),
    retention: fact('Enterprise: the customer controls how long data is kept', OPENAI_ENTERPRISE),
    dataRegions: fact(
      ['EU'],
      OPENAI_EU,
      'Optional for new ChatGPT Enterprise and Edu workspaces: content stored at rest in Europe.',
    ),
    soc2: fact(true, OPENAI_ENTERPRISE, 'Audited for SOC 2 compliance.'),
  },
  {
    toolId: 'openai-platform',
    team: fact(
      'no',
      OPENAI_BUSINESS,
      'API platform business data is not used for training unless the customer opts in.',
    ),
    enterprise: fact(
      'no',
      OPENAI_BUSINESS,
      'API platform business data is not used for training unless the customer opts in.',
    ),
    dataRegions: fact(
      ['EU'],
      OPENAI_EU,
      'Optional for new API projects, handled in-region with zero data retention.',
    ),
    soc2: fact(
      true,
      'https://openai.com/index/introducing-data-residency-in-asia/',
      'States adherence to CSA STAR and SOC 2 Type 2 for the API and business plans.',
    ),
  },
  {
    toolId: 'claude',
    free: fact(
      'yes',
      ANTHROPIC_CONSUMER,
      'News report: Free, Pro and Max users are asked, with the training toggle preset to on; opting out stops future use.',
    ),
    team: fact(
      'no',
      ANTHROPIC_COMMERCIAL,
      'Claude for Work: not used for training unless the customer joins the Development Partner Program.',
    ),
    enterprise: fact(
      'no',
      ANTHROPIC_COMMERCIAL,
      'Claude for Work: not used for training unless the customer joins the Development Partner Program.',
    ),
    retention: fact(
      'Consumer plans: up to 5 years when chats may train models, 30 days when not',
      ANTHROPIC_CONSUMER,
      'News report of the consumer terms update.',
    ),
    iso42001: fact(
      true,
      ANTHROPIC_42001,
      "Quotes Anthropic's announcement: certified by Schellman Compliance.",
    ),
  },
  {
    toolId: 'anthropic-console',
    team: fact(
      'no',
      ANTHROPIC_COMMERCIAL,
      'The Anthropic API is a commercial product: data is not used for training.',
    ),
    enterprise: fact(
      'no',
      ANTHROPIC_COMMERCIAL,
      'The Anthropic API is a commercial product: data is not used for training.',
    ),
    iso42001: fact(
      true,
      ANTHROPIC_42001,
      "Quotes Anthropic's announcement: certified by Schellman Compliance.",
    ),
  },
  {
    toolId: 'gemini',
    free: fact(
      'yes',
      GEMINI_APPS,
      "Reports Google's Gemini Apps Privacy Hub: conversations improve Google's models, some are read by human reviewers, unless Gemini Apps Activity is off.",
    ),
    team: fact(
      'no',
      WORKSPACE_GEMINI,
      'With a qualifying Google Workspace edition: not used for model training outside the domain without permission.',
    ),
    enterprise: fact(
      'no',
      WORKSPACE_GEMINI,
      'With a qualifying Google Workspace edition: not used for model training outside the domain without permission.',
    ),
    retention: fact(
      'Consumer: reviewed conversations up to 3 years; up to 72 hours even with activity off',
      GEMINI_APPS,
      "Reports Google's Gemini Apps Privacy Hub.",
    ),
  },
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
