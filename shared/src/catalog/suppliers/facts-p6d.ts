// Supplier facts of pass 6d (2026-12-05): read in full in the copies Open Terms Archive records of vendors'
// terms and privacy policies (OpenTermsArchive/genai-contrib-versions and contrib-versions, ODC-By; attribution:
// Open Terms Archive). Each fact cites the vendor address the copy was fetched from, and its note names the
// repository and the date the copy was recorded; the live page may have changed since.
import { defineSuppliers, read } from './define';

const GENAI = 'Open Terms Archive copy in genai-contrib-versions';
const CONTRIB = 'Open Terms Archive copy in contrib-versions';

const MS_AGREEMENT = 'https://www.microsoft.com/en-gb/servicesagreement/';
const BAIDU_PRIVACY = 'https://privacy.baidu.com/policy';
const COPYAI_PRIVACY = 'https://www.copy.ai/privacy-notice';
const GITHUB_TERMS = 'https://docs.github.com/en/site-policy/github-terms/github-terms-of-service';
const GRAMMARLY_CBA = 'https://www.grammarly.com/terms/customer-business-agreement';
const LOVABLE_TERMS = 'https://lovable.dev/terms';
const LOVABLE_TRAINING = `Lovable terms (updated 16 June 2026, effective 15 August 2026): Lovable may use Customer Data to develop and train AI models; a user may opt out at any time, free of charge and whatever the plan. ${GENAI}, recorded 6 Aug 2026.`;

export const pass6dSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'microsoft-designer',
    retention: read(
      'No period stated; Microsoft processes and stores the inputs and outputs of its AI services to monitor for and prevent abusive or harmful use',
      MS_AGREEMENT,
      `Microsoft Services Agreement (effective 30 Sep 2025), AI Services v; its list of covered services names Image Creator from Microsoft Designer, Designer’s image generator. ${CONTRIB} (“Microsoft” terms), recorded 4 Aug 2026.`,
    ),
  },
  {
    toolId: 'ernie-bot',
    dataRegions: read(
      ['Mainland China'],
      BAIDU_PRIVACY,
      `Baidu privacy policy (updated 26 Apr 2022), §4.2: personal information is generally stored in the PRC. It covers every Baidu product; a product’s own policy prevails where they differ. OTA files it under Wenxinyiyan. ${GENAI}, recorded 14 Aug 2024.`,
    ),
  },
  {
    toolId: 'copy-ai',
    dataRegions: read(
      ['United States', 'European Union'],
      COPYAI_PRIVACY,
      `Copy.ai privacy notice, “Cross-border data transfer”: cloud services store and process data in the US and the EU, and Copy.ai may add other storage sites at its discretion. ${GENAI}, recorded 10 Dec 2025.`,
    ),
  },
  {
    toolId: 'github-copilot',
    free: read(
      'yes',
      GITHUB_TERMS,
      `GitHub Terms of Service (effective 27 Apr 2026), J.3: individual licences grant GitHub a licence to use Copilot’s inputs and outputs to train models unless the user opts out in settings; GitHub Customer Agreements are excluded. ${GENAI}, recorded 23 Jul 2026.`,
    ),
  },
  {
    toolId: 'lovable',
    free: read('yes', LOVABLE_TERMS, LOVABLE_TRAINING),
    team: read('yes', LOVABLE_TERMS, LOVABLE_TRAINING),
    dpa: read(
      'https://lovable.dev/data-processing-agreement',
      LOVABLE_TERMS,
      `Lovable terms: the page links Lovable’s DPA, which a plan or separate written agreement may put in place for personal data. ${GENAI}, recorded 6 Aug 2026.`,
    ),
    soc2: read(
      true,
      'https://lovable.dev/privacy',
      `Lovable privacy policy (updated 14 Apr 2026), “Information Security”: Lovable undergoes annual SOC 2 Type II audits (its hosting data centres are SOC 2 and ISO 27001 certified, not Lovable itself). ${GENAI}, recorded 6 Aug 2026.`,
    ),
  },
  {
    toolId: 'grammarly',
    enterprise: read(
      'no',
      GRAMMARLY_CBA,
      `Superhuman (formerly Grammarly) Customer Business Agreement (effective 29 Oct 2025), 5.4: no training of generative AI models on Customer Data without the customer’s prior written consent. ${CONTRIB} (“Grammarly”), recorded 17 Jan 2026.`,
    ),
    dpa: read(
      'https://www.superhuman.com/legal/dpa',
      GRAMMARLY_CBA,
      `Superhuman Customer Business Agreement, 3.2: the Superhuman Data Privacy Addendum at this address is part of the agreement where customer data includes personal data. ${CONTRIB} (“Grammarly”), recorded 17 Jan 2026.`,
    ),
  },
  {
    toolId: 'hugging-face',
    dataRegions: read(
      ['United States'],
      'https://huggingface.co/privacy',
      `Hugging Face privacy policy (effective 28 Mar 2023), §6: the company and its servers are located in the United States. ${CONTRIB}, recorded 18 Mar 2026.`,
    ),
  },
  {
    toolId: 'replit',
    dataRegions: read(
      ['United States', 'India'],
      'https://replit.com/privacy-policy',
      `Replit privacy policy: the services are primarily hosted in the US and may also be hosted abroad; India is named as an example, so other locations are possible. ${GENAI}, recorded 10 Dec 2025.`,
    ),
  },
  {
    toolId: 'murf',
    retention: read(
      'Kept while the account is open; account data, including uploaded projects, media and text, is permanently deleted within 30 days of closing the account, except what law or disputes require keeping',
      'https://murf.ai/resources/privacy_policy/',
      `Murf privacy policy, “Data Retention”. ${GENAI}, recorded 19 Dec 2025.`,
    ),
  },
]);
