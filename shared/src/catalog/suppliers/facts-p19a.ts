// Pass 19a (nineteenth session, 2026-12-06): facts still "not known" for the tools of helper list sup-a, missing-everything
// tools first. Eleven facts were read in full in the copies Open Terms Archive records of vendors' terms, privacy policies
// and DPAs (OpenTermsArchive/genai-contrib-versions, genai-eu-versions and contrib-versions, ODC-By; attribution: Open
// Terms Archive); the source of each is the address the copy was fetched from, as the collections' *-declarations name
// it, and the note gives the collection, the commit and the day the copy was recorded. One fact (Exa's retention) was
// read in a stored copy of its docs' Markdown export found through the search of stored documentation. Nothing is
// `cited3`. Every tool here was already listed by an earlier file; mergeProfiles in define.ts adds only facts that were
// still "not known" and never replaces a known one. No tool without any fact gained one: the other Open Terms Archive
// collections (france, pga, dating, p2b-compliance, user-rights, vlopses-us, sante-numerique-france, GenAI) hold none of
// these vendors, and searches for the missing-everything tools returned look-alike vendors and policy trackers.
// Tried without a usable vendor page: Mubert, Moises (only the opening of its 2024 terms), NovelAI, Paperpal, Surfer,
// Circleback, Suno (only the opening of suno.ai/terms; its training clause seen only on third-party pages), GitHub
// Models, SambaNova Cloud, SeaArt, Janitor AI, Undetectable AI, Uberduck, HIX.AI, Tongyi Lingma, Volcengine Ark, Baidu
// Qianfan, Writer, Glean, Cerebras and Flowise (FlowiseAI/FlowiseDocs fetched: nothing on Flowise Cloud's data).
// Found but not used: Midjourney's privacy policy ("as long as necessary"), Copy.ai's privacy policy and terms (no
// training statement), Replicate's terms ("Resultant Data" may improve the services: not a plain answer on inputs),
// OpenRouter's terms (training depends on each model's provider; prompt logging is opt-in), Bardeen's terms (a content
// licence that names training, against its privacy notice's no-training rule for integration data: left open),
// SambaNova's site terms (website only), Jasper's DPA (retention "as long as the customer deems necessary"; regions
// only by a sub-processor link), Google Antigravity's terms (enterprise use falls under Google Cloud's terms).
import { defineSuppliers, read3 } from './define';

const GENAI = 'Read in full in Open Terms Archive’s copy in genai-contrib-versions';
const GENAI_EU = 'Read in full in Open Terms Archive’s copy in genai-eu-versions';
const CONTRIB = 'Read in full in Open Terms Archive’s copy in contrib-versions';

const SANA_PRIVACY = 'https://sanalabs.com/legal/privacy-notice/';
const SANA_MSA = 'https://sanalabs.com/download/legal/master-services-agreement.pdf';
const SANA_DPA = 'https://sanalabs.com/download/legal/data-processing-addendum.pdf';
const OPENROUTER_PRIVACY = 'https://openrouter.ai/privacy';
const STABILITY_PRIVACY = 'https://stability.ai/privacypolicy';
const WORDTUNE_PRIVACY = 'https://www.wordtune.com/privacy-policy';
const HF_PRIVACY = 'https://huggingface.co/privacy';
const MS_PRIVACY = 'https://privacy.microsoft.com/en-ie/privacystatement';
const BARDEEN_PRIVACY = 'https://www.bardeen.ai/privacy-policy';
const EXA_ZDR = 'https://exa.ai/docs/admin/security/zero-data-retention.md';

const sanaMsa = (plan: string): string =>
  `Sana Master Services Agreement (15 Apr 2025), 9.4.2: Sana does not use Subscriber Data to train algorithms or generative AI models. ${plan} ${GENAI} (141f50c, 20 Dec 2025).`;

