// Supplier facts of pass 6c, second part (2026-12-05): vendors' privacy policies and terms read in full in the
// copies Open Terms Archive records in public repositories (OpenTermsArchive/genai-contrib-versions,
// genai-eu-versions and contrib-versions, ODC-By). Each copy is the vendor's page cleaned of menus, fetched
// from the address its declaration names; that address is the source. Each note gives the page's own date.
import { defineSuppliers, read } from './define';

const OTA = 'Read in full in Open Terms Archive’s recorded copy';

const QWEN_PRIVACY = 'https://chat.qwen.ai/legal-agreement/privacy-policy';
const DOUBAO_PRIVACY = 'https://www.doubao.com/legal/privacy';
const STABILITY_PRIVACY = 'https://stability.ai/privacypolicy';
const SPEECHIFY_PRIVACY = 'https://speechify.com/privacy/';
const BOLT_PRIVACY = 'https://stackblitz.com/privacy-policy';
const BARDEEN_PRIVACY = 'https://www.bardeen.ai/privacy-policy';
const WORDTUNE_PRIVACY = 'https://www.wordtune.com/privacy-policy';
const META_AI_TERMS = 'https://www.facebook.com/legal/eu-ai-terms';
const LIMITLESS_PRIVACY = 'https://www.limitless.ai/privacy-policy';
const MS_SERVICES_AGREEMENT = 'https://www.microsoft.com/en-gb/servicesagreement/';

export const pass6cSuppliers2 = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'qwen',
    free: read(
      'yes',
      QWEN_PRIVACY,
      `Qwen Chat privacy policy (Alibaba Cloud Singapore, qwen.ai; updated 19 May 2026): de-identified user content and feedback are used to train its AI models. Its Chinese hosts (tongyi.com, qianwen.com) were not checked. ${OTA} (genai-eu-versions).`,
    ),
    dataRegions: read(
      ['Singapore', 'Mainland China'],
      QWEN_PRIVACY,
      `Qwen Chat privacy policy (updated 19 May 2026): personal data, including prompts and uploads, is stored or processed in Singapore and mainland China; group entities there have limited remote access. ${OTA} (genai-eu-versions).`,
    ),
  },
  {
    toolId: 'doubao',
    free: read(
      'yes',
      DOUBAO_PRIVACY,
      `Doubao privacy policy (updated 15 July 2026), §1.10: de-identified inputs, instructions and replies may be used for model training; personal-edition users can turn “help improve the model” off in settings. ${OTA} (genai-contrib-versions).`,
    ),
    dataRegions: read(
      ['Mainland China'],
      DOUBAO_PRIVACY,
      `Doubao privacy policy (updated 15 July 2026), §4.1: personal information collected in operations in China is stored within the PRC and not currently transferred abroad. ${OTA} (genai-contrib-versions).`,
    ),
    retention: read(
      'Inputs and feedback are kept until the user withdraws or deletes them or closes the account, then deleted or anonymised, save where law, audit or disputes require longer',
      DOUBAO_PRIVACY,
      `Doubao privacy policy (updated 15 July 2026), §4.2, storage period. ${OTA} (genai-contrib-versions).`,
    ),
  },
  {
    toolId: 'stability-ai',
    free: read(
      'yes',
      STABILITY_PRIVACY,
      `Stability AI privacy policy (effective 31 July 2025; its apps and API where Stability is controller): inputs and outputs are used to train its models, with an opt-out in its privacy centre. Business agreements may differ. ${OTA} (genai-contrib-versions).`,
    ),
  },
  {
    toolId: 'speechify',
    dataRegions: read(
      ['United States'],
      SPEECHIFY_PRIVACY,
      `Speechify privacy policy (updated 22 July 2026), “Where is my Information stored?”: information submitted is transferred to, processed and stored in the US; content saved in its apps is also kept on the device and synced. ${OTA} (genai-contrib-versions).`,
    ),
    retention: read(
      'Kept until the user deletes the account; some personal data may be kept longer for fraud prevention and legal, tax and audit duties',
      SPEECHIFY_PRIVACY,
      `Speechify privacy policy (updated 22 July 2026), “How long is Personal Data retained?”. ${OTA} (genai-contrib-versions).`,
    ),
  },
  {
    toolId: 'bolt',
    retention: read(
      'Kept while the account is active; deleted or anonymised within 30 days of the user closing the account, though residual copies may stay in backups and logs for a limited period',
      BOLT_PRIVACY,
      `StackBlitz privacy policy for Bolt (updated 12 May 2026), §11 Data Retention. The same page says plan-dependent opt-outs from training exist, which does not settle the default. ${OTA} (genai-contrib-versions).`,
    ),
  },
  {
    toolId: 'bardeen',
    soc2: read(
      true,
      BARDEEN_PRIVACY,
      `Bardeen privacy notice (updated 7 March 2024; copy recorded August 2024): Bardeen states it complies with AICPA SOC 2 Type 2 since 1 April 2024, besides GDPR and CASA Tier 2/3. ${OTA} (genai-contrib-versions).`,
    ),
  },
  {
    toolId: 'wordtune',
    retention: read(
      'Kept until AI21 deletes it or the user makes a valid deletion request; longer where law or legal claims require',
      WORDTUNE_PRIVACY,
      `Wordtune privacy policy (AI21 Labs; updated 3 August 2025), §2.2 Retention of your Personal Data. ${OTA} (genai-contrib-versions).`,
    ),
  },
  {
    toolId: 'meta-ai',
    free: read(
      'yes',
      META_AI_TERMS,
      `Meta AIs Terms of Service (EU version): Meta uses people’s interactions with its AIs, including prompts, to improve AI at Meta, as its privacy policy explains; the AIs may retain what is shared. ${OTA} of 13 May 2026 (genai-eu-versions).`,
    ),
    retention: read(
      'No period stated; deleting messages, threads or even the account may not delete Meta’s copy, which is removed through its Privacy Center',
      META_AI_TERMS,
      `Meta AIs Terms of Service (EU version), privacy section. ${OTA} of 13 May 2026 (genai-eu-versions).`,
    ),
  },
  {
    toolId: 'limitless',
    dataRegions: read(
      ['United States'],
      LIMITLESS_PRIVACY,
      `Limitless privacy policy (updated 5 December 2025): its services are hosted in the US and data from elsewhere is transferred there; it may be moved on to other countries for processing. ${OTA} (contrib-versions).`,
    ),
    retention: read(
      'Pendant users choose the retention period for recordings and what is derived from them, up to indefinitely; other data as long as reasonably necessary',
      LIMITLESS_PRIVACY,
      `Limitless privacy policy (updated 5 December 2025), Retention: information a user chooses to keep indefinitely is not deleted. ${OTA} (contrib-versions).`,
    ),
  },
  {
    toolId: 'bing-image-creator',
    retention: read(
      'No period stated; Microsoft processes and stores the inputs and outputs of its AI services to monitor for and prevent abusive or harmful use',
      MS_SERVICES_AGREEMENT,
      `Microsoft Services Agreement (UK English, effective 30 September 2025), AI Services v; its list of covered services names Image Creator from Microsoft Designer. ${OTA} (contrib-versions, its “Bing” terms).`,
    ),
  },
]);
