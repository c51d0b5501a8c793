// Supplier facts of pass 5a (2026-12-05): tools of the top 300 no earlier pass had a fact for. Where a
// vendor publishes its documentation as a public repository the page was read from its source there
// and is cited at its published address (the note says so); otherwise from a stored copy found through
// search. A page of a parent company counts only where it names the product.
import { cited, defineSuppliers, read } from './define';

const SAGEMAKER_COMPLIANCE = 'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-compliance.html';
const SAGEMAKER_SEEN =
  ' Read from the page’s source in awsdocs/amazon-sagemaker-developer-guide (archived June 2023).';

const SPARK_RAI = 'https://docs.github.com/en/copilot/responsible-use/spark';

const MS_COPILOT_FAQ =
  'https://support.microsoft.com/en-us/topic/privacy-faq-for-microsoft-copilot-27b3a435-8dc9-4b55-9a4b-58eeb9647a7f';
const MS_COPILOT_SEEN =
  ' Its text was read on a stored copy of this support.microsoft.com article served from another host, not on microsoft.com itself.';

const SKYVERN_BILLING = 'https://docs.skyvern.com/cloud/account-settings/billing-usage';

const ANTIGRAVITY_TERMS = 'https://antigravity.google/terms';
const ANTIGRAVITY_SEEN =
  ' Opening read in the copy shipped with the app (on a package mirror); the rest seen quoted, not fetched.';

export const pass5aSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'amazon-sagemaker',
    soc2: read(
      true,
      SAGEMAKER_COMPLIANCE,
      'SageMaker developer guide, compliance validation: third-party auditors assess SageMaker in AWS compliance programmes “including SOC, PCI, FedRAMP, HIPAA”; it says SOC without naming the report type.' +
        SAGEMAKER_SEEN,
    ),
  },
  {
    toolId: 'github-spark',
    retention: read(
      'Prompts, suggestions and code snippets are collected and kept as needed for continuity between sessions; no period stated',
      SPARK_RAI,
      'GitHub Docs, responsible use of GitHub Spark, “Data processing”: Spark also collects usage patterns, feedback and performance telemetry. Read from the page’s source in github/docs.',
    ),
  },
  {
    toolId: 'microsoft-copilot',
    retention: cited(
      'Conversation activity stored for 18 months by default; single conversations or the whole history can be deleted at any time',
      MS_COPILOT_FAQ,
      'Microsoft’s privacy FAQ for (consumer) Microsoft Copilot; it does not apply to Microsoft 365 Copilot signed in with Entra ID.' +
        MS_COPILOT_SEEN,
    ),
  },
  {
    toolId: 'skyvern',
    soc2: read(
      true,
      SKYVERN_BILLING,
      'Skyvern Cloud docs, billing and usage: the Enterprise plan includes HIPAA-compliant infrastructure and a SOC 2 Type II report. Read from the page’s source in Skyvern-AI/skyvern (docs/).',
    ),
  },
  {
    toolId: 'antigravity',
    free: cited(
      'yes',
      ANTIGRAVITY_TERMS,
      'Antigravity Additional Terms: Interactions (usage data, metadata, feedback) are used to improve Google products and machine-learning technologies unless changed in settings; no plan named.' +
        ANTIGRAVITY_SEEN,
    ),
    retention: cited(
      'Interactions are recorded and stored while the service runs; deleted on request by email to antigravity-support@google.com (no period stated)',
      ANTIGRAVITY_TERMS,
      'Google Antigravity Additional Terms of Service, section 3.' + ANTIGRAVITY_SEEN,
    ),
  },
  {
    toolId: 'cerebras',
    retention: read(
      'No prompt content, API requests or responses, chat or transaction logs, or user input and model output retained; only organisation name, user emails and usage metrics kept',
      'https://support.cerebras.net/articles/1811589793-does-cerebras-retain-my-data',
      'Cerebras support article “Does Cerebras retain my data?” (updated 11 July 2025): the kept data serves authentication, billing and service performance; no user-generated content is stored.',
    ),
  },
  {
    toolId: 'anyword',
    dpa: read(
      'https://anyword.com/anyword-dpa-agreement',
      'https://anyword.com/anyword-dpa-agreement',
      'Anyword Data Processing Agreement between Keywee Inc. d/b/a Anyword and the customer, part of the customer agreement; covers GDPR, UK GDPR and the CCPA, with California provisions in Schedule 1.',
    ),
  },
]);
