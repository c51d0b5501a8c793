// Supplier facts of the third reading pass, continued from facts-saas.ts (same rules: the vendor's own
// page, `read` from a stored copy or `cited` unfetched; a plan the page does not speak of stays unknown).
import { cited, defineSuppliers, read } from './define';

const DEVIN_SECURITY = 'https://docs.devin.ai/admin/security.md';
const DEVIN_ENTERPRISE = 'https://docs.devin.ai/zh/enterprise/security-access/security/enterprise-security';

const CONSENSUS_SECURITY = 'https://help.consensus.app/en/articles/10093291-security';
const CONSENSUS_NOTE =
  'Consensus’s security article: user data is never used to train AI models, Consensus’s own or any third party’s.';

export const saasSuppliers2 = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'devin',
    enterprise: read(
      'no',
      DEVIN_ENTERPRISE,
      'Enterprise security page (Chinese edition): by default Cognition does not use customer data or code to train its models.',
    ),
    soc2: read(
      true,
      DEVIN_SECURITY,
      'Security at Cognition: SOC 2 Type II certification, audited since 2024.',
    ),
  },
  {
    toolId: 'elicit',
    dpa: read(
      'https://elicit.com/operations/dpa',
      'https://elicit.com/operations/dpa',
      'Elicit’s Data Processing Addendum (last updated 1 April 2025), part of its Master Services Agreement.',
    ),
  },
  {
    toolId: 'kagi-assistant',
    retention: cited(
      'Threads deleted after 24 hours of inactivity by default (adjustable in settings)',
      'https://help.kagi.com/kagi/ai/assistant.html#privacy',
      'Kagi’s Assistant help page, privacy section; its text was seen quoted, not read on the page itself.',
    ),
  },
  {
    toolId: 'consensus',
    free: read('no', CONSENSUS_SECURITY, CONSENSUS_NOTE),
    team: read('no', CONSENSUS_SECURITY, CONSENSUS_NOTE),
    enterprise: read('no', CONSENSUS_SECURITY, CONSENSUS_NOTE),
  },
  {
    toolId: 'murf',
    dataRegions: read(
      ['US'],
      'https://murf.ai/security',
      'Murf’s security page: services hosted on AWS in the us-east-2 region (Ohio, United States).',
    ),
  },
  {
    toolId: 'languagetool',
    retention: read(
      'Checked text not stored, except online-editor texts (until deleted), feedback, ignored-error snippets and error sentences (up to 14 days)',
      'https://languagetool.org/legal/privacy',
      'LanguageTool’s privacy policy (GDPR and the German BDSG apply).',
    ),
  },
  {
    toolId: 'avoma',
    dpa: read(
      'https://www.avoma.com/data-processing-addendum',
      'https://www.avoma.com/data-processing-addendum',
      'Avoma’s Data Processing Addendum, part of its Terms of Service.',
    ),
  },
  {
    toolId: 'cartesia',
    soc2: read(
      true,
      'https://docs.cartesia.ai/enterprise/zero-data-retention',
      'Cartesia’s zero-data-retention page: SOC 2 Type II (also GDPR, PCI-DSS service provider, HIPAA).',
    ),
  },
]);
