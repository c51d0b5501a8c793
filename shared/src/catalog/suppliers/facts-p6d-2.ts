// Pass 6d, continued (2026-12-05): model platforms' training, retention and DPA facts from the copies Open
// Terms Archive records in OpenTermsArchive/genai-contrib-versions, genai-eu-versions and contrib-versions (ODC-By;
// attribution: Open Terms Archive). Each fact cites the vendor address the copy was fetched from; the note gives
// the copy's date.
import { defineSuppliers, read } from './define';

const GENAI = 'Open Terms Archive copy in genai-contrib-versions';

const FIREWORKS_PRIVACY = 'https://fireworks.ai/privacy-policy';
const FIREWORKS_NO_TRAINING = `Fireworks AI privacy policy: prompts, training data and API inputs are not used to train or improve its models without the user’s explicit opt-in (stated for all users; no plan named). ${GENAI}, recorded 22 Aug 2026.`;

const MISTRAL_TERMS = 'https://mistral.ai/terms/';
const EU = 'Open Terms Archive copy in genai-eu-versions (“Le Chat”)';
const MISTRAL_PRIVACY = `Mistral AI privacy policy (effective 8 Apr 2026) on its legal terms page, retention periods. ${EU}, recorded 8 Apr 2026.`;
const MISTRAL_DPA = `Mistral AI Data Processing Addendum (effective 12 Mar 2026) on its legal terms page: part of a business customer’s agreement for Mistral AI products. ${EU}, recorded 12 Mar 2026.`;

const AWS_TERMS = 'https://aws.amazon.com/service-terms/';
const AWS_DPA = 'https://d1.awsstatic.com/legal/aws-dpa/aws-dpa.pdf';
const CONTRIB = 'Open Terms Archive copy in contrib-versions (“Amazon Web Services”)';
const awsDpa = (where: string): string =>
  `AWS Service Terms (updated 20 Aug 2026), 1.14.1, universal terms: the AWS Data Processing Addendum is incorporated whenever AWS services process Customer Data; ${where}. ${CONTRIB}, recorded 21 Aug 2026.`;

const PERPLEXITY_DPA = 'https://www.perplexity.ai/hub/legal/dpa';
const PERPLEXITY_DPA_NOTE = `Perplexity Data Processing Addendum (updated 8 Jul 2025): part of business agreements, naming the Enterprise Pro terms and the API terms. ${GENAI}, recorded 10 Dec 2025.`;

export const pass6dSuppliers2 = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'fireworks-ai',
    free: read('no', FIREWORKS_PRIVACY, FIREWORKS_NO_TRAINING),
    enterprise: read('no', FIREWORKS_PRIVACY, FIREWORKS_NO_TRAINING),
  },
  {
    toolId: 'le-chat',
    retention: read(
      'Inputs and outputs kept until the user deletes the conversation or the account',
      MISTRAL_TERMS,
      `${MISTRAL_PRIVACY} It does not cover business use in which Mistral acts as the customer’s processor.`,
    ),
    dpa: read(MISTRAL_TERMS, MISTRAL_TERMS, MISTRAL_DPA),
  },
  {
    toolId: 'mistral-console',
    retention: read(
      'API inputs and outputs kept while the output is generated, then 30 rolling days for abuse monitoring unless zero data retention is on; Agents API data until the account ends; fine-tuning data until deleted',
      MISTRAL_TERMS,
      MISTRAL_PRIVACY,
    ),
    dpa: read(MISTRAL_TERMS, MISTRAL_TERMS, MISTRAL_DPA),
  },
  {
    toolId: 'amazon-bedrock',
    dpa: read(AWS_DPA, AWS_TERMS, awsDpa('Bedrock is one of the AI Services of §50')),
  },
  {
    toolId: 'amazon-sagemaker',
    dpa: read(AWS_DPA, AWS_TERMS, awsDpa('SageMaker has its own section, §60')),
  },
  {
    toolId: 'amazon-q-developer',
    dpa: read(AWS_DPA, AWS_TERMS, awsDpa('Amazon Q has its own section, §50.13')),
  },
  {
    toolId: 'kiro',
    dpa: read(AWS_DPA, AWS_TERMS, awsDpa('Kiro has its own section, §50.14')),
    retention: read(
      'Free Tier: inputs may be stored for up to 60 days to detect and improve detection of activity that breaks the agreement; no period stated for paid tiers',
      AWS_TERMS,
      `AWS Service Terms (updated 20 Aug 2026), 50.14.2, on Kiro. ${CONTRIB}, recorded 21 Aug 2026.`,
    ),
  },
  {
    toolId: 'openrouter',
    dpa: read(
      'https://openrouter.ai/data-processing-agreement',
      'https://openrouter.ai/terms',
      `OpenRouter terms, 10.2: organisations and commercial users are pointed to OpenRouter’s Data Processing Agreement at this address. ${GENAI}, recorded 12 May 2026.`,
    ),
  },
  {
    toolId: 'perplexity',
    dpa: read(PERPLEXITY_DPA, PERPLEXITY_DPA, `${PERPLEXITY_DPA_NOTE} Business (Enterprise Pro) use only.`),
  },
  {
    toolId: 'perplexity-api',
    dpa: read(PERPLEXITY_DPA, PERPLEXITY_DPA, PERPLEXITY_DPA_NOTE),
  },
  {
    toolId: 'sana',
    dpa: read(
      'https://sanalabs.com/download/legal/data-processing-addendum.pdf',
      'https://sanalabs.com/download/legal/data-processing-addendum.pdf',
      `Sana Labs Data Processing Agreement (updated 15 Apr 2025): part of the MSA or other agreement between Sana and a subscriber. ${GENAI}, recorded 20 Dec 2025.`,
    ),
  },
]);
