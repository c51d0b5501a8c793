// Supplier facts for the cloud AI platforms and developer APIs (Google Cloud, AWS, Microsoft Azure,
// OpenAI's API). Same rules as facts-assistants.ts: the vendor's own page, `read` from a stored copy or
// `cited` unfetched. Cloud platforms sell to organisations only: free-tier training stays "not known".
import { cited, defineSuppliers, read } from './define';

const VERTEX_ZDR =
  'https://docs.cloud.google.com/gemini-enterprise-agent-platform/resources/zero-data-retention';
const GEMINI_CLOUD_CERTS = 'https://cloud.google.com/gemini/docs/discover/certifications?hl=zh-cn';
const BEDROCK_RETENTION = 'https://docs.aws.amazon.com/bedrock/latest/userguide/data-retention.html';
const BEDROCK_PROTECTION = 'https://docs.aws.amazon.com/bedrock/latest/userguide/data-protection.html';

const VERTEX_TRAINING =
  'Training restriction of the Service Specific Terms: customer data is not used to train or fine-tune any AI/ML model without prior permission.';
const VERTEX_RETENTION =
  'Kept for limited periods (abuse-monitoring prompt logs, caching, grounding); zero retention needs the customer’s own steps';
const BEDROCK_NO_TRAINING =
  'Prompts and completions are not used to train AWS models nor shared with model providers.';

const GEMINI_API_TERMS = 'https://ai.google.dev/terms?hl=zh-cn';
const XAI_SECURITY = 'https://docs.x.ai/docs/faq/security';
const XAI_NO_TRAINING = 'xAI never trains on API inputs or outputs without explicit permission.';
const TOGETHER_ZDR = 'https://docs.together.ai/docs/zero-data-retention';
const TOGETHER_TRAINING = 'Use of data for training is a separate opt-in, off by default, for every account.';
const FIREWORKS_DATA = 'https://docs.fireworks.ai/guides/security_compliance/data_handling';
const DEEPINFRA_PRIVACY = 'https://docs.deepinfra.com/account/data-privacy';
const GEMINI_PAID =
  'Paid Services (paid Gemini API quota): prompts and responses are not used to improve Google products.';
const DEEPINFRA_NO_TRAINING =
  'Inference APIs: no training on customer data, except when a Google or Anthropic model is chosen (their terms apply).';

export const cloudSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'google-ai-studio',
    free: read(
      'yes',
      GEMINI_API_TERMS,
      'Unpaid Services (AI Studio, free API quota): content and responses improve Google products and ML, read by human reviewers.',
    ),
    team: cited('no', 'https://ai.google.dev/gemini-api/terms', GEMINI_PAID),
    enterprise: cited('no', 'https://ai.google.dev/gemini-api/terms', GEMINI_PAID),
    retention: cited(
      'Paid Services: prompts and responses logged for a limited period, only for abuse detection and legal disclosures',
      'https://ai.google.dev/gemini-api/terms',
    ),
  },
  {
    toolId: 'xai-console',
    team: read('no', XAI_SECURITY, XAI_NO_TRAINING),
    enterprise: read('no', XAI_SECURITY, XAI_NO_TRAINING),
    retention: read(
      'API requests and responses kept 30 days for abuse audits, then deleted; zero retention for enterprise teams',
      XAI_SECURITY,
    ),
  },
  {
    toolId: 'together-ai',
    free: read('no', TOGETHER_ZDR, TOGETHER_TRAINING),
    team: read('no', TOGETHER_ZDR, TOGETHER_TRAINING),
    enterprise: read('no', TOGETHER_ZDR, TOGETHER_TRAINING),
    retention: read(
      'Prompts and responses stored by default (deletable); zero retention when the organisation turns storage off',
      TOGETHER_ZDR,
    ),
  },
  {
    toolId: 'fireworks-ai',
    retention: read(
      'Open models: prompts and outputs never written to persistent storage by default; Response API keeps conversations 30 days unless store=false',
      FIREWORKS_DATA,
    ),
  },
  {
    toolId: 'groq',
    retention: read(
      'Inference inputs and outputs not retained by default; kept only for features that need it (batch files 30 days) or to investigate failures and abuse',
      'https://console.groq.com/docs/your-data',
    ),
  },
  {
    toolId: 'openrouter',
    retention: read(
      'Prompts and completions stored only when Input & Output Logging is turned on; the routed provider’s own policy also applies',
      'https://openrouter.ai/docs/guides/features/input-output-logging.md',
    ),
  },
  {
    toolId: 'deepinfra',
    team: read('no', DEEPINFRA_PRIVACY, DEEPINFRA_NO_TRAINING),
    enterprise: read('no', DEEPINFRA_PRIVACY, DEEPINFRA_NO_TRAINING),
    retention: read(
      'Inputs and outputs held in memory only during inference; image outputs kept briefly; bulk requests longer',
      DEEPINFRA_PRIVACY,
    ),
  },
  ...['vertex-ai', 'vertex-ai-studio'].map((toolId) => ({
    toolId,
    team: read('no' as const, VERTEX_ZDR, VERTEX_TRAINING),
    enterprise: read('no' as const, VERTEX_ZDR, VERTEX_TRAINING),
    retention: read(VERTEX_RETENTION, VERTEX_ZDR),
  })),
  {
    toolId: 'gemini-code-assist',
    soc2: read(true, GEMINI_CLOUD_CERTS, 'Certifications of Gemini for Google Cloud: SOC 2 compliant.'),
    iso27001: read(
      true,
      GEMINI_CLOUD_CERTS,
      'Certifications of Gemini for Google Cloud: ISO 27001, 27017, 27018, 27701.',
    ),
    iso42001: read(true, GEMINI_CLOUD_CERTS, 'Certifications of Gemini for Google Cloud: ISO 42001.'),
  },
  {
    toolId: 'amazon-bedrock',
    team: cited('no', BEDROCK_PROTECTION, BEDROCK_NO_TRAINING),
    enterprise: cited('no', BEDROCK_PROTECTION, BEDROCK_NO_TRAINING),
    retention: read(
      'Set per Region by the customer: zero retention, or the model’s own policy (some models keep flagged traffic up to 30 days)',
      BEDROCK_RETENTION,
    ),
  },
]);
