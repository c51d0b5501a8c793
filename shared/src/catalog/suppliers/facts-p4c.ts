// Supplier facts of pass 4c (2026-12-05): the vendor's own page, `read` from a stored copy found through
// search; a plan the page does not speak of stays "not known". Where a page states a rule for every
// customer (no plan named), each plan gets the fact with a note saying so.
import { cited, defineSuppliers, read } from './define';

const RELEVANCE_SECURITY = 'https://relevanceai.mintlify.app/security';
const RELEVANCE_NOTE =
  'Relevance AI security page (its Mintlify-hosted docs): customer data is not used to train its models or improve its services unless the customer has a specific partnership agreement; stated for all customers, no plan named.';
const FELLOW_AI_SETTINGS = 'https://fellow.ai/blog/fellow-ai-settings';
const FELLOW_NOTE =
  'Fellow’s article on its AI settings: meeting content handled by its AI features is not stored or shared by its LLM partners and is never used to train AI models; stated for the product, no plan named.';

const SANA_SECURITY = 'https://help.sana.ai/en/articles/153270-sana-s-security-and-infrastructure-setup';

const XAI_ENTERPRISE_FAQ = 'https://x.ai/legal/enterprise/faq';

const SARVAM_PRIVACY = 'https://www.sarvam.ai/privacy-policy';
const SARVAM_SEEN =
  ' Its text was read on a stored copy served from web.sarvam.dev (the policy names www.sarvam.ai as the platform it covers), not on sarvam.ai itself.';

const TRAE_DATA_FAQ = 'https://www.trae.ai/blog/product_thought_0819';

const AMP_SECURITY = 'https://ampcode.com/security';

