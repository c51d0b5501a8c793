// Supplier facts read on 2026-12-05 for coding platforms, model APIs and creative and sales tools (third
// reading pass). Same rules as facts-assistants.ts: every fact is read from a stored copy of the vendor's
// own page (`read`); a plan the page does not speak of stays "not known".
import { defineSuppliers, read } from './define';

const Q_IMPROVEMENT = 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/service-improvement.html';
const Q_STORAGE = 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/data-storage.html';
const COHERE_DATA = 'https://cohere.com/data-usage-policy';
const FIREFLY_COMMITMENTS =
  'https://adobe.com/cc-shared/fragments/ai-hub/overview/firefly/commitments-to-creators';
const FIREFLY_NOTE =
  'Adobe states it does not and has never trained Firefly on customer content; the models use licensed and public-domain content.';
const GONG_SECURITY = 'https://help.gong.io/docs/summary-of-security-features';
const BASETEN_SECURITY = 'https://docs.baseten.co/security.md';
const DUCK_AI_TERMS = 'https://duckduckgo.com/aichat/privacy-terms';
const LOVABLE_SECURITY = 'https://lovable.dev/pt/security';
const GRANOLA_SECURITY = 'https://www.granola.ai/security';
const GRANOLA_FAQ =
  'https://docs.granola.ai/help-center/consent-security-privacy/security-privacy-data-faqs.md';

export const saasSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'amazon-q-developer',
    free: read(
      'yes',
      Q_IMPROVEMENT,
      'Free tier: questions, responses and generated code may be used for service improvement, including model training; opt-out available.',
    ),
    team: read(
      'no',
      Q_IMPROVEMENT,
      'Content from Amazon Q Developer Pro is not used for service improvement.',
    ),
    enterprise: read(
      'no',
      Q_IMPROVEMENT,
      'Content from Amazon Q Developer Pro is not used for service improvement.',
    ),
    dataRegions: read(
      ['US', 'Pro: the Region of the Q Developer profile (some features)'],
      Q_STORAGE,
      'Free tier: stored in a US Region. Pro: console chat, IDE and command line in the profile’s Region; other features may use a US Region.',
    ),
  },
  {
    toolId: 'cohere-platform',
    free: read(
      'yes',
      COHERE_DATA,
      'Cohere SaaS Platform: prompts and generations may train Cohere models unless turned off under Data Controls.',
    ),
    team: read(
      'yes',
      COHERE_DATA,
      'Cohere SaaS Platform: prompts and generations may train Cohere models unless turned off under Data Controls.',
    ),
    retention: read(
      'SaaS Platform: logged prompts and generations deleted after 30 days, unless law, contract or flagged misuse require longer',
      COHERE_DATA,
    ),
  },
  {
    toolId: 'adobe-firefly',
    free: read('no', FIREFLY_COMMITMENTS, FIREFLY_NOTE),
    team: read('no', FIREFLY_COMMITMENTS, FIREFLY_NOTE),
    enterprise: read('no', FIREFLY_COMMITMENTS, FIREFLY_NOTE),
  },
  {
    toolId: 'windsurf',
    soc2: read(
      true,
      'https://codeium.com/security',
      'Codeium (Windsurf) security page, updated 11 March 2025: SOC 2 Type II certification, annual penetration tests.',
    ),
  },
  {
    toolId: 'gong',
    soc2: read(true, GONG_SECURITY, 'Gong keeps its own SOC 2 Type II report spanning its operations.'),
    iso27001: read(true, GONG_SECURITY, 'Lists an ISO 27001 certificate (with ISO 27701, 27017 and 27018).'),
  },
  {
    toolId: 'replit',
    dpa: read('https://replit.com/site/dpa', 'https://replit.com/site/dpa', 'Replit’s published DPA.'),
  },
  {
    toolId: 'replicate',
    retention: read(
      'API predictions: inputs, outputs, files and logs removed after one hour; web predictions kept until deleted',
      'https://replicate.com/docs/topics/predictions/data-retention',
    ),
  },
  {
    toolId: 'granola',
    free: read(
      'yes',
      GRANOLA_SECURITY,
      'Granola trains on users’ anonymised data unless they opt out in Settings; third-party AI providers may not train on it.',
    ),
    enterprise: read('no', GRANOLA_SECURITY, 'Model training is turned off by default for Enterprise users.'),
    dataRegions: read(['US'], GRANOLA_SECURITY, 'Notes are stored in a US-hosted AWS virtual private cloud.'),
    soc2: read(true, GRANOLA_FAQ, 'Granola’s security FAQ: holds SOC 2 Type II.'),
    iso27001: read(false, GRANOLA_FAQ, 'Granola’s security FAQ: ISO 27001 is not yet available.'),
  },
  {
    toolId: 'krisp',
    soc2: read(
      true,
      'https://krisp.ai/security-for-ai-meeting-assistant/',
      'Krisp’s AI Meeting Assistant security page: SOC 2 Type II audit, executive summary downloadable.',
    ),
  },
  {
    toolId: 'baseten',
    team: read(
      'no',
      BASETEN_SECURITY,
      'Baseten does not use customer content for model training, fine-tuning or improving any algorithm.',
    ),
    enterprise: read(
      'no',
      BASETEN_SECURITY,
      'Baseten does not use customer content for model training, fine-tuning or improving any algorithm.',
    ),
    retention: read(
      'Model APIs: zero data retention; dedicated inference: synchronous requests not stored by default',
      BASETEN_SECURITY,
    ),
  },
  {
    toolId: 'duck-ai',
    free: read(
      'no',
      DUCK_AI_TERMS,
      'DuckDuckGo does not store prompts or outputs; its agreements bar the model providers from using them to develop or improve models.',
    ),
    retention: read(
      'Not stored by DuckDuckGo; model providers must delete within 30 days at most (safety and legal exceptions)',
      DUCK_AI_TERMS,
    ),
  },
  {
    toolId: 'lovable',
    enterprise: read(
      'no',
      LOVABLE_SECURITY,
      'Enterprise security page: customer prompts, code and workspace data are not used to train Lovable models.',
    ),
    dataRegions: read(
      ['EU', 'US', 'Australia'],
      LOVABLE_SECURITY,
      'Lovable Cloud hosts customer data in the region the customer selects; it does not move across regions by default.',
    ),
  },
]);