export const pass19aSuppliers = /* @__PURE__ */ defineSuppliers([
  // Sana (Sana Labs, now with Workday). Its privacy notice (last updated 22 Apr 2026) covers the data Sana controls:
  // Self-Serve Users, including its free services and Civic Tier; users of company subscribers are covered by the
  // Master Services Agreement and DPA instead. The MSA governs subscriptions bought in the online purchasing portal and
  // under order forms, so its no-training clause is recorded for team and enterprise. The DPA (15 Apr 2025) gives the
  // deletion period and the place of processing. Sana's SOC 2, ISO/IEC 27001 and DPA link were recorded by pass 4c.
  {
    toolId: 'sana',
    free: read3(
      'no',
      SANA_PRIVACY,
      `Sana privacy notice (22 Apr 2026), for self-serve and free (Civic Tier) users: neither Sana nor its service providers use personal data to train AI or ML models. ${GENAI} (16da4ff, 10 Aug 2026).`,
    ),
    team: read3('no', SANA_MSA, sanaMsa('Covers self-serve subscriptions.')),
    enterprise: read3('no', SANA_MSA, sanaMsa('Covers order-form subscriptions.')),
    retention: read3(
      'Customer personal data returned or deleted on request within 30 days of termination, and deleted within 3 months at the latest; backups keep it for 30 days',
      SANA_DPA,
      `Sana Data Processing Agreement (15 Apr 2025), 16.1 and Appendix B (backups); copies the law requires Sana to archive are excepted. ${GENAI} (71ec182, 20 Dec 2025).`,
    ),
    dataRegions: read3(
      ['Sweden', 'Sub-processors’ locations (Sana’s sub-processor list)'],
      SANA_DPA,
      `Sana DPA (15 Apr 2025), Appendix 1.5: processing takes place in Sweden and as set out in Sana’s sub-processor list; 7.1 allows sub-processors inside and outside the EU/EEA. ${GENAI} (71ec182, 20 Dec 2025).`,
    ),
  },
  // OpenRouter's privacy policy (last updated 15 Apr 2025): personal data may be transferred to its servers in the US or
  // to other countries outside the EEA and the UK. Prompts are governed by its terms, not this policy, so the fact is
  // about the personal data OpenRouter holds.
  {
    toolId: 'openrouter',
    dataRegions: read3(
      ['United States (OpenRouter’s servers)', 'Other countries outside the EEA and UK'],
      OPENROUTER_PRIVACY,
      `OpenRouter privacy policy (15 Apr 2025), International Transfers: personal data may go to its US servers or other countries outside the EEA and UK; prompts fall under the terms. ${GENAI} (71a3dc0, 1 May 2026).`,
    ),
  },
  // Stability AI's privacy policy (effective 31 Jul 2025), 5. Data Transfers: personal data is processed on servers
  // outside the EEA, Switzerland and the UK, including Stability's servers in the US.
  {
    toolId: 'stability-ai',
    dataRegions: read3(
      ['United States (Stability’s servers)', 'Other countries outside the EEA, Switzerland and UK'],
      STABILITY_PRIVACY,
      `Stability AI privacy policy (effective 31 Jul 2025), 5: personal data is processed on servers outside the EEA, Switzerland and UK, including Stability’s US servers. ${GENAI} (e243e88, 30 Jul 2026).`,
    ),
  },
  // Wordtune's privacy policy (AI21 Labs, last updated 3 Aug 2025), 4.2 External transfers: personal data is processed
  // on servers outside the EEA, Switzerland and the UK, including storage in AI21's facilities and servers in the US.
  {
    toolId: 'wordtune',
    dataRegions: read3(
      [
        'United States (AI21’s facilities and servers)',
        'Other countries outside the EEA, Switzerland and UK',
      ],
      WORDTUNE_PRIVACY,
      `Wordtune privacy policy (AI21 Labs, 3 Aug 2025), 4.2: personal data is processed outside the EEA, Switzerland and UK, including storage on AI21’s servers in the US. ${GENAI} (9be5ea0, 10 Dec 2025).`,
    ),
  },
  // Hugging Face's privacy policy (effective 28 Mar 2023), which applies to every user of Hugging Face's services
  // (HuggingChat runs on huggingface.co): the company and its servers are in the US, and information may also be
  // processed in any country where Hugging Face or its affiliates, subsidiaries or agents have facilities.
  {
    toolId: 'huggingchat',
    dataRegions: read3(
      ['United States (Hugging Face’s servers)', 'Other countries with Hugging Face or affiliate facilities'],
      HF_PRIVACY,
      `Hugging Face privacy policy (effective 28 Mar 2023), 6: the company and its servers are in the US; data may be processed where it or its affiliates have facilities. Applies to all its services. ${CONTRIB} (b5e1a3289, 18 Mar 2026).`,
    ),
  },
  // Microsoft Privacy Statement (July 2026), which has a section on the Microsoft Copilot website and app: personal data
  // may be stored and processed in the user's region, the US and wherever Microsoft or its providers have facilities;
  // primary storage is typically in the user's region or the US, often with a backup in another region.
  {
    toolId: 'microsoft-copilot',
    dataRegions: read3(
      [
        'User’s region or the United States (primary storage)',
        'Other regions with Microsoft facilities (backups)',
      ],
      MS_PRIVACY,
      `Microsoft Privacy Statement (July 2026), Where we store and process personal data: typically the user’s region or the US, often backed up in another region; it covers the Copilot app and site. ${GENAI_EU} (91c9942, 3 Aug 2026).`,
    ),
  },
  // Bardeen's privacy notice (last updated 7 Mar 2024): personal information obtained through third-party API
  // integrations (Google Drive, Gmail and others) is used only for its automation features, is not kept, and does not
  // train generalised AI models. Nothing is said of other data's period, so the value names its scope.
  {
    toolId: 'bardeen',
    retention: read3(
      'Data obtained through third-party integrations (Google Drive, Gmail and others): not retained; no period stated for other data',
      BARDEEN_PRIVACY,
      `Bardeen privacy notice (7 Mar 2024), Retention and usage of 3rd Party data: integration data serves only automation features, is not kept and trains no generalised AI model. ${GENAI} (2de3e2a, 26 Aug 2024).`,
    ),
  },
  // Exa's docs, "Zero Data Retention": zero data retention is an Enterprise-plan option, enabled per team through sales;
  // it is available for Search, Contents and Agent, not for Answer or Websets. The default period is not stated.
  {
    toolId: 'exa',
    retention: read3(
      'Enterprise plans: zero data retention available per team on request (Search, Contents, Agent; not Answer or Websets); default period not stated',
      EXA_ZDR,
      'Exa docs, “Zero Data Retention”: ZDR is an Enterprise-plan option enabled per team via sales, covering Search, Contents and Agent but not Answer or Websets. Read in a stored copy of the page’s Markdown export.',
    ),
  },
]);
