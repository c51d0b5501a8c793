// Supplier facts for the general assistants and their developer consoles. Every source is the vendor's
// own page. `read`: its text was read from a stored copy found through search; `cited`: the vendor's
// named page, recorded without fetching it; `fact`: recorded in the first pass (2026-12-04), before the
// distinction was kept. Nothing here is inferred from what a vendor "usually" does.
import { cited, defineSuppliers, fact, read } from './define';

const OPENAI_BUSINESS = 'https://openai.com/business-data/';
const OPENAI_ENTERPRISE = 'https://openai.com/enterprise-privacy';
const OPENAI_EU = 'https://openai.com/index/introducing-data-residency-in-europe/';
const OPENAI_TRAINING =
  'https://help.openai.com/en/articles/5722486-how-your-data-is-used-to-improve-model-performance';
const CLAUDE_DATA_USAGE = 'https://code.claude.com/docs/en/data-usage.md';
const ANTHROPIC_CONSUMER = 'https://www.anthropic.com/news/updates-to-our-consumer-terms';
const ANTHROPIC_API_DATA =
  'https://privacy.claude.com/es/articles/7996875-puedes-eliminar-datos-que-envie-a-traves-de-api';
const GEMINI_APPS = 'https://support.google.com/gemini/answer/13594961';
const WORKSPACE_GEMINI = 'https://support.google.com/a/answer/15706919';

const ANTHROPIC_CERTS =
  'https://privacy.claude.com/en/articles/10015870-what-certifications-has-anthropic-obtained';
const anthropicCertifications = {
  soc2: cited(true, ANTHROPIC_CERTS, 'Anthropic’s list of certifications: SOC 2 Type II.'),
  iso27001: cited(true, ANTHROPIC_CERTS, 'Anthropic’s list of certifications: ISO/IEC 27001:2022.'),
  iso42001: cited(true, ANTHROPIC_CERTS, 'Anthropic’s list of certifications: ISO/IEC 42001:2023.'),
};

const CLAUDE_COMMERCIAL =
  'Commercial terms (Team, Enterprise, API): not used to train generative models unless the customer opts in, e.g. the Development Partner Program.';

export const assistantSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'chatgpt',
    free: read(
      'yes',
      OPENAI_TRAINING,
      'Services for individuals (ChatGPT, DALL·E): content may train the models unless the user opts out in Data Controls or the privacy portal.',
    ),
    team: read('no', OPENAI_BUSINESS, 'Business data from ChatGPT Team is not used for training by default.'),
    enterprise: read(
      'no',
      OPENAI_ENTERPRISE,
      'No training on business data from ChatGPT Enterprise by default.',
    ),
    retention: read('Enterprise: the customer controls how long data is kept', OPENAI_ENTERPRISE),
    dataRegions: fact(
      ['EU'],
      OPENAI_EU,
      'Optional for new ChatGPT Enterprise and Edu workspaces: content stored at rest in Europe.',
    ),
    soc2: read(true, OPENAI_ENTERPRISE, 'States a completed SOC 2 audit of the business products.'),
  },
  {
    toolId: 'dall-e',
    free: read(
      'yes',
      OPENAI_TRAINING,
      'Services for individuals (ChatGPT, DALL·E): content may train the models unless the user opts out.',
    ),
  },
  {
    toolId: 'openai-platform',
    team: read(
      'no',
      OPENAI_BUSINESS,
      'API business data is not used for training unless the customer opts in.',
    ),
    enterprise: read(
      'no',
      OPENAI_BUSINESS,
      'API business data is not used for training unless the customer opts in.',
    ),
    retention: read(
      'Abuse-monitoring logs up to 30 days by default; approved customers may get zero data retention',
      'https://developers.openai.com/docs/guides/your-data',
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
    free: cited(
      'yes',
      ANTHROPIC_CONSUMER,
      'Free, Pro and Max: chats train new models while "Help improve Claude" is on; existing users were asked with it preset to on.',
    ),
    team: read('no', CLAUDE_DATA_USAGE, CLAUDE_COMMERCIAL),
    enterprise: read('no', CLAUDE_DATA_USAGE, CLAUDE_COMMERCIAL),
    retention: cited(
      'Consumer plans: up to 5 years while chats may train models, 30 days when not',
      ANTHROPIC_CONSUMER,
    ),
    ...anthropicCertifications,
  },
  {
    toolId: 'claude-code',
    free: read(
      'yes',
      CLAUDE_DATA_USAGE,
      'From Free, Pro and Max accounts: trains new models while the consumer training setting is on.',
    ),
    team: read('no', CLAUDE_DATA_USAGE, CLAUDE_COMMERCIAL),
    enterprise: read('no', CLAUDE_DATA_USAGE, CLAUDE_COMMERCIAL),
    ...anthropicCertifications,
  },
  {
    toolId: 'anthropic-console',
    team: read('no', ANTHROPIC_API_DATA, 'API data is not used for training unless agreed otherwise.'),
    enterprise: read('no', CLAUDE_DATA_USAGE, CLAUDE_COMMERCIAL),
    ...anthropicCertifications,
  },
  {
    toolId: 'gemini',
    free: cited(
      'yes',
      GEMINI_APPS,
      'Gemini Apps Privacy Hub: with Gemini Apps Activity on, chats improve Google AI, with human reviewers.',
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
    retention: cited(
      'Consumer: human-reviewed chats up to 3 years; up to 72 hours even with activity off',
      GEMINI_APPS,
    ),
  },
]);