export const pass4cSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'relevance-ai',
    free: read('no', RELEVANCE_SECURITY, RELEVANCE_NOTE),
    team: read('no', RELEVANCE_SECURITY, RELEVANCE_NOTE),
    enterprise: read('no', RELEVANCE_SECURITY, RELEVANCE_NOTE),
    retention: read(
      'Agent and tool run logs: 30 days on the free tier; on other tiers kept until the customer deletes them',
      RELEVANCE_SECURITY,
      'Relevance AI security page: account deletion requests processed within 60 days; knowledge bases, logs and files under the customer’s control.',
    ),
    dataRegions: read(
      ['US (N. Virginia)', 'EU/UK (London)', 'Australia (Sydney)'],
      RELEVANCE_SECURITY,
      'Relevance AI security page: data stored in the region chosen at sign-up.',
    ),
  },
  {
    toolId: 'fellow',
    free: read('no', FELLOW_AI_SETTINGS, FELLOW_NOTE),
    team: read('no', FELLOW_AI_SETTINGS, FELLOW_NOTE),
    enterprise: read('no', FELLOW_AI_SETTINGS, FELLOW_NOTE),
    retention: read(
      'Set by workspace admins; in zero-day retention mode the recording and raw transcript are deleted as soon as the notes are generated',
      'https://fellow.ai/blog/fellow-data-retention-settings/',
      'Fellow’s article on its data retention settings: zero-day retention keeps the AI notes, summary and action items but permanently deletes the source recording and transcript right after processing.',
    ),
  },
  {
    toolId: 'prowritingaid',
    retention: read(
      'Analysed text not kept after processing, except documents the user saves in the Web Editor (stored encrypted)',
      'https://prowritingaid.com/en/home/privacy',
      'ProWritingAid privacy policy: texts are processed only to return reports and suggestions; saved Web Editor documents are encrypted and stored in the cloud.',
    ),
  },
  {
    toolId: 'leonardo-ai',
    dpa: read(
      'https://leonardo.ai/data-processing-addendum/',
      'https://leonardo.ai/data-processing-addendum/',
      'Leonardo.Ai Data Processing Addendum: incorporated into the Master Services Agreement with Leonardo Interactive Pty Ltd, which acts as processor; covers European privacy laws, the Australian Privacy Act and US state laws.',
    ),
  },
  {
    toolId: 'sana',
    iso27001: read(
      true,
      SANA_SECURITY,
      'Sana help article on security: its information security management system is certified under ISO/IEC 27001.',
    ),
    soc2: read(
      true,
      SANA_SECURITY,
      'Same article, under “SOC 2 Compliance”: Sana adheres to the SOC 2 standards (no report type named).',
    ),
  },
  {
    toolId: 'modjo',
    dpa: read(
      'https://www.modjo.ai/fr/trust-center/contrats-de-sous-traitance',
      'https://www.modjo.ai/fr/trust-center/contrats-de-sous-traitance',
      'Modjo trust centre: personal-data processing contract (DPA, updated 17 April 2025) between RINGO, trading as Modjo, as processor and the customer; part of the order form and general terms; refers to GDPR and the EU AI Act.',
    ),
  },
  {
    toolId: 'grok',
    enterprise: read(
      'no',
      XAI_ENTERPRISE_FAQ,
      'xAI enterprise FAQ (for business and enterprise customers): business data, inputs and outputs, is not used to train its models; free credits may sometimes be offered in exchange for permission to train.',
    ),
    retention: read(
      'Business and enterprise inputs and outputs deleted automatically within 30 days, unless agreed otherwise, legally required or flagged for a policy breach',
      XAI_ENTERPRISE_FAQ,
      'xAI enterprise FAQ; consumer Grok retention is not stated on this page.',
    ),
    dpa: read(
      'https://x.ai/legal/data-processing-addendum',
      'https://x.ai/legal/data-processing-addendum',
      'xAI Data Processing Addendum (last modified 5 September 2024), part of the Enterprise Terms of Service for Grok and the API; the enterprise FAQ says it applies automatically when personal data is submitted.',
    ),
  },
  {
    toolId: 'bluedot',
    dpa: read(
      'https://www.bluedothq.com/es/dpa',
      'https://www.bluedothq.com/es/dpa',
      'Bluedot (Twiso, Inc.) Data Processing Agreement, effective 4 March 2025 (English text at this address): Bluedot processes customer personal data as processor, an appendix to the customer agreement, with standard contractual clauses.',
    ),
  },
  {
    toolId: 'wellsaid',
    dpa: read(
      'https://www.wellsaid.io/dpa',
      'https://www.wellsaid.io/dpa',
      'WellSaid Customer Data Processing Agreement (last updated 9 July 2025), incorporated into the WellSaid Services Agreement; covers GDPR, UK GDPR, Swiss FADP and US state laws with EU standard contractual clauses.',
    ),
  },
  {
    toolId: 'scholarcy',
    retention: read(
      'Uploaded documents held in memory only and permanently deleted right after processing, usually within 30 seconds',
      'https://www.scholarcy.com/faq/what-happens-to-the-pdf/',
      'Scholarcy FAQ on uploaded PDFs and documents: the extracted reading list, summaries and references are returned to the user; the document itself is not kept.',
    ),
  },
  {
    toolId: 'vercel-ai-gateway',
    retention: read(
      'Zero data retention can be enforced team-wide or per request on Pro and Enterprise plans (requests then go only to providers with ZDR agreements); not applied to bring-your-own-key requests',
      'https://vercel.com/changelog/zero-data-retention-no-prompt-training-on-ai-gateway',
      'Vercel changelog on AI Gateway compliance controls: team-wide ZDR is billed per 1,000 requests; a per-request option to keep providers from training on prompts is free on all plans.',
    ),
    dpa: read(
      'https://vercel.com/legal/dpa',
      'https://vercel.com/legal/dpa',
      'Vercel Data Processing Addendum, supplementing the enterprise order form and terms; its security annex describes AES-256 encryption at rest, TLS 1.2+ in transit and hosting on AWS, Azure and GCP.',
    ),
  },
  {
    toolId: 'upstage',
    retention: read(
      'API inputs and outputs not stored unless needed to deliver the service and stated; Console Playground inputs may be kept until the user deregisters',
      'https://www.upstage.ai/terms-of-service',
      'Upstage terms of use, highlights and Article 22: API input data is not used for model training; Playground data may be used for service improvement and research.',
    ),
  },
  {
    toolId: 'sarvam',
    soc2: cited(
      true,
      SARVAM_PRIVACY,
      'Sarvam privacy policy (updated 22 May 2026), “Compliance Certifications”: SOC 2 Type II.' +
        SARVAM_SEEN,
    ),
    iso27001: cited(
      true,
      SARVAM_PRIVACY,
      'Sarvam privacy policy, “Compliance Certifications”: ISO 27001:2022.' + SARVAM_SEEN,
    ),
  },
  {
    toolId: 'trae',
    free: read(
      'yes',
      TRAE_DATA_FAQ,
      'Trae data-practices article (trae.ai, not trae.cn): chats, code snippets included, may be stored and used for product improvement and model training unless Privacy Mode is on; no plan named, so only the free plan is recorded.',
    ),
    retention: read(
      'Codebase files uploaded only to compute index embeddings, then the plain-text code is permanently deleted (embeddings and metadata kept); chat interactions may be stored',
      TRAE_DATA_FAQ,
      'Trae’s data-practices article; its privacy policy (trae.ai/privacy-policy) says the same of codebase indexing.',
    ),
    dataRegions: read(
      ['US', 'Singapore', 'Malaysia'],
      TRAE_DATA_FAQ,
      'Trae’s data-practices article: user data stored on servers in the United States, Singapore and Malaysia.',
    ),
  },
  {
    toolId: 'genspark',
    enterprise: read(
      'no',
      'https://mainfunc.ai/policies/enterprise_clients_data_security_and_privacy_policy',
      'Genspark data security and privacy policy for enterprise clients (v1.3, November 2025, on the site of MainFunc, Genspark’s maker): Genspark never uses the client’s data to train any model, by contract and technical controls.',
    ),
  },
  {
    toolId: 'naturalreader',
    retention: read(
      'Text sent for conversion deleted afterwards; uploads kept in the library up to 1 year for registered users (24 hours for unregistered), MP3s up to 30 days; deletable at once',
      'https://help.naturalreaders.com/en/articles/6214399-data-security',
      'NaturalReader help article on data security: uploads and converted audio stored on AWS S3; deleting them from the libraries removes them from its servers immediately.',
    ),
  },
  {
    toolId: 'sourcegraph-amp',
    enterprise: read(
      'no',
      AMP_SECURITY,
      'Amp security reference: the Amp Enterprise plan (paid or trial) has zero data retention, LLM inputs and outputs neither retained nor used for training; other plans not covered here.',
    ),
    retention: read(
      'Thread data (messages, LLM responses, code snippets) removed within 30 days of thread or user deletion; Enterprise: zero retention of text inputs at LLM providers',
      AMP_SECURITY,
      'Amp security reference: the Amp client and server never store, clone or index the whole codebase.',
    ),
    dataRegions: read(
      ['US'],
      AMP_SECURITY,
      'Amp security reference: primary infrastructure on Google Cloud Platform in the US; LLM inference on US-based servers of its model providers.',
    ),
    soc2: read(
      true,
      AMP_SECURITY,
      'Amp security reference: Amp is SOC 2 Type II certified (an older version of the page said Amp would be added to Sourcegraph’s reports).',
    ),
  },
]);
