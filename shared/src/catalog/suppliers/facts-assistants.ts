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
const GEMINI_APPS = 'https://www.medianama.com/2024/02/223-google-data-collection-gemini-apps/';
const WORKSPACE_GEMINI = 'https://support.google.com/a/answer/15706919';

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
]);
