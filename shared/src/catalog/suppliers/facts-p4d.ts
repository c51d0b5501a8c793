// Supplier facts of pass 4d (2026-12-05): tools still without a fact, and facts missing from tools that
// already had some (a DPA, a certification). A row here for a tool an earlier file lists only adds what
// that file left "not known" (`mergeProfiles` in define.ts); it never replaces a known fact.
import { cited, defineSuppliers, read } from './define';

const OPENAI_DPA = 'https://openai.com/policies/data-processing-addendum/';
const OPENAI_DPA_NOTE =
  'OpenAI’s security and privacy page (read) says it offers customers a Data Processing Addendum, published at this address (not fetched); it covers the business offerings (API, ChatGPT Team, Enterprise, Edu), not consumer accounts.';

const ANTHROPIC_DPA = 'https://www.anthropic.com/legal/data-processing-addendum';
const ANTHROPIC_DPA_NOTE =
  'Anthropic’s Data Processing Addendum, part of its Commercial Terms (API, Claude Team and Enterprise); not fetched. Its help article on its processor role (read on a mirror of support.claude.com) says commercial customers control their users’ data.';

const CODEIUM_SECURITY = 'https://codeium.com/security';
const CODEIUM_ZDR =
  'Codeium (Windsurf) security page, updated 11 March 2025: zero-data-retention mode is on by default for Teams and Enterprise plans, and code sent in that mode is never trained on. Only the page’s opening (its certifications) was read in a stored copy.';

const GITHUB_DPA = 'https://github.com/customer-terms/github-data-protection-agreement';

const MS_DPA =
  'https://www.microsoft.com/licensing/docs/view/Microsoft-Products-and-Services-Data-Protection-Addendum-DPA';
const M365_COPILOT = 'https://learn.microsoft.com/en-us/microsoft-365-copilot/microsoft-365-copilot-privacy';
const M365_SEEN = ' Read from the page’s source in MicrosoftDocs/microsoft-365-docs.';
const AZURE_DIRECT = 'https://learn.microsoft.com/en-us/azure/ai-foundry/responsible-ai/openai/data-privacy';
const AZURE_SEEN = ' Read from the page’s source in MicrosoftDocs/azure-ai-docs.';

const GCP_DPA = 'https://cloud.google.com/terms/data-processing-addendum';
const GCP_DPA_NOTE =
  'Google Cloud Data Processing Addendum, which governs Google’s processing of customer data for Google Cloud services, Vertex AI included. Not fetched.';
const GCP_SOC2 = 'https://cloud.google.com/security/compliance/soc-2';
const GCP_ISO27001 = 'https://cloud.google.com/security/compliance/iso-27001';
const GCP_ISO42001 = 'https://cloud.google.com/security/compliance/iso-42001';
const GCP_CERT_NOTE = (std: string) =>
  `Google Cloud’s ${std} compliance page, whose services in scope include Vertex AI and generative AI on Vertex AI. Not fetched; the in-scope list changes, re-check it first.`;

const AWS_IN_SCOPE = 'https://aws.amazon.com/compliance/services-in-scope/';
const AWS_IN_SCOPE_NOTE = (std: string) =>
  `AWS services-in-scope list: Amazon Bedrock is in scope of its ${std} programme. Not fetched.`;
const AWS_ISO42001 = 'https://aws.amazon.com/compliance/iso-42001-faqs/';

const DIFY_CLOUD = 'https://docs.dify.ai/getting-started/cloud';

export const pass4dSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'chatgpt',
    dpa: cited(OPENAI_DPA, OPENAI_DPA, OPENAI_DPA_NOTE),
  },
  {
    toolId: 'openai-platform',
    dpa: cited(OPENAI_DPA, OPENAI_DPA, OPENAI_DPA_NOTE),
  },
  {
    toolId: 'anthropic-console',
    dpa: cited(ANTHROPIC_DPA, ANTHROPIC_DPA, ANTHROPIC_DPA_NOTE),
  },
  {
    toolId: 'anthropic-console',
    retention: read(
      'Commercial data retention policy by default; approved enterprise API customers can have zero data retention (inputs and outputs not stored at rest after the response, except to comply with law or combat misuse)',
      'https://platform.claude.com/docs/en/build-with-claude/api-and-data-retention',
      'Anthropic’s API and data retention page: ZDR covers eligible APIs and products using the organisation’s API key (Claude Code included); features that must store data keep the least needed and never train on it without permission.',
    ),
  },
  {
    toolId: 'claude',
    dpa: cited(
      ANTHROPIC_DPA,
      ANTHROPIC_DPA,
      'Anthropic’s Data Processing Addendum (not fetched) covers the commercial plans only, Claude Team and Enterprise; Free, Pro and Max are consumer plans under the consumer terms.',
    ),
  },
  {
    toolId: 'windsurf',
    free: cited(
      'yes',
      CODEIUM_SECURITY,
      'Codeium (Windsurf) security page: individual users not in zero-data-retention mode may have code snippets and trajectories logged and used for training; the mode is opt-in on their profile page. Only the page’s opening was read.',
    ),
    team: cited('no', CODEIUM_SECURITY, CODEIUM_ZDR),
    enterprise: cited('no', CODEIUM_SECURITY, CODEIUM_ZDR),
  },
  {
    toolId: 'github-copilot',
    dpa: cited(
      GITHUB_DPA,
      GITHUB_DPA,
      'GitHub Data Protection Agreement, part of GitHub’s customer terms; it covers Copilot Business and Enterprise, where GitHub processes prompts as processor. Not fetched.',
    ),
  },
  {
    toolId: 'microsoft-365-copilot',
    retention: read(
      'Prompts and responses are stored with the organisation’s other Microsoft 365 content; admins set retention through Microsoft Purview and can have a user’s history hard-deleted via a support ticket',
      M365_COPILOT,
      `Microsoft 365 Copilot privacy page: interaction history is encrypted at rest, searchable by admins, and not used to train foundation LLMs.${M365_SEEN}`,
    ),
    dpa: read(
      MS_DPA,
      M365_COPILOT,
      `Microsoft 365 Copilot privacy page: Copilot upholds the data residency commitments of the Microsoft Product Terms and the Products and Services Data Protection Addendum linked here (which does not cover Bing web queries).${M365_SEEN}`,
    ),
  },
  {
    toolId: 'azure-ai-foundry',
    retention: read(
      'Models keep no prompts or completions; files, threads, responses and stored completions stay in the customer’s resource until the customer deletes them; prompts flagged by abuse monitoring may be kept for human review',
      AZURE_DIRECT,
      `Azure Direct Models data page: stored data is encrypted at rest in the resource’s geography; customers approved for modified abuse monitoring have no data stored for human review.${AZURE_SEEN}`,
    ),
    dpa: read(
      MS_DPA,
      AZURE_DIRECT,
      `Azure Direct Models data page: data processing is governed by the Microsoft Products and Services Data Protection Addendum (linked as aka.ms/DPA, published at this address).${AZURE_SEEN}`,
    ),
  },
  {
    toolId: 'vertex-ai',
    soc2: cited(true, GCP_SOC2, GCP_CERT_NOTE('SOC 2')),
    iso27001: cited(true, GCP_ISO27001, GCP_CERT_NOTE('ISO/IEC 27001')),
    iso42001: cited(true, GCP_ISO42001, GCP_CERT_NOTE('ISO/IEC 42001')),
    dpa: cited(GCP_DPA, GCP_DPA, GCP_DPA_NOTE),
  },
  {
    toolId: 'vertex-ai-studio',
    soc2: cited(true, GCP_SOC2, GCP_CERT_NOTE('SOC 2')),
    iso27001: cited(true, GCP_ISO27001, GCP_CERT_NOTE('ISO/IEC 27001')),
    iso42001: cited(true, GCP_ISO42001, GCP_CERT_NOTE('ISO/IEC 42001')),
    dpa: cited(GCP_DPA, GCP_DPA, GCP_DPA_NOTE),
  },
  {
    toolId: 'amazon-bedrock',
    soc2: cited(true, AWS_IN_SCOPE, AWS_IN_SCOPE_NOTE('SOC')),
    iso27001: cited(true, AWS_IN_SCOPE, AWS_IN_SCOPE_NOTE('ISO/IEC 27001')),
    iso42001: cited(
      true,
      AWS_ISO42001,
      'AWS ISO/IEC 42001 FAQ: AWS’s AI management system certification covers Amazon Bedrock (with Amazon Q Business, Textract and Transcribe). Not fetched.',
    ),
  },
  {
    toolId: 'dify',
    dataRegions: read(
      ['US (AWS US-East)'],
      DIFY_CLOUD,
      'Dify Cloud FAQ: input and generated application data are stored on AWS servers in the US-East region. Read in the page source in the langgenius/dify-docs repository.',
    ),
  },
]);
